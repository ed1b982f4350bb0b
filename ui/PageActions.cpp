// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/PageActions.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QTabWidget>

namespace tonghu::ui {

PageActions::PageActions(QTabWidget* tabs, QWidget* window)
    : QObject(window), m_tabs(tabs), m_menu(new QMenu(window)), m_next(new QAction(this)),
      m_previous(new QAction(this))
{
    m_menu->setObjectName(QStringLiteral("goMenu"));
    auto* group = new QActionGroup(this);
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto* page = new QAction(this);
        page->setObjectName(QStringLiteral("pageAction%1").arg(i + 1));
        page->setCheckable(true);
        if (i < 9)
            page->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(page, &QAction::triggered, this, [this, i] { showPage(i); });
        group->addAction(page);
        m_menu->addAction(page);
        m_pages << page;
    }
    m_menu->addSeparator();
    m_next->setObjectName(QStringLiteral("nextPageAction"));
    m_next->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_PageDown), QKeySequence(QKeySequence::NextChild)});
    m_previous->setObjectName(QStringLiteral("previousPageAction"));
    m_previous->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_PageUp), QKeySequence(QKeySequence::PreviousChild)});
    m_menu->addAction(m_next);
    m_menu->addAction(m_previous);
    // In the window, not only in the menu: a menu's shortcuts work only while it is in the menu bar.
    window->addActions(m_pages);
    window->addAction(m_next);
    window->addAction(m_previous);
    connect(m_next, &QAction::triggered, this, [this] { showPage((m_tabs->currentIndex() + 1) % m_tabs->count()); });
    connect(m_previous, &QAction::triggered, this,
            [this] { showPage((m_tabs->currentIndex() + m_tabs->count() - 1) % m_tabs->count()); });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index >= 0 && index < m_pages.size())
            m_pages.at(index)->setChecked(true);
    });
    if (m_tabs->currentIndex() >= 0 && m_tabs->currentIndex() < m_pages.size())
        m_pages.at(m_tabs->currentIndex())->setChecked(true);
    retranslate();
}

void PageActions::retranslate()
{
    m_menu->setTitle(tr("&Go"));
    for (int i = 0; i < m_pages.size(); ++i) {
        const QString name = m_tabs->tabText(i);
        m_pages.at(i)->setText(name);
        m_pages.at(i)->setToolTip(tr("Show the page “%1”").arg(name));
        m_pages.at(i)->setStatusTip(m_pages.at(i)->toolTip());
    }
    m_next->setText(tr("&Next page"));
    m_next->setToolTip(tr("Show the page to the right of this one"));
    m_next->setStatusTip(m_next->toolTip());
    m_previous->setText(tr("&Previous page"));
    m_previous->setToolTip(tr("Show the page to the left of this one"));
    m_previous->setStatusTip(m_previous->toolTip());
}

void PageActions::showPage(int index)
{
    m_tabs->setCurrentIndex(index);
    // The keyboard goes with the page (to its first control), so the arrows work in it at once.
    QWidget* page = m_tabs->currentWidget();
    if (!page)
        return;
    for (QWidget* w = page->nextInFocusChain(); w && w != page; w = w->nextInFocusChain()) {
        if (!page->isAncestorOf(w))
            continue;
        if ((w->focusPolicy() & Qt::TabFocus) && w->isVisible() && w->isEnabled()) {
            w->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
}

} // namespace tonghu::ui
