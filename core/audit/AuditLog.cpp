// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/audit/AuditLog.h"

#include "core/storage/Database.h"

#include <QDateTime>
#include <QUuid>

#include <sodium.h>

namespace tonghu::audit {

namespace {

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

} // namespace

void AuditLog::append(storage::Database& db, const QString& userId, const QString& action, const QString& entity,
                      const QString& entityId, const QString& detail)
{
    QByteArray prev;
    {
        auto last = db.prepare("SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1");
        if (last.step())
            prev = last.blob(0);
    }
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const QByteArray hash = entryHash(prev, id, at, userId, action, entity, entityId, detail);
    auto st = db.prepare("INSERT INTO audit_log (id, at, user_id, action, entity, entity_id, detail, prev_hash, hash) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, id).bind(2, at).bindOrNull(3, userId).bind(4, action).bindOrNull(5, entity);
    st.bindOrNull(6, entityId).bindOrNull(7, detail);
    if (prev.isEmpty())
        st.bind(8, nullptr);
    else
        st.bindBlob(8, prev);
    st.bindBlob(9, hash);
    st.run();
}

qint64 AuditLog::firstBrokenEntry(storage::Database& db)
{
    auto st = db.prepare("SELECT seq, id, at, user_id, action, entity, entity_id, detail, prev_hash, hash "
                         "FROM audit_log ORDER BY seq");
    QByteArray prev;
    while (st.step()) {
        const QByteArray storedPrev = st.isNull(8) ? QByteArray() : st.blob(8);
        const QByteArray expected = entryHash(prev, st.text(1), st.text(2), st.text(3), st.text(4), st.text(5),
                                              st.text(6), st.text(7));
        if (storedPrev != prev || st.blob(9) != expected)
            return st.int64(0);
        prev = st.blob(9);
    }
    return 0;
}

qint64 AuditLog::count(storage::Database& db)
{
    auto st = db.prepare("SELECT count(*) FROM audit_log");
    st.step();
    return st.int64(0);
}

} // namespace tonghu::audit
