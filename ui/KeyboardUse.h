// SPDX-License-Identifier: GPL-3.0-or-later
// What lists and dialogs need so that a director without a mouse (or with a touchpad that does
// not work) can use them: Tab goes round and out, Enter does what one expects, or nothing.
#pragma once

class QAbstractItemView;
class QDialog;
class QDialogButtonBox;
class QHBoxLayout;
class QPushButton;

#include <QList>

namespace tonghu::ui {

// A list of records used from the keyboard: Tab leaves it for the next control instead of moving
// from cell to cell (where it would go round the cells for ever), and the row the focus lands on
// is selected, so Edit, Visit and the other actions on the selected row work at once, without an
// arrow key first (which, in a list of one row, would not select it at all). Call it once the
// view has its model.
void makeListKeyboardFriendly(QAbstractItemView* view);

// For a long form where Enter finishes typing an answer: Enter presses the button that has the
// focus and nothing else. Without this, QDialog makes the first button the focus passes over its
// default for good (in the visit form, Add… of the attachments), and an Enter in any field then
// presses it. Call it once the dialog has all its buttons.
void pressOnlyFocusedButtonOnEnter(QDialog* dialog);

// Gives the focus to the first control of `dialog` that is not one of `buttons`, for dialogs
// whose button row was made before their fields and would otherwise open with the focus on a
// button. Call it when the dialog is shown.
void focusFirstField(QDialog* dialog, QDialogButtonBox* buttons);

// A row of a dialog's own buttons (left) and its button box (right). Qt 6.4 orders the Tab chain
// of a QDialogButtonBox given buttons of its own (addButton) so that Tab goes between those and
// never again reaches the box's standard buttons or the rest of the dialog; beside the box, the
// buttons keep the order in which they were made.
QHBoxLayout* buttonRow(const QList<QPushButton*>& own, QDialogButtonBox* box);

} // namespace tonghu::ui
