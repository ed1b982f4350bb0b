// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/ReferralStore.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace tonghu::ui {

// A referral to an agency: a new one (prefilled from a finding by ReferralStore::draftFromFinding)
// is created on accept; an existing one moves on to a new status, with a note.
class ReferralDialog final : public QDialog
{
    Q_OBJECT
public:
    ReferralDialog(model::ReferralStore& store, model::Referral referral, QWidget* parent = nullptr);
    void accept() override;
    const model::Referral& referral() const { return m_referral; }

private:
    model::ReferralStore& m_store;
    model::Referral m_referral;
    QLineEdit* m_agency = nullptr;
    QPlainTextEdit* m_reason = nullptr;
    QDateEdit* m_due = nullptr;
    QComboBox* m_status = nullptr;
    QPlainTextEdit* m_note = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace tonghu::ui
