// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/UnlockDialog.h"

#include "core/model/Divisions.h"
#include "ui/BackgroundTask.h"
#include "ui/PassphraseMeter.h"
#include "ui/SecretInput.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace tonghu::ui {

UnlockDialog::UnlockDialog(QString vaultDirectory, QWidget* parent)
    : QDialog(parent), m_dir(std::move(vaultDirectory)), m_unlockPage(new QWidget(this)),
      m_recoverPage(new QWidget(this)), m_passphrase(new QLineEdit(this)),
      m_unlockButton(new QPushButton(tr("&Unlock"), this)),
      m_forgotButton(new QPushButton(tr("Forgot the passphrase? Use the recovery code"), this)),
      m_recoveryCode(new QLineEdit(this)), m_newPassphrase(new QLineEdit(this)),
      m_confirmation(new QLineEdit(this)),
      m_meter(new PassphraseMeter(m_newPassphrase, m_confirmation, this)),
      m_recoverButton(new QPushButton(tr("&Open and set new passphrase"), this)),
      m_backButton(new QPushButton(tr("&Back"), this)), m_error(new QLabel(this)),
      m_progress(new QProgressBar(this)), m_countdown(new QTimer(this))
{
    setObjectName(QStringLiteral("unlockDialog"));
    setWindowTitle(tr("Unlock Tonghu"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/tonghu.svg")));
    m_passphrase->setObjectName(QStringLiteral("passphraseLineEdit"));
    m_unlockButton->setObjectName(QStringLiteral("unlockPushButton"));
    m_forgotButton->setObjectName(QStringLiteral("forgotPushButton"));
    m_forgotButton->setFlat(true);
    m_forgotButton->setStyleSheet(
        QStringLiteral("QPushButton { color: palette(link); border: none; padding: 2px; }"));
    m_forgotButton->setCursor(Qt::PointingHandCursor);
    m_recoveryCode->setObjectName(QStringLiteral("recoveryCodeLineEdit"));
    m_newPassphrase->setObjectName(QStringLiteral("newPassphraseLineEdit"));
    m_confirmation->setObjectName(QStringLiteral("confirmPassphraseLineEdit"));
    m_recoverButton->setObjectName(QStringLiteral("recoverPushButton"));
    m_backButton->setObjectName(QStringLiteral("backPushButton"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();
    m_progress->setObjectName(QStringLiteral("busyProgressBar"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->hide();
    makeSecretField(m_passphrase);
    makeSecretField(m_newPassphrase);
    makeSecretField(m_confirmation);
    // The code is on paper next to the user; hiding it would only cause typing mistakes.
    m_recoveryCode->setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText |
                                        Qt::ImhPreferUppercase);

    auto* unlockForm = new QFormLayout(m_unlockPage);
    auto* intro = new QLabel(tr("Enter your passphrase to open the children's records."), m_unlockPage);
    intro->setWordWrap(true);
    unlockForm->addRow(intro);
    unlockForm->addRow(tr("&Passphrase:"), m_passphrase);
    auto* unlockButtons = new QHBoxLayout;
    unlockButtons->addWidget(m_forgotButton);
    unlockButtons->addStretch();
    unlockButtons->addWidget(m_unlockButton);
    unlockForm->addRow(unlockButtons);

    auto* recoverForm = new QFormLayout(m_recoverPage);
    auto* recoverIntro = new QLabel(tr("Enter the recovery code you wrote down when Tonghu was set up, then "
                                       "choose a new passphrase."),
                                    m_recoverPage);
    recoverIntro->setWordWrap(true);
    recoverForm->addRow(recoverIntro);
    recoverForm->addRow(tr("&Recovery code:"), m_recoveryCode);
    recoverForm->addRow(tr("&New passphrase:"), m_newPassphrase);
    recoverForm->addRow(tr("&Again:"), m_confirmation);
    recoverForm->addRow(tr("Strength:"), m_meter);
    auto* recoverButtons = new QHBoxLayout;
    recoverButtons->addWidget(m_backButton);
    recoverButtons->addStretch();
    recoverButtons->addWidget(m_recoverButton);
    recoverForm->addRow(recoverButtons);

    auto* header = new QHBoxLayout;
    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/tonghu.svg")).pixmap(40, 40));
    auto* title = new QLabel(tr("Tonghu"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);
    header->addWidget(icon);
    header->addWidget(title, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setSizeConstraint(QLayout::SetFixedSize);
    layout->addLayout(header);
    layout->addWidget(m_unlockPage);
    layout->addWidget(m_recoverPage);
    layout->addWidget(m_error);
    layout->addWidget(m_progress);

    m_countdown->setInterval(1000);
    connect(m_countdown, &QTimer::timeout, this, &UnlockDialog::updateThrottle);
    connect(m_unlockButton, &QPushButton::clicked, this, &UnlockDialog::unlock);
    connect(m_passphrase, &QLineEdit::returnPressed, this, &UnlockDialog::unlock);
    connect(m_passphrase, &QLineEdit::textChanged, this, &UnlockDialog::updateButtons);
    connect(m_recoverButton, &QPushButton::clicked, this, &UnlockDialog::recover);
    connect(m_recoveryCode, &QLineEdit::textChanged, this, &UnlockDialog::updateButtons);
    connect(m_meter, &PassphraseMeter::acceptableChanged, this, &UnlockDialog::updateButtons);
    connect(m_forgotButton, &QPushButton::clicked, this, [this] { showRecovery(true); });
    connect(m_backButton, &QPushButton::clicked, this, [this] { showRecovery(false); });

    m_unlockButton->setDefault(true);
    m_passphrase->setMinimumWidth(300);
    m_recoveryCode->setMinimumWidth(300);
    showRecovery(false);
    updateThrottle();
    updateButtons();
}

UnlockDialog::~UnlockDialog() = default;

void UnlockDialog::reject()
{
    // A derivation in flight finishes anyway; leaving now would only drop its result.
    if (!m_busy)
        QDialog::reject();
}

void UnlockDialog::showRecovery(bool recovery)
{
    // Shown and hidden rather than stacked: a stacked widget keeps the height of its tallest
    // page, which would leave the short unlock form floating in empty space.
    m_unlockPage->setVisible(!recovery);
    m_recoverPage->setVisible(recovery);
    m_error->hide();
    m_recoverButton->setDefault(recovery);
    m_unlockButton->setDefault(!recovery);
    (recovery ? m_recoveryCode : m_passphrase)->setFocus();
    updateThrottle();
}

namespace {

// The vault as the main window wants it: with the place names its title reads first already
// loaded, here on the unlock's thread. The table of townships takes a tenth of a second to read,
// which would otherwise come after the unlock, before the window shows.
std::unique_ptr<vault::Vault> readyForWindow(std::unique_ptr<vault::Vault> vault)
{
    model::Divisions::instance().name(vault->placeCode().left(9));
    return vault;
}

} // namespace

void UnlockDialog::unlock()
{
    if (m_busy || m_passphrase->text().isEmpty() || m_secondsToWait > 0)
        return;
    m_error->hide();
    setBusy(true);
    auto passphrase = std::make_shared<SecureBuffer>(takeSecret(m_passphrase));
    runInBackground(
        this, [dir = m_dir, passphrase] { return readyForWindow(vault::Vault::unlock(dir, *passphrase)); },
        [this](TaskResult<std::unique_ptr<vault::Vault>> result) {
            setBusy(false);
            if (result.error) {
                showError(result.error->message());
                m_passphrase->setFocus();
                return;
            }
            m_vault = std::move(*result.value);
            accept();
        });
}

void UnlockDialog::recover()
{
    if (m_busy || !m_meter->acceptable() || m_recoveryCode->text().trimmed().isEmpty() || m_secondsToWait > 0)
        return;
    m_error->hide();
    setBusy(true);
    const QString code = m_recoveryCode->text();
    m_confirmation->clear();
    auto passphrase = std::make_shared<SecureBuffer>(takeSecret(m_newPassphrase));
    runInBackground(
        this, [dir = m_dir, code, passphrase] {
            return readyForWindow(vault::Vault::recover(dir, code, *passphrase));
        },
        [this](TaskResult<std::unique_ptr<vault::Vault>> result) {
            setBusy(false);
            if (result.error) {
                showError(result.error->message());
                return;
            }
            m_recoveryCode->clear();
            m_vault = std::move(*result.value);
            accept();
        });
}

void UnlockDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_unlockPage->setEnabled(!busy);
    m_recoverPage->setEnabled(!busy);
    if (!busy)
        updateThrottle();
    updateButtons();
}

void UnlockDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

void UnlockDialog::updateThrottle()
{
    m_secondsToWait = vault::Vault::secondsUntilNextAttempt(m_dir);
    if (m_secondsToWait > 0) {
        showError(
            tr("Too many wrong attempts. You can try again in %n second(s).", nullptr, m_secondsToWait));
        if (!m_countdown->isActive())
            m_countdown->start();
    } else if (m_countdown->isActive()) {
        m_countdown->stop();
        m_error->hide();
    }
    updateButtons();
}

void UnlockDialog::updateButtons()
{
    const bool allowed = !m_busy && m_secondsToWait == 0;
    m_unlockButton->setEnabled(allowed && !m_passphrase->text().isEmpty());
    m_recoverButton->setEnabled(allowed && m_meter->acceptable() &&
                                !m_recoveryCode->text().trimmed().isEmpty());
}

} // namespace tonghu::ui
