// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/vault/Vault.h"

#include <QWizard>

#include <memory>

namespace tonghu::ui {

class RolePage;
class PlacePage;
class UserPage;
class PassphrasePage;
class RecoveryCodePage;

// First run: who uses Tonghu and where, the passphrase, then the vault is created and its
// recovery code shown. On accept, takeVault() hands the open vault to the caller.
class SetupWizard final : public QWizard
{
    Q_OBJECT
public:
    enum PageId { RolePageId, PlacePageId, UserPageId, PassphrasePageId, RecoveryCodePageId };

    explicit SetupWizard(QString vaultDirectory, QWidget* parent = nullptr);
    ~SetupWizard() override;

    // Tests use KdfParams::fast(); real vaults keep the default, KdfParams::standard().
    void setKdfParams(const vault::KdfParams& params) { m_kdf = params; }
    const vault::KdfParams& kdfParams() const { return m_kdf; }
    const QString& vaultDirectory() const { return m_vaultDirectory; }

    vault::Role role() const;
    // What the pages collected, ready for Vault::create.
    vault::VaultSetup setup() const;
    PassphrasePage* passphrasePage() const { return m_passphrasePage; }

    std::unique_ptr<vault::Vault> takeVault();

protected:
    void resizeEvent(QResizeEvent* event) override;

public slots:
    // Refused while the vault is being made and once it exists: the only way on is to confirm
    // that the recovery code was written down.
    void reject() override;

private:
    void fitSubTitle();

    QString m_vaultDirectory;
    vault::KdfParams m_kdf = vault::KdfParams::standard();
    RolePage* m_rolePage;
    PlacePage* m_placePage;
    UserPage* m_userPage;
    PassphrasePage* m_passphrasePage;
    RecoveryCodePage* m_recoveryCodePage;
};

} // namespace tonghu::ui
