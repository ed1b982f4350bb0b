// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/RecoveryCodePage.h"

#include "ui/BackgroundTask.h"
#include "ui/PassphrasePage.h"
#include "ui/SetupWizard.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QFontDatabase>
#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

namespace tonghu::ui {

RecoveryCodePage::RecoveryCodePage(QWidget* parent)
    : QWizardPage(parent), m_status(new QLabel(this)), m_progress(new QProgressBar(this)),
      m_code(new QLabel(this)), m_advice(new QLabel(this)),
      m_writtenDown(new QCheckBox(tr("I have &written down the recovery code"), this))
{
    setObjectName(QStringLiteral("recoveryCodePage"));
    setTitle(tr("Your recovery code"));
    setFinalPage(true);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("busyProgressBar"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_code->setObjectName(QStringLiteral("recoveryCodeLabel"));
    m_code->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_code->setAlignment(Qt::AlignCenter);
    m_code->setWordWrap(true);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.6);
    mono.setBold(true);
    m_code->setFont(mono);
    m_code->setFrameShape(QFrame::StyledPanel);
    m_code->setMargin(12);
    m_advice->setObjectName(QStringLiteral("recoveryAdviceLabel"));
    m_advice->setWordWrap(true);
    m_advice->setText(
        tr("If you forget your passphrase, this code is the only way to open the records again. "
           "Write it on paper and keep it locked away from this computer. "
           "Do not photograph it or save it in a file. It will not be shown again."));
    m_writtenDown->setObjectName(QStringLiteral("writtenDownCheckBox"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(m_code);
    layout->addWidget(m_advice);
    layout->addWidget(m_writtenDown);
    layout->addStretch();
    connect(m_writtenDown, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
}

RecoveryCodePage::~RecoveryCodePage() = default;

void RecoveryCodePage::initializePage()
{
    if (m_vault || m_busy)
        return;
    auto* w = qobject_cast<SetupWizard*>(wizard());
    m_code->hide();
    m_advice->hide();
    m_writtenDown->hide();
    m_writtenDown->setChecked(false);
    m_status->setStyleSheet({});
    m_status->setText(tr("Creating the vault. This takes a few seconds…"));
    setBusy(true);

    const vault::VaultSetup setup = w->setup();
    const QString dir = w->vaultDirectory();
    auto passphrase = std::make_shared<SecureBuffer>(w->passphrasePage()->takePassphrase());
    runInBackground(
        this, [dir, setup, passphrase] { return vault::Vault::create(dir, setup, *passphrase); },
        [this](TaskResult<vault::Vault::Created> result) {
            setBusy(false);
            if (result.error) {
                m_status->setStyleSheet(QStringLiteral("color: #c62828;"));
                m_status->setText(result.error->message() + QLatin1Char('\n') +
                                  tr("Go back to correct the details, then try again."));
                emit completeChanged();
                return;
            }
            m_vault = std::move(result.value->vault);
            m_status->setText(tr("The vault is ready. Write down this recovery code:"));
            m_code->setText(result.value->recoveryCode);
            m_code->show();
            m_advice->show();
            m_writtenDown->show();
            // From here on there is a vault on disk: going back or cancelling would only leave
            // the user without the code.
            setBusy(false);
            wizard()->setOption(QWizard::NoCancelButton, true);
            emit completeChanged();
        });
}

bool RecoveryCodePage::isComplete() const
{
    return m_vault && m_writtenDown->isChecked();
}

void RecoveryCodePage::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    auto* w = qobject_cast<SetupWizard*>(wizard());
    // QWizard keeps the Back button's state itself; a commit page before this one is how to
    // tell it that Back is not possible now.
    w->passphrasePage()->setCommitPage(busy || m_vault);
    w->button(QWizard::CancelButton)->setEnabled(!busy);
}

} // namespace tonghu::ui
