// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tonghu::storage {
class Database;
}

namespace tonghu::model {

struct Attachment
{
    QString id;
    QString childId;
    QString visitId;
    QString findingId;
    QString document; // the document of a benefit's list it proves, if any
    QString fileName;
    QString mimeType;
    qint64 size = 0;
};

// Photos and scans kept inside the encrypted database, so no copy lies around as a loose file,
// and the list of a benefit's documents a director has gathered.
class AttachmentStore final
{
    Q_DECLARE_TR_FUNCTIONS(tonghu::model::AttachmentStore)
public:
    // A photo from a phone is 2-6 MB; a multi-page scan as PDF rarely more than 10.
    static constexpr qint64 kMaxBytes = 10 * 1024 * 1024;

    AttachmentStore(storage::Database& db, QString userId);

    // Refuses an empty file, one over kMaxBytes, or a type other than JPEG, PNG or PDF (by content).
    Attachment add(Attachment meta, const QByteArray& data);
    // The size check of add(), for a caller to run before it reads a file into memory.
    static void checkSize(qint64 size);
    std::optional<Attachment> attachment(const QString& id);
    QList<Attachment> forChild(const QString& childId);
    // The visit's attachments, with those of the earlier versions it corrects.
    QList<Attachment> forVisit(const QString& visitId);
    // The bytes, checked against the hash stored with them.
    QByteArray data(const QString& id);
    void remove(const QString& id);

    void setGathered(const QString& childId, const QString& findingId, const QString& document, bool gathered,
                     const QDate& on = QDate::currentDate());
    QStringList gathered(const QString& childId, const QString& findingId);

private:
    storage::Database& m_db;
    QString m_userId;
};

} // namespace tonghu::model
