// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QSpinBox;

namespace tonghu::storage {
class Database;
}

namespace tonghu::ui {

// How large the text is (kept for this computer's user) and how long the window waits without
// use before it locks (kept in the vault).
class SettingsDialog final : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(storage::Database& db, QString userId, QWidget* parent = nullptr);
    void accept() override;
    // The idle time saved by the last accept, in seconds.
    int idleLockSeconds() const { return m_seconds; }

private:
    storage::Database& m_db;
    QString m_userId;
    QSpinBox* m_minutes = nullptr;
    QComboBox* m_textSize = nullptr;
    QLabel* m_error = nullptr;
    int m_seconds = 0;
};

} // namespace tonghu::ui
