// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/VisitStore.h"
#include "core/rules/Value.h"
#include "ui/PrintDocuments.h"

#include <QDialog>
#include <QHash>

#include <optional>

class QDateEdit;
class QGroupBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace tonghu::storage {
class Database;
}
namespace tonghu::rules {
class Checklist;
class Rulebook;
}

namespace tonghu::ui {

class AttachmentsBox;
class FindingsPanel;
class QuestionEditor;
class VisitHistoryList;

// The home-visit checklist, generated from the checklist's sections and questions. Every answer
// is saved the moment it is given (a flat battery loses nothing); the findings panel beside it
// says at once what the answers mean. A submitted visit opens read-only, with a correction.
class VisitForm final : public QDialog
{
    Q_OBJECT
public:
    VisitForm(storage::Database& db, model::VisitStore& store, const rules::Rulebook& rulebook,
              const rules::Checklist& checklist, const QString& visitId, QWidget* parent = nullptr);
    ~VisitForm() override;

    // The child's open draft, creating one when there is none. A new draft starts with what the
    // record already knows (household, parents, ...) written in as answers, so the director
    // confirms or changes them instead of typing them again.
    static model::Visit startVisit(storage::Database& db, model::VisitStore& store,
                                   const rules::Rulebook& rulebook, const rules::Checklist& checklist,
                                   const QString& childId, const QDate& date = QDate::currentDate());

    const QString& visitId() const { return m_visit.id; }
    bool isReadOnly() const { return m_visit.status != QLatin1String("draft"); }
    FindingsPanel* findingsPanel() const { return m_findings; }
    AttachmentsBox* attachments() const { return m_attachments; }
    // The place and director printed on the record's heading and signature line.
    void setPrintOptions(const PrintOptions& options) { m_printOptions = options; }
    QuestionEditor* editor(const QString& fact) const { return m_editors.value(fact); }
    // Checks the blockers, asks for a mandatory report when one is needed, and submits.
    // Returns whether the visit was submitted.
    bool submitVisit();
    // Asks why (prefilled with what the township asked to correct, when it returned the visit)
    // and opens the new version.
    void correctVisit();
    // Asks for the reason of a correction, prefilled with `reason`, and makes the new draft
    // version. Empty when cancelled; a refusal of the store is shown and also gives empty.
    static std::optional<model::Visit> askCorrection(model::VisitStore& store, const QString& visitId,
                                                     const QString& reason, QWidget* parent);
    void print();

signals:
    void submitted(const QString& visitId);

private:
    void buildForm();
    void load(const QString& visitId);
    void answerChanged(const QString& fact);
    rules::Facts currentFacts() const;
    void refresh();
    void showBlockers(const QStringList& blockers);

    storage::Database& m_db;
    model::VisitStore& m_store;
    const rules::Rulebook& m_rulebook;
    const rules::Checklist& m_checklist;
    QString m_language;
    model::Visit m_visit;
    rules::Facts m_recordFacts;

    QHash<QString, QuestionEditor*> m_editors;
    QHash<QString, QWidget*> m_rows;
    QHash<QString, QLabel*> m_errors;
    QHash<QString, QGroupBox*> m_sections;
    QLabel* m_statusLabel = nullptr;
    QDateEdit* m_dateEdit = nullptr;
    FindingsPanel* m_findings = nullptr;
    AttachmentsBox* m_attachments = nullptr;
    PrintOptions m_printOptions;
    QListWidget* m_blockers = nullptr;
    QGroupBox* m_historyBox = nullptr;
    VisitHistoryList* m_history = nullptr;
    // Only the child director corrects a visit; a township or county reads it.
    bool m_correctable = false;
    QPushButton* m_submit = nullptr;
    QPushButton* m_correct = nullptr;
    QPushButton* m_print = nullptr;
    QPushButton* m_close = nullptr;
};

} // namespace tonghu::ui
