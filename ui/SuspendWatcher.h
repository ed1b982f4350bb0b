// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace tonghu::ui {

// Says suspending() just before the computer goes to sleep, so the window can lock first: a
// laptop closed in a household must not wake up showing a child's file. On Linux this is
// logind's PrepareForSleep(true) on the system bus (when Tonghu was built with QtDBus); everywhere
// it is also the application state changing to suspended, which is what platforms without
// logind report.
class SuspendWatcher final : public QObject
{
    Q_OBJECT
public:
    explicit SuspendWatcher(QObject* parent = nullptr);
    // Whether logind's signal could be subscribed to (no system bus in a container, say).
    bool listensToLogind() const { return m_logind; }

public slots:
    // Named in a string for QDBusConnection::connect, which takes no function pointer.
    void prepareForSleep(bool starting);

signals:
    void suspending();

private:
    bool m_logind = false;
};

} // namespace tonghu::ui
