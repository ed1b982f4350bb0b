// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/SettingsDialog.h"

#include "core/util/Error.h"
#include "core/vault/IdleLockSetting.h"
#include "ui/TextSize.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace tonghu::ui {

SettingsDialog::SettingsDialog(storage::Database& db, QString userId, QWidget* parent)
    : QDialog(parent), m_db(db), m_userId(std::move(userId))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    m_minutes = new QSpinBox(this);
    m_minutes->setObjectName(QStringLiteral("idleLockSpinBox"));
    m_minutes->setRange(1, vault::IdleLockSetting::kMaxSeconds / 60);
    m_minutes->setSuffix(tr(" min"));
    try {
        m_seconds = vault::IdleLockSetting::seconds(m_db);
    } catch (const Error&) {
        m_seconds = vault::IdleLockSetting::kDefaultSeconds;
    }
    m_minutes->setValue((m_seconds + 59) / 60);
    auto* hint = new QLabel(tr("Without a key press or a mouse movement for this long, Tonghu locks and asks for "
                               "the passphrase. It also locks when the computer goes to sleep."),
                            this);
    hint->setWordWrap(true);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_textSize = new QComboBox(this);
    m_textSize->setObjectName(QStringLiteral("textSizeComboBox"));
    for (int percent : TextSize::choices()) {
        const QString name = percent == 100 ? tr("Normal") : percent <= 115 ? tr("Large") : percent <= 130 ? tr("Larger") : tr("Largest");
        m_textSize->addItem(tr("%1 (%2%)").arg(name).arg(percent), percent);
    }
    m_textSize->setCurrentIndex(m_textSize->findData(TextSize::percent()));
    auto* form = new QFormLayout;
    form->addRow(tr("&Text size:"), m_textSize);
    form->addRow(tr("&Lock after:"), m_minutes);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void SettingsDialog::accept()
{
    const int seconds = m_minutes->value() * 60;
    try {
        vault::IdleLockSetting::setSeconds(m_db, m_userId, seconds);
    } catch (const Error& e) {
        m_error->setText(e.message());
        m_error->show();
        return;
    }
    m_seconds = seconds;
    // Kept for this computer's user, and applied at once to every window.
    if (const int percent = m_textSize->currentData().toInt(); percent != TextSize::percent()) {
        TextSize::setPercent(percent);
        TextSize::apply();
    }
    QDialog::accept();
}

} // namespace tonghu::ui
