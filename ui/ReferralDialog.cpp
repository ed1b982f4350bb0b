// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ReferralDialog.h"

#include "core/util/Error.h"
#include "ui/MaskedValue.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace tonghu::ui {

ReferralDialog::ReferralDialog(model::ReferralStore& store, model::Referral referral, QWidget* parent)
    : QDialog(parent), m_store(store), m_referral(std::move(referral))
{
    setObjectName(QStringLiteral("referralDialog"));
    const bool isNew = m_referral.id.isEmpty();
    setWindowTitle(isNew ? tr("New referral") : tr("Referral"));

    m_agency = new QLineEdit(m_referral.agency, this);
    m_agency->setObjectName(QStringLiteral("agencyLineEdit"));
    m_reason = new QPlainTextEdit(m_referral.reason, this);
    m_reason->setObjectName(QStringLiteral("reasonPlainTextEdit"));
    m_reason->setTabChangesFocus(true);
    m_due = new QDateEdit(m_referral.dueDate.isValid() ? m_referral.dueDate : QDate::currentDate().addDays(30), this);
    m_due->setObjectName(QStringLiteral("dueDateEdit"));
    m_due->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_due->setCalendarPopup(true);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusComboBox"));
    m_status->addItem(tr("Open"), QStringLiteral("open"));
    m_status->addItem(tr("Accepted by the agency"), QStringLiteral("accepted"));
    m_status->addItem(tr("Resolved"), QStringLiteral("resolved"));
    m_status->addItem(tr("Closed"), QStringLiteral("closed"));
    m_status->setCurrentIndex(std::max(0, m_status->findData(m_referral.status)));
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("notePlainTextEdit"));
    m_note->setTabChangesFocus(true);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    m_error->hide();

    // A referral's agency and reason are fixed once made; what changes later is its status.
    m_agency->setReadOnly(!isNew);
    m_reason->setReadOnly(!isNew);
    m_due->setEnabled(isNew);
    m_status->setEnabled(!isNew);

    auto* form = new QFormLayout;
    form->addRow(tr("Agency:"), m_agency);
    form->addRow(tr("Reason:"), m_reason);
    form->addRow(tr("Due by:"), m_due);
    form->addRow(tr("Status:"), m_status);
    if (!isNew) {
        // The agency's notes may say what happened to the child: masked until asked for.
        auto* notes = new MaskedValue(m_store.database(), m_store.userId(), QStringLiteral("referral"),
                                      QStringLiteral("notes"), "referralNotes", this);
        notes->setRecord(m_referral.id, tr("none"));
        form->addRow(tr("Notes so far:"), notes);
    }
    form->addRow(tr("Note:"), m_note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ReferralDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(520, sizeHint().height());
}

void ReferralDialog::accept()
{
    try {
        if (m_referral.id.isEmpty()) {
            model::Referral r = m_referral;
            r.agency = m_agency->text().trimmed();
            r.reason = m_reason->toPlainText().trimmed();
            r.dueDate = m_due->date();
            r.notes = m_note->toPlainText().trimmed();
            m_referral = m_store.create(r);
        } else {
            m_referral = m_store.update(m_referral.id, m_status->currentData().toString(),
                                        m_note->toPlainText().trimmed(), QDate::currentDate());
        }
    } catch (const Error& e) {
        m_error->setText(e.message());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace tonghu::ui
