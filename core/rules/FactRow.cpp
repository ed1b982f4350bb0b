// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rules/FactRow.h"

#include "core/rules/VisitAnswers.h"

namespace tonghu::rules {

FactRow::FactRow(std::shared_ptr<const VisitAnswers> vocabulary)
    : m_vocabulary(std::move(vocabulary)), m_values(std::size_t(m_vocabulary->slotCount()) + 1),
      m_lastVisit(m_vocabulary->slotOf(QStringLiteral("visit.last_date")))
{
    if (m_lastVisit < 0)
        m_lastVisit = m_vocabulary->slotCount();
    m_order.reserve(m_values.size());
}

const QString& FactRow::nameOf(int slot) const
{
    return slot < m_vocabulary->slotCount() ? m_vocabulary->factOf(slot) : m_lastVisitName;
}

const Value* FactRow::find(const QString& name) const
{
    if (name == m_lastVisitName)
        return lastVisit();
    const int slot = m_vocabulary->slotOf(name);
    return slot < 0 ? nullptr : at(slot);
}

void FactRow::set(int slot, Value&& v)
{
    if (isSet(slot) || !v.known())
        return;
    m_values[std::size_t(slot)] = std::move(v);
    m_order.push_back(slot);
}

void FactRow::overlay(QByteArrayView answersText)
{
    m_vocabulary->overlayStored(*this, answersText);
}

void FactRow::setLastVisit(const QDate& date)
{
    set(m_lastVisit, Value::date(date));
}

void FactRow::clear()
{
    for (const int slot : m_order)
        m_values[std::size_t(slot)] = Value();
    m_order.clear();
}

Facts FactRow::toFacts() const
{
    Facts f;
    f.reserve(qsizetype(m_order.size()));
    for (const int slot : m_order)
        f.insert(nameOf(slot), m_values[std::size_t(slot)]);
    return f;
}

} // namespace tonghu::rules
