// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers shared by the offscreen UI tests.
#pragma once

#include <catch2/catch_test_macros.hpp>

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QObject>
#include <QTimer>
#include <QWidget>

#include <exception>
#include <functional>
#include <stdexcept>

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

// Runs open(), which shows a modal dialog, and fill() on that dialog once it is up; the dialog is
// rejected afterwards if fill() left it open. A failed REQUIRE throws; it must not unwind through
// Qt's event loop, so it is carried out of the dialog and rethrown here.
template <typename Dialog>
void driveModal(const std::function<void()>& open, const std::function<void(Dialog*)>& fill)
{
    bool ran = false;
    std::exception_ptr failure;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<Dialog*>(QApplication::activeModalWidget());
        try {
            if (!dialog)
                throw std::runtime_error("no dialog of the expected type was opened");
            fill(dialog);
        } catch (...) {
            failure = std::current_exception();
        }
        ran = true;
        if (dialog && dialog->isVisible())
            dialog->reject();
    });
    open();
    if (failure)
        std::rethrow_exception(failure);
    CHECK(ran);
}

template <typename Dialog> void driveModal(QAction* action, const std::function<void(Dialog*)>& fill)
{
    driveModal<Dialog>([action] { action->trigger(); }, fill);
}

} // namespace tonghu::test
