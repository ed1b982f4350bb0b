// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/VisitForm.h"

#include "core/model/ReturnedVisits.h"
#include "core/rules/Checklist.h"
#include "core/rules/ChildEvaluation.h"
#include "core/rules/Evaluator.h"
#include "core/rules/FactsInput.h"
#include "core/rules/Rulebook.h"
#include "core/util/Error.h"
#include "core/vault/Access.h"
#include "ui/AttachmentsBox.h"
#include "ui/CommentDialog.h"
#include "ui/FindingLabels.h"
#include "ui/FindingsPanel.h"
#include "ui/KeyboardUse.h"
#include "ui/MandatoryReportDialog.h"
#include "ui/PrintDialog.h"
#include "ui/QuestionEditors.h"
#include "ui/VisitHistoryList.h"
#include "ui/WidgetTeardown.h"

#include <QDateEdit>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

namespace tonghu::ui {

namespace {

const QString kErrorStyle = QStringLiteral("color: #b00020;");

} // namespace

model::Visit VisitForm::startVisit(storage::Database& db, model::VisitStore& store, const rules::Rulebook& rulebook,
                                   const rules::Checklist& checklist, const QString& childId, const QDate& date)
{
    model::Visit visit = store.openDraft(childId, date);
    // Only a draft nobody has answered yet is prefilled: once the director has touched it, an
    // emptied answer must stay empty.
    if (!visit.answers.isEmpty())
        return visit;
    rules::ChildEvaluation children(db, rulebook);
    const rules::Facts known = children.recordFacts(childId);
    for (const rules::ChecklistQuestion& q : checklist.questions) {
        const auto it = known.constFind(q.fact);
        if (it == known.constEnd() || !it->known())
            continue;
        try {
            store.setAnswer(visit.id, q.fact, it->toJson());
        } catch (const Error&) {
            // A record value the checklist does not accept is simply asked again.
        }
    }
    return *store.visit(visit.id);
}

VisitForm::VisitForm(storage::Database& db, model::VisitStore& store, const rules::Rulebook& rulebook,
                     const rules::Checklist& checklist, const QString& visitId, QWidget* parent)
    : QDialog(parent), m_db(db), m_store(store), m_rulebook(rulebook), m_checklist(checklist),
      m_language(FindingLabels::rulesLanguage())
{
    setObjectName(QStringLiteral("visitForm"));
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    m_correctable = vault::Access::allows(vault::Access::roleOf(db), vault::Action::VisitChildren);
    buildForm();
    load(visitId);
    resize(1180, 680);
}

// The visit date's and the answers' editingFinished would otherwise reach a half-destroyed form
// when it is deleted with the focus in one of them.
VisitForm::~VisitForm()
{
    disconnectDescendants(this);
}

void VisitForm::buildForm()
{
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_dateEdit = new QDateEdit(this);
    m_dateEdit->setObjectName(QStringLiteral("visitDateEdit"));
    m_dateEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_dateEdit->setCalendarPopup(true);
    m_dateEdit->setMaximumDate(QDate::currentDate());
    auto* top = new QHBoxLayout;
    top->addWidget(m_statusLabel, 1);
    auto* dateLabel = new QLabel(tr("Visit &date:"), this);
    dateLabel->setBuddy(m_dateEdit);
    top->addWidget(dateLabel);
    top->addWidget(m_dateEdit);

    auto* questions = new QWidget;
    questions->setObjectName(QStringLiteral("questionsWidget"));
    auto* questionsLayout = new QVBoxLayout(questions);
    for (const rules::ChecklistSection& section : m_checklist.sections) {
        auto* box = new QGroupBox(section.title(m_language), questions);
        box->setObjectName(section.id + QStringLiteral("GroupBox"));
        auto* boxLayout = new QVBoxLayout(box);
        m_sections.insert(section.id, box);
        questionsLayout->addWidget(box);
        for (const rules::ChecklistQuestion& q : m_checklist.questions) {
            if (q.section != section.id)
                continue;
            auto* row = new QWidget(box);
            row->setObjectName(q.fact + QStringLiteral("RowWidget"));
            auto* rowLayout = new QVBoxLayout(row);
            rowLayout->setContentsMargins(0, 2, 0, 2);
            rowLayout->setSpacing(2);
            auto* label = new QLabel(q.localized(QStringLiteral("label"), m_language)
                                         + (q.required ? QStringLiteral(" *") : QString()),
                                     row);
            label->setWordWrap(true);
            const QString help = q.localized(QStringLiteral("help"), m_language);
            if (!help.isEmpty())
                label->setToolTip(help);
            QuestionEditor* editor = makeQuestionEditor(q, m_language, row);
            label->setBuddy(editor);
            auto* error = new QLabel(row);
            error->setObjectName(q.fact + QStringLiteral("ErrorLabel"));
            error->setStyleSheet(kErrorStyle);
            error->setWordWrap(true);
            error->hide();
            rowLayout->addWidget(label);
            rowLayout->addWidget(editor);
            rowLayout->addWidget(error);
            boxLayout->addWidget(row);
            m_rows.insert(q.fact, row);
            m_editors.insert(q.fact, editor);
            m_errors.insert(q.fact, error);
            const QString fact = q.fact;
            connect(editor, &QuestionEditor::edited, this, [this, fact] { answerChanged(fact); });
        }
    }
    questionsLayout->addStretch();
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("questionsScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setWidget(questions);

    auto* side = new QWidget(this);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    m_findings = new FindingsPanel(side);
    m_blockers = new QListWidget(side);
    m_blockers->setObjectName(QStringLiteral("blockersListWidget"));
    m_blockers->setWordWrap(true);
    m_blockers->hide();
    m_attachments = new AttachmentsBox(m_db, m_store.userId(), side);
    // Versions and the township's decisions, once there is more to it than one submission.
    m_historyBox = new QGroupBox(tr("History"), side);
    m_historyBox->setObjectName(QStringLiteral("historyGroupBox"));
    m_history = new VisitHistoryList(m_historyBox);
    (new QVBoxLayout(m_historyBox))->addWidget(m_history);
    m_historyBox->hide();
    sideLayout->addWidget(m_findings, 3);
    sideLayout->addWidget(m_historyBox, 1);
    sideLayout->addWidget(m_attachments, 1);
    sideLayout->addWidget(m_blockers, 1);

    auto* splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("visitSplitter"));
    splitter->addWidget(scroll);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    m_submit = new QPushButton(tr("&Submit visit"), this);
    m_submit->setObjectName(QStringLiteral("submitPushButton"));
    m_correct = new QPushButton(tr("&Correct…"), this);
    m_correct->setObjectName(QStringLiteral("correctPushButton"));
    m_print = new QPushButton(tr("&Print…"), this);
    m_print->setObjectName(QStringLiteral("printPushButton"));
    m_print->setToolTip(tr("The visit record as a PDF or on paper, with signature lines"));
    m_close = new QPushButton(tr("Close"), this);
    m_close->setObjectName(QStringLiteral("closePushButton"));
    m_close->setToolTip(tr("Every answer is already saved; the draft can be continued later."));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_print);
    buttons->addStretch();
    buttons->addWidget(m_correct);
    buttons->addWidget(m_submit);
    buttons->addWidget(m_close);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);

    connect(m_submit, &QPushButton::clicked, this, &VisitForm::submitVisit);
    connect(m_correct, &QPushButton::clicked, this, &VisitForm::correctVisit);
    connect(m_print, &QPushButton::clicked, this, &VisitForm::print);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_dateEdit, &QDateEdit::editingFinished, this, [this] {
        if (isReadOnly() || m_dateEdit->date() == m_visit.visitDate)
            return;
        try {
            m_store.setVisitDate(m_visit.id, m_dateEdit->date());
            m_visit.visitDate = m_dateEdit->date();
        } catch (const Error& e) {
            QMessageBox::warning(this, windowTitle(), e.message());
            m_dateEdit->setDate(m_visit.visitDate);
        }
        refresh();
    });
    // Enter finishes typing an answer; it must not add an attachment, submit or close the form.
    pressOnlyFocusedButtonOnEnter(this);
}

void VisitForm::load(const QString& visitId)
{
    const auto visit = m_store.visit(visitId);
    if (!visit)
        throw Error(Error::Kind::NotFound, tr("The visit record no longer exists."));
    m_visit = *visit;
    rules::ChildEvaluation children(m_db, m_rulebook);
    m_recordFacts = children.recordFacts(m_visit.childId);
    const QDate last = children.lastVisitDate(m_visit.childId);
    if (last.isValid())
        m_recordFacts.insert(QStringLiteral("visit.last_date"), rules::Value::date(last));

    const bool readOnly = isReadOnly();
    for (auto it = m_editors.begin(); it != m_editors.end(); ++it) {
        it.value()->setValue(m_visit.answers.value(it.key()));
        it.value()->setEnabled(!readOnly);
    }
    m_dateEdit->setDate(m_visit.visitDate);
    m_dateEdit->setEnabled(!readOnly);
    m_submit->setVisible(!readOnly);
    m_correct->setVisible(readOnly && m_correctable);
    const QList<model::VisitHistoryStep> steps = m_history->showVisit(m_db, m_visit.id);
    m_historyBox->setVisible(steps.size() > 1);
    m_blockers->hide();
    m_attachments->setVisit(m_visit.childId, m_visit.id);
    m_attachments->setEditable(!readOnly);

    QString status;
    if (readOnly)
        status = tr("Submitted visit (version %1): it can no longer be changed.").arg(m_visit.version);
    else if (m_visit.version > 1)
        status = tr("Correction (version %1): %2").arg(m_visit.version).arg(m_visit.correctionReason);
    else
        status = tr("Draft: every answer is saved as you give it.");
    m_statusLabel->setText(status);
    setWindowTitle(readOnly ? tr("Home visit (submitted)") : tr("Home visit"));
    refresh();
}

rules::Facts VisitForm::currentFacts() const
{
    // As VisitStore::submitBlockers sees them: the record overlaid with this visit's answers.
    rules::Facts facts = m_recordFacts;
    for (auto it = m_visit.answers.begin(); it != m_visit.answers.end(); ++it) {
        const rules::FactSpec* spec = m_rulebook.fact(it.key());
        if (!spec)
            continue;
        try {
            facts.insert(it.key(), rules::FactsInput::factValue(*spec, it.value()));
        } catch (const Error&) {
            // A stored answer the rulebook no longer accepts counts as unknown.
        }
    }
    return facts;
}

void VisitForm::answerChanged(const QString& fact)
{
    QuestionEditor* editor = m_editors.value(fact);
    QLabel* error = m_errors.value(fact);
    if (!editor || isReadOnly())
        return;
    const QJsonValue value = editor->value();
    try {
        m_store.setAnswer(m_visit.id, fact, value);
        if (value.isNull())
            m_visit.answers.remove(fact);
        else
            m_visit.answers.insert(fact, value);
        error->hide();
    } catch (const Error& e) {
        // The previous answer stays saved; the message says what is wrong with this one.
        error->setText(e.message());
        error->show();
        return;
    }
    refresh();
}

void VisitForm::refresh()
{
    const rules::Facts facts = currentFacts();
    const rules::Evaluator evaluator(m_rulebook);
    const QDate asOf = m_visit.visitDate;
    for (const rules::ChecklistQuestion& q : m_checklist.questions)
        if (QWidget* row = m_rows.value(q.fact))
            row->setVisible(m_checklist.visible(q, evaluator, facts, asOf));
    // Sections whose every question is hidden are hidden too.
    for (auto it = m_sections.begin(); it != m_sections.end(); ++it) {
        bool any = false;
        for (const rules::ChecklistQuestion& q : m_checklist.questions)
            if (q.section == it.key() && !m_rows.value(q.fact)->isHidden())
                any = true;
        it.value()->setVisible(any);
    }
    // Answers that fail their valid_if are shown next to their field; unanswered required
    // questions are not errors while the visit is still going on.
    for (const rules::AnswerProblem& p : m_checklist.problems(evaluator, facts, asOf, m_language)) {
        if (!m_visit.answers.contains(p.fact))
            continue;
        if (QLabel* error = m_errors.value(p.fact)) {
            error->setText(p.message);
            error->show();
        }
    }
    m_findings->setEvaluation(evaluator.evaluate(facts, asOf, m_language), m_rulebook, m_checklist, m_language);
}

void VisitForm::showBlockers(const QStringList& blockers)
{
    m_blockers->clear();
    if (blockers.isEmpty()) {
        m_blockers->hide();
        return;
    }
    auto* heading = new QListWidgetItem(tr("The visit cannot be submitted yet:"), m_blockers);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    for (const QString& b : blockers) {
        auto* item = new QListWidgetItem(b, m_blockers);
        item->setForeground(QColor(0xb0, 0x00, 0x20));
    }
    m_blockers->show();
}

bool VisitForm::submitVisit()
{
    if (isReadOnly())
        return false;
    try {
        // A finding of harm needs its report before anything else: ask for it first.
        if (!m_store.mandatoryReport(m_visit.id)) {
            const rules::Evaluation ev =
                rules::Evaluator(m_rulebook).evaluate(currentFacts(), m_visit.visitDate, m_language);
            QStringList titles;
            for (const QString& id : model::VisitStore::kReportingFindings)
                if (const rules::Finding* f = ev.find(id); f && f->status == QLatin1String("met"))
                    titles << f->title;
            if (!titles.isEmpty()) {
                MandatoryReportDialog dialog(m_store, m_visit.id, titles, this);
                dialog.exec();
            }
        }
        const QStringList blockers = m_store.submitBlockers(m_visit.id, m_language);
        showBlockers(blockers);
        if (!blockers.isEmpty())
            return false;
        const model::Visit done = m_store.submit(m_visit.id);
        load(done.id);
        emit submitted(done.id);
        return true;
    } catch (const Error& e) {
        showBlockers({e.message()});
        return false;
    }
}

std::optional<model::Visit> VisitForm::askCorrection(model::VisitStore& store, const QString& visitId,
                                                     const QString& reason, QWidget* parent)
{
    CommentDialog dialog(tr("Correct visit"),
                         tr("Why does this visit need a correction? The submitted version is kept."),
                         tr("&Correct"), reason, parent);
    dialog.setObjectName(QStringLiteral("correctionDialog"));
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    try {
        return store.correct(visitId, dialog.text());
    } catch (const Error& e) {
        QMessageBox::warning(parent, tr("Correct visit"), e.message());
        return std::nullopt;
    }
}

void VisitForm::correctVisit()
{
    if (!isReadOnly() || !m_correctable)
        return;
    // A visit the township returned is corrected for what it asked.
    QString reason;
    for (const model::ReturnedVisit& r : model::ReturnedVisits::awaitingCorrection(m_db))
        if (r.visitId == m_visit.id)
            reason = r.comment;
    if (const auto draft = askCorrection(m_store, m_visit.id, reason, this))
        load(draft->id);
}

void VisitForm::print()
{
    PrintDialog dialog(m_db, m_store.userId(), PrintDialog::Document::VisitRecord, m_visit.id, m_printOptions, this);
    dialog.exec();
}

} // namespace tonghu::ui
