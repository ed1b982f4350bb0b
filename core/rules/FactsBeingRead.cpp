// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rules/FactsBeingRead.h"

namespace tonghu::rules {

FactsBeingRead::FactsBeingRead(const VisitAnswers& answers)
    : m_answers(answers), m_answered(std::size_t(answers.slotCount()) + 1),
      m_lastVisit(answers.slotOf(QStringLiteral("visit.last_date")))
{
    if (m_lastVisit < 0)
        m_lastVisit = answers.slotCount();
    m_facts.reserve(qsizetype(m_answered.size())); // no growing on the way
}

const QString& FactsBeingRead::nameOf(int slot) const
{
    return slot < m_answers.slotCount() ? m_answers.factOf(slot) : m_lastVisitName;
}

void FactsBeingRead::overlay(QByteArrayView answersText)
{
    m_answers.overlayStored(m_facts, m_answered, answersText);
}

void FactsBeingRead::setLastVisit(const QDate& date)
{
    if (!m_answered[std::size_t(m_lastVisit)])
        m_facts.insert(nameOf(m_lastVisit), Value::date(date));
}

Facts FactsBeingRead::take()
{
    Facts f = std::move(m_facts);
    m_facts = Facts();
    m_facts.reserve(qsizetype(m_answered.size()));
    std::fill(m_answered.begin(), m_answered.end(), false);
    return f;
}

} // namespace tonghu::rules
