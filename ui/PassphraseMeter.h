// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;

namespace tonghu::ui {

// The strength meter under a new passphrase and its confirmation: a bar, 弱/中/强, and what is
// still missing. acceptable() is true once the passphrase is long and strong enough and both
// fields match.
class PassphraseMeter final : public QWidget
{
    Q_OBJECT
public:
    PassphraseMeter(QLineEdit* passphrase, QLineEdit* confirmation, QWidget* parent = nullptr);
    bool acceptable() const { return m_acceptable; }

signals:
    void acceptableChanged(bool acceptable);

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();

    QLineEdit* m_passphrase;
    QLineEdit* m_confirmation;
    QProgressBar* m_bar;
    QLabel* m_levelLabel;
    QLabel* m_hintLabel;
    bool m_acceptable = false;
};

} // namespace tonghu::ui
