// SPDX-License-Identifier: GPL-3.0-or-later
// The main window used with the keyboard alone: every page reached from wherever the focus is,
// every menu entry reached through its menu's Alt+letter and its own letter or its shortcut, no
// letter claimed twice on a page, and Tab round each page without getting stuck.
#include "core/model/RecordStore.h"
#include "core/util/Language.h"
#include "tests/support/TestSupport.h"
#include "tests/ui/KeyboardWalk.h"
#include "ui/MainWindow.h"
#include "ui/WorklistPage.h"

#include <catch2/catch_test_macros.hpp>

#include <QAction>
#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>

using namespace tonghu;

namespace {

// The letter after a single & in a control's text, upper case; null when there is none.
QChar mnemonic(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i; // "&&" is a literal ampersand
            continue;
        }
        return text.at(i + 1).toUpper();
    }
    return {};
}

Qt::Key keyOf(QChar letter)
{
    return Qt::Key(letter.toUpper().unicode());
}

// Closes whatever dialog an action opens, while it lives: these tests are about reaching the
// actions, the dialogs themselves are walked in keyboard_dialogs_test.cpp.
struct DialogCloser
{
    QTimer timer;
    DialogCloser()
    {
        QObject::connect(&timer, &QTimer::timeout, [] {
            if (auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget()))
                dialog->reject();
        });
        timer.start(20);
    }
};

// A window of `role`; a village's holds a child, which only a village may add.
std::unique_ptr<ui::MainWindow> openWindow(vault::Role role, const QString& place)
{
    auto t = test::makeVault(role, place);
    if (role == vault::Role::Village) {
        model::RecordStore records(t->vault->database(), t->vault->userId(), t->vault->placeCode());
        test::addChild(records, QStringLiteral("测试小兰"), "female", QDate(2015, 6, 1));
    }
    auto window = std::make_unique<ui::MainWindow>(std::move(t->vault));
    window->show();
    REQUIRE(test::activate(window.get()));
    return window;
}

// Shows the children page with the keyboard in its list; in a village, the child there is then
// selected, so the actions on the selected child (Edit, Visit, Open file) are enabled.
void focusChildren(ui::MainWindow* window)
{
    auto* tabs = test::find<QTabWidget>(window, "recordsTabWidget");
    auto* view = test::find<QTableView>(window, "childrenTableView");
    tabs->setCurrentWidget(test::find<QWidget>(window, "childrenStackedWidget"));
    REQUIRE(test::activate(window));
    if (view->model()->rowCount() == 0)
        return; // the page shows what to do instead of an empty list
    view->setFocus(Qt::TabFocusReason);
    REQUIRE(view->selectionModel()->hasSelection());
}

// Presses `keys` on the focused widget of the window (made active first: offscreen nothing gives
// the activation back when a dialog closes) and says whether `action` was triggered.
bool triggers(ui::MainWindow* window, QAction* action, const std::function<void()>& keys)
{
    QSignalSpy spy(action, &QAction::triggered);
    REQUIRE(test::activate(window));
    keys();
    const bool triggered = test::waitUntil([&] { return spy.count() == 1; }, 3000);
    // What the action changed that the rest of the walk depends on is put back.
    for (int i = 0; i < 5 && QApplication::activePopupWidget(); ++i)
        QApplication::activePopupWidget()->close();
    if (!window->isVisible()) // Quit
        window->show();
    if (currentLanguage() != QLatin1String("en")) // 中文
        window->setLanguage(QStringLiteral("en"));
    return triggered;
}

// Every entry of every menu: the menu opens with Alt and its letter, and the entry is pressed
// with its own letter (unique in its menu) or its shortcut, and both when it has both.
void walkMenus(ui::MainWindow* window)
{
    DialogCloser closer;
    QSet<QChar> menuLetters;
    for (QAction* menuAction : window->menuBar()->actions()) {
        QMenu* menu = menuAction->menu();
        if (!menu || !menuAction->isVisible())
            continue;
        INFO("menu " << menu->objectName().toStdString());
        const QChar menuKey = mnemonic(menuAction->text());
        REQUIRE_FALSE(menuKey.isNull());
        CHECK_FALSE(menuLetters.contains(menuKey));
        menuLetters.insert(menuKey);

        QMap<QChar, int> letters;
        for (QAction* a : menu->actions())
            if (!a->isSeparator() && a->isVisible() && !mnemonic(a->text()).isNull())
                ++letters[mnemonic(a->text())];
        for (QAction* action : menu->actions()) {
            if (action->isSeparator() || !action->isVisible())
                continue;
            INFO("action " << action->objectName().toStdString());
            const QChar key = mnemonic(action->text());
            const bool byLetter = !key.isNull() && letters.value(key) == 1;
            CHECK((byLetter || !action->shortcut().isEmpty()));
            // Only the actions on a selected child wait for one; a township has none to select.
            if (!action->isEnabled()) {
                CHECK(window->vault().role() != vault::Role::Village);
                continue;
            }
            if (byLetter) {
                const QString objectName = action->objectName();
                CHECK(triggers(window, action, [&] {
                    QTest::keyClick(QApplication::focusWidget(), keyOf(menuKey), Qt::AltModifier);
                    REQUIRE(QApplication::activePopupWidget() == menu);
                    // The menu's own letter, as shown now (a language entry changes the texts).
                    QTest::keyClick(menu, keyOf(mnemonic(action->text())));
                }));
            }
            if (!action->shortcut().isEmpty()) {
                const QKeySequence shortcut = action->shortcut();
                CHECK(triggers(window, action, [&] {
                    QTest::keyClick(QApplication::focusWidget(), Qt::Key(shortcut[0].key()),
                                    shortcut[0].keyboardModifiers());
                }));
            }
        }
    }
}

// The letters Alt reaches on the page in front: the menus' and those of the shown controls
// (buttons, labels of fields, group boxes). A letter claimed twice reaches neither reliably.
QMap<QChar, QStringList> shownLetters(ui::MainWindow* window)
{
    QMap<QChar, QStringList> owners;
    for (QAction* menuAction : window->menuBar()->actions())
        if (menuAction->isVisible() && !mnemonic(menuAction->text()).isNull())
            owners[mnemonic(menuAction->text())] << QStringLiteral("menu ") + menuAction->menu()->objectName();
    for (QWidget* w : window->findChildren<QWidget*>()) {
        if (!w->isVisibleTo(window) || qobject_cast<QToolButton*>(w))
            continue;
        QString text;
        if (auto* button = qobject_cast<QAbstractButton*>(w))
            text = button->text();
        else if (auto* label = qobject_cast<QLabel*>(w); label && label->buddy())
            text = label->text();
        else if (auto* box = qobject_cast<QGroupBox*>(w))
            text = box->title();
        if (!mnemonic(text).isNull())
            owners[mnemonic(text)] << test::describe(w);
    }
    return owners;
}

} // namespace

TEST_CASE("keyboard: every page of the main window is reached from the keyboard", "[ui][keyboard]")
{
    for (const auto& [role, place] : {std::pair{vault::Role::Village, QStringLiteral("621126103201")},
                                      std::pair{vault::Role::Township, QStringLiteral("621126103")}}) {
        INFO("role " << vault::roleCode(role).toStdString());
        auto window = openWindow(role, place);
        auto* tabs = test::find<QTabWidget>(window.get(), "recordsTabWidget");
        const int pages = tabs->count();
        REQUIRE(pages >= 4);
        REQUIRE(tabs->currentIndex() == 0);

        // Ctrl+PgDown goes round every page and back to the first, from the search box too.
        test::find<QWidget>(window.get(), "searchLineEdit")->setFocus();
        for (int i = 1; i <= pages; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageDown, Qt::ControlModifier);
            CHECK(tabs->currentIndex() == i % pages);
        }
        // Ctrl+PgUp goes back; Ctrl+Tab and Ctrl+Shift+Tab do the same, even from inside a table.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_PageUp, Qt::ControlModifier);
        CHECK(tabs->currentIndex() == pages - 1);
        tabs->setCurrentWidget(window->worklistPage());
        REQUIRE(test::activate(window.get()));
        auto* worklistView = test::find<QWidget>(window.get(), "worklistTableView");
        // The village's child has never been visited: its worklist is a table with a row.
        if (role == vault::Role::Village)
            REQUIRE(worklistView->isVisible());
        worklistView->setFocus(Qt::TabFocusReason);
        const int worklist = tabs->currentIndex();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ControlModifier);
        CHECK(tabs->currentIndex() == (worklist + 1) % pages);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier);
        CHECK(tabs->currentIndex() == worklist);
        // Ctrl+1, Ctrl+2… go to a page by its place, and the keyboard goes with it.
        for (int i = 0; i < pages; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
            CHECK(tabs->currentIndex() == i);
            bool focusable = false;
            for (QWidget* stop : test::tabStops(window.get()))
                focusable = focusable || tabs->currentWidget()->isAncestorOf(stop);
            if (focusable) // an empty list shows a message instead, which takes no focus
                CHECK(tabs->currentWidget()->isAncestorOf(QApplication::focusWidget()));
        }
    }
}

TEST_CASE("keyboard: every menu entry of the main window is reached by its letter or its shortcut",
          "[ui][keyboard]")
{
    SECTION("a village, with a child selected")
    {
        auto window = openWindow(vault::Role::Village, QStringLiteral("621126103201"));
        focusChildren(window.get());
        walkMenus(window.get());
    }
    SECTION("a township, with its Reports menu")
    {
        auto window = openWindow(vault::Role::Township, QStringLiteral("621126103"));
        focusChildren(window.get());
        walkMenus(window.get());
    }
}

TEST_CASE("keyboard: on every page each Alt+letter belongs to one control, and Tab goes round",
          "[ui][keyboard]")
{
    for (const auto& [role, place] : {std::pair{vault::Role::Village, QStringLiteral("621126103201")},
                                      std::pair{vault::Role::Township, QStringLiteral("621126103")},
                                      std::pair{vault::Role::County, QStringLiteral("621126")}}) {
        auto window = openWindow(role, place);
        auto* tabs = test::find<QTabWidget>(window.get(), "recordsTabWidget");
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            INFO("role " << vault::roleCode(role).toStdString() << ", page " << tabs->currentWidget()->objectName().toStdString());
            const QMap<QChar, QStringList> owners = shownLetters(window.get());
            for (auto it = owners.begin(); it != owners.end(); ++it) {
                INFO("Alt+" << QString(it.key()).toStdString() << ": " << it.value().join(QStringLiteral(", ")).toStdString());
                CHECK(it.value().size() == 1);
            }

            REQUIRE(test::activate(window.get()));
            test::find<QWidget>(window.get(), "searchLineEdit")->setFocus(Qt::TabFocusReason);
            const test::TabRound round = test::tabRound(window.get());
            QList<QWidget*> missed;
            for (QWidget* stop : test::tabStops(window.get()))
                if (!round.reached.contains(stop))
                    missed << stop;
            INFO("reached: " << test::describe(round.reached).toStdString());
            INFO("trapped by: " << test::describe(round.trap).toStdString());
            INFO("never reached: " << test::describe(missed).toStdString());
            CHECK(round.trap == nullptr);
            CHECK(round.backToStart);
            CHECK(missed.isEmpty());
            const test::TabRound back = test::tabRound(window.get(), Qt::Key_Backtab);
            INFO("Shift+Tab reached: " << test::describe(back.reached).toStdString());
            CHECK(back.backToStart);
            CHECK(back.reached.size() == round.reached.size());
        }
    }
}

TEST_CASE("main window: only a director's window offers to add records and start visits", "[ui]")
{
    for (const auto& [role, place] : {std::pair{vault::Role::Village, QStringLiteral("621126103201")},
                                      std::pair{vault::Role::Township, QStringLiteral("621126103")},
                                      std::pair{vault::Role::County, QStringLiteral("621126")}}) {
        INFO("role " << vault::roleCode(role).toStdString());
        auto window = openWindow(role, place);
        const bool director = role == vault::Role::Village;
        auto* toolBar = test::find<QToolBar>(window.get(), "mainToolBar");
        for (const char* name : {"newHouseholdAction", "newChildAction", "visitAction"}) {
            INFO(name);
            auto* action = test::find<QAction>(window.get(), name);
            CHECK(action->isVisible() == director);
            QWidget* button = toolBar->widgetForAction(action);
            CHECK((button && button->isVisible()) == director);
        }
        // Its shortcut does nothing where the action is hidden: no dialog opens.
        focusChildren(window.get());
        bool dialogOpened = false;
        QTimer::singleShot(300, [&] {
            if (QWidget* modal = QApplication::activeModalWidget()) {
                dialogOpened = true;
                modal->close();
            }
        });
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_N, Qt::ControlModifier);
        QTest::qWait(400);
        CHECK(dialogOpened == director);
    }
}
