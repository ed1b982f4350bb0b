// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/AttachmentsBox.h"

#include "core/audit/AuditLog.h"
#include "core/model/AttachmentStore.h"
#include "core/util/Error.h"
#include "ui/AttachmentViewer.h"
#include "ui/FileDialog.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace tonghu::ui {

namespace {

QByteArray readAttachmentFile(const QString& path)
{
    QFile file(path);
    const auto unreadable = [&] {
        return Error(Error::Kind::BadInput, AttachmentsBox::tr("Could not read the file: %1").arg(file.errorString()));
    };
    if (!file.open(QIODevice::ReadOnly))
        throw unreadable();
    model::AttachmentStore::checkSize(file.size());
    const QByteArray data = file.readAll();
    if (data.size() != file.size())
        throw unreadable();
    return data;
}

} // namespace

int addAttachmentFiles(storage::Database& db, const QString& userId, const model::Attachment& meta,
                       const QStringList& paths, QStringList* problems)
{
    model::AttachmentStore store(db, userId);
    int added = 0;
    for (const QString& path : paths) {
        const QString name = QFileInfo(path).fileName();
        try {
            model::Attachment a = meta;
            a.fileName = name;
            store.add(a, readAttachmentFile(path));
            ++added;
        } catch (const Error& e) {
            if (problems)
                *problems << AttachmentsBox::tr("%1: %2").arg(name, e.message());
        }
    }
    return added;
}

void showAttachment(storage::Database& db, const QString& userId, const QString& attachmentId, QWidget* parent)
{
    try {
        model::AttachmentStore store(db, userId);
        const auto attachment = store.attachment(attachmentId);
        if (!attachment)
            throw Error(Error::Kind::NotFound, AttachmentsBox::tr("The photo or scan no longer exists."));
        AttachmentViewer viewer(*attachment, store.data(attachmentId), parent);
        audit::AuditLog::recordView(db, userId, QStringLiteral("attachment"), attachmentId);
        QObject::connect(&viewer, &AttachmentViewer::copySaved, &viewer, [&] {
            try {
                audit::AuditLog::recordExport(db, userId, audit::ExportKind::File, QStringLiteral("attachment"),
                                              attachmentId);
            } catch (const Error& e) {
                QMessageBox::warning(&viewer, AttachmentsBox::tr("Photos and scans"), e.message());
            }
        });
        viewer.exec();
    } catch (const Error& e) {
        QMessageBox::warning(parent, AttachmentsBox::tr("Photos and scans"), e.message());
    }
}

AttachmentsBox::AttachmentsBox(storage::Database& db, QString userId, QWidget* parent)
    : QGroupBox(parent), m_db(db), m_userId(std::move(userId))
{
    setObjectName(QStringLiteral("attachmentsGroupBox"));
    setTitle(tr("Photos and scans"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("attachmentsListWidget"));
    m_add = new QPushButton(tr("&Add…"), this);
    m_add->setObjectName(QStringLiteral("addAttachmentPushButton"));
    m_add->setToolTip(tr("A photo (JPEG, PNG) or a PDF scan of at most %1, kept encrypted with the visit.")
                          .arg(QLocale().formattedDataSize(model::AttachmentStore::kMaxBytes)));
    m_view = new QPushButton(tr("&View"), this);
    m_view->setObjectName(QStringLiteral("viewAttachmentPushButton"));
    m_remove = new QPushButton(tr("Remo&ve"), this);
    m_remove->setObjectName(QStringLiteral("removeAttachmentPushButton"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_view);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, [this] {
        addFiles(FileDialog::openFileNames(this, tr("Add photos or scans"),
                                           tr("Photos and scans (*.jpg *.jpeg *.png *.pdf)")));
    });
    connect(m_view, &QPushButton::clicked, this, &AttachmentsBox::viewSelected);
    connect(m_remove, &QPushButton::clicked, this, &AttachmentsBox::removeSelected);
    connect(m_list, &QListWidget::itemActivated, this, &AttachmentsBox::viewSelected);
    connect(m_list, &QListWidget::currentRowChanged, this, &AttachmentsBox::updateButtons);
    updateButtons();
}

void AttachmentsBox::setEditable(bool editable)
{
    m_editable = editable;
    updateButtons();
}

void AttachmentsBox::setVisit(const QString& childId, const QString& visitId)
{
    m_childId = childId;
    m_visitId = visitId;
    reload();
}

void AttachmentsBox::reload()
{
    m_list->clear();
    if (m_visitId.isEmpty()) {
        updateButtons();
        return;
    }
    try {
        for (const model::Attachment& a : model::AttachmentStore(m_db, m_userId).forVisit(m_visitId)) {
            auto* item = new QListWidgetItem(tr("%1 (%2)").arg(a.fileName, QLocale().formattedDataSize(a.size)), m_list);
            item->setData(Qt::UserRole, a.id);
            item->setData(Qt::UserRole + 1, a.visitId == m_visitId);
        }
    } catch (const Error& e) {
        new QListWidgetItem(e.message(), m_list);
    }
    updateButtons();
}

void AttachmentsBox::updateButtons()
{
    const bool selected = m_list->currentItem() && !m_list->currentItem()->data(Qt::UserRole).isNull();
    // What an earlier, submitted version holds stays with it.
    const bool ownVersion = selected && m_list->currentItem()->data(Qt::UserRole + 1).toBool();
    m_add->setEnabled(m_editable && !m_visitId.isEmpty());
    m_remove->setEnabled(m_editable && ownVersion);
    m_view->setEnabled(selected);
}

int AttachmentsBox::addFiles(const QStringList& paths)
{
    model::Attachment meta;
    meta.childId = m_childId;
    meta.visitId = m_visitId;
    QStringList problems;
    const int added = addAttachmentFiles(m_db, m_userId, meta, paths, &problems);
    reload();
    if (!problems.isEmpty())
        QMessageBox::warning(this, title(), problems.join(QLatin1Char('\n')));
    return added;
}

void AttachmentsBox::viewSelected()
{
    if (QListWidgetItem* item = m_list->currentItem(); item && !item->data(Qt::UserRole).isNull())
        showAttachment(m_db, m_userId, item->data(Qt::UserRole).toString(), this);
}

void AttachmentsBox::removeSelected()
{
    QListWidgetItem* item = m_list->currentItem();
    if (!m_editable || !item || !item->data(Qt::UserRole + 1).toBool())
        return;
    if (QMessageBox::question(this, title(), tr("Remove this photo or scan from the visit?")) != QMessageBox::Yes)
        return;
    try {
        model::AttachmentStore(m_db, m_userId).remove(item->data(Qt::UserRole).toString());
    } catch (const Error& e) {
        QMessageBox::warning(this, title(), e.message());
    }
    reload();
}

} // namespace tonghu::ui
