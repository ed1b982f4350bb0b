// SPDX-License-Identifier: GPL-3.0-or-later
// The township's review queue and the way back of a returned visit, with real vaults exchanging
// real bundles through one shared folder: the township lists what its villages submitted,
// weighs each visit's risks itself, decides, and the village corrects what was returned.
#include "core/model/RecordStore.h"
#include "core/model/ReturnedVisits.h"
#include "core/model/ReviewQueue.h"
#include "core/model/ReviewStore.h"
#include "core/model/VisitHistory.h"
#include "core/model/VisitStore.h"
#include "core/model/Worklist.h"
#include "core/rules/Checklist.h"
#include "core/rules/ChildEvaluation.h"
#include "core/rules/CountyRulebook.h"
#include "core/rules/Evaluator.h"
#include "core/rules/Rulebook.h"
#include "core/util/Error.h"
#include "tests/support/SyncFixture.h"
#include "tests/support/TestSupport.h"

#include <catch2/catch_test_macros.hpp>

#include <QJsonValue>

using namespace tonghu;

using test::count;
using test::County;
using test::kTownship;
using test::kVillageA;
using test::kVillageB;
using Decision = model::VisitReview::Decision;

namespace {

// A synthetic child of the village with one submitted visit dated `daysAgo`, answered
// unremarkably except for `extra`. Returns the visit id.
QString submitVisit(test::TempVault& village, const QString& name, int daysAgo,
                    const QList<std::pair<const char*, QJsonValue>>& extra = {})
{
    storage::Database& db = village.vault->database();
    model::RecordStore records(db, village.vault->userId(), village.vault->placeCode());
    const model::Child child =
        test::addChild(records, name, "male", QDate::currentDate().addYears(-10).addDays(-40));
    model::VisitStore visits(db, rules::Rulebook::builtin(), rules::Checklist::builtin(),
                             village.vault->userId());
    const model::Visit draft = visits.openDraft(child.id, QDate::currentDate().addDays(-daysAgo));
    test::answerEverything(visits, draft.id);
    for (const auto& [fact, value] : extra)
        visits.setAnswer(draft.id, QString::fromLatin1(fact), value);
    return visits.submit(draft.id).id;
}

model::ReviewQueue queueOf(test::TempVault& t)
{
    return model::ReviewQueue(t.vault->database(), t.vault->role(), t.vault->placeCode());
}

model::ReviewStore reviewsOf(test::TempVault& t)
{
    return model::ReviewStore(t.vault->database(), t.vault->userId(), t.vault->role(), t.vault->placeCode());
}

QStringList idsOf(const QList<model::ReviewQueueItem>& items)
{
    QStringList ids;
    for (const auto& i : items)
        ids << i.visitId;
    return ids;
}

} // namespace

TEST_CASE(
    "The township's queue lists its villages' submitted visits with their risk, critical and high first",
    "[review]")
{
    County c;
    // Submitted in this order: the unremarkable one first, the critical one last.
    const QString plain = submitVisit(*c.a, QStringLiteral("甲"), 20);
    const QString medium = submitVisit(*c.b, QStringLiteral("乙"), 15, {{"child.medical_insurance", false}});
    const QString high =
        submitVisit(*c.a, QStringLiteral("丙"), 10, {{"child.school", QStringLiteral("not_enrolled")}});
    const QString critical = submitVisit(*c.a, QStringLiteral("丁"), 5, {{"obs.self_harm_talk", true}});
    model::ReviewQueue queue = queueOf(*c.township);
    const rules::Rulebook& rulebook = rules::CountyRulebook::current(c.township->vault->database());
    CHECK(queue.pending(rulebook).isEmpty()); // nothing has arrived yet
    c.roundTrip();

    const QList<model::ReviewQueueItem> all = queue.pending(rulebook);
    // Critical, then high, then the longest waiting first whatever its risk.
    REQUIRE(idsOf(all) == QStringList{critical, high, plain, medium});
    CHECK(all[0].severity == QStringLiteral("critical"));
    CHECK(all[1].severity == QStringLiteral("high"));
    CHECK(all[2].severity == QStringLiteral("none"));
    CHECK(all[3].severity == QStringLiteral("medium"));
    // What the row shows, as the township has it from the village.
    CHECK(all[0].childName == QStringLiteral("丁"));
    CHECK(all[0].villageCode == kVillageA);
    CHECK_FALSE(all[0].villageName.isEmpty());
    CHECK(all[0].visitDate == QDate::currentDate().addDays(-5));
    CHECK(all[0].submittedAt.isValid());
    CHECK(all[0].authorId == c.a->vault->userId());
    CHECK(all[0].authorName == c.a->vault->userName());
    CHECK(all[3].villageCode == kVillageB);
    // The township evaluated the visits itself (evaluations do not travel) and kept the result.
    CHECK(count(c.township->vault->database(), "SELECT count(*) FROM evaluations") == 0);
    CHECK(count(c.township->vault->database(),
                "SELECT count(*) FROM review_pending WHERE ruleset IS NOT NULL AND severity IS NOT NULL") ==
          4);

    model::ReviewQueueFilter byVillage;
    byVillage.villageCode = kVillageB;
    CHECK(idsOf(queue.pending(rulebook, byVillage)) == QStringList{medium});
    model::ReviewQueueFilter urgent;
    urgent.minimumSeverity = QStringLiteral("high");
    CHECK(idsOf(queue.pending(rulebook, urgent)) == QStringList{critical, high});
    urgent.minimumSeverity = QStringLiteral("medium");
    CHECK(idsOf(queue.pending(rulebook, urgent)) == QStringList{critical, high, medium});
    model::ReviewQueueFilter dates;
    dates.from = QDate::currentDate().addDays(-16);
    dates.to = QDate::currentDate().addDays(-10);
    CHECK(idsOf(queue.pending(rulebook, dates)) == QStringList{high, medium});
    dates.villageCode = kVillageA;
    CHECK(idsOf(queue.pending(rulebook, dates)) == QStringList{high});

    const QList<model::Village> villages = queue.villages();
    REQUIRE(villages.size() == 2);
    CHECK(villages[0].code == kVillageA);
    CHECK(villages[1].code == kVillageB);

    // A decision takes a visit off the queue; the others stay in their order.
    reviewsOf(*c.township).review(critical, Decision::Approved, {});
    reviewsOf(*c.township).review(plain, Decision::Returned, QStringLiteral("请补充学校名称"));
    CHECK(idsOf(queue.pending(rulebook)) == QStringList{high, medium});
}

TEST_CASE("Only a township reviews: a village or the county can neither list the queue nor decide",
          "[review]")
{
    County c;
    const QString visit = c.submittedVisit();
    c.roundTrip();
    const rules::Rulebook& rulebook = rules::Rulebook::builtin();
    for (test::TempVault* other : {c.a.get(), c.county.get()}) {
        CHECK_THROWS_AS(queueOf(*other).pending(rulebook), Error);
        CHECK_THROWS_AS(queueOf(*other).villages(), Error);
        CHECK_THROWS_AS(reviewsOf(*other).review(visit, Decision::Approved, {}), Error);
        CHECK(count(other->vault->database(), "SELECT count(*) FROM visit_reviews") == 0);
    }
    // The county has the visit too, and its queue table, but that does not make it a reviewer.
    CHECK(count(c.county->vault->database(), "SELECT count(*) FROM visits WHERE id = ?", visit) == 1);
    CHECK(idsOf(queueOf(*c.township).pending(rulebook)) == QStringList{visit});
}

TEST_CASE(
    "A returned visit goes back to the village, is corrected and resubmitted, and comes back to the queue "
    "with its history",
    "[review][sync]")
{
    County c;
    storage::Database& village = c.a->vault->database();
    storage::Database& town = c.township->vault->database();
    const rules::Rulebook& rulebook = rules::Rulebook::builtin();
    const QString first = c.submittedVisit();
    c.roundTrip();
    REQUIRE(idsOf(queueOf(*c.township).pending(rulebook)) == QStringList{first});

    const QString comment = QStringLiteral("请核实就读年级");
    reviewsOf(*c.township).review(first, Decision::Returned, comment);
    CHECK(queueOf(*c.township).pending(rulebook).isEmpty());
    // Before the next sync the village knows nothing of it.
    CHECK(model::ReturnedVisits::awaitingCorrection(village).isEmpty());
    c.roundTrip();

    // The village sees it returned, with the comment, at the top of the director's worklist.
    QList<model::ReturnedVisit> returned = model::ReturnedVisits::awaitingCorrection(village);
    REQUIRE(returned.size() == 1);
    CHECK(returned[0].visitId == first);
    CHECK(returned[0].comment == comment);
    CHECK(returned[0].reviewerName == c.township->vault->userName());
    CHECK(returned[0].correctionDraftId.isEmpty());
    const QList<model::WorklistItem> worklist = model::Worklist::build(village, QDate::currentDate());
    REQUIRE_FALSE(worklist.isEmpty());
    CHECK(worklist[0].kind == model::WorklistItem::Kind::Returned);
    CHECK(worklist[0].refId == first);
    CHECK(worklist[0].detail == comment);
    // The township's worklist does not ask it to correct what it returned.
    for (const model::WorklistItem& item : model::Worklist::build(town, QDate::currentDate()))
        CHECK(item.kind != model::WorklistItem::Kind::Returned);

    // The director corrects: a new draft version with the comment as its reason. Until it is
    // submitted the visit is still returned, and its draft is not listed a second time.
    model::VisitStore visits(village, rulebook, rules::Checklist::builtin(), c.a->vault->userId());
    const model::Visit draft = visits.correct(first, comment);
    CHECK(draft.version == 2);
    returned = model::ReturnedVisits::awaitingCorrection(village);
    REQUIRE(returned.size() == 1);
    CHECK(returned[0].correctionDraftId == draft.id);
    int drafts = 0;
    for (const model::WorklistItem& item : model::Worklist::build(village, QDate::currentDate()))
        drafts += item.kind == model::WorklistItem::Kind::Draft ? 1 : 0;
    CHECK(drafts == 0);
    visits.setAnswer(draft.id, QStringLiteral("child.school"), QStringLiteral("junior"));
    const QString second = visits.submit(draft.id).id;
    CHECK(model::ReturnedVisits::awaitingCorrection(village).isEmpty());
    c.roundTrip();

    // The corrected version is in the queue again, the returned one no longer.
    const QList<model::ReviewQueueItem> again = queueOf(*c.township).pending(rulebook);
    REQUIRE(idsOf(again) == QStringList{second});
    CHECK(again[0].version == 2);
    CHECK(again[0].correctionReason == comment);
    CHECK_THROWS_AS(reviewsOf(*c.township).review(first, Decision::Approved, {}), Error);

    // The history, from either version: the first version, its return, the correction.
    for (const QString& from : {first, second}) {
        const QList<model::VisitHistoryStep> steps = model::VisitHistory::of(town, from);
        REQUIRE(steps.size() == 3);
        CHECK(steps[0].kind == model::VisitHistoryStep::Kind::Version);
        CHECK(steps[0].visitId == first);
        CHECK(steps[0].status == QStringLiteral("submitted"));
        CHECK(steps[0].personName == c.a->vault->userName());
        CHECK(steps[1].kind == model::VisitHistoryStep::Kind::Review);
        CHECK(steps[1].visitId == first);
        CHECK(steps[1].status == QStringLiteral("returned"));
        CHECK(steps[1].text == comment);
        CHECK(steps[1].personName == c.township->vault->userName());
        CHECK(steps[2].kind == model::VisitHistoryStep::Kind::Version);
        CHECK(steps[2].visitId == second);
        CHECK(steps[2].version == 2);
        CHECK(steps[2].text == comment);
    }

    // Approved, it leaves the queue; the village hears of it at its next sync.
    reviewsOf(*c.township).review(second, Decision::Approved, {});
    CHECK(queueOf(*c.township).pending(rulebook).isEmpty());
    c.roundTrip();
    const QList<model::VisitReview> decisions =
        model::ReviewStore(village, {}, vault::Role::Village, kVillageA).reviewsOf(second);
    REQUIRE(decisions.size() == 1);
    CHECK(decisions[0].decision == Decision::Approved);
    CHECK(model::ReturnedVisits::awaitingCorrection(village).isEmpty());
    const QList<model::VisitHistoryStep> steps = model::VisitHistory::of(village, first);
    REQUIRE(steps.size() == 4);
    CHECK(steps[3].kind == model::VisitHistoryStep::Kind::Review);
    CHECK(steps[3].visitId == second);
    CHECK(steps[3].status == QStringLiteral("approved"));
}

TEST_CASE("A visit the township returns and then approves after all is no longer waiting for a correction",
          "[review]")
{
    County c;
    const QString visit = c.submittedVisit();
    c.roundTrip();
    reviewsOf(*c.township).review(visit, Decision::Returned, QStringLiteral("请补充照片"));
    c.roundTrip();
    REQUIRE(model::ReturnedVisits::awaitingCorrection(c.a->vault->database()).size() == 1);
    reviewsOf(*c.township).review(visit, Decision::Approved, {});
    c.roundTrip();
    CHECK(model::ReturnedVisits::awaitingCorrection(c.a->vault->database()).isEmpty());
}

TEST_CASE("A visit is weighed on its own answers, not on the child's latest visit", "[review][rules]")
{
    auto t = test::makeVault(vault::Role::Village, kVillageA);
    storage::Database& db = t->vault->database();
    model::RecordStore records(db, t->vault->userId(), kVillageA);
    const model::Child child =
        test::addChild(records, QStringLiteral("戊"), "male", QDate::currentDate().addYears(-9));
    model::VisitStore visits(db, rules::Rulebook::builtin(), rules::Checklist::builtin(), t->vault->userId());
    model::Visit draft = visits.openDraft(child.id, QDate::currentDate().addDays(-30));
    test::answerEverything(visits, draft.id);
    visits.setAnswer(draft.id, QStringLiteral("obs.self_harm_talk"), true);
    const QString worrying = visits.submit(draft.id).id;
    draft = visits.openDraft(child.id, QDate::currentDate().addDays(-2));
    test::answerEverything(visits, draft.id);
    const QString calm = visits.submit(draft.id).id;

    rules::ChildEvaluation evaluation(db, rules::Rulebook::builtin());
    const rules::Evaluation then = evaluation.evaluateVisit(worrying);
    CHECK(then.asOf == QDate::currentDate().addDays(-30));
    CHECK(model::ReviewQueue::highestRisk(then) == QStringLiteral("critical"));
    const rules::Evaluation now = evaluation.evaluateVisit(calm);
    CHECK(model::ReviewQueue::highestRisk(now) == QStringLiteral("none"));
    CHECK(now.nextVisitDue.isValid());
    CHECK_THROWS_AS(evaluation.evaluateVisit(QStringLiteral("no-such-visit")), Error);
}
