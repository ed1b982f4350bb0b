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
// the visit's answers, then visit.last_date and the record's facts where the answers leave them
// unset — which is the record overlaid with the answers — each into the fact's slot
// (VisitAnswers::slotOf), and into a Facts at the end with one insert per fact: an insert hashes
// and compares the name, and costs more than the rest of reading a fact.
class FactsBeingRead final
{
public:
    explicit FactsBeingRead(const VisitAnswers& answers);

    std::vector<Value>& bySlot() { return m_slots; }
    // Unless the answers set it.
    void setLastVisit(const QDate& date);
    void overlay(QByteArrayView answersText) { m_answers.overlayStored(m_slots, answersText); }
    // The facts read, leaving every slot empty for the next row.
    Facts take();

private:
    const QString& nameOf(int slot) const;

    const VisitAnswers& m_answers;
    // One per fact of the vocabulary, and one more for visit.last_date when the vocabulary
    // lacks it (no answer sets it then).
    std::vector<Value> m_slots;
    int m_lastVisit;
    const QString m_lastVisitName = QStringLiteral("visit.last_date");
};

} // namespace tonghu::rules
