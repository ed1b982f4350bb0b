// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rules/Evaluator.h"

#include <QJsonArray>

#include <optional>

namespace tonghu::rules {

int ageInYears(const QDate& birth, const QDate& asOf)
{
    int years = asOf.year() - birth.year();
    if (asOf.month() < birth.month() || (asOf.month() == birth.month() && asOf.day() < birth.day()))
        --years;
    return years;
}

namespace {

const QStringList kSeverityOrder{QStringLiteral("critical"), QStringLiteral("high"), QStringLiteral("medium"),
                                 QStringLiteral("low")};

void addUnique(QStringList& to, const QStringList& from)
{
    for (const QString& s : from)
        if (!to.contains(s))
            to << s;
}

// A value with its explanation: what decided it, or what is still unknown.
struct Outcome
{
    Value value;
    QStringList because;
    QStringList questions;
};

Outcome unknownFact(const QString& name) { return {Value::unknown(), {}, {name}}; }

class Run
{
public:
    Run(const Rulebook& rb, const Facts& facts, const QDate& asOf) : m_rb(rb), m_facts(facts), m_asOf(asOf) {}

    Outcome rule(const Rule& r)
    {
        if (const auto it = m_memo.constFind(r.id); it != m_memo.constEnd())
            return *it;
        const Outcome o = eval(r.when, {}, {});
        m_memo.insert(r.id, o);
        return o;
    }

    Outcome eval(const ExprPtr& e, const QString& param, const QString& arg)
    {
        switch (e->kind) {
        case Expr::Kind::Literal:
            return {e->literal, {}, {}};
        case Expr::Kind::List: {
            QStringList items;
            for (const auto& i : e->args)
                items << i->literal.display();
            return {Value::ofList(items), {}, {}};
        }
        case Expr::Kind::Name:
            return name(resolve(e->name, param, arg));
        case Expr::Kind::Call:
            return call(e, param, arg);
        case Expr::Kind::Not: {
            Outcome o = eval(e->args[0], param, arg);
            if (o.value.known())
                o.value = Value::boolean(!o.value.b);
            return o;
        }
        case Expr::Kind::And:
        case Expr::Kind::Or:
            return junction(e, param, arg);
        case Expr::Kind::Arith: {
            const Outcome l = eval(e->args[0], param, arg);
            const Outcome r = eval(e->args[1], param, arg);
            Outcome o = merge(l, r);
            if (l.value.known() && r.value.known())
                o.value = Value::number(e->name == QLatin1String("+") ? l.value.n + r.value.n : l.value.n - r.value.n);
            return o;
        }
        case Expr::Kind::Compare: {
            const Outcome l = eval(e->args[0], param, arg);
            const Outcome r = eval(e->args[1], param, arg);
            Outcome o = merge(l, r);
            if (l.value.known() && r.value.known())
                o.value = Value::boolean(compare(e->name, l.value, r.value));
            return o;
        }
        case Expr::Kind::In: {
            Outcome l = eval(e->args[0], param, arg);
            if (!l.value.known())
                return l;
            bool found = false;
            for (const auto& item : e->args[1]->args)
                found = found || item->literal == l.value;
            l.value = Value::boolean(found);
            return l;
        }
        case Expr::Kind::Contains: {
            Outcome l = eval(e->args[0], param, arg);
            if (!l.value.known())
                return l;
            l.value = Value::boolean(l.value.list.contains(e->args[1]->literal.s));
            return l;
        }
        }
        return {};
    }

    // Findings met so far, for the schedule's has_risk() and has_category().
    QList<Finding>* metFindings = nullptr;

private:
    static QString resolve(const QString& name, const QString& param, const QString& arg)
    {
        if (!param.isEmpty() && name.startsWith(param + QLatin1Char('.')))
            return arg + name.mid(param.size());
        return name;
    }

    static Outcome merge(const Outcome& l, const Outcome& r)
    {
        Outcome o;
        if (l.value.known() && r.value.known()) {
            o.because = l.because;
            addUnique(o.because, r.because);
        } else {
            o.questions = l.questions;
            addUnique(o.questions, r.questions);
        }
        return o;
    }

    static bool compare(const QString& op, const Value& l, const Value& r)
    {
        int c = 0;
        if (l.type == Value::Type::Number)
            c = l.n < r.n ? -1 : (l.n > r.n ? 1 : 0);
        else if (l.type == Value::Type::Date)
            c = l.d < r.d ? -1 : (l.d > r.d ? 1 : 0);
        else
            c = l == r ? 0 : 1;
        if (op == QLatin1String("="))
            return c == 0;
        if (op == QLatin1String("!="))
            return c != 0;
        if (op == QLatin1String("<"))
            return c < 0;
        if (op == QLatin1String("<="))
            return c <= 0;
        if (op == QLatin1String(">"))
            return c > 0;
        return c >= 0;
    }

    // Kleene logic: `and` is false as soon as one part is false, true when all are true, and
    // otherwise unknown, asking the questions of its unknown parts; `or` the other way round.
    Outcome junction(const ExprPtr& e, const QString& param, const QString& arg)
    {
        const bool isAnd = e->kind == Expr::Kind::And;
        Outcome unknown;
        Outcome all;
        bool anyUnknown = false;
        for (const auto& part : e->args) {
            const Outcome o = eval(part, param, arg);
            if (o.value.known() && o.value.b != isAnd) {
                // Decisive: false in an `and`, true in an `or`.
                return {Value::boolean(!isAnd), o.because, {}};
            }
            if (!o.value.known()) {
                anyUnknown = true;
                addUnique(unknown.questions, o.questions);
            } else {
                addUnique(all.because, o.because);
            }
        }
        if (anyUnknown)
            return unknown;
        all.value = Value::boolean(isAnd);
        return all;
    }

    Outcome name(const QString& n)
    {
        if (n == QLatin1String("age")) {
            const Value birth = m_facts.value(QStringLiteral("child.birth_date"));
            if (!birth.known())
                return unknownFact(QStringLiteral("child.birth_date"));
            const int age = ageInYears(birth.d, m_asOf);
            return {Value::number(age), {QStringLiteral("age = %1").arg(age)}, {}};
        }
        if (n.startsWith(QLatin1String("setting.")))
            return {Value::number(m_rb.settings.value(n.mid(8))), {}, {}};
        if (const Rule* r = m_rb.rule(n))
            return rule(*r);
        if (const auto d = m_rb.definitions.constFind(n); d != m_rb.definitions.constEnd())
            return eval(d->when, {}, {});
        const auto it = m_facts.constFind(n);
        if (it == m_facts.constEnd() || !it->known())
            return unknownFact(n);
        return {*it, {n + QStringLiteral(" = ") + it->display()}, {}};
    }

    Outcome call(const ExprPtr& e, const QString& param, const QString& arg)
    {
        if (e->name == QLatin1String("count")) {
            Outcome o = eval(e->args[0], param, arg);
            if (o.value.known())
                o.value = Value::number(static_cast<double>(o.value.list.size()));
            return o;
        }
        if (e->name == QLatin1String("known")) {
            const Outcome o = eval(e->args[0], param, arg);
            return {Value::boolean(o.value.known()), o.because, {}};
        }
        if (e->name == QLatin1String("if")) {
            const Outcome c = eval(e->args[0], param, arg);
            return eval(c.value.isTrue() ? e->args[1] : e->args[2], param, arg);
        }
        if (e->name == QLatin1String("has_risk") || e->name == QLatin1String("has_category")) {
            const QString severity = e->args.empty() ? QString() : e->args[0]->literal.s;
            const QString kind = e->name == QLatin1String("has_risk") ? QStringLiteral("risk") : QStringLiteral("category");
            for (const Finding& f : *metFindings)
                if (f.status == QLatin1String("met") && f.kind == kind && (severity.isEmpty() || f.severity == severity))
                    return {Value::boolean(true), {f.id}, {}};
            return {Value::boolean(false), {}, {}};
        }
        // A definition applied to a person: father, mother, child, or the caller's own parameter.
        const Definition& d = m_rb.definitions[e->name];
        const QString& a = e->args[0]->name;
        const QString person = (!param.isEmpty() && a == param) ? arg : a;
        return eval(d.when, d.param, person);
    }

    const Rulebook& m_rb;
    const Facts& m_facts;
    QDate m_asOf;
    QHash<QString, Outcome> m_memo;
};

QStringList splitDocuments(const QString& text)
{
    QStringList out;
    for (const QString& part : text.split(QLatin1Char(';')))
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    return out;
}

} // namespace

Evaluation Evaluator::evaluate(const Facts& facts, const QDate& asOf, const QString& language) const
{
    Evaluation ev;
    ev.ruleset = m_rb.tag();
    ev.asOf = asOf;
    Run run(m_rb, facts, asOf);
    run.metFindings = &ev.findings;
    std::optional<int> shortest;
    for (const Rule& r : m_rb.rules) {
        const Outcome o = run.rule(r);
        if (r.kind == QLatin1String("schedule")) {
            if (!o.value.isTrue())
                continue;
            const int days = static_cast<int>(run.eval(r.days, {}, {}).value.n);
            if (!shortest || days < *shortest) {
                shortest = days;
                ev.scheduleRule = r.id;
            }
            continue;
        }
        if (o.value.isFalse())
            continue;
        Finding f;
        f.id = r.id;
        f.kind = r.kind;
        f.status = o.value.isTrue() ? QStringLiteral("met") : QStringLiteral("possible");
        if (r.severity)
            f.severity = run.eval(r.severity, {}, {}).value.s;
        f.title = r.localized(QStringLiteral("title"), language);
        f.because = o.because;
        f.questions = o.questions;
        f.referTo = r.localized(QStringLiteral("refer_to"), language);
        f.documents = splitDocuments(r.localized(QStringLiteral("documents"), language));
        f.action = r.localized(QStringLiteral("action"), language);
        f.cite = r.cite;
        ev.findings << f;
    }
    // Risks most urgent first; categories and benefits keep the rulebook's order. One key per
    // finding keeps the comparison a strict weak ordering, as std::stable_sort requires (the
    // rulebook lists risks after categories and benefits).
    const auto rank = [](const Finding& f) {
        return f.kind == QLatin1String("risk") ? kSeverityOrder.indexOf(f.severity) : qsizetype(-1);
    };
    std::stable_sort(ev.findings.begin(), ev.findings.end(),
                     [&rank](const Finding& a, const Finding& b) { return rank(a) < rank(b); });
    if (shortest) {
        const Value last = facts.value(QStringLiteral("visit.last_date"));
        ev.nextVisitDue = (last.known() ? last.d : asOf).addDays(*shortest);
    }
    return ev;
}

Value Evaluator::condition(const ExprPtr& condition, const Facts& facts, const QDate& asOf) const
{
    Run run(m_rb, facts, asOf);
    QList<Finding> none;
    run.metFindings = &none;
    return run.eval(condition, {}, {}).value;
}

const Finding* Evaluation::find(const QString& id) const
{
    for (const Finding& f : findings)
        if (f.id == id)
            return &f;
    return nullptr;
}

QJsonObject Finding::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("kind"), kind},
        {QStringLiteral("status"), status},
        {QStringLiteral("severity"), severity.isEmpty() ? QJsonValue() : QJsonValue(severity)},
        {QStringLiteral("title"), title},
        {QStringLiteral("because"), QJsonArray::fromStringList(because)},
        {QStringLiteral("questions"), QJsonArray::fromStringList(questions)},
        {QStringLiteral("refer_to"), referTo},
        {QStringLiteral("documents"), QJsonArray::fromStringList(documents)},
        {QStringLiteral("action"), action.isEmpty() ? QJsonValue() : QJsonValue(action)},
        {QStringLiteral("cite"), cite},
    };
}

QJsonObject Evaluation::toJson() const
{
    QJsonArray list;
    for (const Finding& f : findings)
        list.append(f.toJson());
    return QJsonObject{
        {QStringLiteral("ruleset"), ruleset},
        {QStringLiteral("as_of"), asOf.toString(Qt::ISODate)},
        {QStringLiteral("findings"), list},
        {QStringLiteral("next_visit_due"), nextVisitDue.isValid() ? QJsonValue(nextVisitDue.toString(Qt::ISODate)) : QJsonValue()},
    };
}

} // namespace tonghu::rules
