// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/rules/Evaluator.h"
#include "ui/PrintDocuments.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace tonghu::storage {
class Database;
}
namespace tonghu::model {
class RecordStore;
class VisitStore;
}

namespace tonghu::ui {

// A child's file: who the child is, what the rules find today (benefits with the documents to
// gather, risks with their action), the visits made and the referrals open. Opening it is an
// audit entry; the ID number and the notes are masked until Show is clicked for one of them.
class MaskedValue;

class ChildFileDialog final : public QDialog
{
    Q_OBJECT
public:
    ChildFileDialog(storage::Database& db, model::RecordStore& records, model::VisitStore& visits,
                    QString userId, QString childId, QWidget* parent = nullptr);
    void reload();
    void startVisit();
    // A referral from the selected finding, prefilled with its agency and reason.
    void newReferral();
    // Scans or photos of the selected document of a benefit's list; the document is then ticked
    // off as gathered. Returns how many files were added.
    int attachToSelectedDocument(const QStringList& paths);
    void print();
    // The guardian's consent: recorded through ConsentDialog, withdrawn as of today after a
    // confirmation.
    void recordConsent();
    void withdrawConsent();
    void setPrintOptions(const PrintOptions& options) { m_printOptions = options; }

private:
    void documentToggled(QTreeWidgetItem* item);
    void openVisit(const QString& visitId);
    void updateButtons();
    void showConsent();
    QString familyText(const QString& householdId, const QString& fatherId, const QString& motherId,
                       const QString& guardianId);

    storage::Database& m_db;
    model::RecordStore& m_records;
    model::VisitStore& m_visits;
    QString m_childId;
    QString m_userId;
    QLabel* m_header = nullptr;
    QLabel* m_badges = nullptr;
    QLabel* m_family = nullptr;
    MaskedValue* m_idNumber = nullptr;
    MaskedValue* m_childNotes = nullptr;
    MaskedValue* m_householdNotes = nullptr;
    QLabel* m_consent = nullptr;
    QPushButton* m_recordConsent = nullptr;
    QPushButton* m_withdrawConsent = nullptr;
    QString m_consentId; // the consent in force, if any
    QTreeWidget* m_findings = nullptr;
    QListWidget* m_visitList = nullptr;
    QListWidget* m_referrals = nullptr;
    QPushButton* m_start = nullptr;
    QPushButton* m_newReferral = nullptr;
    QPushButton* m_attach = nullptr;
    QPushButton* m_print = nullptr;
    PrintOptions m_printOptions;
    rules::Evaluation m_evaluation;
    bool m_loading = false;
};

} // namespace tonghu::ui
