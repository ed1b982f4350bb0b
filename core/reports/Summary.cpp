// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/Summary.h"

#include "core/rules/ChildEvaluation.h"
#include "core/rules/Evaluator.h"
#include "core/rules/Rulebook.h"
#include "core/storage/Database.h"
#include "core/util/Error.h"

#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace tonghu::reports {

namespace {

const QStringList kSeverities{QStringLiteral("critical"), QStringLiteral("high"), QStringLiteral("medium"),
                              QStringLiteral("low")};

QString isoDate(const QDate& d)
{
    return d.toString(Qt::ISODate);
}
QDate dateFrom(const QString& s)
{
    return QDate::fromString(s.left(10), Qt::ISODate);
}

bool isDigits(const QString& s)
{
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

// What the month's visits found about one child: for each risk, the last visit that met it, and
// what the child's last visit of the month still reported (met or possible).
struct ChildMonth
{
    QString group;
    int lastVisit = -1;               // index of the child's latest visit of the month, in scan order
    QHash<QString, int> lastMet;      // risk id → index of the last visit that met it
    QHash<QString, QString> severity; // risk id → its severity at that visit
    QHash<QString, QDate> metOn;      // risk id → that visit's date
    QSet<QString> reportedAtLast;     // risks met or possible at the latest visit
};

// A referral as the summary needs it: where it stood at the month's end is told by its dates.
struct ReferralRow
{
    QString childId;
    QString group;
    QString findingId;
    QString agency;
    QString status;
    QDate opened;
    QDate accepted;
    QDate closed;
    QDate due;

    // open | accepted | resolved | closed on `day` (a referral only moves forward).
    QString stateOn(const QDate& day) const
    {
        if ((status == QLatin1String("resolved") || status == QLatin1String("closed")) && closed.isValid() &&
            closed <= day)
            return status;
        if (accepted.isValid() && accepted <= day && status != QLatin1String("open"))
            return QStringLiteral("accepted");
        return QStringLiteral("open");
    }
};

} // namespace

QDate Summaries::parseMonth(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    const auto m = pattern.match(text.trimmed());
    const QDate first = m.hasMatch() ? QDate(m.captured(1).toInt(), m.captured(2).toInt(), 1) : QDate();
    if (!first.isValid())
        throw Error(Error::Kind::BadInput,
                    tr("%1 is not a month: write it as year and month, such as 2026-03.").arg(text));
    return first;
}

QList<std::pair<QString, QString>> Summaries::townshipsOf(storage::Database& db, const QString& countyCode)
{
    QList<std::pair<QString, QString>> out;
    if (!isDigits(countyCode) || countyCode.size() != 6)
        return out;
    auto st = db.prepare(
        "SELECT DISTINCT substr(place_code, 1, 9) FROM households WHERE place_code GLOB ? ORDER BY 1");
    st.bind(1, countyCode + QLatin1Char('*'));
    while (st.step())
        out << std::pair{st.text(0), Statistics::placeName(db, st.text(0))};
    return out;
}

Summary Summaries::compute(storage::Database& db, const rules::Rulebook& rulebook, Summary::Level level,
                           const QString& placeCode, const QDate& month, const QDate& today,
                           const QString& language)
{
    const bool county = level == Summary::Level::County;
    if (!isDigits(placeCode) || placeCode.size() != (county ? 6 : 9))
        throw Error(Error::Kind::BadInput,
                    county ? tr("A county summary is for a county: a 6-digit place code.")
                           : tr("A township summary is for a township: a 9-digit place code."));
    const QDate first(month.year(), month.month(), 1);
    if (!month.isValid() || first > today)
        throw Error(Error::Kind::BadInput,
                    tr("The month %1 has not begun yet.").arg(first.toString(QStringLiteral("yyyy-MM"))));

    Summary s;
    s.level = level;
    s.placeCode = placeCode;
    s.placeName = Statistics::placeName(db, placeCode);
    s.first = first;
    s.last = first.addMonths(1).addDays(-1);
    s.asOf = std::min(s.last, today);
    s.ruleset = rulebook.tag();
    const QString pattern = placeCode + QLatin1Char('*');
    const int groupDigits = county ? 9 : 12;
    const auto groupOf = [&](const QString& place) { return place.left(groupDigits); };

    // Every place below with records on file gets a row, so a village with nothing done shows as one.
    QMap<QString, SummaryGroup> groups;
    {
        auto st =
            db.prepare("SELECT DISTINCT substr(place_code, 1, ?) FROM households WHERE place_code GLOB ?");
        st.bind(1, groupDigits).bind(2, pattern);
        while (st.step())
            groups[st.text(0)].code = st.text(0);
    }
    const auto group = [&](const QString& code) -> SummaryGroup& {
        SummaryGroup& g = groups[code];
        g.code = code;
        return g;
    };

    QHash<QString, int> categoryIndex;
    for (const rules::Rule& r : rulebook.rules) {
        if (r.kind == QLatin1String("category")) {
            categoryIndex.insert(r.id, int(s.categories.size()));
            s.categories << Tally{r.id, r.localized(QStringLiteral("title"), language), 0};
        } else if (r.kind == QLatin1String("eligibility")) {
            BenefitSummary b;
            b.id = r.id;
            b.title = r.localized(QStringLiteral("title"), language);
            s.benefits << b;
        }
    }
    QHash<QString, int> benefitIndex;
    for (qsizetype i = 0; i < s.benefits.size(); ++i)
        benefitIndex.insert(s.benefits.at(i).id, int(i));

    rules::ChildEvaluation children(db, rulebook);
    const rules::Evaluator evaluator(rulebook);

    // Due: the schedule as it stood when the month began. The child's latest visit before the
    // month set the next visit's date when it was submitted (evaluated as of that visit, as the
    // village stored it); a child never visited before the month is owed a first visit.
    QSet<QString> due;
    children.forEachChild(rules::ChildScan{pattern, first, s.asOf}, [&](const rules::ChildFacts& c) {
        const rules::Value* last = c.facts.lastVisit();
        bool isDue = !last;
        if (!isDue) {
            const rules::Evaluation ev = evaluator.evaluate(c.facts, last->d, language);
            isDue = !ev.nextVisitDue.isValid() || ev.nextVisitDue <= s.last;
        }
        if (isDue) {
            due.insert(c.childId);
            ++group(groupOf(c.placeCode)).due;
        }
    });

    // Categories and benefits: the children on file as the month ends, with their latest visit by then.
    children.forEachChild(
        rules::ChildScan{pattern, s.asOf.addDays(1), s.asOf}, [&](const rules::ChildFacts& c) {
            ++group(groupOf(c.placeCode)).children;
            const rules::Evaluation ev = evaluator.evaluate(c.facts, s.asOf, language);
            bool categorized = false;
            for (const rules::Finding& f : ev.findings) {
                if (f.status != QLatin1String("met"))
                    continue;
                if (const auto i = categoryIndex.constFind(f.id); i != categoryIndex.cend()) {
                    ++s.categories[*i].count;
                    categorized = true;
                } else if (const auto b = benefitIndex.constFind(f.id); b != benefitIndex.cend()) {
                    ++s.benefits[*b].eligible;
                }
            }
            if (!categorized)
                ++s.withoutCategory;
        });

    // The month's visits, each evaluated as it was submitted (ChildEvaluation::evaluateVisit).
    QHash<QString, ChildMonth> visited;
    QHash<QString, QString> riskTitles;
    int index = 0;
    children.forEachVisit(pattern, first, s.asOf, [&](const rules::VisitFacts& v) {
        const QString g = groupOf(v.placeCode);
        ++group(g).visits;
        ChildMonth& child = visited[v.childId];
        child.group = g;
        child.lastVisit = index;
        child.reportedAtLast.clear();
        const rules::Evaluation ev = evaluator.evaluate(v.facts, v.visitDate, language);
        for (const rules::Finding& f : ev.findings) {
            if (f.kind != QLatin1String("risk"))
                continue;
            child.reportedAtLast.insert(f.id);
            if (f.status != QLatin1String("met"))
                continue;
            child.lastMet.insert(f.id, index);
            child.severity.insert(f.id, f.severity);
            child.metOn.insert(f.id, v.visitDate);
            riskTitles.insert(f.id, f.title);
        }
        ++index;
    });
    for (auto it = visited.cbegin(); it != visited.cend(); ++it)
        if (due.contains(it.key()))
            ++group(it->group).dueVisited;

    // Referrals active at some time in the month: opened by its end, not done before it began.
    QList<ReferralRow> referrals;
    QHash<QString, qsizetype>
        newestFor; // child | finding → the newest referral for it opened by the month's end
    {
        auto st = db.prepare(
            "SELECT r.child_id, h.place_code, r.finding_id, r.agency, r.status, r.opened_on, r.accepted_on, "
            "r.closed_on, r.due_date, r.updated_at FROM referrals r "
            "JOIN children c ON c.id = r.child_id JOIN households h ON h.id = c.household_id "
            "WHERE h.place_code GLOB ? AND r.opened_on <= ? ORDER BY r.opened_on, r.created_at, r.rowid");
        st.bind(1, pattern).bind(2, isoDate(s.asOf));
        while (st.step()) {
            ReferralRow r;
            r.childId = st.text(0);
            r.group = groupOf(st.text(1));
            r.findingId = st.text(2);
            r.agency = st.text(3);
            r.status = st.text(4);
            r.opened = dateFrom(st.text(5));
            r.accepted = dateFrom(st.text(6));
            r.closed = dateFrom(st.text(7));
            r.due = dateFrom(st.text(8));
            // A referral done before its dates were kept is dated by its last change.
            if (!r.closed.isValid() &&
                (r.status == QLatin1String("resolved") || r.status == QLatin1String("closed")))
                r.closed = dateFrom(st.text(9));
            if (!r.findingId.isEmpty())
                newestFor.insert(r.childId + QLatin1Char('|') + r.findingId, referrals.size());
            referrals << r;
        }
    }

    // Found and resolved, one per child and risk.
    QMap<QString, RiskSummary> risks; // id | severity
    for (auto it = visited.cbegin(); it != visited.cend(); ++it) {
        const ChildMonth& child = it.value();
        for (auto met = child.lastMet.cbegin(); met != child.lastMet.cend(); ++met) {
            const QString& id = met.key();
            const QString severity = child.severity.value(id);
            RiskSummary& r = risks[QString::number(std::max<qsizetype>(0, kSeverities.indexOf(severity))) +
                                   QLatin1Char('|') + id + QLatin1Char('|') + severity];
            r.id = id;
            r.severity = severity;
            r.title = riskTitles.value(id);
            ++r.found;
            SummaryGroup& g = group(child.group);
            ++g.risksFound;
            // A later visit that no longer reports it at all (a "possible" is not resolved: it
            // waits for answers), or its referral done since the visit that last met it.
            if (child.lastVisit > *met && !child.reportedAtLast.contains(id)) {
                ++r.resolvedByVisit;
                ++g.risksResolved;
                continue;
            }
            const auto ref = newestFor.constFind(it.key() + QLatin1Char('|') + id);
            if (ref == newestFor.cend())
                continue;
            const ReferralRow& row = referrals.at(*ref);
            const QString state = row.stateOn(s.asOf);
            if ((state == QLatin1String("resolved") || state == QLatin1String("closed")) &&
                row.closed >= child.metOn.value(id)) {
                ++r.resolvedByReferral;
                ++g.risksResolved;
            }
        }
    }
    s.risks = risks.values();
    std::stable_sort(s.risks.begin(), s.risks.end(), [](const RiskSummary& a, const RiskSummary& b) {
        const auto sa = kSeverities.indexOf(a.severity), sb = kSeverities.indexOf(b.severity);
        if (sa != sb)
            return sa < sb;
        return a.found > b.found;
    });

    QMap<QString, AgencySummary> agencies;
    for (const ReferralRow& r : referrals) {
        const QString state = r.stateOn(s.asOf);
        const bool doneBefore =
            (state == QLatin1String("resolved") || state == QLatin1String("closed")) && r.closed < first;
        if (doneBefore)
            continue;
        const bool made = r.opened >= first;
        AgencySummary& a = agencies[r.agency];
        a.agency = r.agency;
        const auto benefit =
            r.findingId.isEmpty() ? benefitIndex.cend() : benefitIndex.constFind(r.findingId);
        BenefitSummary* b = benefit == benefitIndex.cend() ? nullptr : &s.benefits[*benefit];
        if (made) {
            ++a.made;
            ++group(r.group).referralsMade;
            if (b) {
                ++b->applied;
                ++group(r.group).benefitApplications;
            }
        }
        if (state == QLatin1String("open") || state == QLatin1String("accepted")) {
            ++(state == QLatin1String("open") ? a.open : a.accepted);
            if (r.due.isValid() && r.due < s.asOf)
                ++a.overdue;
            if (b)
                ++b->inProgress;
        } else if (state == QLatin1String("resolved")) {
            ++a.resolved;
            if (b)
                ++b->granted;
        } else {
            ++a.closed;
            if (b)
                ++b->closed;
        }
    }
    s.referrals = agencies.values();
    std::stable_sort(s.referrals.begin(), s.referrals.end(),
                     [](const AgencySummary& a, const AgencySummary& b) { return a.made > b.made; });

    s.total.code = placeCode;
    s.total.name = s.placeName;
    for (auto it = groups.begin(); it != groups.end(); ++it) {
        it->name = Statistics::placeName(db, it->code);
        s.total.children += it->children;
        s.total.due += it->due;
        s.total.dueVisited += it->dueVisited;
        s.total.visits += it->visits;
        s.total.risksFound += it->risksFound;
        s.total.risksResolved += it->risksResolved;
        s.total.referralsMade += it->referralsMade;
        s.total.benefitApplications += it->benefitApplications;
        s.groups << *it;
    }
    return s;
}

QList<RiskSummary> Summary::risksBySeverity() const
{
    QList<RiskSummary> out;
    for (const QString& severity : kSeverities) {
        RiskSummary t;
        t.id = severity;
        t.severity = severity;
        for (const RiskSummary& r : risks)
            if (r.severity == severity) {
                t.found += r.found;
                t.resolvedByVisit += r.resolvedByVisit;
                t.resolvedByReferral += r.resolvedByReferral;
            }
        out << t;
    }
    return out;
}

} // namespace tonghu::reports
