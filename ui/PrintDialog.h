// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/PrintDocuments.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QRadioButton;

namespace tonghu::storage {
class Database;
}

namespace tonghu::ui {

// How a visit record or a child's file leaves the app: as a PDF file or on a printer, with the
// ID numbers and sensitive notes masked unless the user asks for them in full, which only a user
// of the record's area may. Either way the printout is written to the audit log, with whether
// anything was printed whole, since paper is outside the vault's protection.
class PrintDialog final : public QDialog
{
    Q_OBJECT
public:
    enum class Document { VisitRecord, ChildFile };

    PrintDialog(storage::Database& db, QString userId, Document document, QString recordId, PrintOptions options,
                QWidget* parent = nullptr);

    // The PDF written by the last accepted run; empty when it went to a printer.
    const QString& savedPath() const { return m_savedPath; }
    void accept() override;

private:
    QString html(const PrintOptions& options) const;
    QString suggestedFileName() const;

    storage::Database& m_db;
    QString m_userId;
    Document m_document;
    QString m_recordId;
    PrintOptions m_options;
    QRadioButton* m_pdf = nullptr;
    QRadioButton* m_printer = nullptr;
    QCheckBox* m_showIds = nullptr;
    QCheckBox* m_showNotes = nullptr;
    QLabel* m_error = nullptr;
    QString m_savedPath;
};

} // namespace tonghu::ui
