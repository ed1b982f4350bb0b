// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/PassphraseMeter.h"

#include "ui/PassphraseStrength.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>

namespace tonghu::ui {

PassphraseMeter::PassphraseMeter(QLineEdit* passphrase, QLineEdit* confirmation, QWidget* parent)
    : QWidget(parent), m_passphrase(passphrase), m_confirmation(confirmation), m_bar(new QProgressBar(this)),
      m_levelLabel(new QLabel(this)), m_hintLabel(new QLabel(this))
{
    m_bar->setObjectName(QStringLiteral("strengthProgressBar"));
    m_bar->setRange(0, 100);
    m_bar->setTextVisible(false);
    m_bar->setMaximumHeight(12);
    m_levelLabel->setObjectName(QStringLiteral("strengthLabel"));
    m_levelLabel->setMinimumWidth(48);
    m_hintLabel->setObjectName(QStringLiteral("passphraseHintLabel"));
    m_hintLabel->setWordWrap(true);

    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar, 0, 0);
    layout->addWidget(m_levelLabel, 0, 1);
    layout->addWidget(m_hintLabel, 1, 0, 1, 2);

    connect(m_passphrase, &QLineEdit::textChanged, this, &PassphraseMeter::refresh);
    connect(m_confirmation, &QLineEdit::textChanged, this, &PassphraseMeter::refresh);
    refresh();
}

void PassphraseMeter::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QWidget::changeEvent(event);
}

void PassphraseMeter::refresh()
{
    const QString text = m_passphrase->text();
    const PassphraseStrength strength = estimatePassphraseStrength(text);
    m_bar->setValue(std::min(100, static_cast<int>(strength.bits)));
    m_levelLabel->setText(text.isEmpty() ? QString() : strengthLabel(strength.level));
    // Colour repeats the word, never replaces it: the label carries the meaning.
    const char* colour = strength.level == PassphraseStrength::Level::Strong   ? "#2e7d32"
                         : strength.level == PassphraseStrength::Level::Medium ? "#f9a825"
                                                                               : "#c62828";
    m_bar->setStyleSheet(
        QStringLiteral("QProgressBar::chunk { background: %1; }").arg(QLatin1String(colour)));

    QString hint = passphraseProblem(text);
    if (hint.isEmpty() && m_confirmation->text() != text)
        hint = m_confirmation->text().isEmpty() ? tr("Type the passphrase again to confirm it.")
                                                : tr("The two passphrases are not the same.");
    m_hintLabel->setText(text.isEmpty() ? tr("Use at least %n characters: a few words and digits are easy to "
                                             "remember and hard to guess.",
                                             nullptr, kMinPassphraseLength)
                                        : hint);
    const bool acceptable = hint.isEmpty() && !text.isEmpty();
    if (acceptable != m_acceptable) {
        m_acceptable = acceptable;
        emit acceptableChanged(acceptable);
    }
}

} // namespace tonghu::ui
