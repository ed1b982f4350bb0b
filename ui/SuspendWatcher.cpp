// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/SuspendWatcher.h"

#include <QGuiApplication>

#ifdef TONGHU_HAVE_DBUS
#include <QDBusConnection>
#endif

namespace tonghu::ui {

SuspendWatcher::SuspendWatcher(QObject* parent) : QObject(parent)
{
#ifdef TONGHU_HAVE_DBUS
    QDBusConnection bus = QDBusConnection::systemBus();
    if (bus.isConnected())
        m_logind = bus.connect(QStringLiteral("org.freedesktop.login1"), QStringLiteral("/org/freedesktop/login1"),
                               QStringLiteral("org.freedesktop.login1.Manager"), QStringLiteral("PrepareForSleep"),
                               this, SLOT(prepareForSleep(bool)));
#endif
    if (auto* app = qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        connect(app, &QGuiApplication::applicationStateChanged, this, [this](Qt::ApplicationState state) {
            if (state == Qt::ApplicationSuspended)
                emit suspending();
        });
}

void SuspendWatcher::prepareForSleep(bool starting)
{
    // logind says false again on resume; by then the window is locked already.
    if (starting)
        emit suspending();
}

} // namespace tonghu::ui
