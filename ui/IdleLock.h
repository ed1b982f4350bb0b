// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

#include <functional>

namespace tonghu::ui {

// Says idle() once no key, mouse, wheel or touch input has reached any window of the application
// for the set time. Input only notes the time (an event filter on the application, so a dialog's
// typing counts too); the timer, when it fires, locks or waits for the rest, so a moving mouse
// does not restart a timer hundreds of times a second.
class IdleLock final : public QObject
{
    Q_OBJECT
public:
    explicit IdleLock(int seconds, QObject* parent = nullptr);
    ~IdleLock() override;

    int seconds() const { return int(m_intervalMs / 1000); }
    // Starts counting again from now.
    void setSeconds(int seconds);
    // Milliseconds until the timer next fires; -1 once idle() was said.
    int remainingMs() const { return m_timer.isActive() ? m_timer.remainingTime() : -1; }

    // What the timer runs when it fires: idle() when the whole time has passed without input,
    // otherwise the timer waits for the rest.
    void check();
    // Where "now" comes from (milliseconds of a steady clock), so a test can move time on.
    void setClock(std::function<qint64()> now);

signals:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void arm(qint64 ms);

    std::function<qint64()> m_now;
    qint64 m_intervalMs;
    qint64 m_lastInput;
    QTimer m_timer;
    bool m_idle = false;
};

} // namespace tonghu::ui
