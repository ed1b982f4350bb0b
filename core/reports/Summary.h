// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reports/Statistics.h"
#include "core/reports/Table.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <utility>

namespace tonghu::storage {
class Database;
}
namespace tonghu::rules {
class Rulebook;
}

namespace tonghu::reports {

// The figures of one place below the summary's place: a village of a township's summary, a
// township of a county's. docs/architecture.md defines each count.
struct SummaryGroup
{
    QString code;
    QString name;
    int children = 0;   // on file at the month's end
    int due = 0;        // of them, due for a visit by the month's end
    int dueVisited = 0; // of the due, visited in the month
    int visits = 0;     // submitted visits dated in the month, a corrected visit once
    int risksFound = 0; // risks met at the month's visits, one per child and risk
    int risksResolved = 0;
    int referralsMade = 0;       // referrals opened in the month (for a benefit or not)
    int benefitApplications = 0; // of them, for a benefit
};

// One risk of the rulebook: how often the month's visits met it, and how many of those were
// resolved by the month's end.
struct RiskSummary
{
    QString id;
    QString title;
    QString severity;
    int found = 0;
    int resolvedByVisit = 0;    // a later visit in the month no longer met it
    int resolvedByReferral = 0; // otherwise: its referral was resolved or closed
    int resolved() const { return resolvedByVisit + resolvedByReferral; }
};

// Referrals to one agency: made in the month, and where those active in the month stood at its
// end (a referral moves open → accepted → resolved | closed; its dates say when).
struct AgencySummary
{
    QString agency;
    int made = 0;     // opened in the month
    int open = 0;     // open at the month's end
    int accepted = 0; // accepted, not yet done, at the month's end
    int resolved = 0; // resolved in the month
    int closed = 0;   // closed in the month
    int overdue = 0;  // open or accepted at the month's end and past the due date
};

// One benefit (an eligibility rule): the children who qualify and the applications for it. An
// application is a referral made for the benefit's finding to whoever decides it (its refer_to):
// that is the only step of a benefit the records keep that travels to the township and county.
struct BenefitSummary
{
    QString id;
    QString title;
    int eligible = 0;   // children the rules find eligible (met) at the month's end
    int applied = 0;    // applications made in the month
    int inProgress = 0; // applications open or accepted at the month's end, whenever made
    int granted = 0;    // applications resolved in the month
    int closed = 0;     // applications closed in the month without being resolved
};

// A month's summary of a township (per village) or a county (per township).
struct Summary
{
    Q_DECLARE_TR_FUNCTIONS(tonghu::reports::Summary)
public:
    enum class Level { Township, County };

    Level level = Level::Township;
    QString placeCode;
    QString placeName;
    QDate first; // the month's first day
    QDate last;  // its last day
    // The day the figures stand at: the month's last day, or today for the month under way.
    QDate asOf;
    QString ruleset;            // the rulebook `id@version` the children and visits were evaluated with
    QList<SummaryGroup> groups; // by code
    SummaryGroup total;
    QList<Tally> categories; // every category of the rulebook, in its order
    int withoutCategory = 0;
    QList<RiskSummary> risks;       // risks found in the month: most severe, then most found
    QList<AgencySummary> referrals; // agencies with a referral active in the month, most made first
    QList<BenefitSummary> benefits; // every benefit of the rulebook, in its order

    QString month() const { return first.toString(QStringLiteral("yyyy-MM")); }
    // Found and resolved per severity (critical, high, medium, low).
    QList<RiskSummary> risksBySeverity() const;

    // The figures as tables with headers in `language` ("zh" or "en"), for a workbook (a sheet
    // each) or a PDF: the overview per village or township, categories, risks, referrals and
    // benefits. Counts only: no child is named.
    QList<Table> toTables(const QString& language) const;
    // "Township summary" or "County summary" in `language`.
    QString title(const QString& language) const;
};

// Computes summaries. Read-only: nothing in the vault changes.
class Summaries final
{
    Q_DECLARE_TR_FUNCTIONS(tonghu::reports::Summaries)
public:
    // "2026-03" → 1 March 2026; anything else (2026-13, 2026-3, March) throws Error{BadInput}.
    static QDate parseMonth(const QString& text);

    // `placeCode`: a township (9 digits) or a county (6) for `level`, otherwise Error{BadInput}.
    // `month`: its first day; a month after `today`'s throws Error{BadInput}. `language` picks the
    // rulebook's titles. Categories, due visits and risks are evaluated with `rulebook`.
    // The townships under a county that have records on file, by code: code and name.
    static QList<std::pair<QString, QString>> townshipsOf(storage::Database& db, const QString& countyCode);

    static Summary compute(storage::Database& db, const rules::Rulebook& rulebook, Summary::Level level,
                           const QString& placeCode, const QDate& month, const QDate& today,
                           const QString& language = QStringLiteral("zh"));
};

} // namespace tonghu::reports
