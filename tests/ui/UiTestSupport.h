// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers shared by the offscreen UI tests.
#pragma once

#include <catch2/catch_test_macros.hpp>

#include <QElapsedTimer>
#include <QEventLoop>
#include <QObject>
#include <QTimer>

#include <functional>

namespace tonghu::test {

// Pumps the event loop until done() holds or ms pass; key derivation runs on another thread,
// so tests wait for its result instead of sleeping a fixed time.
inline bool waitUntil(const std::function<bool()>& done, int ms = 20000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > ms)
            return false;
        QEventLoop loop;
        QTimer::singleShot(10, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

// The child widget called `name`, failing the test when there is none.
template <typename T> T* find(QObject* parent, const char* name)
{
    T* child = parent->findChild<T*>(QLatin1String(name));
    INFO("object name: " << name);
    REQUIRE(child != nullptr);
    return child;
}

} // namespace tonghu::test
