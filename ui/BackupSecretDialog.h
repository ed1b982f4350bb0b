// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/backup/Backup.h"

#include <QDialog>

class QLineEdit;
class QRadioButton;

namespace tonghu::ui {

// Asks for the secret that opens a backup: the passphrase of one of its users, or its recovery
// code for someone who no longer knows the passphrase the backup was made under.
class BackupSecretDialog final : public QDialog
{
    Q_OBJECT
public:
    BackupSecretDialog(const QString& title, const QString& explanation, QWidget* parent = nullptr);
    // Moves the typed secret into locked memory and clears the field.
    backup::BackupSecret takeSecret();

private:
    QRadioButton* m_passphrase = nullptr;
    QRadioButton* m_recovery = nullptr;
    QLineEdit* m_secret = nullptr;
};

} // namespace tonghu::ui
