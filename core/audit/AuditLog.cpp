// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/audit/AuditLog.h"

#include "core/storage/Database.h"
#include "core/storage/VaultInfo.h"
#include "core/util/RecordId.h"

#include <optional>
#include <sodium.h>

namespace tonghu::audit {

namespace {

constexpr const char* kHeadKey = "audit_head";

QByteArray entryHash(const QByteArray& prev, const QString& id, const QString& at, const QString& user,
                     const QString& action, const QString& entity, const QString& entityId, const QString& detail)
{
    // Unit separators keep field boundaries unambiguous ("a"+"bc" differs from "ab"+"c").
    const QChar sep(0x1f);
    const QByteArray text =
        QStringList{id, at, user, action, entity, entityId, detail}.join(sep).toUtf8();
    QByteArray out(crypto_hash_sha256_BYTES, '\0');
    crypto_hash_sha256_state st;
    crypto_hash_sha256_init(&st);
    crypto_hash_sha256_update(&st, reinterpret_cast<const unsigned char*>(prev.constData()),
                              static_cast<unsigned long long>(prev.size()));
    crypto_hash_sha256_update(&st, reinterpret_cast<const unsigned char*>(text.constData()),
                              static_cast<unsigned long long>(text.size()));
    crypto_hash_sha256_final(&st, reinterpret_cast<unsigned char*>(out.data()));
    return out;
}

// The last entry as the log itself recorded it: "seq:base64(hash)". Without it, removing the
// newest entries would leave a shorter chain that is still whole.
struct Head
{
    qint64 seq = 0;
    QByteArray hash;
};

std::optional<Head> readHead(storage::Database& db)
{
    const QString text = storage::readInfo(db, kHeadKey);
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon <= 0)
        return std::nullopt;
    bool ok = false;
    Head head{text.left(colon).toLongLong(&ok), QByteArray::fromBase64(text.mid(colon + 1).toLatin1())};
    if (!ok || head.seq <= 0 || head.hash.size() != crypto_hash_sha256_BYTES)
        return std::nullopt;
    return head;
}

void writeHead(storage::Database& db, const Head& head)
{
    storage::writeInfo(db, kHeadKey,
                       QString::number(head.seq) + QLatin1Char(':') + QString::fromLatin1(head.hash.toBase64()));
}

// The newest row, for a log written before its head was kept.
Head lastRow(storage::Database& db)
{
    auto last = db.prepare("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1");
    if (!last.step())
        return {};
    return Head{last.int64(0), last.blob(1)};
}

} // namespace

QString exportAction(ExportKind kind)
{
    switch (kind) {
    case ExportKind::Bundle:
        return QStringLiteral("export.bundle");
    case ExportKind::Pdf:
        return QStringLiteral("export.pdf");
    case ExportKind::Printer:
        return QStringLiteral("export.printer");
    case ExportKind::Png:
        return QStringLiteral("export.png");
    case ExportKind::Spreadsheet:
        return QStringLiteral("export.xlsx");
    case ExportKind::Csv:
        return QStringLiteral("export.csv");
    case ExportKind::File:
        return QStringLiteral("export.file");
    case ExportKind::List:
        return QStringLiteral("export.list");
    case ExportKind::Backup:
        return QStringLiteral("export.backup");
    }
    return QStringLiteral("export");
}

void AuditLog::append(storage::Database& db, const QString& userId, const QString& action, const QString& entity,
                      const QString& entityId, const QString& detail)
{
    // The entry and the head change together; inside a caller's transaction they already do.
    std::optional<storage::Transaction> tx;
    if (!db.inTransaction())
        tx.emplace(db);
    // The head, not the table, says where the chain goes on: after the newest entries were
    // removed, the next entry still follows the last one written, and the gap shows.
    const Head head = readHead(db).value_or(lastRow(db));
    const qint64 seq = head.seq + 1;
    const QString id = util::newRecordId();
    const QString at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const QByteArray hash = entryHash(head.hash, id, at, userId, action, entity, entityId, detail);
    auto st = db.prepare("INSERT INTO audit_log (seq, id, at, user_id, action, entity, entity_id, detail, prev_hash, "
                         "hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, static_cast<std::int64_t>(seq)).bind(2, id).bind(3, at).bindOrNull(4, userId).bind(5, action).bindOrNull(6, entity);
    st.bindOrNull(7, entityId).bindOrNull(8, detail);
    if (head.hash.isEmpty())
        st.bind(9, nullptr);
    else
        st.bindBlob(9, head.hash);
    st.bindBlob(10, hash);
    st.run();
    writeHead(db, Head{seq, hash});
    if (tx)
        tx->commit();
}

void AuditLog::recordExport(storage::Database& db, const QString& userId, ExportKind kind, const QString& entity,
                            const QString& entityId, const QString& detail)
{
    append(db, userId, exportAction(kind), entity, entityId, detail);
}

void AuditLog::recordView(storage::Database& db, const QString& userId, const QString& entity,
                          const QString& entityId, const QString& how)
{
    append(db, userId, entity + QStringLiteral(".view"), entity, entityId, how);
}

qint64 AuditLog::firstBrokenEntry(storage::Database& db)
{
    auto st = db.prepare("SELECT seq, id, at, user_id, action, entity, entity_id, detail, prev_hash, hash "
                         "FROM audit_log ORDER BY seq");
    QByteArray prev;
    qint64 expectedSeq = 1;
    while (st.step()) {
        const qint64 seq = st.int64(0);
        // Entries are numbered without gaps: a missing number is a removed entry.
        if (seq != expectedSeq)
            return expectedSeq;
        const QByteArray storedPrev = st.isNull(8) ? QByteArray() : st.blob(8);
        const QByteArray expected = entryHash(prev, st.text(1), st.text(2), st.text(3), st.text(4), st.text(5),
                                              st.text(6), st.text(7));
        if (storedPrev != prev || st.blob(9) != expected)
            return seq;
        prev = st.blob(9);
        ++expectedSeq;
    }
    const qint64 last = expectedSeq - 1;
    if (const auto head = readHead(db)) {
        if (head->seq > last)
            return last + 1; // the newest entries were removed
        if (head->seq < last || head->hash != prev)
            return head->seq < last ? head->seq + 1 : head->seq; // entries added, or the last one replaced
    } else if (last > 0 && !storage::readInfo(db, kHeadKey).isEmpty()) {
        return last; // a head that cannot be read was written over
    }
    return 0;
}

qint64 AuditLog::count(storage::Database& db)
{
    auto st = db.prepare("SELECT count(*) FROM audit_log");
    st.step();
    return st.int64(0);
}

QList<AuditEntry> AuditLog::list(storage::Database& db, const AuditFilter& filter)
{
    std::string sql = "SELECT a.seq, a.at, a.user_id, u.name, a.action, a.entity, a.entity_id, a.detail "
                      "FROM audit_log a LEFT JOIN users u ON u.id = a.user_id WHERE 1";
    // `at` is ISO 8601 in UTC with milliseconds throughout, so text order is time order.
    if (filter.since.isValid())
        sql += " AND a.at >= ?1";
    if (!filter.action.isEmpty())
        sql += " AND (a.action = ?2 OR substr(a.action, 1, length(?2) + 1) = ?2 || '.')";
    if (!filter.userId.isEmpty())
        sql += " AND a.user_id = ?3";
    sql += " ORDER BY a.seq DESC";
    if (filter.limit > 0)
        sql += " LIMIT " + std::to_string(filter.limit);
    auto st = db.prepare(sql);
    if (filter.since.isValid())
        st.bind(1, filter.since.toUTC().toString(Qt::ISODateWithMs));
    if (!filter.action.isEmpty())
        st.bind(2, filter.action);
    if (!filter.userId.isEmpty())
        st.bind(3, filter.userId);
    QList<AuditEntry> out;
    while (st.step())
        out.prepend(AuditEntry{st.int64(0), QDateTime::fromString(st.text(1), Qt::ISODateWithMs), st.text(2),
                               st.text(3), st.text(4), st.text(5), st.text(6), st.text(7)});
    return out;
}

QStringList AuditLog::actions(storage::Database& db)
{
    auto st = db.prepare("SELECT DISTINCT action FROM audit_log ORDER BY action");
    QStringList out;
    while (st.step())
        out << st.text(0);
    return out;
}

QList<std::pair<QString, QString>> AuditLog::users(storage::Database& db)
{
    auto st = db.prepare("SELECT DISTINCT a.user_id, u.name FROM audit_log a LEFT JOIN users u ON u.id = a.user_id "
                         "WHERE a.user_id IS NOT NULL ORDER BY u.name, a.user_id");
    QList<std::pair<QString, QString>> out;
    while (st.step())
        out.append({st.text(0), st.text(1)});
    return out;
}

} // namespace tonghu::audit
