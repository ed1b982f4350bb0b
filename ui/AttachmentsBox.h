// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGroupBox>

class QListWidget;
class QPushButton;

namespace tonghu::storage {
class Database;
}
namespace tonghu::model {
struct Attachment;
}

namespace tonghu::ui {

// The photos and scans of one visit: added from files, viewed inside the app, removed while the
// visit is a draft. The files' bytes go into the encrypted database; the originals stay where
// the director had them.
class AttachmentsBox final : public QGroupBox
{
    Q_OBJECT
public:
    AttachmentsBox(storage::Database& db, QString userId, QWidget* parent = nullptr);

    void setEditable(bool editable);
    // The visit whose photos and scans are shown, and added to.
    void setVisit(const QString& childId, const QString& visitId);
    void reload();
    // Adds the files one by one; a refused file is reported and the others still go in.
    // Returns how many were added.
    int addFiles(const QStringList& paths);
    void viewSelected();
    void removeSelected();
    QListWidget* list() const { return m_list; }

private:
    void updateButtons();

    storage::Database& m_db;
    QString m_userId;
    QString m_childId;
    QString m_visitId;
    bool m_editable = true;
    QListWidget* m_list = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_view = nullptr;
    QPushButton* m_remove = nullptr;
};

// Adds each file as an attachment described by `meta` (its file name set from the path). Each
// file's size is checked before it is read into memory; a refused file is listed in *problems
// with its reason and the others still go in. Returns how many were added.
int addAttachmentFiles(storage::Database& db, const QString& userId, const model::Attachment& meta,
                       const QStringList& paths, QStringList* problems);
// Shows an attachment in the viewer, or says why it cannot be shown.
void showAttachment(storage::Database& db, const QString& userId, const QString& attachmentId, QWidget* parent);

} // namespace tonghu::ui
