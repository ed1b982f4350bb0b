// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/audit/AuditLog.h"
#include "core/model/DemoVillage.h"
#include "core/model/RecordStore.h"
#include "core/model/ReferralStore.h"
#include "core/model/VisitStore.h"
#include "core/model/Worklist.h"
#include "core/rules/Checklist.h"
#include "core/rules/ChildEvaluation.h"
#include "core/util/Error.h"
#include "tests/support/TestSupport.h"

#include <catch2/catch_test_macros.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSet>

#include <cstdlib>

using namespace tonghu;
using Kind = model::WorklistItem::Kind;

namespace {

const QString kPlace = QStringLiteral("621126103201");
// A day in the past, so the history (which never dates a visit in the future) can end on it.
const QDate kToday(2026, 4, 20);

struct Village
{
    std::unique_ptr<test::TempVault> t = test::makeVault(vault::Role::Village, kPlace);
    storage::Database& db = t->vault->database();
    model::RecordStore records{db, t->vault->userId(), kPlace};
    model::VisitStore visits{db, rules::Rulebook::builtin(), rules::Checklist::builtin(), t->vault->userId()};
    model::ReferralStore referrals{db, t->vault->userId()};

    model::DemoResult generate(int children, quint32 seed, const QDate& today = kToday)
    {
        model::DemoOptions o;
        o.children = children;
        o.seed = seed;
        o.placeCode = kPlace;
        o.referenceYear = today.year();
        o.today = today;
        return model::DemoVillage::generate(db, t->vault->userId(), o);
    }

    QList<model::Child> children()
    {
        QList<model::Child> out;
        for (const auto& summary : records.searchChildren(QString(), 100000))
            out << *records.child(summary.id);
        return out;
    }

    QList<model::Visit> submitted(const QString& childId)
    {
        QList<model::Visit> out;
        for (const model::Visit& v : visits.visitsOf(childId))
            if (v.status == QLatin1String("submitted"))
                out.prepend(v); // oldest first
        return out;
    }

    int count(const char* sql)
    {
        auto st = db.prepare(sql);
        REQUIRE(st.step());
        return st.integer(0);
    }

    // The stored evaluation a visit's submission made.
    QJsonObject evaluationOf(const QString& visitId)
    {
        auto st = db.prepare("SELECT result, next_visit_due FROM evaluations WHERE visit_id = ?");
        st.bind(1, visitId);
        if (!st.step())
            return {};
        QJsonObject e = QJsonDocument::fromJson(st.text(0).toUtf8()).object();
        e.insert(QStringLiteral("next_visit_due"), st.text(1));
        return e;
    }

    // What a seed and a day decide, by child name and in an order independent of the record ids.
    QStringList history()
    {
        QStringList lines;
        for (const model::Child& c : children()) {
            for (const model::Visit& v : visits.visitsOf(c.id)) {
                QString line = c.name + QLatin1Char('|') + v.visitDate.toString(Qt::ISODate) +
                               QLatin1Char('|') + v.status + QLatin1Char('|') +
                               QString::fromUtf8(QJsonDocument(v.answers).toJson(QJsonDocument::Compact));
                if (const auto report = visits.mandatoryReport(v.id))
                    line += QLatin1Char('|') + report->reportedTo + QLatin1Char('|') + report->reference;
                lines << line;
            }
            for (const model::Referral& r : referrals.referralsOf(c.id))
                lines << c.name + QLatin1Char('|') + r.findingId + QLatin1Char('|') + r.status +
                             QLatin1Char('|') + r.openedOn.toString(Qt::ISODate) + QLatin1Char('|') +
                             r.dueDate.toString(Qt::ISODate) + QLatin1Char('|') + r.notes;
        }
        lines.sort();
        return lines;
    }
};

bool critical(const QJsonObject& evaluation)
{
    for (const QJsonValue& v : evaluation.value(QLatin1String("findings")).toArray()) {
        const QJsonObject f = v.toObject();
        if (f.value(QLatin1String("kind")).toString() == QLatin1String("risk") &&
            f.value(QLatin1String("status")).toString() == QLatin1String("met") &&
            f.value(QLatin1String("severity")).toString() == QLatin1String("critical"))
            return true;
    }
    return false;
}

bool met(const QJsonObject& evaluation, const QString& findingId)
{
    for (const QJsonValue& f : evaluation.value(QLatin1String("findings")).toArray())
        if (f.toObject().value(QLatin1String("id")).toString() == findingId &&
            f.toObject().value(QLatin1String("status")).toString() == QLatin1String("met"))
            return true;
    return false;
}

} // namespace

TEST_CASE("The demo village comes with a year of submitted visits, evaluated as the record says", "[demo]")
{
    Village v;
    const model::DemoResult result = v.generate(60, 2026);
    REQUIRE(result.children == 60);
    CHECK(result.visits == v.count("SELECT count(*) FROM visits WHERE status = 'submitted'"));
    CHECK(result.drafts == v.count("SELECT count(*) FROM visits WHERE status = 'draft'"));
    CHECK(result.referrals == v.count("SELECT count(*) FROM referrals"));
    // Every submission stored its evaluation, with the rulebook version that made it.
    CHECK(v.count("SELECT count(*) FROM visits v WHERE v.status = 'submitted' AND NOT EXISTS "
                  "(SELECT 1 FROM evaluations e WHERE e.visit_id = v.id AND e.ruleset LIKE '%@%')") == 0);

    int visited = 0, twoToFive = 0, never = 0, pairs = 0, onSchedule = 0, reports = 0;
    int harm = 0, selfHarmTalk = 0, alone = 0, criticalNow = 0, dealtWith = 0;
    for (const model::Child& c : v.children()) {
        INFO(c.name.toStdString());
        const QList<model::Visit> done = v.submitted(c.id);
        if (done.isEmpty())
            ++never;
        else
            ++visited;
        if (done.size() >= 2 && done.size() <= 5)
            ++twoToFive;
        const auto household = v.records.household(c.householdId);
        const auto father = v.records.person(c.fatherId);
        REQUIRE(household);
        REQUIRE(father);
        bool criticalBefore = false;
        for (qsizetype i = 0; i < done.size(); ++i) {
            const model::Visit& visit = done.at(i);
            CHECK(visit.visitDate <= kToday);
            CHECK(visit.visitDate > kToday.addDays(-366));
            CHECK(visit.visitDate > c.birthDate);
            // The answers are the child's situation as the record has it.
            const QJsonObject& a = visit.answers;
            CHECK(a.value(QLatin1String("child.birth_date")).toString() == c.birthDate.toString(Qt::ISODate));
            CHECK(a.value(QLatin1String("child.sex")).toString() == c.sex);
            CHECK(a.value(QLatin1String("child.hukou")).toString() == c.hukou);
            CHECK(a.value(QLatin1String("child.disability_level")).toInt() == c.disabilityLevel.value_or(0));
            CHECK(a.value(QLatin1String("household.assistance")).toString() == household->assistance);
            CHECK(a.value(QLatin1String("father.status")).toString() == father->status);
            if (father->status == QLatin1String("alive"))
                CHECK(a.value(QLatin1String("father.migrant_worker")).toBool() ==
                      father->migrantWorker.value_or(false));
            else
                CHECK_FALSE(a.contains(QLatin1String("father.migrant_worker"))); // not asked of a dead parent
            harm += a.value(QLatin1String("obs.serious_harm_signs")).toBool() ? 1 : 0;
            selfHarmTalk += a.value(QLatin1String("obs.self_harm_talk")).toBool() ? 1 : 0;
            if (a.value(QLatin1String("child.lives_alone")).toBool() ||
                a.value(QLatin1String("obs.unattended_under_8")).toBool())
                ++alone;
            const QJsonObject evaluation = v.evaluationOf(visit.id);
            REQUIRE_FALSE(evaluation.isEmpty());
            if (i + 1 < done.size()) {
                criticalBefore = criticalBefore || critical(evaluation);
            } else if (critical(evaluation)) {
                ++criticalNow;
            } else if (criticalBefore) {
                ++dealtWith; // a critical risk earlier in the year, none at the latest visit
            }
            for (const QString& id : model::VisitStore::kReportingFindings)
                if (met(evaluation, id))
                    CHECK(v.visits.mandatoryReport(visit.id));
            if (v.visits.mandatoryReport(visit.id))
                ++reports;
            // The next visit comes about when the rulebook's schedule says.
            if (i + 1 < done.size()) {
                const QDate due = QDate::fromString(
                    evaluation.value(QLatin1String("next_visit_due")).toString(), Qt::ISODate);
                ++pairs;
                if (std::abs(due.daysTo(done.at(i + 1).visitDate)) <= 12)
                    ++onSchedule;
            }
        }
    }
    CHECK(visited >= 50);
    CHECK(never >= 1);
    CHECK(twoToFive >= 30);
    REQUIRE(pairs > 100);
    CHECK(onSchedule * 10 >= pairs * 9);
    CHECK(reports >= 2);
    // Signs of harm and talk of self-harm found at a latest visit and earlier in the year, a child
    // found alone at home; the earlier ones followed up until the risk was gone.
    CHECK(harm >= 2);
    CHECK(selfHarmTalk >= 2);
    CHECK(alone >= 1);
    CHECK(criticalNow >= 3);
    CHECK(dealtWith >= 2);
}

TEST_CASE("The demo history leaves drafts, referrals in every state and a worklist with work of each kind",
          "[demo]")
{
    Village v;
    v.generate(60, 2026);

    const QList<model::Visit> drafts = [&] {
        QList<model::Visit> out;
        auto st = v.db.prepare("SELECT id FROM visits WHERE status = 'draft'");
        while (st.step())
            out << *v.visits.visit(st.text(0));
        return out;
    }();
    REQUIRE_FALSE(drafts.isEmpty());
    for (const model::Visit& d : drafts) {
        CHECK(d.visitDate <= kToday);
        CHECK_FALSE(d.answers.isEmpty());
        CHECK_FALSE(v.visits.submitBlockers(d.id).isEmpty()); // partly answered
    }

    QSet<QString> states;
    int withNotes = 0;
    for (const model::Child& c : v.children()) {
        for (const model::Referral& r : v.referrals.referralsOf(c.id)) {
            states.insert(r.status);
            // Each referral was made from a finding met at the visit it names.
            REQUIRE_FALSE(r.visitId.isEmpty());
            CHECK(met(v.evaluationOf(r.visitId), r.findingId));
            CHECK(r.openedOn == v.visits.visit(r.visitId)->visitDate);
            CHECK(r.dueDate > r.openedOn);
            if (r.status != QLatin1String("open")) {
                ++withNotes;
                CHECK(r.notes.startsWith(r.acceptedOn.isValid() ? r.acceptedOn.toString(Qt::ISODate)
                                                                : r.closedOn.toString(Qt::ISODate)));
            }
            if (r.closedOn.isValid())
                CHECK(r.closedOn <= kToday);
        }
    }
    CHECK(states.contains(QStringLiteral("open")));
    CHECK(states.contains(QStringLiteral("accepted")));
    CHECK(states.contains(QStringLiteral("resolved")));
    CHECK(withNotes > 0);
    CHECK_FALSE(v.referrals.overdue(kToday).isEmpty());

    QMap<Kind, int> kinds;
    for (const model::WorklistItem& item : model::Worklist::build(v.db, kToday))
        ++kinds[item.kind];
    CHECK(kinds.value(Kind::OpenRisk) >= 3);
    CHECK(kinds.value(Kind::VisitOverdue) >= 1);
    CHECK(kinds.value(Kind::ReferralOverdue) >= 1);
    CHECK(kinds.value(Kind::Draft) == int(drafts.size()));
    CHECK(kinds.value(Kind::VisitDue) >= 1);
    CHECK(kinds.value(Kind::NeverVisited) >= 1);
}

TEST_CASE("The same seed and day give the same history; another day another", "[demo]")
{
    Village a, b, c;
    a.generate(30, 7);
    b.generate(30, 7);
    c.generate(30, 7, kToday.addDays(-10));
    const QStringList history = a.history();
    CHECK(history.size() > 60);
    CHECK(history == b.history());
    CHECK(history != c.history());
}

TEST_CASE("A failure inside the demo history leaves nothing written", "[demo]")
{
    Village v;
    const qint64 auditBefore = audit::AuditLog::count(v.db);
    // Refuses the first referral: by then households, children and visits have been written.
    v.db.exec("CREATE TEMP TRIGGER refuse_referrals BEFORE INSERT ON referrals BEGIN "
              "SELECT RAISE(ABORT, 'refused by the test'); END");
    CHECK_THROWS_AS(v.generate(20, 3), Error);
    for (const char* table :
         {"households", "persons", "children", "visits", "evaluations", "mandatory_reports", "referrals"}) {
        INFO(table);
        CHECK(v.count((std::string("SELECT count(*) FROM ") + table).c_str()) == 0);
    }
    CHECK(audit::AuditLog::count(v.db) == auditBefore);

    // Nothing was left half open either: the same run works once the trigger is gone.
    v.db.exec("DROP TRIGGER refuse_referrals");
    CHECK(v.generate(20, 3).visits > 0);
    CHECK(v.count("SELECT count(*) FROM children") == 20);
}

TEST_CASE("The demo history cannot end in the future", "[demo]")
{
    Village v;
    try {
        v.generate(5, 1, QDate::currentDate().addDays(1));
        FAIL("a history ending tomorrow was accepted");
    } catch (const Error& e) {
        CHECK(e.kind() == Error::Kind::BadInput);
    }
    CHECK(v.count("SELECT count(*) FROM children") == 0);
}
