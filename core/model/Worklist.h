// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace tonghu::storage {
class Database;
}

namespace tonghu::model {

// One line of a child director's worklist: what needs doing, for which child, by when.
struct WorklistItem
{
    enum class Kind {
        OpenRisk,        // a critical or high risk in the child's latest evaluation (dated by it)
        VisitOverdue,    // next_visit_due has passed
        ReferralOverdue, // an open or accepted referral past its due date
        Draft,           // a visit started and not yet submitted
        VisitDue,        // next_visit_due within the coming days
        NeverVisited,    // on file, no visit submitted yet
        Returned,        // a visit the township returned, to correct (dated by the visit)
    };
    Kind kind = Kind::VisitDue;
    QString childId;
    QString childName;
    QDate date;        // due date, visit date or referral due date
    QString detail;    // the risk's or referral's title/agency; the draft's visit id
    QString severity;  // for OpenRisk
    QString refId;     // the visit or referral concerned; the finding's rule id for OpenRisk
    // For OpenRisk: the state of the newest referral made for this finding (open, accepted,
    // resolved, closed), or empty when nobody has been referred yet, which is what to do next.
    QString referralStatus;
    // For Returned: the correction already started, to continue instead of starting another.
    QString draftId;
};

// Built from the stored evaluations, visits, decisions and referrals, most urgent first: visits
// the township returned (the director's own work waits on them), critical risks, then high,
// overdue visits (oldest first), overdue referrals, drafts, visits due soon, and children never
// visited.
class Worklist final
{
public:
    static QList<WorklistItem> build(storage::Database& db, const QDate& today, int dueWithinDays = 7);
};

} // namespace tonghu::model
