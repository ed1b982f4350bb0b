// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/rules/Expression.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>

namespace tonghu::rules {

class CompiledRules;

// One fact of the vocabulary (resources/rules/facts.conf).
struct FactSpec
{
    enum class Type { Bool, Number, Date, Enum, List };
    QString name;
    Type type = Type::Bool;
    QStringList values;      // Enum and List
    double min = 0;          // Number, when hasRange
    double max = 0;
    bool hasRange = false;
    SourcePos pos;
};

// A named condition used by rules: `gone(P)` or, without a parameter, `supported_age`.
struct Definition
{
    QString name;
    QString param; // "P" or empty
    ExprPtr when;
    QHash<QString, QString> text; // title.zh, title.en
    SourcePos pos;
};

// A rule: kind category, eligibility, risk or schedule.
struct Rule
{
    QString id;
    QString kind;
    ExprPtr when;
    ExprPtr severity; // risk only
    ExprPtr days;     // schedule only
    QString cite;
    QHash<QString, QString> text; // title.zh/en, refer_to.zh/en, documents.zh/en, action.zh/en
    SourcePos pos;

    // The text of `key` in `language`, falling back to Chinese, then English.
    QString localized(const QString& key, const QString& language) const;
};

// The rulebook: facts, county settings, definitions and rules, read from a folder of text files
// (resources/rules/ is the built-in one). Loading checks everything — syntax, unknown facts and
// settings, types, enum values, unknown rule references and cycles — and throws RuleError at
// the first problem, so an evaluation never meets a broken rule.
class Rulebook final
{
    Q_DECLARE_TR_FUNCTIONS(tonghu::rules::Rulebook)
public:
    static Rulebook load(const QString& dir);
    // The rulebook shipped inside the application.
    static const Rulebook& builtin();

    QString id;
    QString version;
    QString tag() const { return id + QLatin1Char('@') + version; }

    QMap<QString, FactSpec> facts;
    QMap<QString, double> settings;
    QMap<QString, Definition> definitions;
    QList<Rule> rules; // in file order: categories, eligibility, risks, schedule
    QHash<QString, qsizetype> ruleIndex;

    const Rule* rule(const QString& id) const;
    const FactSpec* fact(const QString& name) const;
    // Checks a condition written outside the rule files (a checklist's show_if) against this
    // rulebook's facts, settings and rules; throws RuleError.
    void checkCondition(const ExprPtr& condition) const;
    // The files that make up this rulebook, for `rules check` and for signing.
    QStringList files;
    // The rules compiled for the Evaluator by load(), shared by copies. An Evaluator of a copy
    // whose rules or definitions were changed after loading compiles them again.
    std::shared_ptr<const CompiledRules> compiled;
};

} // namespace tonghu::rules
