// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/SecureBuffer.h"

#include <QCoreApplication>
#include <QString>

namespace tonghu::cli {

// Where tonghu-cli gets a passphrase, never from its arguments (they are visible to every user
// of the machine in `ps` and kept in shell history). In order: the first line of
// --passphrase-file, the TONGHU_PASSPHRASE variable, a prompt without echo on the terminal.
class PassphraseInput final
{
    Q_DECLARE_TR_FUNCTIONS(tonghu::cli::PassphraseInput)
public:
    enum class Purpose {
        Unlock,   // asked once
        NewVault, // a prompt asks twice, since a typo would lock the user out
    };

    explicit PassphraseInput(QString passphraseFile) : m_file(std::move(passphraseFile)) {}

    // Throws tonghu::Error{BadInput} when there is no source, the file cannot be read, the
    // passphrase is empty or the two typed ones differ.
    SecureBuffer read(Purpose purpose) const;

    static constexpr const char* kEnvironmentVariable = "TONGHU_PASSPHRASE";

private:
    SecureBuffer fromFile() const;
    static SecureBuffer fromEnvironment();
    static SecureBuffer prompt(const QString& question);

    QString m_file;
};

} // namespace tonghu::cli
