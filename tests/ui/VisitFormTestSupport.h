// SPDX-License-Identifier: GPL-3.0-or-later
// A village vault with synthetic children and the visit form over it, shared by the UI tests of
// home visits.
#pragma once

#include "core/model/RecordStore.h"
#include "core/model/VisitStore.h"
#include "core/rules/Checklist.h"
#include "core/rules/Rulebook.h"
#include "tests/support/TestSupport.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/QuestionEditors.h"
#include "ui/VisitForm.h"

#include <QHash>
#include <QJsonArray>
#include <QListWidget>

#include <memory>

namespace tonghu::test {

struct VisitFixture
{
    std::unique_ptr<TempVault> t = makeVault(vault::Role::Village, QStringLiteral("621126101201"));
    model::RecordStore records{t->vault->database(), t->vault->userId(), t->vault->placeCode()};
    const rules::Rulebook& rulebook = rules::Rulebook::builtin();
    const rules::Checklist& checklist = rules::Checklist::builtin();
    model::VisitStore visits{t->vault->database(), rulebook, checklist, t->vault->userId()};

    // A synthetic child of `years` (never a real person).
    QString child(const char* sex, int years, const QString& name = QStringLiteral("测试儿童"))
    {
        return addChild(records, name, sex, QDate::currentDate().addYears(-years).addDays(-20)).id;
    }

    std::unique_ptr<ui::VisitForm> form(const QString& childId)
    {
        const model::Visit v = ui::VisitForm::startVisit(t->vault->database(), visits, rulebook, checklist, childId);
        auto f = std::make_unique<ui::VisitForm>(t->vault->database(), visits, rulebook, checklist, v.id);
        f->show();
        return f;
    }
};

inline QListWidgetItem* findingItem(ui::VisitForm& form, const QString& id)
{
    QListWidget* list = find<QListWidget>(&form, "findingsListWidget");
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->data(Qt::UserRole).toString() == id)
            return list->item(i);
    return nullptr;
}

// An answer that raises no risk of its own, as for an unremarkable household: the first value of
// an enum (none, alive, local, ...), "none of these" for a list, no for a yes/no question except
// where yes is the ordinary answer.
inline QJsonValue harmlessAnswer(const rules::ChecklistQuestion& q)
{
    static const QHash<QString, QJsonValue> ordinary{
        {QStringLiteral("child.school"), QStringLiteral("primary")},
        {QStringLiteral("child.medical_insurance"), true},
        {QStringLiteral("household.guardian_capable"), true},
        {QStringLiteral("household.entrustment_signed"), true},
    };
    if (const auto it = ordinary.constFind(q.fact); it != ordinary.constEnd())
        return *it;
    using Type = rules::FactSpec::Type;
    switch (q.type) {
    case Type::Bool:
        return false;
    case Type::Enum:
        return q.values.first();
    case Type::Number:
        return q.hasRange ? q.min : 0;
    case Type::Date:
        return QDate::currentDate().addDays(-1).toString(Qt::ISODate);
    case Type::List:
        return QJsonArray{};
    }
    return {};
}

// The visible questions still unanswered, in the order of the form.
inline QList<const rules::ChecklistQuestion*> openQuestions(ui::VisitForm& form, const rules::Checklist& checklist)
{
    QList<const rules::ChecklistQuestion*> open;
    for (const rules::ChecklistQuestion& q : checklist.questions)
        if (ui::QuestionEditor* e = form.editor(q.fact); e && e->isVisibleTo(&form) && e->value().isNull())
            open << &q;
    return open;
}

// Answers every visible question still open with a harmless value, as a director would.
inline void answerEverything(ui::VisitForm& form, const rules::Checklist& checklist)
{
    for (int pass = 0; pass < 3; ++pass) // answers can reveal further questions
        for (const rules::ChecklistQuestion* q : openQuestions(form, checklist))
            if (ui::QuestionEditor* e = form.editor(q->fact); e->isVisibleTo(&form)) // an answer may hide it
                e->answer(harmlessAnswer(*q));
}

} // namespace tonghu::test
