// SPDX-License-Identifier: GPL-3.0-or-later
// The statistics of a township and a county, computed over what the villages' bundles brought,
// checked against counts made independently in each village's own vault.
#include "core/model/DemoVillage.h"
#include "core/reports/Statistics.h"
#include "core/rules/ChildEvaluation.h"
#include "core/rules/CountyRulebook.h"
#include "core/rules/Rulebook.h"
#include "core/storage/Database.h"
#include "core/sync/Conflicts.h"
#include "core/util/Error.h"
#include "tests/support/SyncFixture.h"

#include <catch2/catch_test_macros.hpp>

#include <QElapsedTimer>
#include <QMap>
#include <QSet>

using namespace tonghu;
using test::kCounty;
using test::kTownship;
using test::kVillageA;
using test::kVillageB;

namespace {

// A day in the past, so the demo history (never dated in the future) can end on it.
const QDate kToday(2026, 11, 20);

void demo(test::TempVault& v, const QString& place, int children, quint32 seed)
{
    model::DemoOptions o;
    o.children = children;
    o.seed = seed;
    o.placeCode = place;
    o.referenceYear = kToday.year();
    o.today = kToday;
    model::DemoVillage::generate(v.vault->database(), v.vault->userId(), o);
}

QDate firstMonth() { return QDate(kToday.year(), kToday.month(), 1).addMonths(-11); }

// Submitted visits per month in a village's own vault (a corrected visit counts once).
QMap<QString, int> visitsByMonth(storage::Database& db)
{
    QMap<QString, int> out;
    auto st = db.prepare("SELECT substr(visit_date, 1, 7), count(*) FROM visits WHERE status = 'submitted' "
                         "AND visit_date >= ? AND visit_date <= ? AND id NOT IN "
                         "(SELECT supersedes_id FROM visits WHERE supersedes_id IS NOT NULL AND status = 'submitted') "
                         "GROUP BY 1");
    st.bind(1, firstMonth().toString(Qt::ISODate)).bind(2, kToday.toString(Qt::ISODate));
    while (st.step())
        out.insert(st.text(0), st.integer(1));
    return out;
}

QMap<QString, int> referralsByStatus(storage::Database& db)
{
    QMap<QString, int> out;
    auto st = db.prepare("SELECT status, count(*) FROM referrals GROUP BY status");
    while (st.step())
        out.insert(st.text(0), st.integer(1));
    return out;
}

// What a village finds about its own children today, each evaluated in its own vault.
struct Findings
{
    QMap<QString, int> categories;
    QMap<QString, int> severities;
    QSet<QString> criticalOrHigh; // child id | finding id
    int overdue = 0;
    int never = 0;
    int children = 0;
};

Findings evaluateAll(storage::Database& db)
{
    Findings out;
    const rules::Rulebook& rulebook = rules::CountyRulebook::current(db);
    rules::ChildEvaluation evaluation(db, rulebook);
    auto st = db.prepare("SELECT id FROM children WHERE status = 'active'");
    while (st.step()) {
        const QString id = st.text(0);
        ++out.children;
        const rules::Evaluation ev = evaluation.evaluate(id, kToday);
        const QDate last = evaluation.lastVisitDate(id);
        if (!last.isValid())
            ++out.never;
        else if (ev.nextVisitDue < kToday)
            ++out.overdue;
        for (const rules::Finding& f : ev.findings) {
            if (f.status != QLatin1String("met"))
                continue;
            if (f.kind == QLatin1String("category"))
                ++out.categories[f.id];
            if (f.kind == QLatin1String("risk")) {
                ++out.severities[f.severity];
                if (f.severity == QLatin1String("critical") || f.severity == QLatin1String("high"))
                    out.criticalOrHigh.insert(id + QLatin1Char('|') + f.id);
            }
        }
    }
    return out;
}

int tally(const QList<reports::Tally>& list, const QString& code)
{
    for (const reports::Tally& t : list)
        if (t.code == code)
            return t.count;
    FAIL("no tally " << code.toStdString());
    return -1;
}

const reports::VisitsPerMonth::Place* placeOf(const reports::VisitsPerMonth& v, const QString& code)
{
    for (const auto& p : v.places)
        if (p.code == code)
            return &p;
    return nullptr;
}

// Two demo villages synced to their township and county.
struct SyncedCounty
{
    test::County c;
    SyncedCounty()
    {
        demo(*c.a, kVillageA, 40, 7);
        demo(*c.b, kVillageB, 25, 11);
        c.roundTrip();
    }
    storage::Database& a() { return c.a->vault->database(); }
    storage::Database& b() { return c.b->vault->database(); }
    storage::Database& township() { return c.township->vault->database(); }
    reports::Overview overview(storage::Database& db, const QString& prefix)
    {
        return reports::Statistics::overview(db, rules::CountyRulebook::current(db), prefix, kToday);
    }
};

} // namespace

TEST_CASE("A township's statistics equal what its villages count in their own vaults", "[statistics]")
{
    SyncedCounty s;
    const reports::Overview o = s.overview(s.township(), kTownship);

    // Visits per month: the township's row of each village is that village's own count.
    REQUIRE(o.visits.months.size() == 12);
    CHECK(o.visits.months.first() == firstMonth());
    CHECK(o.visits.months.last() == QDate(kToday.year(), kToday.month(), 1));
    REQUIRE(o.visits.places.size() == 2);
    int visits = 0;
    for (const auto& [code, db] : {std::pair<QString, storage::Database*>{kVillageA, &s.a()}, {kVillageB, &s.b()}}) {
        INFO(code.toStdString());
        const auto* place = placeOf(o.visits, code);
        REQUIRE(place);
        const QMap<QString, int> own = visitsByMonth(*db);
        REQUIRE_FALSE(own.isEmpty());
        for (qsizetype i = 0; i < o.visits.months.size(); ++i)
            CHECK(place->counts.at(i) == own.value(o.visits.months.at(i).toString(QStringLiteral("yyyy-MM"))));
        int total = 0;
        for (int n : own)
            total += n;
        CHECK(place->total == total);
        visits += total;
    }
    CHECK(placeOf(o.visits, kVillageA)->name == s.c.a->vault->placeName()); // as the village calls itself
    CHECK(visits > 100);

    // Referrals by status: the sum of the villages'.
    const QMap<QString, int> refA = referralsByStatus(s.a());
    const QMap<QString, int> refB = referralsByStatus(s.b());
    for (const QString& status : {QStringLiteral("open"), QStringLiteral("accepted"), QStringLiteral("resolved"),
                                  QStringLiteral("closed")})
        CHECK(tally(o.referralsByStatus, status) == refA.value(status) + refB.value(status));
    int byAgency = 0;
    for (const reports::AgencyReferrals& r : o.referralsByAgency)
        byAgency += r.open + r.accepted + r.resolved + r.closed;
    CHECK(byAgency == test::count(s.a(), "SELECT count(*) FROM referrals") +
                          test::count(s.b(), "SELECT count(*) FROM referrals"));

    // Categories, risks and overdue visits: each village evaluating its own children.
    const Findings fa = evaluateAll(s.a());
    const Findings fb = evaluateAll(s.b());
    CHECK(o.children == fa.children + fb.children);
    int categorized = 0;
    for (const reports::Tally& t : o.categories) {
        INFO(t.code.toStdString());
        CHECK(t.count == fa.categories.value(t.code) + fb.categories.value(t.code));
        CHECK_FALSE(t.label.isEmpty());
        categorized += t.count;
    }
    CHECK(categorized > 0);
    CHECK(o.categories.size() == 6);
    for (const reports::Tally& t : o.risksBySeverity)
        CHECK(t.count == fa.severities.value(t.code) + fb.severities.value(t.code));
    CHECK(tally(o.risksBySeverity, QStringLiteral("critical")) >= 1);

    // The oversight list holds exactly the children with an open critical or high risk, critical first.
    QSet<QString> listed;
    for (const reports::RiskCase& r : o.openRisks)
        listed.insert(r.childId + QLatin1Char('|') + r.findingId);
    CHECK(listed == (fa.criticalOrHigh | fb.criticalOrHigh));
    CHECK(o.openRisks.size() == listed.size());
    bool seenHigh = false;
    for (const reports::RiskCase& r : o.openRisks) {
        if (r.severity == QLatin1String("high"))
            seenHigh = true;
        else
            CHECK_FALSE(seenHigh);
    }

    // What was done: the newest referral for the finding and the newest report, as in the village.
    int reported = 0;
    for (const reports::RiskCase& r : o.openRisks) {
        storage::Database& own = r.placeCode == kVillageA ? s.a() : s.b();
        auto ref = own.prepare("SELECT status FROM referrals WHERE child_id = ? AND finding_id = ? "
                               "ORDER BY created_at DESC LIMIT 1");
        ref.bind(1, r.childId).bind(2, r.findingId);
        CHECK(r.referralStatus == (ref.step() ? ref.text(0) : QString()));
        auto rep = own.prepare("SELECT m.outcome FROM mandatory_reports m JOIN visits v ON v.id = m.visit_id "
                               "WHERE v.child_id = ? ORDER BY v.visit_date DESC LIMIT 1");
        rep.bind(1, r.childId);
        CHECK(r.reportOutcome == (rep.step() ? rep.text(0) : QString()));
        if (r.needsReport && !r.reportOutcome.isEmpty())
            ++reported;
    }
    CHECK(reported >= 1);

    // Villages with overdue visits: the count each village makes of its own.
    QMap<QString, reports::VillageVisits> late;
    for (const reports::VillageVisits& v : o.overdueVillages)
        late.insert(v.placeCode, v);
    CHECK(late.value(kVillageA).overdue == fa.overdue);
    CHECK(late.value(kVillageA).neverVisited == fa.never);
    CHECK(late.value(kVillageB).overdue == fb.overdue);
    CHECK(late.value(kVillageB).neverVisited == fb.never);
    CHECK(fa.overdue + fb.overdue + fa.never + fb.never > 0);
    for (qsizetype i = 1; i < o.overdueVillages.size(); ++i)
        CHECK(o.overdueVillages.at(i - 1).overdue >= o.overdueVillages.at(i).overdue);
    CHECK(o.openConflicts == 0);
}

TEST_CASE("Active referrals come overdue first, the longest overdue first, then by due date", "[statistics]")
{
    SyncedCounty s;
    const QList<reports::ReferralCase> list = reports::Statistics::activeReferrals(
        s.township(), rules::CountyRulebook::current(s.township()), kTownship, kToday);
    QSet<QString> ids;
    for (const reports::ReferralCase& r : list)
        ids.insert(r.id);
    QSet<QString> expected;
    for (storage::Database* db : {&s.a(), &s.b()}) {
        auto st = db->prepare("SELECT id FROM referrals WHERE status IN ('open', 'accepted')");
        while (st.step())
            expected.insert(st.text(0));
    }
    CHECK(ids == expected);
    CHECK(list.size() == expected.size());

    int overdue = 0;
    bool seenCurrent = false;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const reports::ReferralCase& r = list.at(i);
        CHECK_FALSE(r.title.isEmpty());
        CHECK((r.daysOverdue > 0) == (r.dueDate.isValid() && r.dueDate < kToday));
        if (r.daysOverdue > 0) {
            ++overdue;
            CHECK_FALSE(seenCurrent);
            if (i > 0)
                CHECK(list.at(i - 1).daysOverdue >= r.daysOverdue);
        } else {
            if (seenCurrent && r.dueDate.isValid() && list.at(i - 1).dueDate.isValid())
                CHECK(list.at(i - 1).dueDate <= r.dueDate);
            seenCurrent = true;
        }
    }
    const int overdueInVillages =
        test::count(s.a(), "SELECT count(*) FROM referrals WHERE status IN ('open', 'accepted') AND due_date < ?",
                    kToday.toString(Qt::ISODate)) +
        test::count(s.b(), "SELECT count(*) FROM referrals WHERE status IN ('open', 'accepted') AND due_date < ?",
                    kToday.toString(Qt::ISODate));
    CHECK(overdue == overdueInVillages);
    int agencyOverdue = 0;
    for (const reports::AgencyReferrals& a :
         reports::Statistics::referralsByAgency(s.township(), kTownship, kToday))
        agencyOverdue += a.overdue;
    CHECK(agencyOverdue == overdue);
}

TEST_CASE("A place prefix narrows the statistics to a village; a county counts visits per township",
          "[statistics]")
{
    SyncedCounty s;
    const reports::Overview township = s.overview(s.township(), kTownship);
    const reports::Overview onlyA = s.overview(s.township(), kVillageA);
    const reports::Overview own = s.overview(s.a(), kVillageA);
    REQUIRE(onlyA.visits.places.size() == 1);
    CHECK(onlyA.visits.places.first().counts == placeOf(township.visits, kVillageA)->counts);
    CHECK(onlyA.children == own.children);
    for (qsizetype i = 0; i < own.categories.size(); ++i)
        CHECK(onlyA.categories.at(i).count == own.categories.at(i).count);
    CHECK(onlyA.openRisks.size() == own.openRisks.size());
    CHECK(onlyA.activeReferrals.size() == own.activeReferrals.size());

    storage::Database& countyDb = s.c.county->vault->database();
    const reports::Overview county = s.overview(countyDb, kCounty);
    REQUIRE(county.visits.places.size() == 1);
    CHECK(county.visits.places.first().code == kTownship);
    CHECK_FALSE(county.visits.places.first().name.isEmpty());
    for (qsizetype i = 0; i < 12; ++i)
        CHECK(county.visits.places.first().counts.at(i) ==
              placeOf(township.visits, kVillageA)->counts.at(i) + placeOf(township.visits, kVillageB)->counts.at(i));
    CHECK(county.children == township.children);
    CHECK(county.openRisks.size() == township.openRisks.size());

    // Another township's prefix has nothing; a malformed one is refused.
    CHECK(s.overview(s.township(), QStringLiteral("621126102")).children == 0);
    CHECK_THROWS_AS(s.overview(s.township(), QStringLiteral("62112")), Error);
    CHECK_THROWS_AS(s.overview(s.township(), QStringLiteral("621126101*")), Error);
}

TEST_CASE("Open data conflicts are counted for the oversight page", "[statistics]")
{
    test::County c;
    c.conflictingReferral(QStringLiteral("closed"), QStringLiteral("accepted"));
    storage::Database& town = c.township->vault->database();
    const int open = int(sync::Conflicts::open(town).size());
    REQUIRE(open >= 1);
    CHECK(reports::Statistics::openConflicts(town) == open);
    CHECK(reports::Statistics::overview(town, rules::CountyRulebook::current(town), kTownship, kToday).openConflicts ==
          open);
}

TEST_CASE("Reading every child's facts in one scan gives each the facts of its own lookup", "[statistics][rules]")
{
    SyncedCounty s;
    for (storage::Database* db : {&s.a(), &s.township()}) {
        rules::ChildEvaluation evaluation(*db, rules::CountyRulebook::current(*db));
        int seen = 0;
        QString previous;
        evaluation.forEachActiveChild(QStringLiteral("*"), [&](const rules::ChildFacts& c) {
            ++seen;
            const rules::Facts one = evaluation.factsFor(c.childId);
            const rules::Facts scanned = c.facts.toFacts();
            CHECK(scanned.size() == one.size());
            for (auto it = one.cbegin(); it != one.cend(); ++it) {
                INFO(it.key().toStdString());
                CHECK(scanned.value(it.key()) == it.value());
                const rules::Value* byName = c.facts.find(it.key());
                REQUIRE(byName);
                CHECK(*byName == it.value());
            }
            const QString key = c.placeCode + QLatin1Char('|') + c.name;
            CHECK(previous <= key); // in place and name order
            previous = key;
        });
        CHECK(seen == test::count(*db, "SELECT count(*) FROM children WHERE status = 'active'"));
        CHECK(seen > 0);
    }
    int onlyB = 0;
    rules::ChildEvaluation(s.township(), rules::CountyRulebook::current(s.township()))
        .forEachActiveChild(kVillageB + QLatin1Char('*'), [&](const rules::ChildFacts& c) {
            CHECK(c.placeCode == kVillageB);
            ++onlyB;
        });
    CHECK(onlyB == test::count(s.b(), "SELECT count(*) FROM children WHERE status = 'active'"));
}

// Not part of the suite (hidden tag): how long the statistics take on demo villages synced to a
// township. Run with `tonghu_core_tests "[.bench]"`; prints durations and counts only.
TEST_CASE("Statistics timing on demo data", "[.bench]")
{
    for (int children : {30, 300, 1500}) {
        test::County c;
        demo(*c.a, kVillageA, children, 3);
        demo(*c.b, kVillageB, children, 5);
        c.roundTrip();
        storage::Database& town = c.township->vault->database();
        const rules::Rulebook& rb = rules::CountyRulebook::current(town);
        QElapsedTimer t;
        t.start();
        const reports::Overview o = reports::Statistics::overview(town, rb, kTownship, kToday);
        const qint64 all = t.elapsed();
        t.restart();
        reports::Statistics::visitsPerMonth(town, kTownship, kToday);
        reports::Statistics::referralsByStatus(town, kTownship);
        reports::Statistics::referralsByAgency(town, kTownship, kToday);
        reports::Statistics::activeReferrals(town, rb, kTownship, kToday);
        const qint64 queries = t.elapsed();
        // The same facts read with a few lookups per child, for comparison.
        rules::ChildEvaluation evaluation(town, rb);
        QStringList ids;
        auto st = town.prepare("SELECT id FROM children WHERE status = 'active'");
        while (st.step())
            ids << st.text(0);
        t.restart();
        for (const QString& id : ids)
            evaluation.factsFor(id);
        const qint64 lookups = t.elapsed();
        t.restart();
        evaluation.forEachActiveChild(QStringLiteral("*"), [](const rules::ChildFacts&) {});
        const qint64 scan = t.elapsed();
        WARN(o.children << " children, "
                        << test::count(town, "SELECT count(*) FROM visits WHERE status = 'submitted'")
                        << " visits: overview " << all << " ms (plain queries " << queries
                        << " ms); facts in one scan " << scan << " ms, by lookups " << lookups << " ms");
    }
}
