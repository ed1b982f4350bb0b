// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace tonghu::storage {
class Database;
}
namespace tonghu::rules {
class Rulebook;
}

namespace tonghu::reports {

// One bar or slice: a code (a category's rule id, a severity, a referral status), the words for
// it where core has them (a category's title in the rulebook), and how many.
struct Tally
{
    QString code;
    QString label;
    int count = 0;
};

// Submitted home visits per month, for each village (or, for a county, each township).
struct VisitsPerMonth
{
    struct Place
    {
        QString code;
        QString name;
        QList<int> counts; // one per month, parallel to `months`
        int total = 0;
    };
    QList<QDate> months; // the first day of each month, oldest first; the last is today's
    QList<Place> places; // by place code; a place on file with no visit has zeros
};

// A child with an open critical or high risk, and what has been done about it.
struct RiskCase
{
    QString childId;
    QString childName;
    QString placeCode;
    QString placeName;
    QString findingId;
    QString title;      // the risk's title in the rulebook
    QString severity;   // critical | high
    QDate lastVisit;    // the latest submitted visit (null: never visited)
    // The newest referral made for this finding; empty status when nobody has been referred.
    QString referralStatus;
    QString referralAgency;
    QDate referralDue;
    bool referralOverdue = false;
    // The newest mandatory report recorded at this child's visits: reported | not_possible,
    // or empty when none was recorded.
    QString reportOutcome;
    QDate reportedOn;
    QString reportedTo;
    // Whether the risk is one that asks for a report (VisitStore::kReportingFindings).
    bool needsReport = false;
};

// A referral still open or accepted.
struct ReferralCase
{
    QString id;
    QString childId;
    QString childName;
    QString placeCode;
    QString placeName;
    QString agency;
    QString status; // open | accepted
    QString findingId;
    QString title; // the finding's title when it came from one, otherwise the stated reason
    QDate openedOn;
    QDate dueDate;
    int daysOverdue = 0; // 0 when not overdue
};

// Referrals sent to one agency, by status.
struct AgencyReferrals
{
    QString agency;
    int open = 0;
    int accepted = 0;
    int resolved = 0;
    int closed = 0;
    int overdue = 0; // open or accepted, past the due date
};

// A village whose children are late for their visit by the rulebook's schedule.
struct VillageVisits
{
    QString placeCode;
    QString placeName;
    int children = 0;     // active children on file
    int overdue = 0;      // visited before, next visit due before today
    int neverVisited = 0; // no submitted visit yet
    QDate oldestDue;      // the earliest missed due date
};

// Everything the dashboard and the oversight page show for one place.
struct Overview
{
    QString placePrefix;
    QDate today;
    QString ruleset; // the rulebook version the children were evaluated with
    int children = 0; // active children on file
    VisitsPerMonth visits;
    QList<Tally> categories; // every category of the rulebook, in its order
    int withoutCategory = 0;
    QList<Tally> risksBySeverity;   // critical, high, medium, low: risks met, one per child and risk
    QList<Tally> referralsByStatus; // open, accepted, resolved, closed
    QList<AgencyReferrals> referralsByAgency; // most overdue first
    QList<RiskCase> openRisks;                // critical first; nothing done first
    QList<ReferralCase> activeReferrals;      // overdue first (the longest overdue first), then by due date
    QList<VillageVisits> overdueVillages;     // villages with overdue or never visited children, most first
    int openConflicts = 0;
};

// Aggregations over the vault for a place: a village (12 digits), a township (9) or a county
// (6). A township's or county's vault holds the records of the villages below it after a sync,
// so the same queries serve every level. Everything is read-only.
//
// Categories, risks and the visit schedule come from evaluating each active child with the
// rulebook as of `today`, as the child's file does: the `evaluations` table is local to the
// device that stored them and does not travel, so a township or county has none for the
// villages' children. The evaluation runs once per child for the whole overview, over facts read
// in one scan (ChildEvaluation::forEachActiveChild); it is most of the overview's cost, which
// grows with the number of children: about 2 s for a township of 3,000 (docs/architecture.md).
class Statistics final
{
    Q_DECLARE_TR_FUNCTIONS(tonghu::reports::Statistics)
public:
    // `placePrefix`: empty (everything in the vault), or a 6-, 9- or 12-digit place code;
    // otherwise Error{BadInput}. `language` picks the rulebook's titles: "zh" or "en".
    static Overview overview(storage::Database& db, const rules::Rulebook& rulebook, const QString& placePrefix,
                             const QDate& today, const QString& language = QStringLiteral("zh"));

    // The parts that need no evaluation, each one query.
    // `groupDigits`: 12 to count per village, 9 per township.
    static VisitsPerMonth visitsPerMonth(storage::Database& db, const QString& placePrefix, const QDate& today,
                                         int months = 12, int groupDigits = 12);
    static QList<Tally> referralsByStatus(storage::Database& db, const QString& placePrefix);
    static QList<AgencyReferrals> referralsByAgency(storage::Database& db, const QString& placePrefix,
                                                    const QDate& today);
    static QList<ReferralCase> activeReferrals(storage::Database& db, const rules::Rulebook& rulebook,
                                               const QString& placePrefix, const QDate& today,
                                               const QString& language = QStringLiteral("zh"));
    static int openConflicts(storage::Database& db);

    // The name of a place: as this vault knows it (a village's own name), from the division
    // table, or its code.
    static QString placeName(storage::Database& db, const QString& code);
};

} // namespace tonghu::reports
