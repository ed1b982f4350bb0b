// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rules/Evaluator.h"

#include "core/rules/CompiledRules.h"
#include "core/rules/FactRow.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <optional>

namespace tonghu::rules {

int ageInYears(const QDate& birth, const QDate& asOf)
{
    // getDate() works the calendar out once per date, where year(), month() and day() would
    // each do it again; for an invalid date it gives 0s, as they do.
    int y = 0, m = 0, d = 0, by = 0, bm = 0, bd = 0;
    asOf.getDate(&y, &m, &d);
    birth.getDate(&by, &bm, &bd);
    int years = y - by;
    if (m < bm || (m == bm && d < bd))
        --years;
    return years;
}

namespace {

using Node = CompiledRules::Node;
using Op = CompiledRules::Op;

const QStringList kSeverityOrder{QStringLiteral("critical"), QStringLiteral("high"), QStringLiteral("medium"),
                                 QStringLiteral("low")};

const QString kNoText;
const QStringList kNoList;
const QDate kNoDate;

// A value while it is worked out: a fact's or a literal's Value is referred to, not copied
// (its text, date and list stay where they are); what is computed (true/false, a number) is held
// here. The fields mean what Value's mean, so the logic below is Value's, unchanged.
struct V
{
    Value::Type type = Value::Type::Unknown;
    bool b = false;
    double n = 0;
    const Value* ref = nullptr;

    static V of(const Value& v) { return {v.type, v.b, v.n, &v}; }
    static V boolean(bool x) { return {Value::Type::Bool, x, 0, nullptr}; }
    static V number(double x) { return {Value::Type::Number, false, x, nullptr}; }

    bool known() const { return type != Value::Type::Unknown; }
    bool isTrue() const { return type == Value::Type::Bool && b; }
    bool isFalse() const { return type == Value::Type::Bool && !b; }
    const QString& s() const { return ref ? ref->s : kNoText; }
    const QDate& d() const { return ref ? ref->d : kNoDate; }
    const QStringList& list() const { return ref ? ref->list : kNoList; }

    Value toValue() const
    {
        Value v = ref ? *ref : Value();
        v.type = type;
        v.b = b;
        v.n = n;
        return v;
    }

    // Value::operator==.
    bool operator==(const V& o) const
    {
        if (type != o.type)
            return false;
        switch (type) {
        case Value::Type::Unknown:
            return true;
        case Value::Type::Bool:
            return b == o.b;
        case Value::Type::Number:
            return n == o.n;
        case Value::Type::Text:
            return s() == o.s();
        case Value::Type::Date:
            return d() == o.d();
        case Value::Type::List:
            return list() == o.list();
        }
        return false;
    }
};

bool compare(Op op, const V& l, const V& r)
{
    int c = 0;
    if (l.type == Value::Type::Number)
        c = l.n < r.n ? -1 : (l.n > r.n ? 1 : 0);
    else if (l.type == Value::Type::Date)
        c = l.d() < r.d() ? -1 : (l.d() > r.d() ? 1 : 0);
    else
        c = l == r ? 0 : 1;
    switch (op) {
    case Op::Equal:
        return c == 0;
    case Op::NotEqual:
        return c != 0;
    case Op::Less:
        return c < 0;
    case Op::LessOrEqual:
        return c <= 0;
    case Op::Greater:
        return c > 0;
    default:
        return c >= 0;
    }
}

void addUnique(QStringList& to, const QString& s)
{
    // The entries are mostly the compiled rules' own strings: the same characters are the same
    // entry without comparing them.
    for (const QString& t : std::as_const(to))
        if (t.size() == s.size() && (t.constData() == s.constData() || t == s))
            return;
    to << s;
}

// One evaluation. Values first: every rule's value, each rule and applied definition worked out
// once. Only for a rule that is reported is its explanation written: the facts that decided a
// met finding ("age = 9", "father.status = deceased"), or the unknown facts a possible one asks.
// Those lists are what the conditions' parts give, joined in order without repeats: an `and`
// that is true, or an `or` that is false, lists what each part gives; otherwise the first part
// that decided it; while undecided, the questions of the undecided parts; a comparison lists
// both sides; if() the branch it took; known() what its argument gives when it is known.
class Run
{
public:
    // `f` null: every fact given by readRow().
    Run(const CompiledRules& program, int facts, int definitions, const std::vector<double>& settings,
        const Facts* f, const QDate& asOf)
        : m_program(program), m_settings(settings), m_facts(f), m_asOf(asOf),
          m_rules(program.rules.size()), m_definitions(std::size_t(definitions)), m_fact(std::size_t(facts))
    {
    }

    // Findings met so far, for the schedule's has_risk() and has_category().
    const QList<Finding>* metFindings = nullptr;

    // Finds at once the facts whose names are the rulebook's own strings, as a scan's are.
    void findSharedNames()
    {
        qsizetype found = 0;
        for (auto it = m_facts->cbegin(); it != m_facts->cend(); ++it) {
            const int slot = m_program.slotBySharedName(it.key());
            if (slot == CompiledRules::kNotRead) {
                ++found;
                continue;
            }
            if (slot < 0)
                continue;
            m_fact[std::size_t(slot)] = {it->known() ? &*it : nullptr, true};
            ++found;
        }
        // Every fact found so: no other fact is there to look up.
        if (found == m_facts->size())
            for (FactSlot& f : m_fact)
                f.looked = true;
    }

    // A scan's row holds every fact there is: the rest are unknown.
    void readRow(const FactRow& row)
    {
        for (const int s : row.setSlots()) {
            const QString& name = row.nameOf(s);
            int slot = m_program.slotBySharedName(name);
            if (slot == -1)
                slot = m_program.slotOf(name);
            if (slot >= 0)
                m_fact[std::size_t(slot)].value = row.at(s);
        }
        for (FactSlot& f : m_fact)
            f.looked = true;
    }

    V rule(int index)
    {
        Memo& m = m_rules[std::size_t(index)];
        if (!m.done) {
            m.value = value(m_program.rules[std::size_t(index)].when);
            m.done = true;
        }
        return m.value;
    }

    // The leaves, and rules and definitions already worked out, here; the rest in compound(),
    // so that most nodes cost no call.
    V value(const Node* e)
    {
        switch (e->op) {
        case Op::Literal:
            return V::of(*e->literal);
        case Op::Fact:
            if (const FactSlot& f = m_fact[std::size_t(e->index)]; f.looked)
                return f.value ? V::of(*f.value) : V();
            break;
        case Op::Rule:
            if (const Memo& m = m_rules[std::size_t(e->index)]; m.done)
                return m.value;
            break;
        case Op::Definition:
            if (const Memo& m = m_definitions[std::size_t(e->index)]; m.done)
                return m.value;
            break;
        default:
            break;
        }
        return compound(e);
    }

    [[gnu::noinline]] V compound(const Node* e)
    {
        switch (e->op) {
        case Op::Literal:
            return V::of(*e->literal);
        case Op::Age:
            return age();
        case Op::Setting:
            return V::number(m_settings[std::size_t(e->index)]);
        case Op::Rule:
            return rule(e->index);
        case Op::Definition: {
            Memo& m = m_definitions[std::size_t(e->index)];
            if (!m.done) {
                m.value = value(e->a);
                m.done = true;
            }
            return m.value;
        }
        case Op::Fact: {
            const Value* v = fact(e->index, e->name);
            return v ? V::of(*v) : V();
        }
        case Op::Not: {
            const V o = value(e->a);
            return o.known() ? V::boolean(!o.b) : o;
        }
        case Op::And:
        case Op::Or: {
            // Kleene logic: `and` is false as soon as one part is false, true when all are true,
            // and otherwise unknown; `or` the other way round.
            const bool isAnd = e->op == Op::And;
            bool anyUnknown = false;
            for (const Node* part : e->parts) {
                const V o = value(part);
                if (o.known() && o.b != isAnd)
                    return V::boolean(!isAnd);
                anyUnknown = anyUnknown || !o.known();
            }
            return anyUnknown ? V() : V::boolean(isAnd);
        }
        case Op::Equal:
        case Op::NotEqual:
        case Op::Less:
        case Op::LessOrEqual:
        case Op::Greater:
        case Op::GreaterOrEqual: {
            const V l = value(e->a);
            const V r = value(e->b);
            return l.known() && r.known() ? V::boolean(compare(e->op, l, r)) : V();
        }
        case Op::Plus:
        case Op::Minus: {
            const V l = value(e->a);
            const V r = value(e->b);
            if (!l.known() || !r.known())
                return V();
            return V::number(e->op == Op::Plus ? l.n + r.n : l.n - r.n);
        }
        case Op::In: {
            const V l = value(e->a);
            if (!l.known())
                return l;
            bool found = false;
            for (const Value* item : e->items)
                found = found || V::of(*item) == l;
            return V::boolean(found);
        }
        case Op::Contains: {
            const V l = value(e->a);
            return l.known() ? V::boolean(l.list().contains(e->literal->s)) : l;
        }
        case Op::Count: {
            const V o = value(e->a);
            return o.known() ? V::number(static_cast<double>(o.list().size())) : o;
        }
        case Op::Known:
            return V::boolean(value(e->a).known());
        case Op::If:
            return value(value(e->a).isTrue() ? e->b : e->c);
        case Op::HasRisk:
        case Op::HasCategory:
            return V::boolean(metFinding(e) != nullptr);
        }
        return V();
    }

    // Appends to `out` what `e`, whose value is `v`, gives: its explanation when v is known,
    // its questions when not.
    void explain(const Node* e, const V& v, QStringList& out)
    {
        switch (e->op) {
        case Op::Literal:
        case Op::Setting:
            return;
        case Op::Age:
            if (!v.known())
                addUnique(out, QStringLiteral("child.birth_date"));
            else if (const int age = int(v.n); age >= 0 && age < m_program.ageShown.size())
                addUnique(out, m_program.ageShown[age]);
            else
                addUnique(out, QStringLiteral("age = %1").arg(age));
            return;
        case Op::Fact:
            if (v.known())
                addUnique(out, shown(e->index, *fact(e->index, e->name)));
            else
                addUnique(out, e->name);
            return;
        case Op::Rule:
            explainOnce(m_rules[std::size_t(e->index)], m_program.rules[std::size_t(e->index)].when, v, out);
            return;
        case Op::Definition:
            explainOnce(m_definitions[std::size_t(e->index)], e->a, v, out);
            return;
        case Op::Not:
        case Op::In:
        case Op::Contains:
        case Op::Count:
            explain(e->a, value(e->a), out);
            return;
        case Op::Known:
            if (const V o = value(e->a); o.known())
                explain(e->a, o, out);
            return;
        case Op::If: {
            const Node* branch = value(e->a).isTrue() ? e->b : e->c;
            explain(branch, v, out);
            return;
        }
        case Op::And:
        case Op::Or: {
            const bool isAnd = e->op == Op::And;
            if (v.known()) {
                // Each part's value once (for the few parts a condition has).
                constexpr std::size_t kParts = 16;
                V values[kParts];
                for (std::size_t i = 0; i < e->parts.size(); ++i) {
                    const V o = value(e->parts[i]);
                    if (o.known() && o.b != isAnd) {
                        explain(e->parts[i], o, out); // the part that decided it
                        return;
                    }
                    if (i < kParts)
                        values[i] = o;
                }
                for (std::size_t i = 0; i < e->parts.size(); ++i)
                    explain(e->parts[i], i < kParts ? values[i] : value(e->parts[i]), out);
                return;
            }
            for (const Node* part : e->parts)
                if (const V o = value(part); !o.known())
                    explain(part, o, out);
            return;
        }
        case Op::Equal:
        case Op::NotEqual:
        case Op::Less:
        case Op::LessOrEqual:
        case Op::Greater:
        case Op::GreaterOrEqual:
        case Op::Plus:
        case Op::Minus: {
            const V l = value(e->a);
            const V r = value(e->b);
            const bool both = l.known() && r.known();
            if (both || !l.known())
                explain(e->a, l, out);
            if (both || !r.known())
                explain(e->b, r, out);
            return;
        }
        case Op::HasRisk:
        case Op::HasCategory:
            if (const Finding* f = metFinding(e))
                addUnique(out, f->id);
            return;
        }
    }

private:
    struct Memo
    {
        V value;
        bool done = false;
        QStringList why; // explain()'s entries for it, once worked out
        bool explained = false;
    };

    // A rule or definition used in many places is explained once, as its value is worked out
    // once: written out, thirty definitions each using the one before twice are 2^30 conditions.
    // Its value is the same at every use, so its entries are too, and adding them in their order
    // gives what explaining it again would.
    void explainOnce(Memo& m, const Node* when, const V& v, QStringList& out)
    {
        if (!m.explained) {
            explain(when, v, m.why);
            m.explained = true;
        }
        for (const QString& entry : m.why)
            addUnique(out, entry);
    }

    // "father.status = deceased": as written out when the rules were compiled, or written now.
    QString shown(int slot, const Value& v) const
    {
        if (std::size_t(slot) < m_program.factShown.size()) {
            const CompiledRules::FactShown& f = m_program.factShown[std::size_t(slot)];
            qsizetype i = -1;
            if (v.type == Value::Type::Bool && f.type == FactSpec::Type::Bool)
                i = v.b ? 1 : 0;
            else if (v.type == Value::Type::Text && f.type == FactSpec::Type::Enum)
                i = f.values.indexOf(v.s);
            else if (v.type == Value::Type::Number && f.type == FactSpec::Type::Number && v.n >= 0 &&
                     v.n < double(f.shown.size()) && v.n == std::floor(v.n) && !std::signbit(v.n))
                i = qsizetype(v.n); // not -0, which is written "-0"
            if (i >= 0 && i < f.shown.size()) // none written for a name the vocabulary lacks
                return f.shown[i];
        }
        return m_program.factNames[slot] + QStringLiteral(" = ") + v.display();
    }

    const Value* fact(int slot, const QString& name)
    {
        FactSlot& f = m_fact[std::size_t(slot)];
        if (!f.looked) {
            const auto it = m_facts->constFind(name);
            f.value = it == m_facts->constEnd() || !it->known() ? nullptr : &*it;
            f.looked = true;
        }
        return f.value;
    }

    V age()
    {
        if (!m_ageDone) {
            const Value* birth = fact(m_program.birthDateSlot, QStringLiteral("child.birth_date"));
            m_age = birth ? V::number(ageInYears(birth->d, m_asOf)) : V();
            m_ageDone = true;
        }
        return m_age;
    }

    const Finding* metFinding(const Node* e) const
    {
        const QLatin1String kind = e->op == Op::HasRisk ? QLatin1String("risk") : QLatin1String("category");
        for (const Finding& f : *metFindings)
            if (f.status == QLatin1String("met") && f.kind == kind && (e->name.isEmpty() || f.severity == e->name))
                return &f;
        return nullptr;
    }

    struct FactSlot
    {
        const Value* value = nullptr;
        bool looked = false;
    };

    const CompiledRules& m_program;
    const std::vector<double>& m_settings;
    const Facts* m_facts;
    QDate m_asOf;
    std::vector<Memo> m_rules;
    std::vector<Memo> m_definitions;
    std::vector<FactSlot> m_fact;
    V m_age;
    bool m_ageDone = false;
};

std::vector<double> settingValues(const QStringList& names, const Rulebook& rb)
{
    std::vector<double> out;
    out.reserve(std::size_t(names.size()));
    for (const QString& n : names)
        out.push_back(rb.settings.value(n));
    return out;
}

// The rules run over the facts `run` was given.
Evaluation evaluated(const Rulebook& rb, const CompiledRules& program, Run& run, const Value* lastVisit,
                     const QDate& asOf, const QString& language)
{
    Evaluation ev;
    ev.ruleset = rb.tag();
    ev.asOf = asOf;
    run.metFindings = &ev.findings;
    const bool zh = language == QLatin1String("zh");
    const bool en = language == QLatin1String("en");
    std::optional<int> shortest;
    for (qsizetype i = 0; i < rb.rules.size(); ++i) {
        const Rule& r = rb.rules[i];
        const CompiledRules::CompiledRule& c = program.rules[std::size_t(i)];
        const V o = run.rule(int(i));
        if (c.schedule) {
            if (!o.isTrue())
                continue;
            const int days = static_cast<int>(run.value(c.days).n);
            if (!shortest || days < *shortest) {
                shortest = days;
                ev.scheduleRule = r.id;
            }
            continue;
        }
        if (o.isFalse())
            continue;
        Finding f;
        f.id = r.id;
        f.kind = r.kind;
        f.status = o.isTrue() ? QStringLiteral("met") : QStringLiteral("possible");
        if (c.severity)
            f.severity = run.value(c.severity).s();
        if (zh || en) {
            const CompiledRules::Texts& t = zh ? c.zh : c.en;
            f.title = t.title;
            f.referTo = t.referTo;
            f.documents = t.documents;
            f.action = t.action;
        } else {
            f.title = r.localized(QStringLiteral("title"), language);
            f.referTo = r.localized(QStringLiteral("refer_to"), language);
            f.documents = CompiledRules::splitDocuments(r.localized(QStringLiteral("documents"), language));
            f.action = r.localized(QStringLiteral("action"), language);
        }
        QStringList& explanation = o.known() ? f.because : f.questions;
        explanation.reserve(4); // most have a few entries: one allocation
        run.explain(c.when, o, explanation);
        f.cite = r.cite;
        ev.findings << std::move(f);
    }
    // Risks most urgent first; categories and benefits keep the rulebook's order. One key per
    // finding keeps the comparison a strict weak ordering, as std::stable_sort requires (the
    // rulebook lists risks after categories and benefits).
    const auto rank = [](const Finding& f) {
        return f.kind == QLatin1String("risk") ? kSeverityOrder.indexOf(f.severity) : qsizetype(-1);
    };
    const auto byRank = [&rank](const Finding& a, const Finding& b) { return rank(a) < rank(b); };
    // Mostly in order already; stable_sort would still take a buffer for it.
    if (!std::is_sorted(ev.findings.cbegin(), ev.findings.cend(), byRank))
        std::stable_sort(ev.findings.begin(), ev.findings.end(), byRank);
    if (shortest)
        ev.nextVisitDue = (lastVisit && lastVisit->known() ? lastVisit->d : asOf).addDays(*shortest);
    return ev;
}

} // namespace

Evaluator::Evaluator(const Rulebook& rulebook)
    : m_rb(rulebook),
      m_program(rulebook.compiled && rulebook.compiled->isFor(rulebook) ? rulebook.compiled
                                                                        : CompiledRules::compile(rulebook)),
      m_settings(settingValues(m_program->settingNames, rulebook))
{
}

Evaluation Evaluator::evaluate(const Facts& facts, const QDate& asOf, const QString& language) const
{
    const CompiledRules& program = *m_program;
    Run run(program, int(program.factNames.size()), program.definitionCount, m_settings, &facts, asOf);
    run.findSharedNames();
    const auto last = facts.constFind(QStringLiteral("visit.last_date"));
    return evaluated(m_rb, program, run, last == facts.cend() ? nullptr : &*last, asOf, language);
}

Evaluation Evaluator::evaluate(const FactRow& facts, const QDate& asOf, const QString& language) const
{
    const CompiledRules& program = *m_program;
    Run run(program, int(program.factNames.size()), program.definitionCount, m_settings, nullptr, asOf);
    run.readRow(facts);
    return evaluated(m_rb, program, run, facts.lastVisit(), asOf, language);
}

Value Evaluator::condition(const ExprPtr& condition, const Facts& facts, const QDate& asOf) const
{
    CompiledRules extension;
    const Node* root = m_program->compileCondition(condition, m_rb, extension);
    std::vector<double> settings = m_settings;
    for (qsizetype i = qsizetype(settings.size()); i < extension.settingNames.size(); ++i)
        settings.push_back(m_rb.settings.value(extension.settingNames[i]));
    Run run(*m_program, int(extension.factNames.size()), extension.definitionCount, settings, &facts, asOf);
    const QList<Finding> none;
    run.metFindings = &none;
    return run.value(root).toValue();
}

const Finding* Evaluation::find(const QString& id) const&
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
