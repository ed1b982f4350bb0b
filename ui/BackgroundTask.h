// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Error.h"

#include <QCoreApplication>
#include <QObject>
#include <QThread>

#include <exception>
#include <memory>
#include <optional>
#include <type_traits>

namespace tonghu::ui {

// What a background task produced: a value or the error to show.
template <typename T> struct TaskResult
{
    std::optional<T> value;
    std::optional<Error> error;
};

// Runs work() on a new thread and hands its result to done() on context's thread. Argon2id
// takes about a second and a quarter of a gigabyte; doing it on the UI thread would freeze the
// window and make the desktop offer to kill Tonghu. If context is destroyed first, done() is
// never called and the result is dropped there (closing a vault that nobody will use).
template <typename Work, typename Done> void runInBackground(QObject* context, Work work, Done done)
{
    using Value = std::invoke_result_t<Work&>;
    auto result = std::make_shared<TaskResult<Value>>();
    auto task = std::make_shared<Work>(std::move(work));
    QThread* thread = QThread::create([task, result] {
        try {
            result->value.emplace((*task)());
        } catch (const Error& e) {
            result->error.emplace(e);
        } catch (const std::exception&) {
            result->error.emplace(
                Error::Kind::Internal,
                QCoreApplication::translate("tonghu::ui::BackgroundTask",
                                            "Something went wrong inside Tonghu. Nothing was changed."));
        }
    });
    auto callback = std::make_shared<Done>(std::move(done));
    QObject::connect(thread, &QThread::finished, context,
                     [callback, result] { (*callback)(std::move(*result)); });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

} // namespace tonghu::ui
