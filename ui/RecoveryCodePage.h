// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/vault/Vault.h"

#include <QWizardPage>

#include <memory>

class QCheckBox;
class QLabel;
class QProgressBar;

namespace tonghu::ui {

// The last page: makes the vault off the UI thread, then shows the recovery code once. Finish
// stays disabled until the user confirms they wrote the code down; it is never shown again.
class RecoveryCodePage final : public QWizardPage
{
    Q_OBJECT
public:
    explicit RecoveryCodePage(QWidget* parent = nullptr);
    ~RecoveryCodePage() override;

    void initializePage() override;
    bool isComplete() const override;

    bool isBusy() const { return m_busy; }
    bool hasVault() const { return m_vault != nullptr; }
    std::unique_ptr<vault::Vault> takeVault() { return std::move(m_vault); }

private:
    void setBusy(bool busy);

    QLabel* m_status;
    QProgressBar* m_progress;
    QLabel* m_code;
    QLabel* m_advice;
    QCheckBox* m_writtenDown;
    bool m_busy = false;
    std::unique_ptr<vault::Vault> m_vault;
};

} // namespace tonghu::ui
