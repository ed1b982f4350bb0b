// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/IdleLock.h"

#include <QCoreApplication>
#include <QEvent>

#include <algorithm>
#include <chrono>

namespace tonghu::ui {

namespace {

qint64 steadyMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

bool isInput(QEvent::Type type)
{
    switch (type) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::InputMethod:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TabletPress:
    case QEvent::TabletMove:
        return true;
    default:
        return false;
    }
}

} // namespace

IdleLock::IdleLock(int seconds, QObject* parent)
    : QObject(parent), m_now(steadyMs), m_intervalMs(qint64(seconds) * 1000), m_lastInput(m_now())
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleLock::check);
    QCoreApplication::instance()->installEventFilter(this);
    arm(m_intervalMs);
}

IdleLock::~IdleLock()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

void IdleLock::setSeconds(int seconds)
{
    m_intervalMs = qint64(std::max(1, seconds)) * 1000;
    m_lastInput = m_now();
    if (!m_idle)
        arm(m_intervalMs);
}

void IdleLock::setClock(std::function<qint64()> now)
{
    m_now = std::move(now);
    m_lastInput = m_now();
}

void IdleLock::check()
{
    if (m_idle)
        return;
    const qint64 quiet = m_now() - m_lastInput;
    if (quiet >= m_intervalMs) {
        m_idle = true;
        m_timer.stop();
        emit idle();
        return;
    }
    arm(m_intervalMs - quiet);
}

void IdleLock::arm(qint64 ms)
{
    m_timer.start(int(std::clamp<qint64>(ms, 1, m_intervalMs)));
}

bool IdleLock::eventFilter(QObject* watched, QEvent* event)
{
    if (isInput(event->type()))
        m_lastInput = m_now();
    return QObject::eventFilter(watched, event);
}

} // namespace tonghu::ui
