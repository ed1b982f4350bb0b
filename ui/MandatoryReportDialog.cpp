// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/MandatoryReportDialog.h"

#include "core/model/VisitStore.h"
#include "core/util/Error.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace tonghu::ui {

MandatoryReportDialog::MandatoryReportDialog(model::VisitStore& store, QString visitId,
                                             const QStringList& findingTitles, QWidget* parent)
    : QDialog(parent), m_store(store), m_visitId(std::move(visitId))
{
    setObjectName(QStringLiteral("mandatoryReportDialog"));
    setWindowTitle(tr("Mandatory report"));

    auto* intro = new QLabel(this);
    intro->setObjectName(QStringLiteral("introLabel"));
    intro->setWordWrap(true);
    intro->setText(tr("This visit found: %1.\nThe law requires a report to the police or civil affairs at once. "
                      "Record the report that was made, or why it could not be made.")
                       .arg(findingTitles.join(QStringLiteral("; "))));

    m_reported = new QRadioButton(tr("The report was made"), this);
    m_reported->setObjectName(QStringLiteral("reportedRadioButton"));
    m_reported->setChecked(true);
    m_notPossible = new QRadioButton(tr("The report could not be made"), this);
    m_notPossible->setObjectName(QStringLiteral("notPossibleRadioButton"));

    m_reportedAt = new QDateTimeEdit(QDateTime::currentDateTime(), this);
    m_reportedAt->setObjectName(QStringLiteral("reportedAtDateTimeEdit"));
    m_reportedAt->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_reportedAt->setCalendarPopup(true);
    m_reportedAt->setMaximumDateTime(QDateTime::currentDateTime().addSecs(3600));
    m_reportedTo = new QLineEdit(this);
    m_reportedTo->setObjectName(QStringLiteral("reportedToLineEdit"));
    m_reportedTo->setPlaceholderText(tr("e.g. township police station, duty officer"));
    m_reportedTo->setMaxLength(200);
    m_reference = new QLineEdit(this);
    m_reference->setObjectName(QStringLiteral("referenceLineEdit"));
    m_reference->setMaxLength(100);
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("reasonPlainTextEdit"));
    m_reason->setTabChangesFocus(true);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Record"));

    auto* form = new QFormLayout;
    form->addRow(tr("When:"), m_reportedAt);
    form->addRow(tr("To whom:"), m_reportedTo);
    form->addRow(tr("Reference number:"), m_reference);
    form->addRow(tr("Why not possible:"), m_reason);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_reported);
    layout->addWidget(m_notPossible);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &MandatoryReportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reported, &QRadioButton::toggled, this, &MandatoryReportDialog::updateFields);
    updateFields();
    resize(520, sizeHint().height());
}

void MandatoryReportDialog::updateFields()
{
    const bool reported = m_reported->isChecked();
    m_reportedAt->setEnabled(reported);
    m_reportedTo->setEnabled(reported);
    m_reference->setEnabled(reported);
    m_reason->setEnabled(!reported);
}

void MandatoryReportDialog::accept()
{
    model::MandatoryReport report;
    report.outcome = m_reported->isChecked() ? model::MandatoryReport::Outcome::Reported
                                             : model::MandatoryReport::Outcome::NotPossible;
    report.reportedAt = m_reportedAt->dateTime();
    report.reportedTo = m_reportedTo->text();
    report.reference = m_reference->text();
    report.reason = m_reason->toPlainText();
    try {
        m_store.recordMandatoryReport(m_visitId, report);
    } catch (const Error& e) {
        // The store names what is missing; the dialog stays open so nothing typed is lost.
        m_error->setText(e.message());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace tonghu::ui
