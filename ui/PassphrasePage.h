// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/SecureBuffer.h"

#include <QWizardPage>

class QCheckBox;
class QLineEdit;

namespace tonghu::ui {

class PassphraseMeter;

// The passphrase that opens the vault, typed twice, with a strength meter.
class PassphrasePage final : public QWizardPage
{
    Q_OBJECT
public:
    explicit PassphrasePage(QWidget* parent = nullptr);
    bool isComplete() const override;
    // Moves the passphrase into locked memory and clears both fields.
    SecureBuffer takePassphrase();

private:
    QLineEdit* m_passphrase;
    QLineEdit* m_confirmation;
    QCheckBox* m_show;
    PassphraseMeter* m_meter;
};

} // namespace tonghu::ui
