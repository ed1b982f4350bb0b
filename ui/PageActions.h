// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QMenu;
class QTabWidget;

namespace tonghu::ui {

// The Go menu of the main window: every page (tab) by name with Ctrl+1, Ctrl+2…, and the next
// and previous page (Ctrl+PgDown and Ctrl+PgUp, or Ctrl+Tab and Ctrl+Shift+Tab), from wherever
// the focus is. QTabWidget moves between its pages only while the focus is on one of them, and
// a table there may keep Ctrl+Tab for itself.
class PageActions final : public QObject
{
    Q_OBJECT
public:
    // Call once every page is in `tabs`.
    PageActions(QTabWidget* tabs, QWidget* window);

    QMenu* menu() const { return m_menu; }
    QAction* nextAction() const { return m_next; }
    QAction* previousAction() const { return m_previous; }
    // The page actions follow the tabs' texts: call after they are set.
    void retranslate();

private:
    void showPage(int index);

    QTabWidget* m_tabs;
    QMenu* m_menu;
    QList<QAction*> m_pages;
    QAction* m_next;
    QAction* m_previous;
};

} // namespace tonghu::ui
