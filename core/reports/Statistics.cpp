// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/Statistics.h"

#include "core/model/Divisions.h"
#include "core/model/VisitStore.h"
#include "core/rules/ChildEvaluation.h"
#include "core/rules/Evaluator.h"
#include "core/rules/Rulebook.h"
#include "core/storage/Database.h"
#include "core/util/Error.h"

#include <QHash>
#include <QMap>

#include <algorithm>

namespace tonghu::reports {

namespace {

// Place codes are digits only, so a GLOB pattern of the prefix and `*` matches exactly the places
// under it, and SQLite can answer it from an index on the code.
QString placePattern(const QString& prefix)
{
    const bool digits = std::all_of(prefix.begin(), prefix.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    if (!digits || !(prefix.isEmpty() || prefix.size() == 6 || prefix.size() == 9 || prefix.size() == 12))
        throw Error(Error::Kind::BadInput,
                    Statistics::tr("A place is a county (6 digits), a township (9) or a village (12)."));
    return prefix + QLatin1Char('*');
}

QString isoDate(const QDate& d) { return d.toString(Qt::ISODate); }
QDate dateFrom(const QString& s) { return QDate::fromString(s.left(10), Qt::ISODate); }

const QStringList kSeverities{QStringLiteral("critical"), QStringLiteral("high"), QStringLiteral("medium"),
                              QStringLiteral("low")};
const QStringList kReferralStates{QStringLiteral("open"), QStringLiteral("accepted"), QStringLiteral("resolved"),
                                  QStringLiteral("closed")};

// Names looked up once per overview: a township has a few dozen villages, a county a few hundred.
class PlaceNames
{
public:
    explicit PlaceNames(storage::Database& db) : m_db(db) {}
    QString operator()(const QString& code)
    {
        auto it = m_names.constFind(code);
        if (it == m_names.cend())
            it = m_names.insert(code, Statistics::placeName(m_db, code));
        return *it;
    }

private:
    storage::Database& m_db;
    QHash<QString, QString> m_names;
};

QString ruleTitle(const rules::Rulebook& rulebook, const QString& id, const QString& language)
{
    const rules::Rule* rule = rulebook.rule(id);
    return rule ? rule->localized(QStringLiteral("title"), language) : QString();
}

} // namespace

QString Statistics::placeName(storage::Database& db, const QString& code)
{
    auto st = db.prepare("SELECT name FROM places WHERE code = ?");
    st.bind(1, code);
    if (st.step() && !st.text(0).isEmpty())
        return st.text(0);
    if (code.size() <= 9) {
        const QString division = model::Divisions::instance().name(code);
        if (!division.isEmpty())
            return division;
    }
    return code;
}

VisitsPerMonth Statistics::visitsPerMonth(storage::Database& db, const QString& placePrefix, const QDate& today,
                                          int months, int groupDigits)
{
    const QString pattern = placePattern(placePrefix);
    VisitsPerMonth out;
    const QDate first = QDate(today.year(), today.month(), 1).addMonths(1 - std::max(1, months));
    for (QDate m = first; m <= today; m = m.addMonths(1))
        out.months << m;
    QMap<QString, int> index; // place code → row, in code order
    {
        // Every place on file gets a row, so a village that made no visit shows as one.
        auto st = db.prepare("SELECT DISTINCT substr(place_code, 1, ?) FROM households WHERE place_code GLOB ?");
        st.bind(1, groupDigits).bind(2, pattern);
        while (st.step())
            index.insert(st.text(0), 0);
    }
    QHash<QString, QList<int>> counts;
    for (auto it = index.begin(); it != index.end(); ++it)
        counts.insert(it.key(), QList<int>(out.months.size(), 0));
    {
        // A corrected visit is one home visit: only its latest submitted version counts.
        auto st = db.prepare(
            "SELECT substr(h.place_code, 1, ?), substr(v.visit_date, 1, 7), count(*) FROM visits v "
            "JOIN children c ON c.id = v.child_id JOIN households h ON h.id = c.household_id "
            "WHERE v.status = 'submitted' AND v.visit_date >= ? AND v.visit_date <= ? AND h.place_code GLOB ? "
            "AND v.id NOT IN (SELECT supersedes_id FROM visits WHERE status = 'submitted' AND supersedes_id IS NOT NULL) "
            "GROUP BY 1, 2");
        st.bind(1, groupDigits).bind(2, isoDate(first)).bind(3, isoDate(today)).bind(4, pattern);
        while (st.step()) {
            const QString place = st.text(0);
            const QDate month = dateFrom(st.text(1) + QStringLiteral("-01"));
            const int i = int(out.months.indexOf(month));
            if (i < 0)
                continue;
            auto c = counts.find(place);
            if (c == counts.end()) {
                index.insert(place, 0);
                c = counts.insert(place, QList<int>(out.months.size(), 0));
            }
            (*c)[i] += st.integer(2);
        }
    }
    PlaceNames names(db);
    for (auto it = index.cbegin(); it != index.cend(); ++it) {
        VisitsPerMonth::Place p;
        p.code = it.key();
        p.name = names(p.code);
        p.counts = counts.value(p.code);
        for (int n : p.counts)
            p.total += n;
        out.places << p;
    }
    return out;
}

QList<Tally> Statistics::referralsByStatus(storage::Database& db, const QString& placePrefix)
{
    QList<Tally> out;
    for (const QString& s : kReferralStates)
        out << Tally{s, QString(), 0};
    auto st = db.prepare("SELECT r.status, count(*) FROM referrals r JOIN children c ON c.id = r.child_id "
                         "JOIN households h ON h.id = c.household_id WHERE h.place_code GLOB ? GROUP BY r.status");
    st.bind(1, placePattern(placePrefix));
    while (st.step()) {
        const auto i = kReferralStates.indexOf(st.text(0));
        if (i >= 0)
            out[i].count = st.integer(1);
    }
    return out;
}

QList<AgencyReferrals> Statistics::referralsByAgency(storage::Database& db, const QString& placePrefix,
                                                     const QDate& today)
{
    QList<AgencyReferrals> out;
    auto st = db.prepare(
        "SELECT r.agency, sum(r.status = 'open'), sum(r.status = 'accepted'), sum(r.status = 'resolved'), "
        "sum(r.status = 'closed'), sum(r.status IN ('open', 'accepted') AND r.due_date < ?) AS overdue "
        "FROM referrals r JOIN children c ON c.id = r.child_id JOIN households h ON h.id = c.household_id "
        "WHERE h.place_code GLOB ? GROUP BY r.agency "
        "ORDER BY overdue DESC, sum(r.status IN ('open', 'accepted')) DESC, r.agency");
    st.bind(1, isoDate(today)).bind(2, placePattern(placePrefix));
    while (st.step()) {
        AgencyReferrals a;
        a.agency = st.text(0);
        a.open = st.integer(1);
        a.accepted = st.integer(2);
        a.resolved = st.integer(3);
        a.closed = st.integer(4);
        a.overdue = st.integer(5);
        out << a;
    }
    return out;
}

QList<ReferralCase> Statistics::activeReferrals(storage::Database& db, const rules::Rulebook& rulebook,
                                                const QString& placePrefix, const QDate& today,
                                                const QString& language)
{
    QList<ReferralCase> out;
    // Overdue first, the longest overdue first; then by due date, those without one last.
    auto st = db.prepare(
        "SELECT r.id, c.id, c.name, h.place_code, r.agency, r.status, r.finding_id, r.reason, r.opened_on, "
        "r.due_date FROM referrals r JOIN children c ON c.id = r.child_id JOIN households h ON h.id = c.household_id "
        "WHERE r.status IN ('open', 'accepted') AND h.place_code GLOB ? "
        "ORDER BY (r.due_date IS NOT NULL AND r.due_date < ?) DESC, r.due_date IS NULL, r.due_date, c.name, r.id");
    st.bind(1, placePattern(placePrefix)).bind(2, isoDate(today));
    PlaceNames names(db);
    while (st.step()) {
        ReferralCase r;
        r.id = st.text(0);
        r.childId = st.text(1);
        r.childName = st.text(2);
        r.placeCode = st.text(3);
        r.placeName = names(r.placeCode);
        r.agency = st.text(4);
        r.status = st.text(5);
        r.findingId = st.text(6);
        r.title = r.findingId.isEmpty() ? QString() : ruleTitle(rulebook, r.findingId, language);
        if (r.title.isEmpty())
            r.title = st.text(7).section(QLatin1Char('\n'), 0, 0);
        r.openedOn = dateFrom(st.text(8));
        r.dueDate = dateFrom(st.text(9));
        if (r.dueDate.isValid() && r.dueDate < today)
            r.daysOverdue = int(r.dueDate.daysTo(today));
        out << r;
    }
    return out;
}

int Statistics::openConflicts(storage::Database& db)
{
    auto st = db.prepare("SELECT count(*) FROM sync_conflicts WHERE resolved_at IS NULL");
    st.step();
    return st.integer(0);
}

Overview Statistics::overview(storage::Database& db, const rules::Rulebook& rulebook, const QString& placePrefix,
                              const QDate& today, const QString& language)
{
    const QString pattern = placePattern(placePrefix);
    Overview o;
    o.placePrefix = placePrefix;
    o.today = today;
    o.ruleset = rulebook.tag();
    // A county's chart would have hundreds of villages: it counts visits per township.
    o.visits = visitsPerMonth(db, placePrefix, today, 12, placePrefix.size() <= 6 ? 9 : 12);
    o.referralsByStatus = referralsByStatus(db, placePrefix);
    o.referralsByAgency = referralsByAgency(db, placePrefix, today);
    o.activeReferrals = activeReferrals(db, rulebook, placePrefix, today, language);
    o.openConflicts = openConflicts(db);

    QHash<QString, int> categoryIndex;
    for (const rules::Rule& r : rulebook.rules)
        if (r.kind == QLatin1String("category")) {
            categoryIndex.insert(r.id, int(o.categories.size()));
            o.categories << Tally{r.id, r.localized(QStringLiteral("title"), language), 0};
        }
    for (const QString& s : kSeverities)
        o.risksBySeverity << Tally{s, QString(), 0};

    // The one pass of evaluation: each active child once.
    PlaceNames names(db);
    QMap<QString, VillageVisits> villages;
    rules::ChildEvaluation children(db, rulebook);
    const rules::Evaluator evaluator(rulebook);
    auto referralOf = db.prepare("SELECT status, agency, due_date FROM referrals WHERE child_id = ? AND finding_id = ? "
                                 "ORDER BY created_at DESC, rowid DESC LIMIT 1");
    auto reportOf = db.prepare(
        "SELECT m.outcome, m.reported_at, m.reported_to FROM mandatory_reports m JOIN visits v ON v.id = m.visit_id "
        "WHERE v.child_id = ? AND v.status = 'submitted' ORDER BY v.visit_date DESC, v.submitted_at DESC LIMIT 1");
    children.forEachActiveChild(pattern, [&](const rules::ChildFacts& child) {
        const QString& childId = child.childId;
        const QString& placeCode = child.placeCode;
        const rules::FactRow& facts = child.facts;
        ++o.children;
        VillageVisits& village = villages[placeCode];
        village.placeCode = placeCode;
        ++village.children;

        const rules::Evaluation ev = evaluator.evaluate(facts, today, language);
        const rules::Value* last = facts.lastVisit();
        const QDate lastVisit = last ? last->d : QDate();
        if (!lastVisit.isValid()) {
            ++village.neverVisited;
        } else if (ev.nextVisitDue.isValid() && ev.nextVisitDue < today) {
            ++village.overdue;
            if (!village.oldestDue.isValid() || ev.nextVisitDue < village.oldestDue)
                village.oldestDue = ev.nextVisitDue;
        }

        bool categorized = false;
        bool reportLooked = false;
        QString outcome, reportedTo;
        QDate reportedOn;
        for (const rules::Finding& f : ev.findings) {
            if (f.status != QLatin1String("met"))
                continue;
            if (f.kind == QLatin1String("category")) {
                if (const auto i = categoryIndex.constFind(f.id); i != categoryIndex.cend()) {
                    ++o.categories[*i].count;
                    categorized = true;
                }
                continue;
            }
            if (f.kind != QLatin1String("risk"))
                continue;
            const auto s = kSeverities.indexOf(f.severity);
            if (s >= 0)
                ++o.risksBySeverity[s].count;
            if (s != 0 && s != 1)
                continue;
            RiskCase r;
            r.childId = childId;
            r.childName = child.name;
            r.placeCode = placeCode;
            r.placeName = names(placeCode);
            r.findingId = f.id;
            r.title = f.title;
            r.severity = f.severity;
            r.lastVisit = lastVisit;
            r.needsReport = model::VisitStore::kReportingFindings.contains(f.id);
            referralOf.bind(1, childId).bind(2, f.id);
            if (referralOf.step()) {
                r.referralStatus = referralOf.text(0);
                r.referralAgency = referralOf.text(1);
                r.referralDue = dateFrom(referralOf.text(2));
                r.referralOverdue = (r.referralStatus == QLatin1String("open") ||
                                     r.referralStatus == QLatin1String("accepted")) &&
                                    r.referralDue.isValid() && r.referralDue < today;
            }
            referralOf.reset();
            if (!reportLooked) {
                reportLooked = true;
                reportOf.bind(1, childId);
                if (reportOf.step()) {
                    outcome = reportOf.text(0);
                    reportedOn = dateFrom(reportOf.text(1));
                    reportedTo = reportOf.text(2);
                }
                reportOf.reset();
            }
            r.reportOutcome = outcome;
            r.reportedOn = reportedOn;
            r.reportedTo = reportedTo;
            o.openRisks << r;
        }
        if (!categorized)
            ++o.withoutCategory;
    });

    // Critical first; among equals, the ones nobody has referred yet, then the longest unvisited.
    std::stable_sort(o.openRisks.begin(), o.openRisks.end(), [](const RiskCase& a, const RiskCase& b) {
        if (a.severity != b.severity)
            return a.severity == QLatin1String("critical");
        if (a.referralStatus.isEmpty() != b.referralStatus.isEmpty())
            return a.referralStatus.isEmpty();
        if (a.lastVisit != b.lastVisit)
            return a.lastVisit < b.lastVisit;
        return false;
    });

    for (VillageVisits& v : villages) {
        if (v.overdue == 0 && v.neverVisited == 0)
            continue;
        v.placeName = names(v.placeCode);
        o.overdueVillages << v;
    }
    std::stable_sort(o.overdueVillages.begin(), o.overdueVillages.end(),
                     [](const VillageVisits& a, const VillageVisits& b) {
                         if (a.overdue != b.overdue)
                             return a.overdue > b.overdue;
                         return a.neverVisited > b.neverVisited;
                     });
    return o;
}

} // namespace tonghu::reports
