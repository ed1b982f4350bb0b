// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/EmptyListMessage.h"

#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QEvent>

namespace tonghu::ui {

EmptyListMessage::EmptyListMessage(QAbstractItemView* view, const char* objectName)
    : QLabel(view->viewport()), m_view(view), m_viewport(view->viewport())
{
    setObjectName(QLatin1String(objectName));
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setMargin(24);
    setForegroundRole(QPalette::PlaceholderText);
    // Clicks and the keyboard go to the list underneath.
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setFocusPolicy(Qt::NoFocus);
    m_viewport->installEventFilter(this);
    QAbstractItemModel* model = view->model();
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(model, signal, this, &EmptyListMessage::refresh);
    connect(model, &QAbstractItemModel::modelReset, this, &EmptyListMessage::refresh);
    connect(model, &QAbstractItemModel::layoutChanged, this, &EmptyListMessage::refresh);
    refresh();
}

void EmptyListMessage::setText(const QString& text)
{
    QLabel::setText(text);
    refresh();
}

bool EmptyListMessage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_viewport && event->type() == QEvent::Resize)
        setGeometry(m_viewport->rect());
    return QLabel::eventFilter(watched, event);
}

void EmptyListMessage::refresh()
{
    const bool empty = m_view->model() && m_view->model()->rowCount() == 0 && !text().isEmpty();
    setGeometry(m_viewport->rect());
    setVisible(empty);
    m_view->setAccessibleDescription(empty ? text() : QString());
}

} // namespace tonghu::ui
