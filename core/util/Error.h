// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <stdexcept>

namespace tonghu {

// The one exception type core services throw. Its message is meant for the user: already
// translated, one sentence, free of personal data, so the UI and the CLI can show it as is.
class Error : public std::runtime_error
{
public:
    enum class Kind {
        BadInput,       // the user gave something impossible; nothing was changed
        WrongSecret,    // passphrase or recovery code does not open any key slot
        Throttled,      // too many failed unlocks: wait before trying again
        NotFound,       // no vault, record or file where one was expected
        AlreadyExists,  // refusing to overwrite
        Corrupt,        // a file is damaged or does not belong to this vault
        TooNew,         // written by a newer version of Tonghu
        Io,             // disk full, permission denied, ...
        Unreachable,    // a sync target (server, USB stick) cannot be reached now
        Cancelled,      // the user stopped a long task; what it had done is undone
        Internal,       // a bug: an SQL statement that should not fail did
    };

    Error(Kind kind, const QString& message)
        : std::runtime_error(message.toStdString()), m_kind(kind), m_message(message)
    {
    }

    Kind kind() const { return m_kind; }
    const QString& message() const { return m_message; }

private:
    Kind m_kind;
    QString m_message;
};

} // namespace tonghu
