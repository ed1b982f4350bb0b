// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace tonghu::storage {
class Database;
}

namespace tonghu::model {

struct DemoHistoryCounts
{
    int visits = 0; // submitted
    int drafts = 0;
    int referrals = 0;
};

// A year of a child director's work for the children of a demo village, so every screen has
// something to show: home visits at about the intervals of the rulebook's schedule, answered as
// the child's record says (orphan, left-behind, disabled, dibao, ...) with the small changes a
// year brings, a few children with a critical risk at their latest visit, visits late and due,
// unfinished drafts, and referrals from the findings in every state. It goes through VisitStore
// and ReferralStore, so evaluations are stored, answers written back to the records and
// mandatory reports recorded exactly as in real use.
class DemoHistory final
{
public:
    // Visits the children in the order given (the order the village made them), up to and
    // including `today`. The same children, seed and day give the same history. Writes in the
    // caller's transaction when one is open, in one of its own otherwise: a failure leaves
    // nothing of the history behind.
    static DemoHistoryCounts generate(storage::Database& db, const QString& userId,
                                      const QStringList& childIds, quint32 seed, const QDate& today);
};

} // namespace tonghu::model
