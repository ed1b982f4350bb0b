// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/SetupWizard.h"

#include "ui/PassphrasePage.h"
#include "ui/PlacePage.h"
#include "ui/RecoveryCodePage.h"
#include "ui/RoleAndUserPages.h"

#include <QIcon>
#include <QLabel>
#include <QTimer>

namespace tonghu::ui {

SetupWizard::SetupWizard(QString vaultDirectory, QWidget* parent)
    : QWizard(parent), m_vaultDirectory(std::move(vaultDirectory)), m_rolePage(new RolePage(this)),
      m_placePage(new PlacePage(this)), m_userPage(new UserPage(this)),
      m_passphrasePage(new PassphrasePage(this)), m_recoveryCodePage(new RecoveryCodePage(this))
{
    setObjectName(QStringLiteral("setupWizard"));
    setWindowTitle(tr("Set up Tonghu"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/tonghu.svg")));
    // The classic style looks the same on every desktop, and the modern one's banner would only
    // take room away from the forms on a 768-pixel-high screen.
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(RolePageId, m_rolePage);
    setPage(PlacePageId, m_placePage);
    setPage(UserPageId, m_userPage);
    setPage(PassphrasePageId, m_passphrasePage);
    setPage(RecoveryCodePageId, m_recoveryCodePage);
    setStartId(RolePageId);
    resize(640, 480);
    // After the new page is laid out, when the label knows its width.
    connect(this, &QWizard::currentIdChanged, this, [this] { QTimer::singleShot(0, this, &SetupWizard::fitSubTitle); });
}

void SetupWizard::resizeEvent(QResizeEvent* event)
{
    QWizard::resizeEvent(event);
    QTimer::singleShot(0, this, &SetupWizard::fitSubTitle);
}

// QWizard (Qt 6.4) gives the header's word-wrapped subtitle the height of the first page's
// subtitle, so a longer one (the passphrase page's, or any at a larger text size) is cut off in
// the middle of a line. The header's labels are the wizard's own, outside every page.
void SetupWizard::fitSubTitle()
{
    for (QLabel* label : findChildren<QLabel*>()) {
        if (!label->wordWrap() || !label->isVisible())
            continue;
        bool inPage = false;
        for (const QWidget* w = label; w && !inPage; w = w->parentWidget())
            inPage = qobject_cast<const QWizardPage*>(w) != nullptr;
        if (!inPage)
            label->setMinimumHeight(label->heightForWidth(label->width()));
    }
}

SetupWizard::~SetupWizard() = default;

vault::Role SetupWizard::role() const
{
    return m_rolePage->role();
}

vault::VaultSetup SetupWizard::setup() const
{
    vault::VaultSetup s;
    s.role = role();
    s.placeCode = m_placePage->placeCode();
    s.villageName = s.role == vault::Role::Village ? m_placePage->villageName() : QString();
    s.userName = m_userPage->userName();
    s.kdf = m_kdf;
    return s;
}

std::unique_ptr<vault::Vault> SetupWizard::takeVault()
{
    return m_recoveryCodePage->takeVault();
}

void SetupWizard::reject()
{
    if (m_recoveryCodePage->isBusy() || m_recoveryCodePage->hasVault())
        return;
    QWizard::reject();
}

} // namespace tonghu::ui
