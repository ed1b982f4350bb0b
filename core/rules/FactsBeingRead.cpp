// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rules/FactsBeingRead.h"

namespace tonghu::rules {

FactsBeingRead::FactsBeingRead(const VisitAnswers& answers)
    : m_answers(answers), m_slots(std::size_t(answers.slotCount()) + 1),
      m_lastVisit(answers.slotOf(QStringLiteral("visit.last_date")))
{
    if (m_lastVisit < 0)
        m_lastVisit = answers.slotCount();
}

const QString& FactsBeingRead::nameOf(int slot) const
{
    return slot < m_answers.slotCount() ? m_answers.factOf(slot) : m_lastVisitName;
}

void FactsBeingRead::setLastVisit(const QDate& date)
{
    if (Value& v = m_slots[std::size_t(m_lastVisit)]; !v.known())
        v = Value::date(date);
}

Facts FactsBeingRead::take()
{
    qsizetype n = 0;
    for (const Value& v : m_slots)
        n += v.known() ? 1 : 0;
    Facts f;
    f.reserve(n); // no growing on the way
    for (std::size_t i = 0; i < m_slots.size(); ++i) {
        if (m_slots[i].known()) {
            f.insert(nameOf(int(i)), std::move(m_slots[i]));
            m_slots[i] = Value();
        }
    }
    return f;
}

} // namespace tonghu::rules
