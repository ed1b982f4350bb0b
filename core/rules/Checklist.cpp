// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rules/Checklist.h"

#include "core/rules/RuleError.h"
#include "core/rules/TextBlocks.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace tonghu::rules {

QString ChecklistQuestion::localized(const QString& key, const QString& language) const
{
    for (const QString& lang : {language, QStringLiteral("zh"), QStringLiteral("en")}) {
        const QString v = text.value(key + QLatin1Char('.') + lang);
        if (!v.isEmpty())
            return v;
    }
    return {};
}

QString ChecklistQuestion::valueLabel(const QString& code, const QString& language) const
{
    const QString v = valueLabels.value(language + QLatin1Char(':') + code);
    return v.isEmpty() ? valueLabels.value(QStringLiteral("zh:") + code, code) : v;
}

QString ChecklistSection::title(const QString& language) const
{
    const QString v = text.value(QStringLiteral("title.") + language);
    return v.isEmpty() ? text.value(QStringLiteral("title.zh")) : v;
}

namespace {

const QRegularExpression kTextKey(QStringLiteral("^(label|help|invalid)\\.(zh|en)$"));

struct Person
{
    QString prefix;
    QString zh;
    QString en;
};

// "P.x" questions and conditions are written once for both parents.
QString forPerson(const QString& text, const Person& p)
{
    if (p.prefix.isEmpty())
        return text;
    static const QRegularExpression param(QStringLiteral("\\bP\\."));
    QString out = text;
    return out.replace(param, p.prefix + QLatin1Char('.'));
}

} // namespace

Checklist Checklist::load(const QString& path, const Rulebook& rulebook)
{
    const QString display = path.startsWith(QLatin1Char(':')) ? QStringLiteral("checklists/") + QFileInfo(path).fileName() : path;
    const QList<Section> blocks = readSections(path, display);
    if (!blocks.front().entries.isEmpty())
        throw RuleError(blocks.front().entries.front().keyPos, tr("Entries must follow a [header]."));
    Checklist c;
    for (const Section& s : blocks.mid(1)) {
        if (s.header == QLatin1String("checklist")) {
            for (const Entry& e : s.entries) {
                if (e.key == QLatin1String("id"))
                    c.id = e.value.trimmed();
                else if (e.key == QLatin1String("version"))
                    c.version = e.value.trimmed();
                else if (e.key == QLatin1String("title.zh") || e.key == QLatin1String("title.en"))
                    c.text.insert(e.key, e.value.simplified());
                else
                    throw RuleError(e.keyPos, tr("Unknown entry '%1' in [checklist].").arg(e.key));
            }
            continue;
        }
        if (s.header.startsWith(QLatin1String("section "))) {
            ChecklistSection sec;
            sec.id = s.header.mid(8).trimmed();
            for (const Entry& e : s.entries) {
                if (e.key != QLatin1String("title.zh") && e.key != QLatin1String("title.en"))
                    throw RuleError(e.keyPos, tr("Unknown entry '%1' in a section.").arg(e.key));
                sec.text.insert(e.key, e.value.simplified());
            }
            if (sec.text.value(QStringLiteral("title.zh")).isEmpty() || sec.text.value(QStringLiteral("title.en")).isEmpty())
                throw RuleError(s.pos, tr("The section '%1' needs title.zh and title.en.").arg(sec.id));
            c.sections << sec;
            continue;
        }
        if (!s.header.startsWith(QLatin1String("question ")))
            throw RuleError(s.pos, tr("Unknown block [%1]: use [checklist], [section NAME] or [question FACT].").arg(s.header));
        const QString fact = s.header.mid(9).trimmed();
        const QList<Person> people = fact.startsWith(QLatin1String("P."))
                                         ? QList<Person>{{QStringLiteral("father"), QStringLiteral("父亲"), QStringLiteral("Father")},
                                                         {QStringLiteral("mother"), QStringLiteral("母亲"), QStringLiteral("Mother")}}
                                         : QList<Person>{{}};
        for (const Person& person : people) {
            ChecklistQuestion q;
            q.fact = forPerson(fact, person);
            q.pos = s.pos;
            const FactSpec* spec = rulebook.fact(q.fact);
            if (!spec)
                throw RuleError(s.pos, tr("The question asks for the unknown fact '%1'.").arg(q.fact));
            if (c.question(q.fact))
                throw RuleError(s.pos, tr("The fact '%1' is asked twice.").arg(q.fact));
            q.type = spec->type;
            q.values = spec->values;
            q.min = spec->min;
            q.max = spec->max;
            q.hasRange = spec->hasRange;
            for (const Entry& e : s.entries) {
                const QString value = e.value.simplified();
                if (e.key == QLatin1String("section")) {
                    q.section = value;
                } else if (kTextKey.match(e.key).hasMatch()) {
                    QString t = value;
                    t.replace(QStringLiteral("{P}"), e.key.endsWith(QLatin1String(".zh")) ? person.zh : person.en);
                    q.text.insert(e.key, t);
                } else if (e.key == QLatin1String("values.zh") || e.key == QLatin1String("values.en")) {
                    const QString lang = e.key.mid(7);
                    for (const QString& part : value.split(QLatin1Char('|'))) {
                        const qsizetype colon = part.indexOf(QLatin1Char(':'));
                        const QString code = part.left(colon).trimmed();
                        if (colon < 0 || !q.values.contains(code))
                            throw RuleError(e.valuePos, tr("'%1' is not a value of %2; write code: label | code: label.")
                                                            .arg(part.trimmed(), q.fact));
                        q.valueLabels.insert(lang + QLatin1Char(':') + code, part.mid(colon + 1).trimmed());
                    }
                } else if (e.key == QLatin1String("show_if") || e.key == QLatin1String("valid_if")) {
                    ExprPtr cond = parseExpression(forPerson(e.value, person), e.valuePos);
                    rulebook.checkCondition(cond);
                    (e.key == QLatin1String("show_if") ? q.showIf : q.validIf) = cond;
                } else if (e.key == QLatin1String("required")) {
                    if (value != QLatin1String("true") && value != QLatin1String("false"))
                        throw RuleError(e.valuePos, tr("'required' is true or false."));
                    q.required = value == QLatin1String("true");
                } else {
                    throw RuleError(e.keyPos, tr("Unknown entry '%1' in a question.").arg(e.key));
                }
            }
            bool sectionKnown = false;
            for (const ChecklistSection& sec : c.sections)
                sectionKnown = sectionKnown || sec.id == q.section;
            if (!sectionKnown)
                throw RuleError(s.pos, tr("The question '%1' names no known section (section = ...).").arg(q.fact));
            if (q.localized(QStringLiteral("label"), QStringLiteral("zh")).isEmpty() ||
                q.text.value(QStringLiteral("label.en")).isEmpty())
                throw RuleError(s.pos, tr("The question '%1' needs label.zh and label.en.").arg(q.fact));
            if (q.validIf && (q.text.value(QStringLiteral("invalid.zh")).isEmpty() || q.text.value(QStringLiteral("invalid.en")).isEmpty()))
                throw RuleError(s.pos, tr("A question with valid_if needs invalid.zh and invalid.en."));
            for (const QString& v : q.values)
                for (const char* lang : {"zh", "en"})
                    if (!q.valueLabels.contains(QLatin1String(lang) + QLatin1Char(':') + v))
                        throw RuleError(s.pos, tr("The value '%1' of %2 has no %3 label.").arg(v, q.fact, QLatin1String(lang)));
            c.questions << q;
        }
    }
    if (c.id.isEmpty() || c.version.isEmpty())
        throw RuleError({display, 1, 1}, tr("The checklist needs [checklist] with an id and a version."));
    return c;
}

const Checklist& Checklist::builtin()
{
    static const Checklist c = load(QStringLiteral(":/checklists/visit.checklist"), Rulebook::builtin());
    return c;
}

const ChecklistQuestion* Checklist::question(const QString& fact) const
{
    for (const ChecklistQuestion& q : questions)
        if (q.fact == fact)
            return &q;
    return nullptr;
}

bool Checklist::visible(const ChecklistQuestion& q, const Evaluator& evaluator, const Facts& answers,
                        const QDate& asOf) const
{
    return !q.showIf || !evaluator.condition(q.showIf, answers, asOf).isFalse();
}

QList<AnswerProblem> Checklist::problems(const Evaluator& evaluator, const Facts& answers, const QDate& asOf,
                                         const QString& language) const
{
    QList<AnswerProblem> out;
    for (const ChecklistQuestion& q : questions) {
        if (!visible(q, evaluator, answers, asOf))
            continue;
        const bool answered = answers.value(q.fact).known();
        if (!answered) {
            // A question shown only because its condition is still unknown is asked, not insisted
            // on: "type of disability" is required once a disability is known, not before.
            const bool surelyShown = !q.showIf || evaluator.condition(q.showIf, answers, asOf).isTrue();
            if (q.required && surelyShown)
                out << AnswerProblem{q.fact, tr("This question must be answered.")};
            continue;
        }
        if (q.validIf && evaluator.condition(q.validIf, answers, asOf).isFalse())
            out << AnswerProblem{q.fact, q.localized(QStringLiteral("invalid"), language)};
    }
    return out;
}

} // namespace tonghu::rules
