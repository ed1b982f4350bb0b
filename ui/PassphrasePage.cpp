// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/PassphrasePage.h"

#include "ui/PassphraseMeter.h"
#include "ui/SecretInput.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace tonghu::ui {

PassphrasePage::PassphrasePage(QWidget* parent)
    : QWizardPage(parent), m_passphrase(new QLineEdit(this)), m_confirmation(new QLineEdit(this)),
      m_show(new QCheckBox(tr("&Show the passphrase"), this)),
      m_meter(new PassphraseMeter(m_passphrase, m_confirmation, this))
{
    setObjectName(QStringLiteral("passphrasePage"));
    setTitle(tr("Choose a passphrase"));
    setSubTitle(tr("The passphrase opens Tonghu and protects the children's records on this computer. "
                   "Nobody, not even the county, can open them without it or the recovery code."));
    m_passphrase->setObjectName(QStringLiteral("passphraseLineEdit"));
    m_confirmation->setObjectName(QStringLiteral("confirmPassphraseLineEdit"));
    m_show->setObjectName(QStringLiteral("showPassphraseCheckBox"));
    makeSecretField(m_passphrase);
    makeSecretField(m_confirmation);
    // Creating the vault is the point of no return for these fields: they are wiped when it starts.
    setButtonText(QWizard::NextButton, tr("&Create vault"));

    auto* layout = new QFormLayout(this);
    layout->addRow(tr("&Passphrase:"), m_passphrase);
    layout->addRow(tr("&Again:"), m_confirmation);
    layout->addRow(tr("Strength:"), m_meter);
    layout->addRow(QString(), m_show);

    connect(m_meter, &PassphraseMeter::acceptableChanged, this, &QWizardPage::completeChanged);
    connect(m_show, &QCheckBox::toggled, this, [this](bool show) {
        const auto mode = show ? QLineEdit::Normal : QLineEdit::Password;
        m_passphrase->setEchoMode(mode);
        m_confirmation->setEchoMode(mode);
    });
}

bool PassphrasePage::isComplete() const
{
    return m_meter->acceptable();
}

SecureBuffer PassphrasePage::takePassphrase()
{
    m_confirmation->clear();
    m_show->setChecked(false);
    return takeSecret(m_passphrase);
}

} // namespace tonghu::ui
