// SPDX-License-Identifier: GPL-3.0-or-later
// Every dialog the main window opens, opened and used with the keyboard alone: its shortcut or
// menu mnemonic opens it, Tab goes round all its controls without getting stuck, Enter presses
// the right button (or none, where a stray Enter must not act), and Escape closes it.
#include "core/model/RecordStore.h"
#include "tests/support/SyncFixture.h"
#include "tests/support/TestSupport.h"
#include "tests/ui/KeyboardWalk.h"
#include "ui/AuditLogDialog.h"
#include "ui/BackupSecretDialog.h"
#include "ui/ChildDialog.h"
#include "ui/ChildFileDialog.h"
#include "ui/ConflictsDialog.h"
#include "ui/ConsentDialog.h"
#include "ui/DevicesDialog.h"
#include "ui/FileDialog.h"
#include "ui/HelpDialog.h"
#include "ui/HouseholdDialog.h"
#include "ui/MainWindow.h"
#include "ui/PersonDialog.h"
#include "ui/ReferralDialog.h"
#include "ui/SettingsDialog.h"
#include "ui/SummaryDialog.h"
#include "ui/SyncReportDialog.h"
#include "ui/SyncSettingsDialog.h"
#include "ui/VisitForm.h"

#include <catch2/catch_test_macros.hpp>

#include <QMenu>
#include <QMessageBox>
#include <QTabWidget>
#include <QTableView>

using namespace tonghu;
using test::checkDialogKeys;
using test::withModal;

namespace {

// A village with one household and its child, in a window that has the keyboard. The child lives
// alone, a risk the child's file lists: a finding a referral can be made from.
struct Village
{
    std::unique_ptr<test::TempVault> t = test::makeVault(vault::Role::Village, QStringLiteral("621126103201"));
    model::Child child;
    std::unique_ptr<ui::MainWindow> window;

    Village()
    {
        model::RecordStore records(t->vault->database(), t->vault->userId(), t->vault->placeCode());
        child = test::addChild(records, QStringLiteral("测试小兰"), "female", QDate(2015, 6, 1));
        child.livesAlone = true;
        child = records.saveChild(child);
        window = std::make_unique<ui::MainWindow>(std::move(t->vault));
        window->show();
        REQUIRE(test::activate(window.get()));
    }

    // Shows the tab of `viewName` and selects its first row, by keys: a list takes the focus and
    // Down selects.
    void selectFirstRow(const char* viewName)
    {
        auto* view = test::find<QTableView>(window.get(), viewName);
        auto* tabs = test::find<QTabWidget>(window.get(), "recordsTabWidget");
        QWidget* page = view;
        while (page && tabs->indexOf(page) < 0)
            page = page->parentWidget();
        REQUIRE(page);
        tabs->setCurrentWidget(page);
        REQUIRE(test::activate(window.get()));
        view->setFocus(Qt::TabFocusReason);
        QTest::keyClick(view, Qt::Key_Home);
        REQUIRE(view->selectionModel()->hasSelection());
    }
};

// Opens a menu of the window's menu bar by its mnemonic, then the entry by its own. The window is
// made active first: offscreen, nothing gives it back its activation when a dialog closes.
std::function<void()> menuKeys(QWidget* window, Qt::Key menuKey, Qt::Key entryKey)
{
    return [=] {
        REQUIRE(test::activate(window));
        QTest::keyClick(window, menuKey, Qt::AltModifier);
        QWidget* menu = QApplication::activePopupWidget();
        REQUIRE(qobject_cast<QMenu*>(menu));
        QTest::keyClick(menu, entryKey);
    };
}

// A key pressed in `window`, on whatever has the focus there.
std::function<void()> keys(QWidget* window, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    return [=] {
        REQUIRE(test::activate(window));
        QTest::keyClick(QApplication::focusWidget(), key, modifiers);
    };
}

} // namespace

TEST_CASE("keyboard: the record dialogs are opened, gone round with Tab and closed with keys", "[ui][keyboard]")
{
    Village v;
    ui::MainWindow* w = v.window.get();
    withModal<ui::HouseholdDialog>(keys(w, Qt::Key_N, Qt::ControlModifier),
                                   [](ui::HouseholdDialog* d) { checkDialogKeys(d, "savePushButton"); });

    v.selectFirstRow("householdsTableView");
    withModal<ui::ChildDialog>(keys(w, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier),
                               [](ui::ChildDialog* d) { checkDialogKeys(d, "savePushButton"); });
    // Enter on the selected household opens it; its Add member… opens the person dialog.
    v.selectFirstRow("householdsTableView");
    withModal<ui::HouseholdDialog>(keys(w, Qt::Key_Return), [](ui::HouseholdDialog* d) {
        withModal<ui::PersonDialog>(keys(d, Qt::Key_A, Qt::AltModifier),
                                    [](ui::PersonDialog* p) { checkDialogKeys(p, "savePushButton"); });
        checkDialogKeys(d, "savePushButton");
    });
}

TEST_CASE("keyboard: the visit form, the child's file, a referral and a consent are used with keys", "[ui][keyboard]")
{
    Village v;
    ui::MainWindow* w = v.window.get();
    v.selectFirstRow("childrenTableView");
    withModal<ui::VisitForm>(keys(w, Qt::Key_R, Qt::ControlModifier),
                             [](ui::VisitForm* d) { checkDialogKeys(d, nullptr); });
    withModal<ui::ChildFileDialog>(keys(w, Qt::Key_O, Qt::ControlModifier), [](ui::ChildFileDialog* d) {
        withModal<ui::ConsentDialog>(keys(d, Qt::Key_C, Qt::AltModifier),
                                     [](ui::ConsentDialog* c) { checkDialogKeys(c, QDialogButtonBox::Ok); });
        // The referral is made from the finding chosen in the list: Tab to it, an arrow to the risk.
        auto* findings = test::find<QWidget>(d, "findingsTreeWidget");
        REQUIRE(test::activate(d));
        for (int press = 0; press < 50 && QApplication::focusWidget() != findings; ++press)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        REQUIRE(QApplication::focusWidget() == findings);
        QTest::keyClick(findings, Qt::Key_Home);
        withModal<ui::ReferralDialog>(keys(d, Qt::Key_R, Qt::AltModifier),
                                      [](ui::ReferralDialog* r) { checkDialogKeys(r, QDialogButtonBox::Ok); });
        checkDialogKeys(d, nullptr);
    });
}

TEST_CASE("keyboard: the dialogs of the Records, Sync and Help menus are used with keys", "[ui][keyboard]")
{
    Village v;
    ui::MainWindow* w = v.window.get();
    withModal<ui::SettingsDialog>(menuKeys(w, Qt::Key_R, Qt::Key_T),
                                  [](ui::SettingsDialog* d) { checkDialogKeys(d, QDialogButtonBox::Ok); });
    withModal<ui::AuditLogDialog>(menuKeys(w, Qt::Key_R, Qt::Key_A),
                                  [](ui::AuditLogDialog* d) { checkDialogKeys(d, QDialogButtonBox::Close); });
    // Check a backup… asks for the file (answered here, as the platform's chooser is not driven),
    // then for the secret that opens it.
    ui::FileDialog::setNextFileName(QStringLiteral("/nonexistent/backup.tonghubackup"));
    withModal<ui::BackupSecretDialog>(menuKeys(w, Qt::Key_R, Qt::Key_K), [](ui::BackupSecretDialog* d) {
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("secret"));
        checkDialogKeys(d, QDialogButtonBox::Ok);
    });
    withModal<ui::SyncSettingsDialog>(menuKeys(w, Qt::Key_S, Qt::Key_S),
                                      [](ui::SyncSettingsDialog* d) { checkDialogKeys(d, "savePushButton"); });
    withModal<ui::DevicesDialog>(menuKeys(w, Qt::Key_S, Qt::Key_D),
                                 [](ui::DevicesDialog* d) { checkDialogKeys(d, QDialogButtonBox::Close); });
    withModal<ui::ConflictsDialog>(menuKeys(w, Qt::Key_S, Qt::Key_C),
                                   [](ui::ConflictsDialog* d) { checkDialogKeys(d, QDialogButtonBox::Close); });
    withModal<ui::SyncReportDialog>(menuKeys(w, Qt::Key_S, Qt::Key_R),
                                    [](ui::SyncReportDialog* d) { checkDialogKeys(d, QDialogButtonBox::Close); });
    withModal<ui::HelpDialog>(keys(w, Qt::Key_F1), [](ui::HelpDialog* d) { checkDialogKeys(d, QDialogButtonBox::Close); });
    withModal<QMessageBox>(menuKeys(w, Qt::Key_H, Qt::Key_A), [](QMessageBox* d) { checkDialogKeys(d, QDialogButtonBox::Ok); });
}

TEST_CASE("keyboard: a township's Reports dialog is used with keys", "[ui][keyboard]")
{
    auto t = test::makeVault(vault::Role::Township, QStringLiteral("621126103"));
    ui::MainWindow window(std::move(t->vault));
    window.show();
    REQUIRE(test::activate(&window));
    withModal<ui::SummaryDialog>(menuKeys(&window, Qt::Key_P, Qt::Key_T),
                                 [](ui::SummaryDialog* d) { checkDialogKeys(d, "savePdfButton"); });
}

TEST_CASE("keyboard: a conflict is settled with keys, and a stray Enter settles nothing", "[ui][keyboard][conflicts]")
{
    test::County c;
    c.conflictingReferral(QStringLiteral("closed"), QStringLiteral("accepted"));
    ui::MainWindow window(std::move(c.a->vault));
    window.show();
    REQUIRE(test::activate(&window));
    // Enter closes: keeping one value or the other is a decision, made by its own letter.
    withModal<ui::ConflictsDialog>(menuKeys(&window, Qt::Key_S, Qt::Key_C), [](ui::ConflictsDialog* d) {
        REQUIRE(d->openCount() == 1);
        checkDialogKeys(d, QDialogButtonBox::Close);
    });
    withModal<ui::ConflictsDialog>(menuKeys(&window, Qt::Key_S, Qt::Key_C), [](ui::ConflictsDialog* d) {
        REQUIRE(d->openCount() == 1); // nothing was settled by the keys above
        REQUIRE(test::activate(d));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_U, Qt::AltModifier);
        CHECK(test::waitUntil([d] { return d->openCount() == 0; }, 2000));
    });
}
