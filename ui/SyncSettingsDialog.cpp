// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/SyncSettingsDialog.h"

#include "core/util/Error.h"
#include "ui/BackgroundTask.h"
#include "ui/FileDialog.h"
#include "ui/SecretInput.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace tonghu::ui {

SyncSettingsDialog::SyncSettingsDialog(storage::Database& db, QWidget* parent) : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("syncSettingsDialog"));
    setWindowTitle(tr("Sync settings"));

    sync::SyncTarget saved;
    QString loadError;
    try {
        saved = sync::SyncTarget::load(m_db);
    } catch (const Error& e) {
        loadError = e.message();
    }

    m_folderRadio = new QRadioButton(tr("&Folder (USB stick or shared drive)"), this);
    m_folderRadio->setObjectName(QStringLiteral("folderRadioButton"));
    m_folder = new QLineEdit(QDir::toNativeSeparators(saved.folder), this);
    m_folder->setObjectName(QStringLiteral("folderLineEdit"));
    m_folder->setPlaceholderText(tr("For example /media/usb/tonghu"));
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_browse->setObjectName(QStringLiteral("browsePushButton"));
    m_browse->setToolTip(tr("Choose the folder on the USB stick or shared drive"));
    m_serverRadio = new QRadioButton(tr("Ser&ver (WebDAV)"), this);
    m_serverRadio->setObjectName(QStringLiteral("serverRadioButton"));
    m_url = new QLineEdit(saved.url.toString(), this);
    m_url->setObjectName(QStringLiteral("urlLineEdit"));
    m_url->setPlaceholderText(QStringLiteral("https://"));
    m_url->setInputMethodHints(Qt::ImhUrlCharactersOnly | Qt::ImhNoPredictiveText);
    m_user = new QLineEdit(saved.user, this);
    m_user->setObjectName(QStringLiteral("userLineEdit"));
    m_password = new QLineEdit(saved.password, this);
    m_password->setObjectName(QStringLiteral("passwordLineEdit"));
    makeSecretField(m_password);
    auto* kinds = new QButtonGroup(this);
    kinds->addButton(m_folderRadio);
    kinds->addButton(m_serverRadio);
    (saved.kind == sync::SyncTarget::Kind::WebDav ? m_serverRadio : m_folderRadio)->setChecked(true);

    m_automatic = new QCheckBox(tr("Sync by &itself when the folder or server is reachable"), this);
    m_automatic->setObjectName(QStringLiteral("automaticCheckBox"));
    m_automatic->setChecked(saved.automatic);
    m_interval = new QSpinBox(this);
    m_interval->setObjectName(QStringLiteral("intervalSpinBox"));
    m_interval->setRange(1, 24 * 60);
    m_interval->setValue(saved.intervalMinutes);
    m_interval->setSuffix(tr(" min"));
    auto* intervalHelp = new QLabel(tr("A USB stick is synced as soon as it is plugged in; a server is looked for at "
                                       "this interval."),
                                    this);
    intervalHelp->setWordWrap(true);

    m_test = new QPushButton(tr("&Test connection"), this);
    m_test->setObjectName(QStringLiteral("testPushButton"));
    m_testResult = new QLabel(this);
    m_testResult->setObjectName(QStringLiteral("testResultLabel"));
    m_testResult->setWordWrap(true);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_browse);
    auto* form = new QFormLayout;
    form->addRow(m_folderRadio);
    auto* folderLabel = new QLabel(tr("&Path:"), this);
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);
    form->addRow(m_serverRadio);
    form->addRow(tr("&Address:"), m_url);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(m_automatic);
    form->addRow(tr("Sync at least e&very:"), m_interval);
    form->addRow(intervalHelp);
    auto* testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_testResult, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("savePushButton"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(testRow);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_folderRadio, &QRadioButton::toggled, this, &SyncSettingsDialog::updateFields);
    connect(m_automatic, &QCheckBox::toggled, this, &SyncSettingsDialog::updateFields);
    connect(m_browse, &QPushButton::clicked, this, &SyncSettingsDialog::browse);
    connect(m_test, &QPushButton::clicked, this, &SyncSettingsDialog::testConnection);
    connect(buttons, &QDialogButtonBox::accepted, this, &SyncSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateFields();
    if (!loadError.isEmpty())
        showError(loadError);
    resize(560, sizeHint().height());
}

sync::SyncTarget SyncSettingsDialog::target() const
{
    sync::SyncTarget t;
    t.kind = m_folderRadio->isChecked() ? sync::SyncTarget::Kind::Folder : sync::SyncTarget::Kind::WebDav;
    const QString folder = m_folder->text().trimmed();
    t.folder = folder.isEmpty() ? QString() : QDir::cleanPath(QDir::fromNativeSeparators(folder));
    t.url = QUrl(m_url->text().trimmed(), QUrl::StrictMode);
    t.user = m_user->text().trimmed();
    t.password = m_password->text();
    t.automatic = m_automatic->isChecked();
    t.intervalMinutes = m_interval->value();
    return t;
}

void SyncSettingsDialog::updateFields()
{
    const bool folder = m_folderRadio->isChecked();
    m_folder->setEnabled(folder);
    m_browse->setEnabled(folder);
    m_url->setEnabled(!folder);
    m_user->setEnabled(!folder);
    m_password->setEnabled(!folder);
    m_interval->setEnabled(m_automatic->isChecked());
    m_test->setEnabled(!m_testing);
}

void SyncSettingsDialog::browse()
{
    const QString dir = FileDialog::existingDirectory(this, tr("Sync folder"), m_folder->text().trimmed());
    if (!dir.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(dir));
}

void SyncSettingsDialog::testConnection()
{
    if (m_testing)
        return;
    m_error->hide();
    std::shared_ptr<sync::Remote> remote;
    try {
        remote = target().remote();
    } catch (const Error& e) {
        m_testResult->setText(e.message());
        return;
    }
    m_testing = true;
    m_testResult->setText(tr("Testing…"));
    updateFields();
    const bool folder = m_folderRadio->isChecked();
    runInBackground(
        this, [remote] { return remote->reachable(); },
        [this, folder](TaskResult<bool> result) {
            m_testing = false;
            updateFields();
            if (result.value.value_or(false))
                m_testResult->setText(tr("Yes: it can be reached."));
            else if (folder)
                m_testResult->setText(tr("No: the folder is not there or cannot be written. Is the USB stick "
                                         "plugged in?"));
            else
                m_testResult->setText(tr("No: the server does not answer. Check the address, the user name and "
                                         "the password."));
        });
}

void SyncSettingsDialog::accept()
{
    try {
        target().save(m_db);
    } catch (const Error& e) {
        showError(e.message());
        return;
    }
    QDialog::accept();
}

void SyncSettingsDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

} // namespace tonghu::ui
