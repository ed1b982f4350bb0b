// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/BackupSecretDialog.h"

#include "ui/SecretInput.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace tonghu::ui {

BackupSecretDialog::BackupSecretDialog(const QString& title, const QString& explanation, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("backupSecretDialog"));
    setWindowTitle(title);
    auto* layout = new QVBoxLayout(this);
    auto* text = new QLabel(explanation, this);
    text->setWordWrap(true);
    layout->addWidget(text);
    m_passphrase = new QRadioButton(tr("&Passphrase of a user of the backed-up vault"), this);
    m_passphrase->setObjectName(QStringLiteral("passphraseRadioButton"));
    m_passphrase->setChecked(true);
    m_recovery = new QRadioButton(tr("&Recovery code written down when the vault was set up"), this);
    m_recovery->setObjectName(QStringLiteral("recoveryCodeRadioButton"));
    layout->addWidget(m_passphrase);
    layout->addWidget(m_recovery);
    m_secret = new QLineEdit(this);
    m_secret->setObjectName(QStringLiteral("secretLineEdit"));
    makeSecretField(m_secret);
    layout->addWidget(m_secret);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(false);
    layout->addWidget(buttons);
    connect(m_secret, &QLineEdit::textChanged, ok, [ok](const QString& t) { ok->setEnabled(!t.isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // A recovery code is read from paper, so it is shown as it is typed; a passphrase is not.
    connect(m_recovery, &QRadioButton::toggled, this, [this](bool recovery) {
        m_secret->setEchoMode(recovery ? QLineEdit::Normal : QLineEdit::Password);
        m_secret->setFocus();
    });
    m_secret->setFocus();
}

backup::BackupSecret BackupSecretDialog::takeSecret()
{
    SecureBuffer secret = ui::takeSecret(m_secret);
    if (m_passphrase->isChecked())
        return backup::BackupSecret::passphrase(std::move(secret));
    return backup::BackupSecret::recoveryCode(QString::fromUtf8(secret.view().data(), qsizetype(secret.size())));
}

} // namespace tonghu::ui
