// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rules/Rulebook.h"

#include "core/rules/CompiledRules.h"

#include "core/rules/RuleError.h"
#include "core/rules/TextBlocks.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <functional>
#include <utility>

namespace tonghu::rules {

QString Rule::localized(const QString& key, const QString& language) const
{
    for (const QString& lang : {language, QStringLiteral("zh"), QStringLiteral("en")}) {
        const QString v = text.value(key + QLatin1Char('.') + lang);
        if (!v.isEmpty())
            return v;
    }
    return {};
}

const Rule* Rulebook::rule(const QString& id) const
{
    const auto it = ruleIndex.find(id);
    return it == ruleIndex.end() ? nullptr : &rules[*it];
}

const FactSpec* Rulebook::fact(const QString& name) const
{
    const auto it = facts.find(name);
    return it == facts.end() ? nullptr : &*it;
}

namespace {

const QStringList kKinds{QStringLiteral("category"), QStringLiteral("eligibility"), QStringLiteral("risk"),
                         QStringLiteral("schedule")};
const QStringList kSeverities{QStringLiteral("low"), QStringLiteral("medium"), QStringLiteral("high"),
                              QStringLiteral("critical")};
const QStringList kPersons{QStringLiteral("father"), QStringLiteral("mother"), QStringLiteral("child")};

void loadFacts(Rulebook& rb, const QString& path, const QString& name)
{
    const QStringList lines = readRuleText(path, name).split(QLatin1Char('\n'));
    static const QRegularExpression blanks(QStringLiteral("\\s+"));
    for (int i = 0; i < lines.size(); ++i) {
        const QString trimmed = lines[i].trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')))
            continue;
        const SourcePos pos{name, i + 1, static_cast<int>(lines[i].indexOf(trimmed.front())) + 1};
        const QStringList parts = trimmed.split(blanks);
        if (parts.size() < 2)
            throw RuleError(pos, Rulebook::tr("A fact needs a name and a type."));
        FactSpec f;
        f.name = parts[0];
        f.pos = pos;
        const QString type = parts[1];
        if (type == QLatin1String("bool")) {
            f.type = FactSpec::Type::Bool;
        } else if (type == QLatin1String("date")) {
            f.type = FactSpec::Type::Date;
        } else if (type == QLatin1String("number")) {
            f.type = FactSpec::Type::Number;
            if (parts.size() > 2) {
                const QStringList range = parts[2].split(QStringLiteral(".."));
                bool okMin = false, okMax = false;
                if (range.size() == 2) {
                    f.min = range[0].toDouble(&okMin);
                    f.max = range[1].toDouble(&okMax);
                }
                if (!okMin || !okMax || f.min > f.max)
                    throw RuleError(pos, Rulebook::tr("A number range is written min..max, e.g. 0..4."));
                f.hasRange = true;
            }
        } else if (type == QLatin1String("enum") || type == QLatin1String("list")) {
            f.type = type == QLatin1String("enum") ? FactSpec::Type::Enum : FactSpec::Type::List;
            f.values = parts.mid(2);
            if (f.values.isEmpty())
                throw RuleError(pos, Rulebook::tr("An enum or list fact needs its allowed values."));
        } else {
            throw RuleError(pos, Rulebook::tr("Unknown type '%1': use bool, number, date, enum or list.").arg(type));
        }
        QStringList names{f.name};
        if (f.name.startsWith(QLatin1String("P.")))
            names = {QStringLiteral("father") + f.name.mid(1), QStringLiteral("mother") + f.name.mid(1)};
        for (const QString& n : names) {
            if (rb.facts.contains(n))
                throw RuleError(pos, Rulebook::tr("The fact '%1' is defined twice.").arg(n));
            FactSpec copy = f;
            copy.name = n;
            rb.facts.insert(n, copy);
        }
    }
}

// ---- static checks -------------------------------------------------------------------------

enum class T { Bool, Number, Text, Date, List, Literals };

struct Typed
{
    T t = T::Bool;
    const FactSpec* fact = nullptr;
};

QString typeName(T t)
{
    switch (t) {
    case T::Bool:
        return Rulebook::tr("true/false");
    case T::Number:
        return Rulebook::tr("a number");
    case T::Text:
        return Rulebook::tr("text");
    case T::Date:
        return Rulebook::tr("a date");
    case T::List:
        return Rulebook::tr("a list");
    case T::Literals:
        return Rulebook::tr("a list of values");
    }
    return {};
}

class Checker
{
public:
    explicit Checker(const Rulebook& rb) : m_rb(rb) {}

    // Checks one rule; returns the rule ids it depends on.
    QSet<QString> checkRule(const Rule& r)
    {
        m_deps.clear();
        m_schedule = r.kind == QLatin1String("schedule");
        expect(check(r.when, {}, {}), T::Bool, r.when->pos, Rulebook::tr("A condition must be true or false."));
        if (r.severity) {
            expect(check(r.severity, {}, {}), T::Text, r.severity->pos,
                   Rulebook::tr("A severity must be low, medium, high or critical."));
            checkSeverityLiterals(r.severity);
        }
        if (r.days)
            expect(check(r.days, {}, {}), T::Number, r.days->pos, Rulebook::tr("'days' must be a number."));
        return m_deps;
    }

    // A condition outside a rule (a checklist's show_if): true or false, no schedule functions.
    void checkCondition(const ExprPtr& e)
    {
        m_deps.clear();
        m_schedule = false;
        expect(check(e, {}, {}), T::Bool, e->pos, Rulebook::tr("A condition must be true or false."));
    }

    // A definition no rule uses is still checked, applied to the father.
    void checkDefinitionAlone(const Definition& d)
    {
        m_deps.clear();
        m_schedule = false;
        checkDefinitionBody(d, d.param.isEmpty() ? QString() : QStringLiteral("father"));
    }

private:
    void checkDefinitionBody(const Definition& d, const QString& arg)
    {
        if (m_defStack.contains(d.name))
            throw RuleError(d.pos, Rulebook::tr("The definition '%1' uses itself.").arg(d.name));
        // Each definition is checked once per person and kind of rule, and its rule references
        // are remembered: a definition used twice by the next, and that one twice by the next,
        // would otherwise be checked 2^n times. The depth bound keeps the recursion off the end
        // of the stack.
        const QString key = d.name + QLatin1Char('\x1f') + arg + (m_schedule ? QLatin1String("\x1fs") : QLatin1String(""));
        if (const auto known = m_checkedDefinitions.constFind(key); known != m_checkedDefinitions.constEnd()) {
            m_deps.unite(*known);
            return;
        }
        if (m_defStack.size() >= kMaxDefinitionDepth)
            throw RuleError(d.pos, Rulebook::tr("Definitions use one another more than %1 deep here.").arg(kMaxDefinitionDepth));
        const QSet<QString> outer = std::exchange(m_deps, {});
        m_defStack << d.name;
        expect(check(d.when, d.param, arg), T::Bool, d.when->pos, Rulebook::tr("A condition must be true or false."));
        m_defStack.removeLast();
        m_checkedDefinitions.insert(key, m_deps);
        m_deps.unite(outer);
    }

    static void expect(const Typed& got, T want, const SourcePos& pos, const QString& message)
    {
        if (got.t != want)
            throw RuleError(pos, message + QLatin1Char(' ') + Rulebook::tr("Here it is %1.").arg(typeName(got.t)));
    }

    void checkSeverityLiterals(const ExprPtr& e)
    {
        if (e->kind == Expr::Kind::Literal) {
            if (!kSeverities.contains(e->literal.s))
                throw RuleError(e->pos, Rulebook::tr("Unknown severity '%1': use low, medium, high or critical.")
                                            .arg(e->literal.s));
            return;
        }
        if (e->kind == Expr::Kind::Call && e->name == QLatin1String("if")) {
            checkSeverityLiterals(e->args[1]);
            checkSeverityLiterals(e->args[2]);
            return;
        }
        throw RuleError(e->pos, Rulebook::tr("A severity is a word such as 'high' or if(condition, 'high', 'medium')."));
    }

    QString resolve(const QString& name, const QString& param, const QString& arg) const
    {
        if (!param.isEmpty() && name.startsWith(param + QLatin1Char('.')))
            return arg + name.mid(param.size());
        return name;
    }

    void checkValueAllowed(const Typed& side, const ExprPtr& literal)
    {
        if (!side.fact || literal->kind != Expr::Kind::Literal || literal->literal.type != Value::Type::Text)
            return;
        if (!side.fact->values.contains(literal->literal.s))
            throw RuleError(literal->pos, Rulebook::tr("'%1' is not a value of %2; allowed: %3.")
                                              .arg(literal->literal.s, side.fact->name,
                                                   side.fact->values.join(QStringLiteral(", "))));
    }

    Typed check(const ExprPtr& e, const QString& param, const QString& arg)
    {
        switch (e->kind) {
        case Expr::Kind::Literal:
            switch (e->literal.type) {
            case Value::Type::Bool:
                return {T::Bool};
            case Value::Type::Number:
                return {T::Number};
            default:
                return {T::Text};
            }
        case Expr::Kind::List:
            return {T::Literals};
        case Expr::Kind::Name:
            return checkName(e, param, arg);
        case Expr::Kind::Call:
            return checkCall(e, param, arg);
        case Expr::Kind::Not:
            expect(check(e->args[0], param, arg), T::Bool, e->args[0]->pos, Rulebook::tr("'not' needs true or false."));
            return {T::Bool};
        case Expr::Kind::And:
        case Expr::Kind::Or:
            for (const auto& a : e->args)
                expect(check(a, param, arg), T::Bool, a->pos,
                       Rulebook::tr("'and' and 'or' join conditions that are true or false."));
            return {T::Bool};
        case Expr::Kind::Arith: {
            for (const auto& a : e->args)
                expect(check(a, param, arg), T::Number, a->pos, Rulebook::tr("'+' and '-' work on numbers."));
            return {T::Number};
        }
        case Expr::Kind::Compare: {
            const Typed l = check(e->args[0], param, arg);
            const Typed r = check(e->args[1], param, arg);
            if (l.t != r.t || l.t == T::List || l.t == T::Literals)
                throw RuleError(e->pos, Rulebook::tr("Cannot compare %1 with %2.").arg(typeName(l.t), typeName(r.t)));
            const bool ordering = e->name != QLatin1String("=") && e->name != QLatin1String("!=");
            if (ordering && (l.t == T::Text || l.t == T::Bool))
                throw RuleError(e->pos, Rulebook::tr("'%1' compares numbers or dates only.").arg(e->name));
            checkValueAllowed(l, e->args[1]);
            checkValueAllowed(r, e->args[0]);
            return {T::Bool};
        }
        case Expr::Kind::In: {
            const Typed l = check(e->args[0], param, arg);
            if (l.t != T::Text && l.t != T::Number)
                throw RuleError(e->args[0]->pos, Rulebook::tr("'in' tests a number or a text value."));
            for (const auto& item : e->args[1]->args) {
                const bool number = item->literal.type == Value::Type::Number;
                if ((l.t == T::Number) != number)
                    throw RuleError(item->pos, Rulebook::tr("The list mixes numbers and text with %1.").arg(typeName(l.t)));
                checkValueAllowed(l, item);
            }
            return {T::Bool};
        }
        case Expr::Kind::Contains: {
            const Typed l = check(e->args[0], param, arg);
            if (l.t != T::List)
                throw RuleError(e->args[0]->pos, Rulebook::tr("'contains' needs a list fact on its left."));
            if (e->args[1]->kind != Expr::Kind::Literal || e->args[1]->literal.type != Value::Type::Text)
                throw RuleError(e->args[1]->pos, Rulebook::tr("'contains' needs a quoted value on its right."));
            checkValueAllowed(l, e->args[1]);
            return {T::Bool};
        }
        }
        return {T::Bool};
    }

    Typed checkName(const ExprPtr& e, const QString& param, const QString& arg)
    {
        const QString name = resolve(e->name, param, arg);
        if (name == QLatin1String("age")) {
            if (!m_rb.fact(QStringLiteral("child.birth_date")))
                throw RuleError(e->pos, Rulebook::tr("'age' needs the fact child.birth_date."));
            return {T::Number};
        }
        if (name.startsWith(QLatin1String("setting."))) {
            if (!m_rb.settings.contains(name.mid(8)))
                throw RuleError(e->pos, Rulebook::tr("Unknown setting '%1'.").arg(name.mid(8)));
            return {T::Number};
        }
        if (const Rule* r = m_rb.rule(name)) {
            if (r->kind == QLatin1String("schedule"))
                throw RuleError(e->pos, Rulebook::tr("A schedule entry cannot be used in a condition."));
            m_deps.insert(name);
            return {T::Bool};
        }
        if (m_rb.definitions.contains(name)) {
            const Definition& d = m_rb.definitions[name];
            if (!d.param.isEmpty())
                throw RuleError(e->pos, Rulebook::tr("'%1' needs a person, e.g. %1(father).").arg(name));
            checkDefinitionBody(d, {});
            return {T::Bool};
        }
        if (const FactSpec* f = m_rb.fact(name)) {
            switch (f->type) {
            case FactSpec::Type::Bool:
                return {T::Bool, f};
            case FactSpec::Type::Number:
                return {T::Number, f};
            case FactSpec::Type::Date:
                return {T::Date, f};
            case FactSpec::Type::Enum:
                return {T::Text, f};
            case FactSpec::Type::List:
                return {T::List, f};
            }
        }
        if (name.contains(QLatin1Char('.')) && m_rb.rule(name) == nullptr &&
            (name.startsWith(QLatin1String("cat.")) || name.startsWith(QLatin1String("elig.")) ||
             name.startsWith(QLatin1String("risk."))))
            throw RuleError(e->pos, Rulebook::tr("Unknown rule '%1'.").arg(name));
        throw RuleError(e->pos, Rulebook::tr("Unknown fact '%1'.").arg(name));
    }

    Typed checkCall(const ExprPtr& e, const QString& param, const QString& arg)
    {
        const auto arity = [&](std::size_t n) {
            if (e->args.size() != n)
                throw RuleError(e->pos, Rulebook::tr("'%1' takes %n argument(s).", nullptr, static_cast<int>(n)).arg(e->name));
        };
        if (e->name == QLatin1String("count")) {
            arity(1);
            expect(check(e->args[0], param, arg), T::List, e->args[0]->pos, Rulebook::tr("count() counts a list fact."));
            return {T::Number};
        }
        if (e->name == QLatin1String("known")) {
            arity(1);
            check(e->args[0], param, arg);
            return {T::Bool};
        }
        if (e->name == QLatin1String("if")) {
            arity(3);
            expect(check(e->args[0], param, arg), T::Bool, e->args[0]->pos,
                   Rulebook::tr("The first argument of if() is a condition."));
            const Typed a = check(e->args[1], param, arg);
            const Typed b = check(e->args[2], param, arg);
            if (a.t != b.t)
                throw RuleError(e->pos, Rulebook::tr("Both results of if() must be of the same kind."));
            return a;
        }
        if (e->name == QLatin1String("has_risk") || e->name == QLatin1String("has_category")) {
            if (!m_schedule)
                throw RuleError(e->pos, Rulebook::tr("'%1' can be used only in schedule entries.").arg(e->name));
            if (e->name == QLatin1String("has_category")) {
                arity(0);
                return {T::Bool};
            }
            arity(1);
            if (e->args[0]->kind != Expr::Kind::Literal || !kSeverities.contains(e->args[0]->literal.s))
                throw RuleError(e->args[0]->pos, Rulebook::tr("has_risk() takes a severity: 'low', 'medium', 'high' or 'critical'."));
            return {T::Bool};
        }
        if (m_rb.definitions.contains(e->name)) {
            const Definition& d = m_rb.definitions[e->name];
            if (d.param.isEmpty())
                throw RuleError(e->pos, Rulebook::tr("'%1' takes no person; write it without parentheses.").arg(e->name));
            arity(1);
            const ExprPtr& a = e->args[0];
            const QString person = a->kind == Expr::Kind::Name ? resolve(a->name, param, arg) : QString();
            const QString bare = a->kind == Expr::Kind::Name && !param.isEmpty() && a->name == param ? arg : person;
            if (!kPersons.contains(bare))
                throw RuleError(a->pos, Rulebook::tr("'%1' applies to father, mother or child.").arg(e->name));
            checkDefinitionBody(d, bare);
            return {T::Bool};
        }
        throw RuleError(e->pos, Rulebook::tr("Unknown function '%1'.").arg(e->name));
    }

    const Rulebook& m_rb;
    QSet<QString> m_deps;
    QStringList m_defStack;
    QHash<QString, QSet<QString>> m_checkedDefinitions; // name, person, schedule -> rules it uses
    static constexpr int kMaxDefinitionDepth = 32;
    bool m_schedule = false;
};

void checkCycles(const Rulebook& rb, const QHash<QString, QSet<QString>>& deps)
{
    QHash<QString, int> state; // 0 new, 1 on the path, 2 done
    QStringList path;
    std::function<void(const QString&)> visit = [&](const QString& id) {
        if (state.value(id) == 2)
            return;
        if (state.value(id) == 1) {
            const QStringList cycle = path.mid(path.indexOf(id)) << id;
            throw RuleError(rb.rule(id)->pos,
                            Rulebook::tr("The rules depend on each other in a circle: %1.").arg(cycle.join(QStringLiteral(" → "))));
        }
        state[id] = 1;
        path << id;
        for (const QString& d : deps.value(id))
            visit(d);
        path.removeLast();
        state[id] = 2;
    };
    for (const Rule& r : rb.rules)
        visit(r.id);
}

} // namespace

Rulebook Rulebook::load(const QString& dirPath)
{
    Rulebook rb;
    const QDir dir(dirPath);
    const auto display = [&](const QString& file) {
        return dirPath.startsWith(QLatin1Char(':')) ? QStringLiteral("rules/") + file : dir.filePath(file);
    };
    for (const char* required : {"rulebook.conf", "facts.conf", "settings.conf"})
        if (!dir.exists(QLatin1String(required)))
            throw RuleError({display(QLatin1String(required)), 0, 0}, tr("The file is missing."));

    // rulebook.conf: id and version
    const QList<Section> header = readSections(dir.filePath(QStringLiteral("rulebook.conf")), display(QStringLiteral("rulebook.conf")));
    for (const Entry& e : header.front().entries) {
        if (e.key == QLatin1String("id"))
            rb.id = e.value.trimmed();
        else if (e.key == QLatin1String("version"))
            rb.version = e.value.trimmed();
        else
            throw RuleError(e.keyPos, tr("Unknown entry '%1': rulebook.conf holds id and version.").arg(e.key));
    }
    if (rb.id.isEmpty() || rb.version.isEmpty())
        throw RuleError({display(QStringLiteral("rulebook.conf")), 1, 1}, tr("The rulebook needs an id and a version."));

    loadFacts(rb, dir.filePath(QStringLiteral("facts.conf")), display(QStringLiteral("facts.conf")));

    const QList<Section> settings = readSections(dir.filePath(QStringLiteral("settings.conf")), display(QStringLiteral("settings.conf")));
    for (const Entry& e : settings.front().entries) {
        bool ok = false;
        const double v = e.value.trimmed().toDouble(&ok);
        if (!ok)
            throw RuleError(e.valuePos, tr("The setting '%1' must be a number.").arg(e.key));
        if (rb.settings.contains(e.key))
            throw RuleError(e.keyPos, tr("The setting '%1' is set twice.").arg(e.key));
        rb.settings.insert(e.key, v);
    }

    rb.files << display(QStringLiteral("rulebook.conf")) << display(QStringLiteral("facts.conf"))
             << display(QStringLiteral("settings.conf"));
    static const QRegularExpression defineHeader(QStringLiteral("^define\\s+([a-z_][a-z0-9_]*)\\s*(?:\\(\\s*([A-Z])\\s*\\))?$"));
    static const QRegularExpression ruleId(QStringLiteral("^[a-z_]+\\.[a-z0-9_]+$"));
    static const QStringList ruleKeys{QStringLiteral("kind"), QStringLiteral("when"), QStringLiteral("severity"),
                                      QStringLiteral("days"), QStringLiteral("cite")};
    static const QRegularExpression textKey(QStringLiteral("^(title|refer_to|documents|action)\\.(zh|en)$"));

    for (const QString& file : dir.entryList({QStringLiteral("*.rules")}, QDir::Files, QDir::Name)) {
        rb.files << display(file);
        const QList<Section> sections = readSections(dir.filePath(file), display(file));
        if (!sections.front().entries.isEmpty())
            throw RuleError(sections.front().entries.front().keyPos, tr("Entries must follow a [rule.id] header."));
        for (const Section& s : sections.mid(1)) {
            const auto dm = defineHeader.match(s.header);
            if (s.header.startsWith(QLatin1String("define"))) {
                if (!dm.hasMatch())
                    throw RuleError(s.pos, tr("Write a definition header as [define name] or [define name(P)]."));
                Definition d;
                d.name = dm.captured(1);
                d.param = dm.captured(2);
                d.pos = s.pos;
                if (rb.definitions.contains(d.name))
                    throw RuleError(s.pos, tr("'%1' is defined twice.").arg(d.name));
                for (const Entry& e : s.entries) {
                    if (e.key == QLatin1String("when"))
                        d.when = parseExpression(e.value, e.valuePos);
                    else if (e.key == QLatin1String("title.zh") || e.key == QLatin1String("title.en"))
                        d.text.insert(e.key, e.value.trimmed());
                    else
                        throw RuleError(e.keyPos, tr("Unknown entry '%1' in a definition.").arg(e.key));
                }
                if (!d.when)
                    throw RuleError(s.pos, tr("The definition has no 'when'."));
                rb.definitions.insert(d.name, d);
                continue;
            }
            if (!ruleId.match(s.header).hasMatch())
                throw RuleError(s.pos, tr("'%1' is not a rule id such as cat.orphan.").arg(s.header));
            if (rb.ruleIndex.contains(s.header))
                throw RuleError(s.pos, tr("The rule '%1' is defined twice.").arg(s.header));
            Rule r;
            r.id = s.header;
            r.pos = s.pos;
            QString kind;
            for (const Entry& e : s.entries) {
                if (e.key == QLatin1String("kind"))
                    kind = e.value.trimmed();
                else if (e.key == QLatin1String("when"))
                    r.when = parseExpression(e.value, e.valuePos);
                else if (e.key == QLatin1String("severity"))
                    // A plain word (severity = high) is the common case; quotes are not needed.
                    r.severity = parseExpression(kSeverities.contains(e.value.trimmed())
                                                     ? QLatin1Char('\'') + e.value.trimmed() + QLatin1Char('\'')
                                                     : e.value,
                                                 e.valuePos);
                else if (e.key == QLatin1String("days"))
                    r.days = parseExpression(e.value, e.valuePos);
                else if (e.key == QLatin1String("cite"))
                    r.cite = e.value.simplified();
                else if (textKey.match(e.key).hasMatch())
                    r.text.insert(e.key, e.value.simplified());
                else
                    throw RuleError(e.keyPos, tr("Unknown entry '%1' in a rule.").arg(e.key));
            }
            if (!kKinds.contains(kind))
                throw RuleError(s.pos, tr("The rule '%1' needs kind = category, eligibility, risk or schedule.").arg(r.id));
            r.kind = kind;
            if (!r.when)
                throw RuleError(s.pos, tr("The rule '%1' has no 'when'.").arg(r.id));
            if ((kind == QLatin1String("risk")) != bool(r.severity))
                throw RuleError(s.pos, kind == QLatin1String("risk") ? tr("A risk needs a severity.")
                                                                      : tr("Only a risk has a severity."));
            if ((kind == QLatin1String("schedule")) != bool(r.days))
                throw RuleError(s.pos, kind == QLatin1String("schedule") ? tr("A schedule entry needs 'days'.")
                                                                          : tr("Only a schedule entry has 'days'."));
            if (kind != QLatin1String("schedule") && r.cite.isEmpty())
                throw RuleError(s.pos, tr("The rule '%1' must cite its policy source (cite = ...).").arg(r.id));
            if (r.text.value(QStringLiteral("title.zh")).isEmpty())
                throw RuleError(s.pos, tr("The rule '%1' needs a Chinese title (title.zh).").arg(r.id));
            rb.ruleIndex.insert(r.id, rb.rules.size());
            rb.rules << r;
        }
    }
    // Findings are listed kind by kind; within a kind, in the order written.
    std::stable_sort(rb.rules.begin(), rb.rules.end(),
                     [](const Rule& a, const Rule& b) { return kKinds.indexOf(a.kind) < kKinds.indexOf(b.kind); });
    rb.ruleIndex.clear();
    for (qsizetype i = 0; i < rb.rules.size(); ++i)
        rb.ruleIndex.insert(rb.rules[i].id, i);

    Checker checker(rb);
    for (const Definition& d : std::as_const(rb.definitions))
        checker.checkDefinitionAlone(d);
    QHash<QString, QSet<QString>> deps;
    for (const Rule& r : std::as_const(rb.rules))
        deps.insert(r.id, checker.checkRule(r));
    checkCycles(rb, deps);
    rb.compiled = CompiledRules::compile(rb);
    return rb;
}

void Rulebook::checkCondition(const ExprPtr& condition) const
{
    Checker(*this).checkCondition(condition);
}

const Rulebook& Rulebook::builtin()
{
    static const Rulebook rb = load(QStringLiteral(":/rules"));
    return rb;
}

} // namespace tonghu::rules
