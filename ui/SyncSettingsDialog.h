// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sync/SyncTarget.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace tonghu::storage {
class Database;
}

namespace tonghu::ui {

// Where this device syncs: a folder (a USB stick carried to the township, a shared drive) or a
// WebDAV server, and whether it syncs by itself. Saving checks the target and keeps the dialog
// open with the reason when it is wrong; the test of the connection runs off the UI thread,
// since a server that does not answer can take its time saying so.
class SyncSettingsDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit SyncSettingsDialog(storage::Database& db, QWidget* parent = nullptr);

    // The target as the fields say now, saved or not.
    sync::SyncTarget target() const;
    bool isTesting() const { return m_testing; }

public slots:
    void accept() override;

private:
    void browse();
    void testConnection();
    void updateFields();
    void showError(const QString& message);

    storage::Database& m_db;
    QRadioButton* m_folderRadio = nullptr;
    QLineEdit* m_folder = nullptr;
    QPushButton* m_browse = nullptr;
    QRadioButton* m_serverRadio = nullptr;
    QLineEdit* m_url = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
    QCheckBox* m_automatic = nullptr;
    QSpinBox* m_interval = nullptr;
    QPushButton* m_test = nullptr;
    QLabel* m_testResult = nullptr;
    QLabel* m_error = nullptr;
    bool m_testing = false;
};

} // namespace tonghu::ui
