// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/rules/Value.h"

#include <QByteArrayView>
#include <QDate>
#include <QString>

#include <memory>
#include <vector>

namespace tonghu::rules {

class VisitAnswers;

// One child's facts by number, as a scan (ChildEvaluation::forEachChild, forEachVisit) reads
// them: a place for each fact of the vocabulary (VisitAnswers' slots) and one more for
// visit.last_date when the vocabulary lacks it. The visit's answers go in first, then
// visit.last_date and the record's facts where the answers left them unset, which is the record
// overlaid with the answers. The Evaluator reads a row without a Facts hash: making one costs
// more, name by name, than reading the row from the database (a third of evaluating every
// child), and the scan uses one row for every child in turn.
class FactRow final
{
public:
    explicit FactRow(std::shared_ptr<const VisitAnswers> vocabulary);

    int size() const { return int(m_values.size()); }
    // The fact's name: the rulebook's own string, so the compiled rules find its slot by address.
    const QString& nameOf(int slot) const;
    // The fact of a slot, or null when it is unknown.
    const Value* at(int slot) const { return isSet(slot) ? &m_values[std::size_t(slot)] : nullptr; }
    // By name; null when unknown or not of the vocabulary.
    const Value* find(const QString& name) const;
    // The slots set, in the order they were set.
    const std::vector<int>& setSlots() const { return m_order; }
    const Value* lastVisit() const { return at(m_lastVisit); }

    // A known value, for a slot not set yet (the first value set stays).
    void set(int slot, Value&& v);
    // Only known values are set, so a known value is a set slot.
    bool isSet(int slot) const { return m_values[std::size_t(slot)].known(); }
    // The answers of a visit as SQLite holds them (Statement::textView), as VisitAnswers reads them.
    void overlay(QByteArrayView answersText);
    // Unless the answers set it.
    void setLastVisit(const QDate& date);
    // Every fact unknown again, for the next child.
    void clear();

    // The same facts by name, for what needs a Facts.
    Facts toFacts() const;

private:
    std::shared_ptr<const VisitAnswers> m_vocabulary;
    std::vector<Value> m_values;
    std::vector<int> m_order;
    int m_lastVisit;
    QString m_lastVisitName = QStringLiteral("visit.last_date");
};

} // namespace tonghu::rules
