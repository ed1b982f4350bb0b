// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/KeyboardUse.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QPushButton>

namespace tonghu::ui {

namespace {

// Sees the Enter that no control of the dialog took, before QDialog would give it to its default.
class EnterFilter final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() != QEvent::KeyPress)
            return QObject::eventFilter(watched, event);
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() != Qt::Key_Return && key->key() != Qt::Key_Enter)
            return QObject::eventFilter(watched, event);
        auto* dialog = static_cast<QWidget*>(watched);
        if (auto* button = qobject_cast<QAbstractButton*>(QApplication::focusWidget());
            button && dialog->isAncestorOf(button) && button->isEnabled())
            button->click();
        return true;
    }
};

} // namespace

void makeListKeyboardFriendly(QAbstractItemView* view)
{
    view->setTabKeyNavigation(false);
    // Qt makes a row current, without selecting it, when the list gets the focus from the keyboard.
    QObject::connect(view->selectionModel(), &QItemSelectionModel::currentChanged, view,
                     [view](const QModelIndex& current) {
                         if (current.isValid() && view->hasFocus() && !view->selectionModel()->hasSelection())
                             view->selectionModel()->select(current, QItemSelectionModel::ClearAndSelect
                                                                         | QItemSelectionModel::Rows);
                     });
}

void pressOnlyFocusedButtonOnEnter(QDialog* dialog)
{
    for (QPushButton* button : dialog->findChildren<QPushButton*>()) {
        button->setAutoDefault(false);
        button->setDefault(false);
    }
    dialog->installEventFilter(new EnterFilter(dialog));
}

void focusFirstField(QDialog* dialog, QDialogButtonBox* buttons)
{
    if (dialog->focusWidget() && !buttons->isAncestorOf(dialog->focusWidget()))
        return; // the dialog chose where to start
    for (QWidget* w = dialog->nextInFocusChain(); w != dialog; w = w->nextInFocusChain())
        if ((w->focusPolicy() & Qt::TabFocus) && w->isVisibleTo(dialog) && w->isEnabled()
            && !buttons->isAncestorOf(w)) {
            w->setFocus(Qt::TabFocusReason);
            return;
        }
}

QHBoxLayout* buttonRow(const QList<QPushButton*>& own, QDialogButtonBox* box)
{
    auto* row = new QHBoxLayout;
    for (QPushButton* button : own)
        row->addWidget(button);
    row->addStretch();
    row->addWidget(box);
    return row;
}

} // namespace tonghu::ui
