// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ConsentDialog.h"

#include "core/model/Vocabulary.h"
#include "core/util/Error.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace tonghu::ui {

ConsentDialog::ConsentDialog(model::ConsentStore& store, const model::Consent& draft, QWidget* parent)
    : QDialog(parent), m_store(store), m_consent(draft)
{
    setObjectName(QStringLiteral("consentDialog"));
    setWindowTitle(tr("Record consent"));
    auto* intro = new QLabel(tr("The guardian agrees that Tonghu keeps the child's information and that it goes to "
                                "the township and county for their care. Record who agreed, when and how."),
                             this);
    intro->setWordWrap(true);
    m_givenBy = new QLineEdit(draft.givenBy, this);
    m_givenBy->setObjectName(QStringLiteral("givenByLineEdit"));
    m_relation = new QComboBox(this);
    m_relation->setObjectName(QStringLiteral("relationComboBox"));
    for (const model::Choice& c : model::Vocabulary::relations())
        m_relation->addItem(c.label, c.code);
    if (const int i = m_relation->findData(draft.relation); i >= 0)
        m_relation->setCurrentIndex(i);
    m_givenOn = new QDateEdit(draft.givenOn.isValid() ? draft.givenOn : QDate::currentDate(), this);
    m_givenOn->setObjectName(QStringLiteral("givenOnDateEdit"));
    m_givenOn->setCalendarPopup(true);
    m_givenOn->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_givenOn->setMaximumDate(QDate::currentDate());
    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("methodComboBox"));
    for (const QString& m : model::ConsentStore::methods())
        m_method->addItem(model::ConsentStore::methodLabel(m), m);
    if (const int i = m_method->findData(draft.method); i >= 0)
        m_method->setCurrentIndex(i);
    m_witness = new QLineEdit(draft.witness, this);
    m_witness->setObjectName(QStringLiteral("witnessLineEdit"));
    m_witness->setPlaceholderText(tr("Name of the person who heard the consent"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("Given &by:"), m_givenBy);
    form->addRow(tr("&Relation to the child:"), m_relation);
    form->addRow(tr("&On:"), m_givenOn);
    form->addRow(tr("&How:"), m_method);
    form->addRow(tr("&Witness:"), m_witness);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Record"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConsentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_method, &QComboBox::currentIndexChanged, this, &ConsentDialog::updateWitness);
    updateWitness();
    resize(480, sizeHint().height());
}

void ConsentDialog::updateWitness()
{
    m_witness->setEnabled(m_method->currentData().toString() == QLatin1String("verbal_witnessed"));
}

void ConsentDialog::accept()
{
    model::Consent c = m_consent;
    c.givenBy = m_givenBy->text();
    c.relation = m_relation->currentData().toString();
    c.givenOn = m_givenOn->date();
    c.method = m_method->currentData().toString();
    c.witness = m_witness->isEnabled() ? m_witness->text() : QString();
    try {
        m_consent = m_store.record(c);
    } catch (const Error& e) {
        m_error->setText(e.message());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace tonghu::ui
