// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/RecordStore.h"
#include "core/model/ReferralStore.h"
#include "core/model/Worklist.h"
#include "core/rules/ChildEvaluation.h"
#include "core/util/Error.h"
#include "tests/support/TestSupport.h"

#include <catch2/catch_test_macros.hpp>

using namespace tonghu;

namespace {

const QDate kToday(2026, 6, 15);

struct Village
{
    std::unique_ptr<test::TempVault> t = test::makeVault();
    model::RecordStore records{t->vault->database(), t->vault->userId(), t->vault->placeCode()};
    model::ReferralStore referrals{t->vault->database(), t->vault->userId()};
    QString householdId;

    Village()
    {
        model::Household h;
        h.address = QStringLiteral("六组1号");
        h.guardianCapable = true;
        householdId = records.saveHousehold(h).id;
    }

    model::Child child(const QString& name, std::function<void(model::Child&)> edit = {})
    {
        model::Child c;
        c.householdId = householdId;
        c.name = name;
        c.sex = QStringLiteral("female");
        c.birthDate = QDate(2014, 1, 1);
        if (edit)
            edit(c);
        return records.saveChild(c);
    }

    void evaluate(const model::Child& c, const QDate& asOf)
    {
        rules::ChildEvaluation(t->vault->database(), rules::Rulebook::builtin()).evaluateAndStore(c.id, asOf);
    }

    QList<model::WorklistItem> worklist() { return model::Worklist::build(t->vault->database(), kToday); }
};

rules::Finding riskFinding()
{
    rules::Finding f;
    f.id = QStringLiteral("risk.dropout");
    f.kind = QStringLiteral("risk");
    f.severity = QStringLiteral("high");
    f.title = QStringLiteral("失学辍学");
    f.action = QStringLiteral("控辍保学：报告乡镇人民政府和县教育局");
    f.referTo = QStringLiteral("乡镇人民政府、县教育局");
    return f;
}

} // namespace

TEST_CASE("A referral from a finding is prefilled and follows its states", "[referrals]")
{
    Village v;
    const model::Child c = v.child(QStringLiteral("冯小月"));
    model::Referral draft = v.referrals.draftFromFinding(c.id, riskFinding(), kToday);
    CHECK(draft.agency == QStringLiteral("乡镇人民政府、县教育局"));
    CHECK(draft.reason.contains(QStringLiteral("失学辍学")));
    CHECK(draft.dueDate == kToday.addDays(7)); // a high risk is followed up within a week
    const model::Referral r = v.referrals.create(draft);
    CHECK(r.status == QStringLiteral("open"));

    const auto refuses = [&](const QString& status) {
        try {
            v.referrals.update(r.id, status, {}, kToday);
        } catch (const Error& e) {
            return e.kind() == Error::Kind::BadInput;
        }
        return false;
    };
    v.referrals.update(r.id, QStringLiteral("accepted"), QStringLiteral("教育局已受理"), kToday.addDays(1));
    CHECK(refuses(QStringLiteral("open")));
    v.referrals.update(r.id, QStringLiteral("resolved"), QStringLiteral("已返校"), kToday.addDays(5));
    CHECK(refuses(QStringLiteral("accepted")));
    const auto done = v.referrals.referral(r.id);
    REQUIRE(done);
    CHECK(done->status == QStringLiteral("resolved"));
    CHECK(done->acceptedOn == kToday.addDays(1));
    CHECK(done->closedOn == kToday.addDays(5));
    CHECK(done->notes.split(QLatin1Char('\n')).size() == 2);
    CHECK(done->notes.endsWith(QStringLiteral("已返校")));

    model::Referral noAgency = draft;
    noAgency.agency = QStringLiteral("  ");
    CHECK_THROWS_AS(v.referrals.create(noAgency), Error);
    CHECK(v.referrals.referralsOf(c.id).size() == 1);
}

TEST_CASE("The worklist puts critical risks first and lists what is due, late or unfinished", "[worklist]")
{
    Village v;
    // Lives alone at 12: a critical risk in the latest evaluation.
    const model::Child alone = v.child(QStringLiteral("蒋独居"), [](model::Child& c) { c.livesAlone = true; });
    v.evaluate(alone, kToday.addDays(-1));
    // Evaluated 200 days ago with nothing special: its six-month visit is overdue.
    const model::Child late = v.child(QStringLiteral("沈逾期"), [](model::Child& c) {
        c.hukou = QStringLiteral("local");
        c.livesAlone = false;
    });
    v.evaluate(late, kToday.addDays(-200));
    // Never evaluated: never visited.
    const model::Child fresh = v.child(QStringLiteral("韩新档"));
    // An overdue referral.
    model::Referral r = v.referrals.draftFromFinding(fresh.id, riskFinding(), kToday.addDays(-20));
    r = v.referrals.create(r);
    // A resolved one is not listed even though its due date has passed.
    model::Referral done = v.referrals.create(v.referrals.draftFromFinding(late.id, riskFinding(), kToday.addDays(-20)));
    v.referrals.update(done.id, QStringLiteral("resolved"), {}, kToday.addDays(-15));

    const QList<model::WorklistItem> items = v.worklist();
    REQUIRE(items.size() >= 4);
    CHECK(items[0].kind == model::WorklistItem::Kind::OpenRisk);
    CHECK(items[0].severity == QStringLiteral("critical"));
    CHECK(items[0].childId == alone.id);
    const auto find = [&](model::WorklistItem::Kind kind, const QString& childId) {
        for (const auto& i : items)
            if (i.kind == kind && i.childId == childId)
                return true;
        return false;
    };
    CHECK(find(model::WorklistItem::Kind::VisitOverdue, late.id));
    CHECK(find(model::WorklistItem::Kind::NeverVisited, fresh.id));
    CHECK(find(model::WorklistItem::Kind::ReferralOverdue, fresh.id));
    CHECK_FALSE(find(model::WorklistItem::Kind::ReferralOverdue, late.id));
    // The critical risk's follow-up is due in 7 days, within the coming week.
    CHECK(find(model::WorklistItem::Kind::VisitDue, alone.id));
    // Overdue comes before never visited.
    qsizetype overdueAt = -1, neverAt = -1;
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (items[i].kind == model::WorklistItem::Kind::VisitOverdue)
            overdueAt = i;
        if (items[i].kind == model::WorklistItem::Kind::NeverVisited)
            neverAt = i;
    }
    CHECK(overdueAt < neverAt);
}
