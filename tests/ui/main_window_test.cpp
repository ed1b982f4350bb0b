// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/IdNumber.h"
#include "core/model/RecordStore.h"
#include "core/sync/Enrollment.h"
#include "core/util/Language.h"
#include "tests/support/TestSupport.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/ChildDialog.h"
#include "ui/ChildListModel.h"
#include "ui/DevicesDialog.h"
#include "ui/FormFields.h"
#include "ui/HouseholdDialog.h"
#include "ui/HouseholdListModel.h"
#include "ui/MainWindow.h"
#include "ui/WorklistPage.h"

#include <catch2/catch_test_macros.hpp>

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

#include <exception>
#include <functional>
#include <stdexcept>

using namespace tonghu;
using tonghu::test::waitUntil;

using tonghu::test::driveModal;
using tonghu::test::find;

namespace {

QString withCheck(const char* first17)
{
    const QString digits = QLatin1String(first17);
    return digits + model::IdNumber::checkCharacter(digits);
}

QStringList names(const QAbstractItemModel* model)
{
    QStringList out;
    for (int row = 0; row < model->rowCount(); ++row)
        out << model->index(row, ui::ChildListModel::NameColumn).data().toString();
    return out;
}

const QString kPlace = QStringLiteral("621126101201");

} // namespace

TEST_CASE("main window: a household and a child added through the dialogs are found by pinyin initials",
          "[ui]")
{
    auto t = test::makeVault(vault::Role::Village, kPlace);
    ui::MainWindow window(std::move(t->vault));
    window.show();
    // The window opens on the worklist: what needs doing today.
    auto* tabs = find<QTabWidget>(&window, "recordsTabWidget");
    CHECK(tabs->currentWidget() == find<ui::WorklistPage>(&window, "worklistPage"));
    auto* childrenTab = find<QStackedWidget>(&window, "childrenStackedWidget");
    tabs->setCurrentWidget(childrenTab);
    auto* empty = find<QLabel>(&window, "emptyStateLabel");
    CHECK(empty->isVisible());
    CHECK_FALSE(empty->text().isEmpty());
    CHECK(find<QLabel>(&window, "placeLabel")->text().contains(QStringLiteral("测试村")));
    CHECK(find<QLabel>(&window, "userLabel")->text() == QStringLiteral("测试员"));

    driveModal<ui::HouseholdDialog>(find<QAction>(&window, "newHouseholdAction"), [](ui::HouseholdDialog* d) {
        find<QLineEdit>(d, "addressLineEdit")->setText(QStringLiteral("三组 12 号"));
        find<QLineEdit>(d, "contactNameLineEdit")->setText(QStringLiteral("张大山"));
        find<QLineEdit>(d, "contactPhoneLineEdit")->setText(QStringLiteral("13800000000"));
        find<ui::ChoiceComboBox>(d, "assistanceComboBox")->setCode(QStringLiteral("dibao"));
        find<ui::TriStateComboBox>(d, "guardianCapableComboBox")->setValue(false);
        find<QPushButton>(d, "savePushButton")->click();
        CHECK_FALSE(d->isVisible());
    });
    auto* households = find<QTableView>(&window, "householdsTableView");
    REQUIRE(households->model()->rowCount() == 1);
    CHECK(households->model()->index(0, ui::HouseholdListModel::AddressColumn).data().toString() ==
          QStringLiteral("三组 12 号"));

    // A new child goes to the selected household without asking.
    tabs->setCurrentWidget(households);
    households->selectRow(0);
    const QString id = withCheck("62112620150307123");
    driveModal<ui::ChildDialog>(find<QAction>(&window, "newChildAction"), [&](ui::ChildDialog* d) {
        find<QLineEdit>(d, "nameLineEdit")->setText(QStringLiteral("张三"));
        find<QLineEdit>(d, "idNumberLineEdit")->setText(id);
        find<QPushButton>(d, "savePushButton")->click();
        CHECK_FALSE(d->isVisible());
    });
    // A second child, so the search has something to leave out.
    const QString householdId =
        households->model()->index(0, 0).data(ui::HouseholdListModel::IdRole).toString();
    model::Child other;
    other.householdId = householdId;
    other.name = QStringLiteral("李四");
    other.sex = QStringLiteral("female");
    other.birthDate = QDate(2013, 6, 1);
    window.store().saveChild(other);

    auto* children = find<QTableView>(&window, "childrenTableView");
    tabs->setCurrentWidget(childrenTab);
    REQUIRE(waitUntil([&] { return children->model()->rowCount() == 2; }));
    CHECK(children->isVisible());
    CHECK_FALSE(empty->isVisible());
    CHECK(households->model()->index(0, ui::HouseholdListModel::ChildrenColumn).data().toInt() == 2);
    CHECK(find<QLabel>(&window, "childCountLabel")->text().contains(QLatin1Char('2')));

    auto* search = find<QLineEdit>(&window, "searchLineEdit");
    CHECK_FALSE(search->placeholderText().isEmpty());
    search->setText(QStringLiteral("zs"));
    REQUIRE(waitUntil([&] { return children->model()->rowCount() == 1; }));
    CHECK(names(children->model()) == QStringList{QStringLiteral("张三")});
    // The list shows the ID number masked, and the child's birth date and sex from the number.
    const QString shown = children->model()->index(0, ui::ChildListModel::IdNumberColumn).data().toString();
    CHECK(shown == model::IdNumber::masked(id));
    CHECK(shown != id);
    CHECK(children->model()
              ->index(0, ui::ChildListModel::BirthDateColumn)
              .data()
              .toString()
              .startsWith(QLatin1String("2015-03-07")));

    search->setText(id.right(4));
    REQUIRE(waitUntil([&] { return children->model()->rowCount() == 1; }));
    CHECK(names(children->model()) == QStringList{QStringLiteral("张三")});

    search->setText(QStringLiteral("lisi"));
    REQUIRE(waitUntil([&] { return children->model()->rowCount() == 1; }));
    CHECK(names(children->model()) == QStringList{QStringLiteral("李四")});

    search->setText(QStringLiteral("qqq"));
    REQUIRE(waitUntil([&] { return children->model()->rowCount() == 0; }));
    CHECK(empty->isVisible());
    CHECK(empty->text().contains(QStringLiteral("qqq")));

    search->clear();
    REQUIRE(waitUntil([&] { return children->model()->rowCount() == 2; }));
}

TEST_CASE("main window: Edit opens the selected child's file, and saving updates the list", "[ui]")
{
    auto t = test::makeVault(vault::Role::Village, kPlace);
    ui::MainWindow window(std::move(t->vault));
    model::Household h;
    h.address = QStringLiteral("一组 3 号");
    h = window.store().saveHousehold(h);
    model::Child c;
    c.householdId = h.id;
    c.name = QStringLiteral("王小明");
    c.sex = QStringLiteral("male");
    c.birthDate = QDate(2016, 9, 1);
    window.store().saveChild(c);
    window.show();

    find<QTabWidget>(&window, "recordsTabWidget")
        ->setCurrentWidget(find<QStackedWidget>(&window, "childrenStackedWidget"));
    auto* children = find<QTableView>(&window, "childrenTableView");
    REQUIRE(children->model()->rowCount() == 1);
    auto* edit = find<QAction>(&window, "editAction");
    CHECK_FALSE(edit->isEnabled());
    children->selectRow(0);
    CHECK(edit->isEnabled());
    driveModal<ui::ChildDialog>(edit, [](ui::ChildDialog* d) {
        auto* name = find<QLineEdit>(d, "nameLineEdit");
        CHECK(name->text() == QStringLiteral("王小明"));
        name->setText(QStringLiteral("王晓明"));
        find<QPushButton>(d, "savePushButton")->click();
    });
    REQUIRE(waitUntil([&] { return names(children->model()) == QStringList{QStringLiteral("王晓明")}; }));
}

TEST_CASE("main window: lock asks the owner to close the vault; language switches at runtime", "[ui]")
{
    auto t = test::makeVault(vault::Role::Village, kPlace);
    ui::MainWindow window(std::move(t->vault));
    window.show();
    bool locked = false;
    QObject::connect(&window, &ui::MainWindow::lockRequested, [&] { locked = true; });
    find<QAction>(&window, "lockAction")->trigger();
    CHECK(locked);

    auto* tabs = find<QTabWidget>(&window, "recordsTabWidget");
    find<QAction>(&window, "englishAction")->trigger();
    CHECK(currentLanguage() == QLatin1String("en"));
    CHECK(tabs->tabText(0) == QLatin1String("Worklist"));
    CHECK(tabs->tabText(1) == QLatin1String("Children"));
    CHECK(find<QAction>(&window, "englishAction")->isChecked());
    find<QAction>(&window, "chineseAction")->trigger();
    CHECK(currentLanguage() == QLatin1String("zh_CN"));
    CHECK(find<QAction>(&window, "chineseAction")->isChecked());
    // The window retranslates on the LanguageChange event Qt posts.
    CHECK(test::waitUntil([&] { return tabs->tabText(0).startsWith(QStringLiteral("工作清单")); }, 5000));
    // Qt's own texts (standard buttons, file dialogs) follow too, from Qt's translations.
    QDialogButtonBox box(QDialogButtonBox::Cancel);
    CHECK(box.button(QDialogButtonBox::Cancel)->text() == QStringLiteral("取消"));
}

TEST_CASE("main window: the device's fingerprint, to read out by phone, is the one its enrollment file carries",
          "[ui]")
{
    auto t = test::makeVault(vault::Role::Village, kPlace);
    const sync::EnrollmentRecord enrollment = sync::Enrollment::read(sync::Enrollment::exportOwn(*t->vault));
    const QString expected = sync::DeviceIdentity::fingerprint(enrollment.keys.signPublic, enrollment.keys.boxPublic);
    ui::MainWindow window(std::move(t->vault));
    window.show();
    CHECK(window.deviceFingerprint() == expected);
    // The Help menu's item and Sync → Devices open the same dialog, which shows it.
    for (const char* action : {"deviceAction", "devicesAction"})
        driveModal<ui::DevicesDialog>(find<QAction>(&window, action), [&](ui::DevicesDialog* d) {
            CHECK(find<QLabel>(d, "ownFingerprintLabel")->text() == expected);
        });
}
