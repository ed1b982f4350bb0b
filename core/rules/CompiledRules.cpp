// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rules/CompiledRules.h"

#include <algorithm>
#include <functional>

namespace tonghu::rules {

using Node = CompiledRules::Node;
using Op = CompiledRules::Op;

// Walks the expressions as the Evaluator once interpreted them at every evaluation, resolving
// each name in the same order: `age`, a setting, a rule, a definition, else a fact.
class RuleCompiler
{
public:
    RuleCompiler(const Rulebook& rb, CompiledRules& out) : m_rb(rb), m_out(out) {}

    const Node* compile(const ExprPtr& e, const QString& param, const QString& arg)
    {
        switch (e->kind) {
        case Expr::Kind::Literal:
            return literal(&e->literal);
        case Expr::Kind::List: {
            QStringList items;
            for (const auto& i : e->args)
                items << i->literal.display();
            m_out.m_values.push_back(Value::ofList(items));
            return literal(&m_out.m_values.back());
        }
        case Expr::Kind::Name:
            return name(resolve(e->name, param, arg));
        case Expr::Kind::Call:
            return call(e, param, arg);
        case Expr::Kind::Not:
            return unary(Op::Not, compile(e->args[0], param, arg));
        case Expr::Kind::And:
        case Expr::Kind::Or: {
            Node& n = add(e->kind == Expr::Kind::And ? Op::And : Op::Or);
            for (const auto& part : e->args)
                n.parts.push_back(compile(part, param, arg));
            return &n;
        }
        case Expr::Kind::Arith: {
            // As interpreted: "+" adds, any other operator subtracts.
            Node& n = add(e->name == QLatin1String("+") ? Op::Plus : Op::Minus);
            n.a = compile(e->args[0], param, arg);
            n.b = compile(e->args[1], param, arg);
            return &n;
        }
        case Expr::Kind::Compare: {
            Node& n = add(comparison(e->name));
            n.a = compile(e->args[0], param, arg);
            n.b = compile(e->args[1], param, arg);
            return &n;
        }
        case Expr::Kind::In: {
            Node& n = add(Op::In);
            n.a = compile(e->args[0], param, arg);
            for (const auto& item : e->args[1]->args)
                n.items.push_back(&item->literal);
            return &n;
        }
        case Expr::Kind::Contains: {
            Node& n = add(Op::Contains);
            n.a = compile(e->args[0], param, arg);
            n.literal = &e->args[1]->literal;
            return &n;
        }
        }
        return literal(&m_unknown);
    }

private:
    static QString resolve(const QString& name, const QString& param, const QString& arg)
    {
        if (!param.isEmpty() && name.startsWith(param + QLatin1Char('.')))
            return arg + name.mid(param.size());
        return name;
    }

    static Op comparison(const QString& op)
    {
        if (op == QLatin1String("="))
            return Op::Equal;
        if (op == QLatin1String("!="))
            return Op::NotEqual;
        if (op == QLatin1String("<"))
            return Op::Less;
        if (op == QLatin1String("<="))
            return Op::LessOrEqual;
        if (op == QLatin1String(">"))
            return Op::Greater;
        return Op::GreaterOrEqual;
    }

    Node& add(Op op)
    {
        m_out.m_nodes.emplace_back();
        Node& n = m_out.m_nodes.back();
        n.op = op;
        return n;
    }

    const Node* literal(const Value* v)
    {
        Node& n = add(Op::Literal);
        n.literal = v;
        return &n;
    }

    const Node* unary(Op op, const Node* a)
    {
        Node& n = add(op);
        n.a = a;
        return &n;
    }

    static int slot(QHash<QString, int>& table, QStringList& names, const QString& name)
    {
        const auto it = table.constFind(name);
        if (it != table.constEnd())
            return *it;
        names << name;
        table.insert(name, int(names.size()) - 1);
        return int(names.size()) - 1;
    }

    const Node* fact(const QString& name)
    {
        Node& n = add(Op::Fact);
        n.index = slot(m_out.m_factSlots, m_out.factNames, name);
        n.name = name;
        return &n;
    }

    const Node* name(const QString& n)
    {
        if (n == QLatin1String("age")) {
            m_out.birthDateSlot = slot(m_out.m_factSlots, m_out.factNames, QStringLiteral("child.birth_date"));
            return &add(Op::Age);
        }
        if (n.startsWith(QLatin1String("setting."))) {
            Node& s = add(Op::Setting);
            s.index = slot(m_out.m_settingSlots, m_out.settingNames, n.mid(8));
            return &s;
        }
        if (const auto r = m_rb.ruleIndex.constFind(n); r != m_rb.ruleIndex.constEnd()) {
            Node& s = add(Op::Rule);
            s.index = int(*r);
            return &s;
        }
        if (const auto d = m_rb.definitions.constFind(n); d != m_rb.definitions.constEnd())
            return applied(*d, {}, {});
        return fact(n);
    }

    // A definition's condition with its parameter bound: one node per definition and person,
    // shared by every use, so the Evaluator works each out once per evaluation.
    const Node* applied(const Definition& d, const QString& param, const QString& person)
    {
        const QString key = d.name + QLatin1Char('(') + (param.isEmpty() ? QString() : person) + QLatin1Char(')');
        if (const auto it = m_out.m_applied.constFind(key); it != m_out.m_applied.constEnd())
            return *it;
        Node& n = add(Op::Definition);
        n.index = m_out.definitionCount++;
        m_out.m_applied.insert(key, &n);
        n.a = compile(d.when, param, person);
        return &n;
    }

    const Node* call(const ExprPtr& e, const QString& param, const QString& arg)
    {
        const QString& f = e->name;
        if (f == QLatin1String("count"))
            return unary(Op::Count, compile(e->args[0], param, arg));
        if (f == QLatin1String("known"))
            return unary(Op::Known, compile(e->args[0], param, arg));
        if (f == QLatin1String("if")) {
            Node& n = add(Op::If);
            n.a = compile(e->args[0], param, arg);
            n.b = compile(e->args[1], param, arg);
            n.c = compile(e->args[2], param, arg);
            return &n;
        }
        if (f == QLatin1String("has_risk") || f == QLatin1String("has_category")) {
            Node& n = add(f == QLatin1String("has_risk") ? Op::HasRisk : Op::HasCategory);
            n.name = e->args.empty() ? QString() : e->args[0]->literal.s;
            return &n;
        }
        // A definition applied to a person: father, mother, child, or the caller's own parameter.
        const auto d = m_rb.definitions.constFind(f);
        if (d == m_rb.definitions.constEnd() || e->args.empty())
            return literal(&m_unknown); // refused by Rulebook's checks
        const QString& a = e->args[0]->name;
        const QString person = (!param.isEmpty() && a == param) ? arg : a;
        return applied(*d, d->param, person);
    }

    const Rulebook& m_rb;
    CompiledRules& m_out;
    static const Value m_unknown;
};

const Value RuleCompiler::m_unknown;

namespace {

CompiledRules::Texts texts(const Rule& r, const QString& language)
{
    return {r.localized(QStringLiteral("title"), language), r.localized(QStringLiteral("refer_to"), language),
            CompiledRules::splitDocuments(r.localized(QStringLiteral("documents"), language)),
            r.localized(QStringLiteral("action"), language)};
}

} // namespace

QStringList CompiledRules::splitDocuments(const QString& text)
{
    QStringList out;
    for (const QString& part : text.split(QLatin1Char(';')))
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    return out;
}

std::shared_ptr<const CompiledRules> CompiledRules::compile(const Rulebook& rb)
{
    auto out = std::make_shared<CompiledRules>();
    out->m_sourceRules = rb.rules;
    out->m_sourceDefinitions = rb.definitions;
    out->m_sourceIndex = rb.ruleIndex;
    out->m_sourceFacts = rb.facts;
    RuleCompiler compiler(rb, *out);
    out->rules.reserve(std::size_t(rb.rules.size()));
    for (const Rule& r : rb.rules) {
        CompiledRule c;
        c.when = compiler.compile(r.when, {}, {});
        if (r.severity)
            c.severity = compiler.compile(r.severity, {}, {});
        if (r.days)
            c.days = compiler.compile(r.days, {}, {});
        c.schedule = r.kind == QLatin1String("schedule");
        c.zh = texts(r, QStringLiteral("zh"));
        c.en = texts(r, QStringLiteral("en"));
        out->rules.push_back(std::move(c));
    }
    // Whole numbers up to here cover the vocabulary's levels, counts and most months.
    constexpr int kShownNumbers = 64;
    out->factShown.resize(std::size_t(out->factNames.size()));
    for (qsizetype slot = 0; slot < out->factNames.size(); ++slot) {
        const FactSpec* spec = rb.fact(out->factNames[slot]);
        if (!spec)
            continue;
        FactShown& f = out->factShown[std::size_t(slot)];
        f.prefix = out->factNames[slot] + QStringLiteral(" = ");
        f.type = spec->type;
        switch (spec->type) {
        case FactSpec::Type::Bool:
            f.shown = {f.prefix + Value::boolean(false).display(), f.prefix + Value::boolean(true).display()};
            break;
        case FactSpec::Type::Enum:
            f.values = spec->values;
            for (const QString& v : spec->values)
                f.shown << f.prefix + Value::text(v).display();
            break;
        case FactSpec::Type::Number:
            for (int n = 0; n < kShownNumbers && (!spec->hasRange || n <= spec->max); ++n)
                f.shown << f.prefix + Value::number(n).display();
            break;
        case FactSpec::Type::Date:
        case FactSpec::Type::List:
            break;
        }
    }
    // Every fact of the vocabulary, read by the rules or not, so that a scan's facts are all
    // found by address. A table at most a quarter full, so a look-up mostly finds its bucket or
    // an empty one.
    int bits = 4;
    while ((std::size_t(1) << bits) < 4 * std::size_t(out->m_sourceFacts.size()))
        ++bits;
    out->m_sharedShift = 64 - bits;
    out->m_sharedNames.assign(std::size_t(1) << bits, SharedName{nullptr, 0, -1});
    for (const FactSpec& spec : std::as_const(out->m_sourceFacts)) {
        std::size_t b = out->sharedBucket(spec.name.constData());
        while (out->m_sharedNames[b].data)
            b = (b + 1) & (out->m_sharedNames.size() - 1);
        out->m_sharedNames[b] = {spec.name.constData(), spec.name.size(), out->m_factSlots.value(spec.name, kNotRead)};
    }
    for (int age = 0; age <= 30; ++age)
        out->ageShown << QStringLiteral("age = %1").arg(age);
    return out;
}

int CompiledRules::slotBySharedName(const QString& key) const
{
    if (m_sharedNames.empty())
        return -1;
    const QChar* data = key.constData();
    for (std::size_t b = sharedBucket(data);; b = (b + 1) & (m_sharedNames.size() - 1)) {
        const SharedName& n = m_sharedNames[b];
        if (!n.data)
            return -1;
        // The same characters, of the same length: the same name.
        if (n.data == data)
            return n.size == key.size() ? n.slot : -1;
    }
}

bool CompiledRules::isFor(const Rulebook& rb) const
{
    return m_sourceRules.isSharedWith(rb.rules) && m_sourceDefinitions.isSharedWith(rb.definitions) &&
           m_sourceIndex.isSharedWith(rb.ruleIndex);
}

const Node* CompiledRules::compileCondition(const ExprPtr& condition, const Rulebook& rb,
                                            CompiledRules& extension) const
{
    extension.factNames = factNames;
    extension.settingNames = settingNames;
    extension.definitionCount = definitionCount;
    extension.birthDateSlot = birthDateSlot;
    extension.m_factSlots = m_factSlots;
    extension.m_settingSlots = m_settingSlots;
    extension.m_applied = m_applied;
    return RuleCompiler(rb, extension).compile(condition, {}, {});
}

} // namespace tonghu::rules
