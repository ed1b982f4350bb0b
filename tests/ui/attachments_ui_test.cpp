// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/AttachmentStore.h"
#include "core/util/Error.h"
#include "tests/ui/UiTestSupport.h"
#include "tests/ui/VisitFormTestSupport.h"
#include "ui/AttachmentViewer.h"
#include "ui/AttachmentsBox.h"
#include "ui/ChildFileDialog.h"
#include "ui/FileDialog.h"

#include <catch2/catch_test_macros.hpp>

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTreeWidget>

using namespace tonghu;
using tonghu::test::driveModal;
using tonghu::test::find;

namespace {

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(bytes) == bytes.size());
    return path;
}

QByteArray pngBytes()
{
    QImage image(64, 48, QImage::Format_RGB32);
    image.fill(QColor(0x33, 0x99, 0x66));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(image.save(&buffer, "PNG"));
    return bytes;
}

// Clicks `button`, which is to show a message box, and returns the box's text.
QString messageOf(QPushButton* button, QMessageBox::StandardButton answer = QMessageBox::Ok)
{
    QString text;
    driveModal<QMessageBox>([button] { button->click(); }, [&](QMessageBox* box) {
        text = box->text();
        if (QAbstractButton* b = box->button(answer))
            b->click();
    });
    return text;
}

// A document of a benefit's list: the items with a check box.
bool isDocument(const QTreeWidgetItem* item) { return !item->data(0, Qt::CheckStateRole).isNull(); }

} // namespace

TEST_CASE("visit attachments: photos are added, viewed and removed; bad files are refused with a reason", "[ui]")
{
    test::VisitFixture f;
    QTemporaryDir files;
    const QString boy = f.child("male", 10);
    auto form = f.form(boy);
    model::AttachmentStore store(f.t->vault->database(), f.t->vault->userId());
    auto* list = find<QListWidget>(form.get(), "attachmentsListWidget");
    auto* add = find<QPushButton>(form.get(), "addAttachmentPushButton");
    auto* remove = find<QPushButton>(form.get(), "removeAttachmentPushButton");
    CHECK(list->count() == 0);

    const QByteArray photo = pngBytes();
    ui::FileDialog::setNextFileNames({writeFile(files, QStringLiteral("photo.png"), photo)});
    add->click();
    REQUIRE(list->count() == 1);
    const QList<model::Attachment> stored = store.forVisit(form->visitId());
    REQUIRE(stored.size() == 1);
    CHECK(stored.first().mimeType == QLatin1String("image/png"));
    CHECK(store.data(stored.first().id) == photo);

    // Over the limit: refused before it is read, with the limit in the message.
    QByteArray big("\x89PNG\r\n\x1A\n");
    big.resize(model::AttachmentStore::kMaxBytes + 1, 'x');
    ui::FileDialog::setNextFileNames({writeFile(files, QStringLiteral("big.png"), big)});
    const QString tooBig = messageOf(add);
    CHECK(tooBig.contains(QLocale().formattedDataSize(model::AttachmentStore::kMaxBytes)));
    // Not a photo or scan, whatever its name says.
    ui::FileDialog::setNextFileNames({writeFile(files, QStringLiteral("notes.jpg"), "just some text")});
    CHECK_FALSE(messageOf(add).isEmpty());
    CHECK(store.forVisit(form->visitId()).size() == 1);
    CHECK(list->count() == 1);

    // The photo is shown inside the app.
    list->setCurrentRow(0);
    driveModal<ui::AttachmentViewer>([&] { find<QPushButton>(form.get(), "viewAttachmentPushButton")->click(); },
                                     [](ui::AttachmentViewer* v) {
                                         CHECK_FALSE(find<QLabel>(v, "contentLabel")->pixmap().isNull());
                                     });

    // Removing asks first; "No" keeps it.
    REQUIRE(remove->isEnabled());
    messageOf(remove, QMessageBox::No);
    CHECK(list->count() == 1);
    messageOf(remove, QMessageBox::Yes);
    CHECK(list->count() == 0);
    CHECK(store.forVisit(form->visitId()).isEmpty());

    // Once submitted, the visit's photos are part of its record: nothing is added or removed.
    ui::FileDialog::setNextFileNames({writeFile(files, QStringLiteral("again.png"), photo)});
    add->click();
    test::answerEverything(*form, f.checklist);
    REQUIRE(form->submitVisit());
    CHECK_FALSE(add->isEnabled());
    list->setCurrentRow(0);
    CHECK_FALSE(remove->isEnabled());
    REQUIRE(store.forVisit(form->visitId()).size() == 1);
    CHECK_THROWS_AS(store.remove(store.forVisit(form->visitId()).first().id), Error);
    CHECK(store.forVisit(form->visitId()).size() == 1);
}

TEST_CASE("child file: a scan attached to a benefit's document ticks the document off", "[ui]")
{
    test::VisitFixture f;
    QTemporaryDir files;
    model::Household h;
    h.assistance = QStringLiteral("dibao");
    const model::Child c =
        test::addChild(f.records, QStringLiteral("测试儿童"), "female", QDate::currentDate().addYears(-8), h);

    ui::ChildFileDialog dialog(f.t->vault->database(), f.records, f.visits, f.t->vault->userId(), c.id);
    dialog.show();
    auto* tree = find<QTreeWidget>(&dialog, "findingsTreeWidget");
    auto* attach = find<QPushButton>(&dialog, "attachDocumentPushButton");
    CHECK_FALSE(attach->isEnabled());

    // The first document of the first benefit with a list.
    QTreeWidgetItem* document = nullptr;
    for (int i = 0; i < tree->topLevelItemCount() && !document; ++i)
        for (int j = 0; j < tree->topLevelItem(i)->childCount() && !document; ++j)
            if (isDocument(tree->topLevelItem(i)->child(j)))
                document = tree->topLevelItem(i)->child(j);
    REQUIRE(document);
    CHECK(document->checkState(0) == Qt::Unchecked);
    const QString documentName = document->text(0);
    tree->setCurrentItem(document);
    REQUIRE(attach->isEnabled());

    const QByteArray scan("%PDF-1.4\n% a scanned page\n");
    ui::FileDialog::setNextFileNames({writeFile(files, QStringLiteral("scan.pdf"), scan)});
    attach->click();

    // The tree was rebuilt: find the document again by its name.
    document = nullptr;
    for (QTreeWidgetItemIterator it(tree); *it && !document; ++it)
        if (isDocument(*it) && (*it)->text(0) == documentName)
            document = *it;
    REQUIRE(document);
    CHECK(document->checkState(0) == Qt::Checked);
    REQUIRE(document->childCount() == 1);
    CHECK(document->child(0)->text(0).contains(QLatin1String("scan.pdf")));
    const QList<model::Attachment> all =
        model::AttachmentStore(f.t->vault->database(), f.t->vault->userId()).forChild(c.id);
    REQUIRE(all.size() == 1);
    CHECK(all.first().document == documentName);
    CHECK(all.first().mimeType == QLatin1String("application/pdf"));

    // A PDF is not drawn in the app; the viewer offers a copy instead.
    driveModal<ui::AttachmentViewer>([&] { emit tree->itemActivated(document->child(0), 0); },
                                     [](ui::AttachmentViewer* v) {
                                         CHECK(find<QLabel>(v, "contentLabel")->pixmap().isNull());
                                         CHECK(find<QPushButton>(v, "saveCopyPushButton")->isEnabled());
                                     });
}
