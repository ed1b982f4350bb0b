// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/rules/Value.h"
#include "core/rules/VisitAnswers.h"

#include <QByteArrayView>
#include <QDate>
#include <QString>

#include <vector>

namespace tonghu::rules {

// One child's facts while a scan (ChildEvaluation::forEachChild, forEachVisit) reads its row:
// the visit's answers first, then visit.last_date and the record's facts where the answers leave
// them unset, which is the record overlaid with the answers. Each fact goes into the Facts
// once: an insert hashes and compares the name, and costs more than the rest of reading a fact.
class FactsBeingRead final
{
public:
    explicit FactsBeingRead(const VisitAnswers& answers);

    void overlay(QByteArrayView answersText);
    // Unless the answers set it.
    void setLastVisit(const QDate& date);
    // Whether the answers set the fact of this slot (VisitAnswers::slotOf).
    bool answered(int slot) const { return m_answered[std::size_t(slot)]; }
    // A fact of the record, for a slot the answers did not set.
    void setRecordFact(int slot, Value&& v) { m_facts.insert(nameOf(slot), std::move(v)); }
    // The facts read, and a new start for the next row.
    Facts take();

private:
    const QString& nameOf(int slot) const;

    const VisitAnswers& m_answers;
    Facts m_facts;
    // One per fact of the vocabulary, and one more for visit.last_date when the vocabulary
    // lacks it (no answer sets it then).
    std::vector<bool> m_answered;
    int m_lastVisit;
    const QString m_lastVisitName = QStringLiteral("visit.last_date");
};

} // namespace tonghu::rules
