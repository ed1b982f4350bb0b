// SPDX-License-Identifier: GPL-3.0-or-later
// Walking a window with the keyboard alone, as a director without a mouse (or with a broken
// touchpad) does: what Tab reaches, whether it gets stuck, what Escape and Enter do.
#pragma once

#include "tests/ui/UiTestSupport.h"

#include <catch2/catch_test_macros.hpp>

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QTimer>
#include <QList>
#include <QPushButton>
#include <QSet>
#include <QStringList>
#include <QTest>
#include <QWidget>

#include <exception>
#include <functional>
#include <stdexcept>

namespace tonghu::test {

inline QString describe(const QList<QWidget*>& widgets)
{
    QStringList names;
    for (const QWidget* w : widgets)
        names << describe(w);
    return names.join(QStringLiteral(", "));
}

// Makes `window` the active window and waits until something in it has the keyboard focus, as
// when the desktop shows it.
inline bool activate(QWidget* window)
{
    QApplication::setActiveWindow(window);
    window->activateWindow();
    if (!QApplication::focusWidget() || QApplication::focusWidget()->window() != window)
        window->setFocus(Qt::TabFocusReason); // to the first control that takes the focus
    return waitUntil([window] { return QApplication::focusWidget() && QApplication::focusWidget()->window() == window; },
                     2000);
}

// The controls of `window` a user can Tab to: shown, enabled and taking focus from Tab. A widget
// that hands its focus to another (a spin box's editor) counts as that other one.
inline QList<QWidget*> tabStops(QWidget* window)
{
    QList<QWidget*> stops;
    for (QWidget* w : window->findChildren<QWidget*>()) {
        if (!(w->focusPolicy() & Qt::TabFocus) || !w->isVisibleTo(window) || !w->isEnabled() || w->focusProxy())
            continue;
        // The editor inside a combo box or a spin box is reached as its owner.
        if (qobject_cast<QComboBox*>(w->parentWidget()) || qobject_cast<QAbstractSpinBox*>(w->parentWidget()))
            continue;
        stops << w;
    }
    return stops;
}

struct TabRound
{
    QList<QWidget*> reached; // in the order Tab reached them, starting where the focus was
    bool backToStart = false; // Tab came round to where it started
    QWidget* trap = nullptr;  // kept the focus, or a few widgets kept it, through many presses of Tab
};

// Presses Tab (or Shift+Tab, `key` Qt::Key_Backtab) and nothing else from the focused widget until the focus comes back to it. A widget
// may keep the focus for a while on purpose (a help page's links), but not for 100 presses: a
// table that moves between its cells or a text field that types the tab wraps round forever.
inline TabRound tabRound(QWidget* window, Qt::Key key = Qt::Key_Tab)
{
    TabRound round;
    QWidget* start = QApplication::focusWidget();
    if (!start || start->window() != window)
        return round;
    round.reached << start;
    QWidget* last = start;
    int same = 0;
    // With one control only, Tab has nowhere else to go: staying is the round.
    const bool alone = tabStops(window) == QList<QWidget*>{start};
    for (int press = 0; press < 600; ++press) {
        QTest::keyClick(last, key, key == Qt::Key_Backtab ? Qt::ShiftModifier : Qt::NoModifier);
        QWidget* now = QApplication::focusWidget();
        if (!now || now->window() != window)
            return round; // the focus left the window: not a round either
        // A date edit moves between its parts first, a help page between its links: the same
        // widget a while, which is not yet a trap, nor the way back round.
        if (now == last && alone) {
            round.backToStart = true;
            return round;
        }
        if (now == last) {
            if (++same >= 100) {
                round.trap = now;
                return round;
            }
            continue;
        }
        same = 0;
        if (now == start) {
            round.backToStart = true;
            return round;
        }
        if (!round.reached.contains(now))
            round.reached << now;
        last = now;
    }
    round.trap = last; // Tab went round a part of the window only, never back to the start
    return round;
}

// The buttons Enter would press: those the dialog made its default.
inline QList<QWidget*> defaultButtons(QWidget* window)
{
    QList<QWidget*> out;
    for (QPushButton* b : window->findChildren<QPushButton*>())
        if (b->isDefault() && b->isVisibleTo(window))
            out << b;
    return out;
}

// What every dialog must allow from the keyboard: Tab goes round every control there is to use
// and back without getting stuck; Enter presses the button `isDefault` picks (or none, when it is
// null: a dialog where a stray Enter must not act) and Tab reaches that button; Escape closes the
// dialog.
inline void checkDialogKeys(QDialog* dialog, const std::function<bool(QPushButton*)>& isDefault)
{
    INFO("dialog: " << describe(dialog).toStdString());
    REQUIRE(activate(dialog));

    const TabRound round = tabRound(dialog);
    INFO("reached: " << describe(round.reached).toStdString());
    INFO("trapped by: " << describe(round.trap).toStdString());
    CHECK(round.trap == nullptr);
    CHECK(round.backToStart);
    QList<QWidget*> missed;
    for (QWidget* stop : tabStops(dialog))
        if (!round.reached.contains(stop))
            missed << stop;
    INFO("never reached: " << describe(missed).toStdString());
    CHECK(missed.isEmpty());
    // Shift+Tab goes the same way back.
    const TabRound back = tabRound(dialog, Qt::Key_Backtab);
    QList<QWidget*> reversed(round.reached.rbegin(), round.reached.rend() - 1);
    reversed.prepend(round.reached.first());
    INFO("Shift+Tab reached: " << describe(back.reached).toStdString());
    CHECK(back.backToStart);
    CHECK(back.reached == reversed);

    // Enter is judged from a field: on a button that has the focus, Enter presses that button.
    QWidget* field = nullptr;
    for (QWidget* w : round.reached)
        if (!field && !qobject_cast<QAbstractButton*>(w))
            field = w;
    if (field)
        field->setFocus(Qt::TabFocusReason);
    const QList<QWidget*> defaults = defaultButtons(dialog);
    INFO("Enter judged in: " << describe(field).toStdString());
    INFO("default buttons: " << describe(defaults).toStdString());
    if (isDefault) {
        REQUIRE(defaults.size() == 1);
        auto* button = static_cast<QPushButton*>(defaults.first());
        CHECK(isDefault(button));
        if (button->isEnabled())
            CHECK(round.reached.contains(button));
    } else {
        CHECK(defaults.isEmpty());
        // ...and Enter there does nothing: the dialog stays, and nothing opens over it.
        if (field) {
            QTest::keyClick(field, Qt::Key_Return);
            CHECK(dialog->isVisible());
            CHECK(QApplication::activeModalWidget() == dialog);
        }
    }

    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    CHECK(waitUntil([dialog] { return !dialog->isVisible(); }, 2000));
}

// The default is the button of that object name; none for a null name.
inline void checkDialogKeys(QDialog* dialog, const char* defaultName)
{
    if (!defaultName)
        return checkDialogKeys(dialog, std::function<bool(QPushButton*)>());
    checkDialogKeys(dialog, [defaultName](QPushButton* b) { return b->objectName() == QLatin1String(defaultName); });
}

// The default is the standard button `which` of the dialog's button box.
inline void checkDialogKeys(QDialog* dialog, QDialogButtonBox::StandardButton which)
{
    checkDialogKeys(dialog, [which](QPushButton* b) {
        const auto* box = qobject_cast<QDialogButtonBox*>(b->parentWidget());
        return box && box->standardButton(b) == which;
    });
}

} // namespace tonghu::test
