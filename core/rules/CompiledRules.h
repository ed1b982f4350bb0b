// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/rules/Rulebook.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <deque>
#include <memory>
#include <vector>

namespace tonghu::rules {

// A rulebook's conditions as the Evaluator runs them: every name resolved once, when the
// rulebook is loaded, to what it stands for (age, a setting, a rule, a definition applied to a
// person, or a fact), operators and functions as enums instead of words compared at every step,
// and each definition written out once for each person it is applied to (gone(father),
// gone(mother)), so `P.status` is already `father.status`. Also each rule's texts in Chinese and
// English, chosen with the fallbacks of Rule::localized. The meaning is that of the condition
// language (Expression.h); the Evaluator documents the three-valued logic.
class CompiledRules final
{
public:
    enum class Op : unsigned char {
        Literal,     // literal
        Age,         // whole years from child.birth_date to the evaluation date
        Setting,     // index: the setting's slot
        Rule,        // index: the rule
        Definition,  // index: the definition as applied; a: its condition
        Fact,        // index: the fact's slot; name: the fact
        Not,         // a
        And,         // parts
        Or,          // parts
        Equal, NotEqual, Less, LessOrEqual, Greater, GreaterOrEqual, // a, b
        Plus, Minus, // a, b
        In,          // a; items: the list's values
        Contains,    // a; literal: the value looked for (its text)
        Count,       // a
        Known,       // a
        If,          // a ? b : c
        HasRisk,     // name: the severity, or empty for any
        HasCategory,
    };

    struct Node
    {
        Op op = Op::Literal;
        int index = -1;
        const Node* a = nullptr;
        const Node* b = nullptr;
        const Node* c = nullptr;
        std::vector<const Node*> parts;
        std::vector<const Value*> items;
        const Value* literal = nullptr;
        QString name;
    };

    // A rule's texts in one language, as Rule::localized gives them.
    struct Texts
    {
        QString title;
        QString referTo;
        QStringList documents;
        QString action;
    };

    struct CompiledRule
    {
        const Node* when = nullptr;
        const Node* severity = nullptr;
        const Node* days = nullptr;
        bool schedule = false;
        Texts zh;
        Texts en;
    };

    // Compiles every rule of `rb`, as Rulebook::load has checked them. (Of a rulebook made
    // otherwise, a call of an unknown function is compiled as unknown.)
    static std::shared_ptr<const CompiledRules> compile(const Rulebook& rb);
    // Whether this was compiled from `rb`'s very rules and definitions: a copy of a loaded
    // rulebook shares them until one of them is changed (its settings may change freely; they
    // are read by each Evaluator).
    bool isFor(const Rulebook& rb) const;

    // One condition written outside the rulebook (a checklist's show_if, already checked with
    // Rulebook::checkCondition), compiled against these rules into `extension`: its nodes refer
    // to these rules' nodes, and it has the fact and setting slots and applied definitions of
    // these rules and those only the condition uses, numbered after them. The rules stay this
    // one's (`extension.rules` is empty); `extension` must not outlive this.
    const Node* compileCondition(const ExprPtr& condition, const Rulebook& rb, CompiledRules& extension) const;

    // How a fact is written in an explanation ("father.status = deceased"): written out here for
    // the values a fact of the vocabulary commonly has (each enum value, true and false, whole
    // numbers from 0), as Value::display writes them, so an evaluation does not write them again.
    struct FactShown
    {
        QString prefix; // "father.status = "
        FactSpec::Type type = FactSpec::Type::Bool;
        QStringList values; // Enum: the values; Number: none
        QStringList shown;  // Bool: false, true; Enum: by value; Number: 0, 1, 2, ...
    };

    std::vector<CompiledRule> rules;   // in the rulebook's order
    QStringList factNames;             // by slot
    std::vector<FactShown> factShown;  // by slot; empty for a name the vocabulary lacks
    QStringList ageShown;              // "age = 0", "age = 1", ...
    QStringList settingNames;          // by slot
    int definitionCount = 0;           // definitions as applied to a person
    int birthDateSlot = -1;            // child.birth_date, which `age` reads

    // The slot of `key` when it is the very name string of a fact of the vocabulary the rules
    // were compiled with (a scan's facts use those strings as names), found without hashing or
    // comparing text; kNotRead for such a name of a fact no rule reads; otherwise -1, and the
    // fact is looked up by name (slotOf).
    static constexpr int kNotRead = -2;
    int slotBySharedName(const QString& key) const;
    // The slot of a fact the rules read, or -1.
    int slotOf(const QString& fact) const { return m_factSlots.value(fact, -1); }

    static QStringList splitDocuments(const QString& text);

private:
    friend class RuleCompiler;
    std::deque<Node> m_nodes;   // a deque keeps every node where it is as more are added
    std::deque<Value> m_values; // the values of list literals, [1, 2] as the list ["1", "2"]
    QHash<QString, int> m_factSlots;
    QHash<QString, int> m_settingSlots;
    QHash<QString, const Node*> m_applied; // "gone(father)", "supported_age()" -> its Definition node
    struct SharedName
    {
        const QChar* data;
        qsizetype size;
        int slot;
    };
    std::vector<SharedName> m_sharedNames; // open addressing by the address of the characters
    int m_sharedShift = 64;
    std::size_t sharedBucket(const QChar* data) const
    {
        return std::size_t((reinterpret_cast<std::uintptr_t>(data) * 0x9E3779B97F4A7C15ULL) >> m_sharedShift);
    }
    QList<Rule> m_sourceRules;             // shared with the rulebook, for isFor()
    QMap<QString, Definition> m_sourceDefinitions;
    QMap<QString, FactSpec> m_sourceFacts; // keeps m_sharedNames' strings alive
    QHash<QString, qsizetype> m_sourceIndex;
};

} // namespace tonghu::rules
