// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers shared by the offscreen UI tests.
#pragma once

#include <catch2/catch_test_macros.hpp>

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QObject>
#include <QTimer>
#include <QWidget>

#include <exception>
#include <functional>
#include <stdexcept>
#include <string>

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

// A widget by class and object name, for messages: never its text, which may be a child's.
inline QString describe(const QWidget* w)
{
    if (!w)
        return QStringLiteral("(nothing)");
    return QString::fromLatin1(w->metaObject()->className()) + QLatin1Char(' ') + w->objectName();
}

// Runs open(), which opens a modal dialog of type Dialog (by an action, a click or keys), and
// check() on it once it is up (waiting for it: keys may go through a menu first). The dialog is rejected afterwards if
// check() left it open. A failed REQUIRE is carried out of the dialog's event loop and rethrown.
template <typename Dialog>
void withModal(const std::function<void()>& open, const std::function<void(Dialog*)>& check)
{
    bool ran = false;
    std::exception_ptr failure;
    QTimer poll;
    QElapsedTimer clock;
    clock.start();
    QObject::connect(&poll, &QTimer::timeout, [&] {
        auto* dialog = qobject_cast<Dialog*>(QApplication::activeModalWidget());
        if (!dialog && clock.elapsed() < 5000)
            return;
        poll.stop();
        try {
            if (!dialog)
                throw std::runtime_error("no " + std::string(Dialog::staticMetaObject.className())
                                         + " was opened; in front: "
                                         + describe(QApplication::activeModalWidget()).toStdString());
            check(dialog);
        } catch (...) {
            failure = std::current_exception();
        }
        ran = true;
        if (dialog && dialog->isVisible())
            dialog->reject();
        // Some other dialog came instead: closed, so that open() returns.
        if (!dialog)
            if (auto* other = qobject_cast<QDialog*>(QApplication::activeModalWidget()))
                other->reject();
    });
    poll.start(10);
    open();
    // open() returns when the dialog closes; a dialog that never came is waited for here.
    waitUntil([&] { return ran; }, 6000);
    poll.stop();
    if (failure)
        std::rethrow_exception(failure);
    CHECK(ran);
}

// Runs open(), which shows a modal dialog, and fill() on that dialog once it is up (withModal).
template <typename Dialog>
void driveModal(const std::function<void()>& open, const std::function<void(Dialog*)>& fill)
{
    withModal<Dialog>(open, fill);
}

template <typename Dialog> void driveModal(QAction* action, const std::function<void(Dialog*)>& fill)
{
    driveModal<Dialog>([action] { action->trigger(); }, fill);
}

} // namespace tonghu::test
