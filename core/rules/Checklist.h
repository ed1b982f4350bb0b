// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/rules/Evaluator.h"
#include "core/rules/Rulebook.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace tonghu::rules {

// One question of a visit checklist; it asks for exactly one fact of the rulebook.
struct ChecklistQuestion
{
    QString fact;
    QString section;
    FactSpec::Type type = FactSpec::Type::Bool;
    QStringList values;                         // enum and list facts: the allowed codes, in order
    double min = 0, max = 0;                    // number facts
    bool hasRange = false;
    QHash<QString, QString> text;               // label.zh, help.en, invalid.zh, ...
    QHash<QString, QString> valueLabels;        // "zh:local" → 本县户籍
    ExprPtr showIf;
    ExprPtr validIf;
    bool required = false;
    SourcePos pos;

    QString localized(const QString& key, const QString& language) const;
    QString valueLabel(const QString& code, const QString& language) const;
};

struct ChecklistSection
{
    QString id;
    QHash<QString, QString> text; // title.zh, title.en
    QString title(const QString& language) const;
};

// A problem with the answers of one question, for the form to show next to the field.
struct AnswerProblem
{
    QString fact;
    QString message;
};

// A visit checklist (resources/checklists/*.checklist), checked against a rulebook when loaded:
// every question names a known fact, every section exists, every enum value has a label in
// both languages, and show_if / valid_if are valid conditions.
class Checklist final
{
    Q_DECLARE_TR_FUNCTIONS(tonghu::rules::Checklist)
public:
    static Checklist load(const QString& path, const Rulebook& rulebook);
    static const Checklist& builtin();

    QString id;
    QString version;
    QHash<QString, QString> text;
    QList<ChecklistSection> sections;
    QList<ChecklistQuestion> questions;

    const ChecklistQuestion* question(const QString& fact) const;
    // Unknown facts in show_if show the question: better to ask once too often than never.
    bool visible(const ChecklistQuestion& q, const Evaluator& evaluator, const Facts& answers,
                 const QDate& asOf) const;
    // Required questions still unanswered whose show_if is met (not merely unknown), and answers
    // that fail their valid_if.
    QList<AnswerProblem> problems(const Evaluator& evaluator, const Facts& answers, const QDate& asOf,
                                  const QString& language) const;
};

} // namespace tonghu::rules
