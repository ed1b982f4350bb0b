// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/vault/Vault.h"

#include <QDialog>

#include <memory>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTimer;

namespace tonghu::ui {

class PassphraseMeter;

// Later runs: the passphrase opens the vault. A forgotten passphrase is replaced with the
// recovery code written down at set-up. Key derivation runs off the UI thread; while repeated
// failures make the vault wait, the button is disabled and counts down.
class UnlockDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit UnlockDialog(QString vaultDirectory, QWidget* parent = nullptr);
    ~UnlockDialog() override;

    std::unique_ptr<vault::Vault> takeVault() { return std::move(m_vault); }
    bool isBusy() const { return m_busy; }

public slots:
    void reject() override;

private:
    void unlock();
    void recover();
    void showRecovery(bool recovery);
    void setBusy(bool busy);
    void showError(const QString& message);
    void updateThrottle();
    void updateButtons();

    QString m_dir;
    QWidget* m_unlockPage;
    QWidget* m_recoverPage;
    QLineEdit* m_passphrase;
    QPushButton* m_unlockButton;
    QPushButton* m_forgotButton;
    QLineEdit* m_recoveryCode;
    QLineEdit* m_newPassphrase;
    QLineEdit* m_confirmation;
    PassphraseMeter* m_meter;
    QPushButton* m_recoverButton;
    QPushButton* m_backButton;
    QLabel* m_error;
    QProgressBar* m_progress;
    QTimer* m_countdown;
    int m_secondsToWait = 0;
    bool m_busy = false;
    std::unique_ptr<vault::Vault> m_vault;
};

} // namespace tonghu::ui
