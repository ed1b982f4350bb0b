// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/ConsentStore.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace tonghu::ui {

// Records the guardian's consent to keeping a child's information: who gave it, their relation
// to the child, the day, and how (a signed form, a thumbprint, or spoken with a witness, whose
// name is then required). The store checks the answers; a refusal is shown in the dialog, which
// stays open so nothing typed is lost.
class ConsentDialog final : public QDialog
{
    Q_OBJECT
public:
    // `draft` prefills the form (the guardian's name and relation from the child's record).
    ConsentDialog(model::ConsentStore& store, const model::Consent& draft, QWidget* parent = nullptr);
    void accept() override;
    const model::Consent& recorded() const { return m_consent; }

private:
    void updateWitness();

    model::ConsentStore& m_store;
    model::Consent m_consent;
    QLineEdit* m_givenBy = nullptr;
    QComboBox* m_relation = nullptr;
    QDateEdit* m_givenOn = nullptr;
    QComboBox* m_method = nullptr;
    QLineEdit* m_witness = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace tonghu::ui
