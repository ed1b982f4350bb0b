// SPDX-License-Identifier: GPL-3.0-or-later
// The monthly summary of a township and of a county, computed over what the villages' bundles
// brought, against counts made independently (SQL and per-child lookups) in each village's own
// vault; and small hand-made months whose every figure is known.
#include "core/model/DemoVillage.h"
#include "core/model/RecordStore.h"
#include "core/model/ReferralStore.h"
#include "core/model/ReviewStore.h"
#include "core/model/VisitStore.h"
#include "core/reports/Summary.h"
#include "core/rules/Checklist.h"
#include "core/rules/ChildEvaluation.h"
#include "core/rules/CountyRulebook.h"
#include "core/rules/FactsInput.h"
#include "core/rules/Rulebook.h"
#include "core/storage/Database.h"
#include "core/util/Error.h"
#include "tests/support/SyncFixture.h"

#include <catch2/catch_test_macros.hpp>

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>

using namespace tonghu;
using reports::Summaries;
using reports::Summary;
using test::kCounty;
using test::kTownship;
using test::kVillageA;
using test::kVillageB;

namespace {

// The demo villages' history ends on this day; the month summarized is the one before it.
const QDate kToday(2026, 11, 20);
const QDate kMonth(2026, 10, 1);
const QDate kMonthEnd(2026, 10, 31);

QString iso(const QDate& d)
{
    return d.toString(Qt::ISODate);
}

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

// What a village counts about its own month, each figure its own way: SQL for what is stored,
// the per-child lookups of ChildEvaluation (not the one-scan reading the summary uses) for
// what the rules decide.
struct OwnCount
{
    int children = 0;
    int due = 0;
    int dueVisited = 0;
    int visits = 0;
    QMap<QString, int> categories;
    QMap<QString, int> eligible;
    QSet<QString> risks; // child | risk met at a visit of the month
    int referralsMade = 0;
    QMap<QString, int> madeByAgency;
    int resolvedInMonth = 0;
};

rules::Facts withAnswers(rules::ChildEvaluation& children, const rules::Rulebook& rulebook,
                         storage::Database& db, const QString& childId, const QString& visitRowid)
{
    rules::Facts facts = children.recordFacts(childId);
    auto st = db.prepare("SELECT visit_date, answers FROM visits WHERE rowid = ?");
    st.bind(1, visitRowid);
    REQUIRE(st.step());
    facts.insert(QStringLiteral("visit.last_date"),
                 rules::Value::date(QDate::fromString(st.text(0), Qt::ISODate)));
    const QJsonObject answers = QJsonDocument::fromJson(st.text(1).toUtf8()).object();
    for (auto it = answers.begin(); it != answers.end(); ++it)
        if (const rules::FactSpec* spec = rulebook.fact(it.key()); spec && !it.value().isNull())
            facts.insert(it.key(), rules::FactsInput::factValue(*spec, it.value()));
    return facts;
}

OwnCount countOwn(storage::Database& db)
{
    OwnCount out;
    const rules::Rulebook& rulebook = rules::CountyRulebook::current(db);
    rules::ChildEvaluation children(db, rulebook);
    const rules::Evaluator evaluator(rulebook);
    const QString end = iso(kMonthEnd);

    QSet<QString> visitedChildren;
    auto visits =
        db.prepare("SELECT id, child_id FROM visits v WHERE status = 'submitted' AND visit_date BETWEEN ? "
                   "AND ? AND NOT EXISTS "
                   "(SELECT 1 FROM visits n WHERE n.supersedes_id = v.id AND n.status = 'submitted')");
    visits.bind(1, iso(kMonth)).bind(2, end);
    while (visits.step()) {
        ++out.visits;
        visitedChildren.insert(visits.text(1));
        for (const rules::Finding& f : children.evaluateVisit(visits.text(0)).findings)
            if (f.kind == QLatin1String("risk") && f.status == QLatin1String("met"))
                out.risks.insert(visits.text(1) + QLatin1Char('|') + f.id);
    }

    auto onFile = db.prepare(
        "SELECT id FROM children c WHERE (status = 'active' OR left_on > ?1) AND (substr(created_at, 1, 10) "
        "<= ?1 OR "
        "EXISTS (SELECT 1 FROM visits WHERE child_id = c.id AND status = 'submitted' AND visit_date <= ?1))");
    onFile.bind(1, end);
    auto latestBefore =
        db.prepare("SELECT rowid, visit_date FROM visits WHERE child_id = ? AND status = 'submitted' "
                   "AND visit_date < ? ORDER BY visit_date DESC, submitted_at DESC LIMIT 1");
    while (onFile.step()) {
        const QString id = onFile.text(0);
        ++out.children;
        // Due: the schedule the latest visit before the month set, as of that visit.
        latestBefore.bind(1, id).bind(2, iso(kMonth));
        bool due = true;
        if (latestBefore.step()) {
            const QString rowid = latestBefore.text(0);
            const QDate date = QDate::fromString(latestBefore.text(1), Qt::ISODate);
            latestBefore.reset();
            due = evaluator.evaluate(withAnswers(children, rulebook, db, id, rowid), date).nextVisitDue <=
                  kMonthEnd;
        } else {
            latestBefore.reset();
        }
        if (due) {
            ++out.due;
            if (visitedChildren.contains(id))
                ++out.dueVisited;
        }
        // Categories and benefits at the month's end, with the latest visit by then.
        latestBefore.bind(1, id).bind(2, iso(kMonthEnd.addDays(1)));
        rules::Facts facts = children.recordFacts(id);
        if (latestBefore.step()) {
            const QString rowid = latestBefore.text(0);
            latestBefore.reset();
            facts = withAnswers(children, rulebook, db, id, rowid);
        } else {
            latestBefore.reset();
        }
        for (const rules::Finding& f : evaluator.evaluate(facts, kMonthEnd).findings) {
            if (f.status != QLatin1String("met"))
                continue;
            if (f.kind == QLatin1String("category"))
                ++out.categories[f.id];
            else if (f.kind == QLatin1String("eligibility"))
                ++out.eligible[f.id];
        }
    }

    auto made =
        db.prepare("SELECT agency, count(*) FROM referrals WHERE opened_on BETWEEN ? AND ? GROUP BY agency");
    made.bind(1, iso(kMonth)).bind(2, end);
    while (made.step()) {
        out.madeByAgency.insert(made.text(0), made.integer(1));
        out.referralsMade += made.integer(1);
    }
    auto resolved =
        db.prepare("SELECT count(*) FROM referrals WHERE status = 'resolved' AND closed_on BETWEEN ? AND ?");
    resolved.bind(1, iso(kMonth)).bind(2, end);
    resolved.step();
    out.resolvedInMonth = resolved.integer(0);
    return out;
}

const reports::SummaryGroup* groupOf(const Summary& s, const QString& code)
{
    for (const reports::SummaryGroup& g : s.groups)
        if (g.code == code)
            return &g;
    return nullptr;
}

Summary township(storage::Database& db, const QDate& month = kMonth, const QDate& today = kToday)
{
    return Summaries::compute(db, rules::CountyRulebook::current(db), Summary::Level::Township, kTownship,
                              month, today);
}

struct SyncedCounty
{
    test::County c;
    SyncedCounty()
    {
        demo(*c.a, kVillageA, 40, 7);
        demo(*c.b, kVillageB, 25, 11);
        c.roundTrip();
    }
};

} // namespace

TEST_CASE("A month's township summary equals what each village counts in its own vault", "[summary]")
{
    SyncedCounty s;
    storage::Database& town = s.c.township->vault->database();
    const Summary summary = township(town);
    CHECK(summary.month() == QStringLiteral("2026-10"));
    CHECK(summary.first == kMonth);
    CHECK(summary.last == kMonthEnd);
    CHECK(summary.asOf == kMonthEnd);
    REQUIRE(summary.groups.size() == 2);

    const OwnCount a = countOwn(s.c.a->vault->database());
    const OwnCount b = countOwn(s.c.b->vault->database());
    for (const auto& [code, own] : {std::pair<QString, const OwnCount*>{kVillageA, &a}, {kVillageB, &b}}) {
        INFO(code.toStdString());
        const reports::SummaryGroup* g = groupOf(summary, code);
        REQUIRE(g);
        CHECK(g->children == own->children);
        CHECK(g->due == own->due);
        CHECK(g->dueVisited == own->dueVisited);
        CHECK(g->visits == own->visits);
        CHECK(g->risksFound == own->risks.size());
        CHECK(g->referralsMade == own->referralsMade);
        CHECK_FALSE(g->name.isEmpty());
    }
    // A demo month has all of these, so the comparisons above were not of zeros.
    CHECK(a.visits > 5);
    CHECK(a.due > 0);
    CHECK(a.children >= 35); // of 40: one never visited and entered after the month is not counted
    CHECK(a.risks.size() > 0);

    const reports::SummaryGroup& t = summary.total;
    CHECK(t.children == a.children + b.children);
    CHECK(t.due == a.due + b.due);
    CHECK(t.visits == a.visits + b.visits);
    CHECK(t.risksFound == a.risks.size() + b.risks.size());
    CHECK(t.risksResolved <= t.risksFound);
    CHECK(t.dueVisited <= t.due);

    int categorized = 0;
    for (const reports::Tally& c : summary.categories) {
        INFO(c.code.toStdString());
        CHECK(c.count == a.categories.value(c.code) + b.categories.value(c.code));
        CHECK_FALSE(c.label.isEmpty());
        categorized += c.count;
    }
    CHECK(categorized > 0);
    for (const reports::BenefitSummary& benefit : summary.benefits) {
        INFO(benefit.id.toStdString());
        CHECK(benefit.eligible == a.eligible.value(benefit.id) + b.eligible.value(benefit.id));
    }

    // Risks: one per child and risk, the same set as the villages' own evaluation of each visit.
    int found = 0;
    for (const reports::RiskSummary& r : summary.risks) {
        found += r.found;
        CHECK(r.resolved() <= r.found);
        CHECK_FALSE(r.title.isEmpty());
    }
    CHECK(found == t.risksFound);
    for (qsizetype i = 1; i < summary.risks.size(); ++i) // most severe first
        CHECK(QStringList{QStringLiteral("critical"), QStringLiteral("high"), QStringLiteral("medium"),
                          QStringLiteral("low")}
                  .indexOf(summary.risks.at(i - 1).severity) <=
              QStringList{QStringLiteral("critical"), QStringLiteral("high"), QStringLiteral("medium"),
                          QStringLiteral("low")}
                  .indexOf(summary.risks.at(i).severity));

    // Referrals made per agency and resolved in the month: the villages' SQL.
    QMap<QString, int> made = a.madeByAgency;
    for (auto it = b.madeByAgency.cbegin(); it != b.madeByAgency.cend(); ++it)
        made[it.key()] += it.value();
    int resolved = 0;
    for (const reports::AgencySummary& agency : summary.referrals) {
        INFO(agency.agency.toStdString());
        CHECK(agency.made == made.value(agency.agency));
        resolved += agency.resolved;
    }
    CHECK(resolved == a.resolvedInMonth + b.resolvedInMonth);
    CHECK(t.referralsMade == a.referralsMade + b.referralsMade);
}

TEST_CASE("The visit scan gives each visit of the month the findings of its own evaluation",
          "[summary][rules]")
{
    SyncedCounty s;
    storage::Database& town = s.c.township->vault->database();
    const rules::Rulebook& rulebook = rules::CountyRulebook::current(town);
    rules::ChildEvaluation children(town, rulebook);
    const rules::Evaluator evaluator(rulebook);
    int seen = 0;
    children.forEachVisit(kTownship + QLatin1Char('*'), kMonth, kMonthEnd, [&](const rules::VisitFacts& v) {
        ++seen;
        const rules::Evaluation scanned = evaluator.evaluate(v.facts, v.visitDate);
        const rules::Evaluation own = children.evaluateVisit(v.visitId);
        REQUIRE(scanned.findings.size() == own.findings.size());
        for (qsizetype i = 0; i < own.findings.size(); ++i) {
            CHECK(scanned.findings.at(i).id == own.findings.at(i).id);
            CHECK(scanned.findings.at(i).status == own.findings.at(i).status);
        }
        CHECK(scanned.nextVisitDue == own.nextVisitDue);
    });
    CHECK(seen ==
          test::count(
              town,
              "SELECT count(*) FROM visits v WHERE status = 'submitted' AND visit_date LIKE '2026-10-%' "
              "AND NOT EXISTS (SELECT 1 FROM visits n WHERE n.supersedes_id = v.id AND n.status = "
              "'submitted')"));
    CHECK(seen > 0);
}

TEST_CASE("The county's summary groups the same month by township", "[summary]")
{
    SyncedCounty s;
    storage::Database& countyDb = s.c.county->vault->database();
    const Summary county = Summaries::compute(countyDb, rules::CountyRulebook::current(countyDb),
                                              Summary::Level::County, kCounty, kMonth, kToday);
    const Summary town = township(s.c.township->vault->database());
    CHECK(county.level == Summary::Level::County);
    REQUIRE(county.groups.size() == 1);
    const reports::SummaryGroup& g = county.groups.first();
    CHECK(g.code == kTownship);
    CHECK_FALSE(g.name.isEmpty());
    // The township's row is the sum of its villages, as the township's own vault counts them.
    CHECK(g.children == town.total.children);
    CHECK(g.due == town.total.due);
    CHECK(g.dueVisited == town.total.dueVisited);
    CHECK(g.visits == town.total.visits);
    CHECK(g.risksFound == town.total.risksFound);
    CHECK(g.risksResolved == town.total.risksResolved);
    CHECK(g.referralsMade == town.total.referralsMade);
    CHECK(county.total.visits == g.visits);
    // The county's table is per township, the township's per village.
    CHECK(county.toTables(QStringLiteral("en")).at(1).columns.first().header == QStringLiteral("Township"));
    CHECK(town.toTables(QStringLiteral("en")).at(1).columns.first().header == QStringLiteral("Village"));
    CHECK(town.toTables(QStringLiteral("en")).at(1).rows.size() == 3); // two villages and the total
}

TEST_CASE("A returned and corrected visit counts once in the month's summary", "[summary]")
{
    test::County c;
    const QString first = c.submittedVisit();
    c.roundTrip();
    model::ReviewStore(c.township->vault->database(), c.township->vault->userId(), c.township->vault->role(),
                       c.township->vault->placeCode())
        .review(first, model::VisitReview::Decision::Returned, QStringLiteral("请补充上学情况"));
    c.roundTrip();
    storage::Database& village = c.a->vault->database();
    model::VisitStore visits(village, rules::Rulebook::builtin(), rules::Checklist::builtin(),
                             c.a->vault->userId());
    const model::Visit draft = visits.correct(first, QStringLiteral("请补充上学情况"));
    visits.setAnswer(draft.id, QStringLiteral("child.school"), QStringLiteral("junior"));
    visits.submit(draft.id);
    c.roundTrip();

    storage::Database& town = c.township->vault->database();
    const QDate today = QDate::currentDate();
    // Both versions are here, submitted; the home visit was one.
    CHECK(test::count(town, "SELECT count(*) FROM visits WHERE status = 'submitted'") == 2);
    const Summary summary = township(town, QDate(today.year(), today.month(), 1), today);
    CHECK(summary.asOf == today);
    CHECK(summary.total.visits == 1);
    CHECK(groupOf(summary, kVillageA)->visits == 1);
    CHECK(summary.total.children == 1);
    CHECK(summary.total.due == 1); // never visited before the month
    CHECK(summary.total.dueVisited == 1);
    storage::Database& countyDb = c.county->vault->database();
    CHECK(Summaries::compute(countyDb, rules::CountyRulebook::current(countyDb), Summary::Level::County,
                             kCounty, QDate(today.year(), today.month(), 1), today)
              .total.visits == 1);
}

TEST_CASE("Risks found in a month are resolved by a later visit or by their referral", "[summary]")
{
    test::County c;
    storage::Database& db = c.a->vault->database();
    const QString user = c.a->vault->userId();
    model::RecordStore records(db, user, kVillageA);
    model::VisitStore visits(db, rules::Rulebook::builtin(), rules::Checklist::builtin(), user);
    model::ReferralStore referrals(db, user);
    const QDate today = QDate::currentDate();
    const QDate month = QDate(today.year(), today.month(), 1).addMonths(-1);
    const auto visit = [&](const model::Child& child, int day,
                           const QList<std::pair<const char*, QJsonValue>>& extra) {
        const model::Visit draft = visits.openDraft(child.id, month.addDays(day - 1));
        test::answerEverything(visits, draft.id);
        for (const auto& [fact, value] : extra)
            visits.setAnswer(draft.id, QString::fromLatin1(fact), value);
        return visits.submit(draft.id).id;
    };
    const QDate birth = today.addYears(-9);
    // Uninsured at the 3rd, insured again at the 20th: resolved by the later visit.
    const model::Child byVisit = test::addChild(records, QStringLiteral("甲"), "male", birth);
    visit(byVisit, 3, {{"child.medical_insurance", false}});
    visit(byVisit, 20, {});
    // Uninsured at the 5th, referred on the 6th, resolved on the 15th.
    const model::Child byReferral = test::addChild(records, QStringLiteral("乙"), "female", birth);
    const QString seen = visit(byReferral, 5, {{"child.medical_insurance", false}});
    model::Referral r;
    r.childId = byReferral.id;
    r.visitId = seen;
    r.findingId = QStringLiteral("risk.uninsured");
    r.agency = QStringLiteral("乡镇医保经办机构");
    r.reason = QStringLiteral("未参加基本医疗保险");
    r.openedOn = month.addDays(5);
    r = referrals.create(r);
    referrals.update(r.id, QStringLiteral("accepted"), {}, month.addDays(7));
    referrals.update(r.id, QStringLiteral("resolved"), {}, month.addDays(14));
    // Uninsured at the 10th and nothing since: found, not resolved. Its household met a crisis:
    // a benefit it qualifies for, applied for on the 11th and still in progress.
    const model::Child open = test::addChild(records, QStringLiteral("丙"), "male", birth);
    visit(open, 10, {{"child.medical_insurance", false}, {"household.crisis", QStringLiteral("accident")}});
    model::Referral application;
    application.childId = open.id;
    application.findingId = QStringLiteral("elig.temporary_assistance");
    application.agency = QStringLiteral("乡镇人民政府");
    application.reason = QStringLiteral("临时救助");
    application.openedOn = month.addDays(10);
    referrals.create(application);
    c.roundTrip();

    const Summary s = township(c.township->vault->database(), month, today);
    REQUIRE(s.risks.size() == 1);
    const reports::RiskSummary& uninsured = s.risks.first();
    CHECK(uninsured.id == QStringLiteral("risk.uninsured"));
    CHECK(uninsured.severity == QStringLiteral("medium"));
    CHECK(uninsured.found == 3);
    CHECK(uninsured.resolvedByVisit == 1);
    CHECK(uninsured.resolvedByReferral == 1);
    CHECK(s.total.risksFound == 3);
    CHECK(s.total.risksResolved == 2);
    CHECK(s.total.visits == 4);
    CHECK(s.total.children == 3);
    CHECK(s.total.due == 3);
    CHECK(s.total.dueVisited == 3);
    CHECK(s.total.referralsMade == 2);
    CHECK(s.total.benefitApplications == 1);

    const auto benefit =
        std::find_if(s.benefits.cbegin(), s.benefits.cend(), [](const reports::BenefitSummary& b) {
            return b.id == QLatin1String("elig.temporary_assistance");
        });
    REQUIRE(benefit != s.benefits.cend());
    CHECK(benefit->eligible == 1);
    CHECK(benefit->applied == 1);
    CHECK(benefit->inProgress == 1);
    CHECK(benefit->granted == 0);

    // Where the referrals stood at the month's end, by their dates.
    QMap<QString, reports::AgencySummary> agencies;
    for (const reports::AgencySummary& a : s.referrals)
        agencies.insert(a.agency, a);
    CHECK(agencies.value(QStringLiteral("乡镇医保经办机构")).made == 1);
    CHECK(agencies.value(QStringLiteral("乡镇医保经办机构")).resolved == 1);
    CHECK(agencies.value(QStringLiteral("乡镇人民政府")).open == 1);

    // The month before knew nothing of these children; the severity table adds up.
    const Summary before = township(c.township->vault->database(), month.addMonths(-1), today);
    CHECK(before.total.children == 0);
    CHECK(before.total.visits == 0);
    const QList<reports::RiskSummary> bySeverity = s.risksBySeverity();
    REQUIRE(bySeverity.size() == 4);
    CHECK(bySeverity.at(2).found == 3);
    CHECK(bySeverity.at(2).resolved() == 2);
}

TEST_CASE("A month is written yyyy-MM, not in the future, for a township's or county's code", "[summary]")
{
    CHECK(Summaries::parseMonth(QStringLiteral("2026-03")) == QDate(2026, 3, 1));
    for (const char* bad : {"2026-13", "2026-00", "2026-3", "26-03", "March", "", "2026-03-01"}) {
        INFO(bad);
        CHECK_THROWS_AS(Summaries::parseMonth(QString::fromLatin1(bad)), Error);
    }
    try {
        Summaries::parseMonth(QStringLiteral("2026-13"));
    } catch (const Error& e) {
        CHECK(e.kind() == Error::Kind::BadInput);
        CHECK(e.message().contains(QStringLiteral("2026-13")));
    }
    auto t = test::makeVault(vault::Role::Township, kTownship);
    storage::Database& db = t->vault->database();
    const rules::Rulebook& rb = rules::CountyRulebook::current(db);
    const QDate today(2026, 5, 10);
    CHECK_THROWS_AS(Summaries::compute(db, rb, Summary::Level::Township, kTownship, QDate(2026, 6, 1), today),
                    Error);
    CHECK_THROWS_AS(Summaries::compute(db, rb, Summary::Level::Township, kVillageA, QDate(2026, 4, 1), today),
                    Error);
    CHECK_THROWS_AS(Summaries::compute(db, rb, Summary::Level::County, kTownship, QDate(2026, 4, 1), today),
                    Error);
    // An empty township has a summary of zeros, with the month under way counted to today.
    const Summary empty =
        Summaries::compute(db, rb, Summary::Level::Township, kTownship, QDate(2026, 5, 1), today);
    CHECK(empty.asOf == today);
    CHECK(empty.total.children == 0);
    CHECK(empty.groups.isEmpty());
}

TEST_CASE("A summary's tables carry its figures under headers in the report's language", "[summary]")
{
    auto t = test::makeVault(vault::Role::Township, kTownship);
    storage::Database& db = t->vault->database();
    const Summary s = Summaries::compute(db, rules::CountyRulebook::current(db), Summary::Level::Township,
                                         kTownship, QDate(2026, 4, 1), QDate(2026, 5, 10));
    const QList<reports::Table> zh = s.toTables(QStringLiteral("zh"));
    const QList<reports::Table> en = s.toTables(QStringLiteral("en"));
    REQUIRE(zh.size() == 6);
    REQUIRE(en.size() == 6);
    CHECK(zh.at(0).title == QStringLiteral("概况"));
    CHECK(en.at(0).title == QStringLiteral("Overview"));
    CHECK(zh.at(2).columns.at(0).header == QStringLiteral("类别"));
    CHECK(s.title(QStringLiteral("zh")) == QStringLiteral("乡镇月度汇总"));
    CHECK(s.title(QStringLiteral("en")) == QStringLiteral("Township summary"));
    for (const reports::Table& table : zh) {
        INFO(table.title.toStdString());
        CHECK_FALSE(table.title.isEmpty());
        CHECK(table.title.size() <= 31); // a sheet's name in a workbook
        for (const reports::Row& row : table.rows)
            CHECK(row.size() == table.columns.size());
    }
    // Categories: every one of the rulebook and the children in none.
    CHECK(zh.at(2).rows.size() == s.categories.size() + 1);
    CHECK(zh.at(5).rows.size() == s.benefits.size());
    CHECK(std::get<QString>(zh.at(0).rows.at(2).at(1)) == QStringLiteral("2026-04"));
}

// Not part of the suite (hidden tag): how long a month's summary takes on demo villages synced
// to a township. Run with `tonghu_core_tests "[.bench]"`; prints durations and counts only.
TEST_CASE("Summary timing on demo data", "[.bench]")
{
    for (int children : {300, 1500}) {
        test::County c;
        demo(*c.a, kVillageA, children, 3);
        demo(*c.b, kVillageB, children, 5);
        c.roundTrip();
        storage::Database& town = c.township->vault->database();
        QElapsedTimer t;
        t.start();
        const Summary s = township(town);
        WARN(s.total.children << " children, " << s.total.visits << " visits in the month: summary "
                              << t.elapsed() << " ms");
    }
}
