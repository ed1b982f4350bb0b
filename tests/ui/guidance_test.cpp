// SPDX-License-Identifier: GPL-3.0-or-later
// What a new user reads before knowing the app: every menu and toolbar entry says what it does
// (a tooltip, and in the status bar as a menu entry is highlighted), and every list of an empty
// vault says, instead of showing bare headers, what to do for rows to appear.
#include "core/model/RecordStore.h"
#include "tests/support/TestSupport.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/AuditLogDialog.h"
#include "ui/ConflictsDialog.h"
#include "ui/DevicesDialog.h"
#include "ui/LedgerPage.h"
#include "ui/MainWindow.h"
#include "ui/OversightPage.h"
#include "ui/ReviewQueuePage.h"
#include "ui/WorklistPage.h"

#include <catch2/catch_test_macros.hpp>

#include <QAbstractItemView>
#include <QDateEdit>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QTabWidget>
#include <QToolBar>

using namespace tonghu;
using test::find;

namespace {

// The tooltip Qt makes up from an action's text when none was given: its name, which says
// nothing the entry does not already show.
QString madeUpTip(const QAction* action)
{
    QAction probe;
    probe.setText(action->text());
    return probe.toolTip();
}

void checkSaysWhatItDoes(QAction* action, bool inMenu)
{
    INFO("action " << action->objectName().toStdString());
    CHECK_FALSE(action->toolTip().isEmpty());
    CHECK(action->toolTip() != madeUpTip(action));
    // A menu shows no tooltips: what it does is in the status bar while the entry is highlighted.
    if (inMenu) {
        CHECK_FALSE(action->statusTip().isEmpty());
        CHECK(action->statusTip() != madeUpTip(action));
    }
}

void checkActions(ui::MainWindow& window)
{
    int seen = 0;
    for (QAction* menuAction : window.menuBar()->actions()) {
        QMenu* menu = menuAction->menu();
        REQUIRE(menu);
        for (QAction* action : menu->actions())
            if (!action->isSeparator()) {
                checkSaysWhatItDoes(action, true);
                ++seen;
            }
    }
    for (QAction* action : find<QToolBar>(&window, "mainToolBar")->actions())
        if (!action->isSeparator() && !action->text().isEmpty()) { // the search box and the spacer are widgets
            checkSaysWhatItDoes(action, false);
            ++seen;
        }
    // The children list's context menu.
    checkSaysWhatItDoes(find<QAction>(&window, "showIdNumberAction"), false);
    CHECK(seen > 20);
}

std::unique_ptr<ui::MainWindow> emptyWindow(vault::Role role, const QString& place)
{
    auto t = test::makeVault(role, place);
    auto window = std::make_unique<ui::MainWindow>(std::move(t->vault));
    window->show();
    return window;
}

// The list `viewName` of `window` has no rows, and `messageName` is shown in its place or over
// it, telling what to do: its text names `next` (the button, menu entry or filter to use).
void checkEmptyList(QWidget* window, const char* viewName, const char* messageName, const QString& next)
{
    INFO("list " << viewName);
    auto* view = find<QAbstractItemView>(window, viewName);
    auto* message = find<QLabel>(window, messageName);
    // Read in the background in some lists: once read, the list is empty and says so.
    CHECK(test::waitUntil([&] { return message->isVisibleTo(window); }, 5000));
    CHECK(view->model()->rowCount() == 0);
    INFO("message: " << message->text().toStdString());
    CHECK(message->text().contains(next, Qt::CaseInsensitive));
    // Over the list, it is within the list's empty area.
    if (view->viewport()->isAncestorOf(message))
        CHECK(view->viewport()->rect().contains(message->geometry()));
}

void showPage(ui::MainWindow& window, QWidget* page)
{
    auto* tabs = find<QTabWidget>(&window, "recordsTabWidget");
    tabs->setCurrentWidget(page);
}

} // namespace

TEST_CASE("guidance: every menu and toolbar entry says what it does", "[ui][guidance]")
{
    for (const auto& [role, place] : {std::pair{vault::Role::Village, QStringLiteral("621126103201")},
                                      std::pair{vault::Role::Township, QStringLiteral("621126103")},
                                      std::pair{vault::Role::County, QStringLiteral("621126")}}) {
        INFO("role " << vault::roleCode(role).toStdString());
        auto window = emptyWindow(role, place);
        checkActions(*window);
    }
}

TEST_CASE("guidance: every list of a village's empty vault says what to do next", "[ui][guidance]")
{
    auto window = emptyWindow(vault::Role::Village, QStringLiteral("621126103201"));
    ui::MainWindow& w = *window;
    showPage(w, w.worklistPage());
    checkEmptyList(&w, "worklistTableView", "worklistEmptyLabel", QStringLiteral("add a household"));
    showPage(w, find<QWidget>(&w, "childrenStackedWidget"));
    checkEmptyList(&w, "childrenTableView", "emptyStateLabel", QStringLiteral("New household"));
    showPage(w, find<QWidget>(&w, "householdsTableView"));
    checkEmptyList(&w, "householdsTableView", "householdsEmptyLabel", QStringLiteral("New household"));
    showPage(w, w.ledgerPage());
    checkEmptyList(&w, "ledgerTableView", "ledgerEmptyLabel", QStringLiteral("New household"));
    {
        ui::DevicesDialog devices(w.vault());
        devices.show();
        checkEmptyList(&devices, "devicesTableView", "devicesEmptyLabel", QStringLiteral("Enroll a device"));
    }
    {
        ui::ConflictsDialog conflicts(w.vault());
        conflicts.show();
        CHECK(find<QLabel>(&conflicts, "conflictsEmpty")->isVisibleTo(&conflicts));
        CHECK(find<QLabel>(&conflicts, "conflictsEmpty")->text().contains(QStringLiteral("sync")));
    }
    {
        ui::AuditLogDialog audit(w.vault().database());
        audit.show();
        // Nothing is recorded after today: the filters then match nothing, and say which to widen.
        find<QDateEdit>(&audit, "sinceDateEdit")->setDate(QDate::currentDate().addDays(1));
        checkEmptyList(&audit, "auditTableView", "auditEmptyLabel", QStringLiteral("All actions"));
    }

    // The first household puts rows in the lists, and their messages go.
    model::Household household;
    household.address = QStringLiteral("测试村一组");
    w.store().saveHousehold(household);
    auto* householdsMessage = find<QLabel>(&w, "householdsEmptyLabel");
    showPage(w, find<QWidget>(&w, "householdsTableView"));
    CHECK(test::waitUntil([&] { return !householdsMessage->isVisibleTo(&w); }, 5000));
    CHECK(find<QAbstractItemView>(&w, "householdsTableView")->model()->rowCount() == 1);
}

TEST_CASE("guidance: every list of a township's and a county's empty vault says what to do next", "[ui][guidance]")
{
    const QString sync = QStringLiteral("Sync now");
    for (const auto& [role, place] : {std::pair{vault::Role::Township, QStringLiteral("621126103")},
                                      std::pair{vault::Role::County, QStringLiteral("621126")}}) {
        INFO("role " << vault::roleCode(role).toStdString());
        auto window = emptyWindow(role, place);
        ui::MainWindow& w = *window;
        if (w.reviewQueuePage()) {
            showPage(w, w.reviewQueuePage());
            checkEmptyList(&w, "reviewQueueTableView", "reviewQueueEmptyLabel", QStringLiteral("sync"));
        }
        showPage(w, w.worklistPage());
        checkEmptyList(&w, "worklistTableView", "worklistEmptyLabel", sync);
        showPage(w, find<QWidget>(&w, "childrenStackedWidget"));
        checkEmptyList(&w, "childrenTableView", "emptyStateLabel", sync);
        showPage(w, find<QWidget>(&w, "householdsTableView"));
        checkEmptyList(&w, "householdsTableView", "householdsEmptyLabel", sync);
        REQUIRE(w.oversightPage());
        showPage(w, w.oversightPage());
        checkEmptyList(&w, "openRisksTable", "openRisksEmptyLabel", sync);
        checkEmptyList(&w, "referralsTable", "referralsEmptyLabel", QStringLiteral("child's file"));
        checkEmptyList(&w, "agenciesTable", "agenciesEmptyLabel", QStringLiteral("by agency"));
        checkEmptyList(&w, "overdueVillagesTable", "overdueVillagesEmptyLabel", QStringLiteral("appears here"));
        showPage(w, w.ledgerPage());
        checkEmptyList(&w, "ledgerTableView", "ledgerEmptyLabel", sync);
        ui::DevicesDialog devices(w.vault());
        devices.show();
        checkEmptyList(&devices, "devicesTableView", "devicesEmptyLabel", QStringLiteral("Enroll a device"));
    }
}
