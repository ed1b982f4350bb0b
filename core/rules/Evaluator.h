// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/rules/Rulebook.h"
#include "core/rules/Value.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace tonghu::rules {

class CompiledRules;
class FactRow;

// One reported rule: met, or possible with the questions that would decide it.
struct Finding
{
    QString id;
    QString kind;     // category | eligibility | risk
    QString status;   // met | possible
    QString severity; // risks only
    QString title;
    QStringList because;   // the facts that made it true ("father.status = deceased", "age = 9")
    QStringList questions; // the unknown facts to ask, for a possible finding
    QString referTo;
    QStringList documents;
    QString action;
    QString cite;

    QJsonObject toJson() const;
};

struct Evaluation
{
    QString ruleset; // "<id>@<version>"
    QDate asOf;
    QList<Finding> findings;
    QDate nextVisitDue;
    QString scheduleRule; // which schedule entry set the date

    QJsonObject toJson() const;
    // The finding points into this evaluation, so asking a temporary one is refused at compile
    // time: the pointer would outlive what it points to.
    const Finding* find(const QString& id) const&;
    const Finding* find(const QString& id) const&& = delete;
};

// Three-valued evaluation (Kleene logic) of a rulebook over a set of facts: an unknown fact
// never counts as false. Pure and thread-safe: it only reads the rulebook. It runs the rules as
// compiled when the rulebook was loaded, with the rulebook's settings as they are when the
// Evaluator is made.
class Evaluator final
{
public:
    explicit Evaluator(const Rulebook& rulebook);
    // `language` picks titles and texts: "zh" or "en".
    Evaluation evaluate(const Facts& facts, const QDate& asOf, const QString& language = QStringLiteral("zh")) const;
    // The same for a scan's row, the same evaluation as of its toFacts().
    Evaluation evaluate(const FactRow& facts, const QDate& asOf, const QString& language = QStringLiteral("zh")) const;
    // One condition (checked with Rulebook::checkCondition): true, false or unknown.
    Value condition(const ExprPtr& condition, const Facts& facts, const QDate& asOf) const;

private:
    const Rulebook& m_rb;
    std::shared_ptr<const CompiledRules> m_program;
    std::vector<double> m_settings; // by the program's setting slots
};

// Whole years from birth to `asOf`: "under 18" means before the 18th birthday. A child born on
// 29 February has a birthday on 1 March in other years.
int ageInYears(const QDate& birth, const QDate& asOf);

} // namespace tonghu::rules

// Texts and lists only, which may be moved as bytes (as Value, in Value.h).
Q_DECLARE_TYPEINFO(tonghu::rules::Finding, Q_RELOCATABLE_TYPE);
