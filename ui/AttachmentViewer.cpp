// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/AttachmentViewer.h"

#include "ui/FileDialog.h"
#include "ui/KeyboardUse.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPixmap>
#include <QPushButton>
#include <QSaveFile>
#include <QScreen>
#include <QScrollArea>
#include <QVBoxLayout>

namespace tonghu::ui {

AttachmentViewer::AttachmentViewer(const model::Attachment& attachment, QByteArray data, QWidget* parent)
    : QDialog(parent), m_attachment(attachment), m_data(std::move(data))
{
    setObjectName(QStringLiteral("attachmentViewer"));
    setWindowTitle(m_attachment.fileName);
    auto* layout = new QVBoxLayout(this);
    auto* content = new QLabel(this);
    content->setObjectName(QStringLiteral("contentLabel"));
    content->setAlignment(Qt::AlignCenter);
    const QImage image = QImage::fromData(m_data);
    if (!image.isNull()) {
        // Fitted to the screen: a phone photo is larger than any laptop display.
        const QSize room = QGuiApplication::primaryScreen()->availableSize() * 0.8;
        content->setPixmap(QPixmap::fromImage(image.width() > room.width() || image.height() > room.height()
                                                  ? image.scaled(room, Qt::KeepAspectRatio, Qt::SmoothTransformation)
                                                  : image));
        auto* scroll = new QScrollArea(this);
        scroll->setWidget(content);
        scroll->setWidgetResizable(true);
        layout->addWidget(scroll, 1);
    } else {
        content->setWordWrap(true);
        content->setText(tr("%1 (%2). A PDF scan is not shown here: save a copy to open it in a PDF viewer.")
                             .arg(m_attachment.fileName, QLocale().formattedDataSize(m_attachment.size)));
        layout->addWidget(content, 1);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* save = new QPushButton(tr("Save a &copy…"), this);
    save->setObjectName(QStringLiteral("saveCopyPushButton"));
    layout->addLayout(buttonRow({save}, buttons));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(save, &QPushButton::clicked, this, &AttachmentViewer::saveCopy);
}

bool AttachmentViewer::saveCopy()
{
    const QString path = FileDialog::saveFileName(this, tr("Save a copy"), m_attachment.fileName, QString());
    if (path.isEmpty())
        return false;
    // Written whole or not at all: a full USB stick leaves no half photo behind.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_data) != m_data.size() || !file.commit()) {
        QMessageBox::warning(this, windowTitle(),
                             tr("Could not save %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    emit copySaved();
    return true;
}

} // namespace tonghu::ui
