// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/AttachmentStore.h"

#include "core/audit/AuditLog.h"
#include "core/storage/Database.h"
#include "core/storage/SqlText.h"
#include "core/util/Error.h"
#include "core/util/RecordId.h"
#include "core/vault/Access.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QLocale>

namespace tonghu::model {

namespace {

// The type comes from the bytes, not the name: a renamed file cannot pass as a photo.
QString sniffMime(const QByteArray& d)
{
    if (d.startsWith("\xFF\xD8\xFF"))
        return QStringLiteral("image/jpeg");
    if (d.startsWith("\x89PNG\r\n\x1A\n"))
        return QStringLiteral("image/png");
    if (d.startsWith("%PDF-"))
        return QStringLiteral("application/pdf");
    return {};
}

constexpr const char* kColumns = "id, child_id, visit_id, finding_id, document, file_name, mime_type, size";

Attachment attachmentFrom(const storage::Statement& st)
{
    Attachment a;
    a.id = st.text(0);
    a.childId = st.text(1);
    a.visitId = st.text(2);
    a.findingId = st.text(3);
    a.document = st.text(4);
    a.fileName = st.text(5);
    a.mimeType = st.text(6);
    a.size = st.int64(7);
    return a;
}

} // namespace

AttachmentStore::AttachmentStore(storage::Database& db, QString userId) : m_db(db), m_userId(std::move(userId)) {}

void AttachmentStore::checkSize(qint64 size)
{
    if (size <= 0)
        throw Error(Error::Kind::BadInput, tr("The file is empty."));
    if (size > kMaxBytes)
        throw Error(Error::Kind::BadInput, tr("The file is %1; attachments may be at most %2. Take the photo at a "
                                              "lower resolution or scan in black and white.")
                                               .arg(QLocale().formattedDataSize(size),
                                                    QLocale().formattedDataSize(kMaxBytes)));
}

Attachment AttachmentStore::add(Attachment a, const QByteArray& data)
{
    vault::Access::require(m_db, vault::Action::EditRecords);
    checkSize(data.size());
    a.mimeType = sniffMime(data);
    if (a.mimeType.isEmpty())
        throw Error(Error::Kind::BadInput, tr("Only photos (JPEG, PNG) and PDF scans can be attached."));
    a.id = util::newRecordId();
    a.size = data.size();
    storage::Transaction tx(m_db);
    auto st = m_db.prepare(
        "INSERT INTO attachments (id, child_id, visit_id, finding_id, document, file_name, mime_type, size, sha256, "
        "data, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    const auto orNull = [](const QString& s) { return s.isEmpty() ? QString() : s; };
    st.bind(1, a.id).bind(2, a.childId).bindOrNull(3, orNull(a.visitId)).bindOrNull(4, orNull(a.findingId));
    st.bindOrNull(5, orNull(a.document)).bind(6, a.fileName).bind(7, a.mimeType).bind(8, static_cast<std::int64_t>(a.size));
    st.bindBlob(9, QCryptographicHash::hash(data, QCryptographicHash::Sha256)).bindBlob(10, data);
    st.bindOrNull(11, m_userId).bind(12, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)).run();
    audit::AuditLog::append(m_db, m_userId, QStringLiteral("attachment.add"), QStringLiteral("attachment"), a.id);
    tx.commit();
    return a;
}

std::optional<Attachment> AttachmentStore::attachment(const QString& id)
{
    auto st = m_db.prepare(storage::sqlJoin({"SELECT ", kColumns, " FROM attachments WHERE id = ?"}));
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return attachmentFrom(st);
}

QList<Attachment> AttachmentStore::forChild(const QString& childId)
{
    auto st = m_db.prepare(
        storage::sqlJoin({"SELECT ", kColumns, " FROM attachments WHERE child_id = ? ORDER BY created_at"}));
    st.bind(1, childId);
    QList<Attachment> out;
    while (st.step())
        out << attachmentFrom(st);
    return out;
}

QList<Attachment> AttachmentStore::forVisit(const QString& visitId)
{
    // A correction is a new version of the same visit: the photos taken at the household belong
    // to every version, so the chain of superseded versions is followed back.
    auto st = m_db.prepare(storage::sqlJoin(
        {"WITH RECURSIVE chain(id) AS (SELECT ? UNION "
         "SELECT v.supersedes_id FROM visits v JOIN chain ON v.id = chain.id "
         "WHERE v.supersedes_id IS NOT NULL) SELECT ",
         kColumns, " FROM attachments WHERE visit_id IN (SELECT id FROM chain) ORDER BY created_at"}));
    st.bind(1, visitId);
    QList<Attachment> out;
    while (st.step())
        out << attachmentFrom(st);
    return out;
}

QByteArray AttachmentStore::data(const QString& id)
{
    auto st = m_db.prepare("SELECT data, sha256 FROM attachments WHERE id = ?");
    st.bind(1, id);
    if (!st.step())
        throw Error(Error::Kind::NotFound, tr("The attachment no longer exists."));
    const QByteArray bytes = st.blob(0);
    if (QCryptographicHash::hash(bytes, QCryptographicHash::Sha256) != st.blob(1))
        throw Error(Error::Kind::Corrupt, tr("The attachment is damaged."));
    return bytes;
}

void AttachmentStore::remove(const QString& id)
{
    vault::Access::require(m_db, vault::Action::EditRecords);
    storage::Transaction tx(m_db);
    // A submitted visit is a record: its photos are part of it and stay.
    auto owner = m_db.prepare("SELECT v.status FROM attachments a JOIN visits v ON v.id = a.visit_id WHERE a.id = ?");
    owner.bind(1, id);
    if (owner.step() && owner.text(0) != QLatin1String("draft"))
        throw Error(Error::Kind::BadInput, tr("A photo or scan of a submitted visit is part of its record and cannot "
                                              "be removed."));
    auto st = m_db.prepare("DELETE FROM attachments WHERE id = ?");
    st.bind(1, id).run();
    audit::AuditLog::append(m_db, m_userId, QStringLiteral("attachment.delete"), QStringLiteral("attachment"), id);
    tx.commit();
}

void AttachmentStore::setGathered(const QString& childId, const QString& findingId, const QString& document,
                                  bool gathered, const QDate& on)
{
    vault::Access::require(m_db, vault::Action::EditRecords);
    if (gathered) {
        auto st = m_db.prepare("INSERT OR REPLACE INTO gathered_documents (child_id, finding_id, document, gathered_on, "
                               "created_by) VALUES (?, ?, ?, ?, ?)");
        st.bind(1, childId).bind(2, findingId).bind(3, document).bind(4, on.toString(Qt::ISODate)).bindOrNull(5, m_userId);
        st.run();
    } else {
        auto st = m_db.prepare("DELETE FROM gathered_documents WHERE child_id = ? AND finding_id = ? AND document = ?");
        st.bind(1, childId).bind(2, findingId).bind(3, document).run();
    }
}

QStringList AttachmentStore::gathered(const QString& childId, const QString& findingId)
{
    auto st = m_db.prepare("SELECT document FROM gathered_documents WHERE child_id = ? AND finding_id = ? ORDER BY document");
    st.bind(1, childId).bind(2, findingId);
    QStringList out;
    while (st.step())
        out << st.text(0);
    return out;
}

} // namespace tonghu::model
