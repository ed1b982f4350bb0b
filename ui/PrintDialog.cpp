// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/PrintDialog.h"

#include "core/audit/AuditLog.h"
#include "core/model/Masking.h"
#include "core/util/Error.h"
#include "ui/FileDialog.h"

#include <QCheckBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace tonghu::ui {

PrintDialog::PrintDialog(storage::Database& db, QString userId, Document document, QString recordId,
                         PrintOptions options, QWidget* parent)
    : QDialog(parent), m_db(db), m_userId(std::move(userId)), m_document(document), m_recordId(std::move(recordId)),
      m_options(std::move(options))
{
    setObjectName(QStringLiteral("printDialog"));
    setWindowTitle(document == Document::VisitRecord ? tr("Print the visit record") : tr("Print the child's file"));
    m_pdf = new QRadioButton(tr("Save as a &PDF file"), this);
    m_pdf->setObjectName(QStringLiteral("pdfRadioButton"));
    m_pdf->setChecked(true);
    m_printer = new QRadioButton(tr("Send to a p&rinter"), this);
    m_printer->setObjectName(QStringLiteral("printerRadioButton"));
    m_showIds = new QCheckBox(tr("Print &full ID numbers"), this);
    m_showIds->setObjectName(QStringLiteral("showIdNumbersCheckBox"));
    m_showIds->setChecked(m_options.showIdNumbers);
    m_showIds->setToolTip(tr("Only when an office needs them: a printout is outside the encrypted vault."));
    m_showNotes = new QCheckBox(tr("Print sensitive &notes"), this);
    m_showNotes->setObjectName(QStringLiteral("showSensitiveNotesCheckBox"));
    m_showNotes->setChecked(m_options.showSensitiveNotes);
    m_showNotes->setToolTip(tr("Notes and report details that may describe harm. The guardian signs this paper too."));
    // Whole values only for a record of the user's own area.
    bool mayReveal = false;
    try {
        mayReveal = model::Masking::mayReveal(
            model::Masking::viewer(m_db, m_userId),
            model::Masking::placeOf(m_db, document == Document::VisitRecord ? QStringLiteral("visit") : QStringLiteral("child"),
                                    m_recordId));
    } catch (const Error&) {
    }
    for (QCheckBox* box : {m_showIds, m_showNotes}) {
        box->setEnabled(mayReveal);
        if (!mayReveal)
            box->setChecked(false);
    }
    auto* hint = new QLabel(tr("ID numbers and sensitive notes are masked unless you ask for them in full. Printing "
                               "is recorded in the audit log."),
                            this);
    hint->setWordWrap(true);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Print"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pdf);
    layout->addWidget(m_printer);
    layout->addSpacing(6);
    layout->addWidget(m_showIds);
    layout->addWidget(m_showNotes);
    layout->addWidget(hint);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PrintDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString PrintDialog::html(const PrintOptions& options) const
{
    return m_document == Document::VisitRecord ? visitRecordHtml(m_db, m_recordId, options)
                                               : childFileHtml(m_db, m_recordId, options);
}

QString PrintDialog::suggestedFileName() const
{
    // No name or ID number in a file name: file names show up in folder listings and recent-file lists.
    const QString date = QDate::currentDate().toString(Qt::ISODate);
    return m_document == Document::VisitRecord ? tr("visit-record-%1.pdf").arg(date)
                                               : tr("child-file-%1.pdf").arg(date);
}

void PrintDialog::accept()
{
    m_error->hide();
    PrintOptions options = m_options;
    options.showIdNumbers = m_showIds->isEnabled() && m_showIds->isChecked();
    options.showSensitiveNotes = m_showNotes->isEnabled() && m_showNotes->isChecked();
    const QString document = html(options);
    if (document.isEmpty()) {
        m_error->setText(tr("The record no longer exists."));
        m_error->show();
        return;
    }
    QString path;
    if (m_pdf->isChecked()) {
        path = FileDialog::saveFileName(this, tr("Save as PDF"), suggestedFileName(), tr("PDF files (*.pdf)"));
        if (path.isEmpty())
            return;
        if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
            path += QStringLiteral(".pdf");
        QString error;
        if (!writePdf(document, path, &error)) {
            m_error->setText(error);
            m_error->show();
            return;
        }
    } else if (!printHtml(document, this)) {
        return;
    }
    try {
        const auto whole = [](bool full) { return full ? QStringLiteral("full") : QStringLiteral("masked"); };
        audit::AuditLog::recordExport(m_db, m_userId, path.isEmpty() ? audit::ExportKind::Printer : audit::ExportKind::Pdf,
                                      m_document == Document::VisitRecord ? QStringLiteral("visit") : QStringLiteral("child"),
                                      m_recordId,
                                      QStringLiteral("ids=%1 notes=%2")
                                          .arg(whole(options.showIdNumbers), whole(options.showSensitiveNotes)));
    } catch (const Error& e) {
        // The printout exists already; say that its record could not be written rather than hide it.
        QMessageBox::warning(this, windowTitle(), e.message());
    }
    m_savedPath = path;
    QDialog::accept();
}

} // namespace tonghu::ui
