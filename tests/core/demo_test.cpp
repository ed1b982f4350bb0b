// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/ConsentStore.h"
#include "core/model/DemoVillage.h"
#include "core/model/IdNumber.h"
#include "core/model/RecordStore.h"
#include "core/util/Error.h"
#include "tests/support/TestSupport.h"

#include <catch2/catch_test_macros.hpp>

#include <QSet>

#include <algorithm>

using namespace tonghu;
using model::Child;
using model::Household;
using model::Person;

namespace {

// 甘肃省 岷县 梅川镇, village 201: the demo's own default.
const QString kPlace = QStringLiteral("621126103201");

struct Family
{
    Household household;
    QList<Person> persons;
    QList<Child> children;

    const Person* person(const QString& id) const
    {
        for (const Person& p : persons)
            if (p.id == id)
                return &p;
        return nullptr;
    }
};

struct Village
{
    std::unique_ptr<test::TempVault> t = test::makeVault(vault::Role::Village, kPlace);
    model::RecordStore store{t->vault->database(), t->vault->userId(), t->vault->placeCode()};

    model::DemoResult generate(int children, quint32 seed)
    {
        model::DemoOptions o;
        o.children = children;
        o.seed = seed;
        o.placeCode = kPlace;
        return model::DemoVillage::generate(t->vault->database(), t->vault->userId(), o);
    }

    QList<Family> families()
    {
        QList<Family> out;
        for (const auto& summary : store.searchHouseholds(QString(), 100000)) {
            Family f;
            f.household = *store.household(summary.id);
            f.persons = store.persons(summary.id);
            f.children = store.childrenOf(summary.id);
            out << f;
        }
        return out;
    }

    // What a seed decides, in an order independent of the random record ids.
    QStringList fingerprint()
    {
        QStringList lines;
        for (const Family& f : families()) {
            for (const Child& c : f.children)
                lines << f.household.address + QLatin1Char('|') + c.name + QLatin1Char('|') + c.idNumber +
                             QLatin1Char('|') + c.birthDate.toString(Qt::ISODate);
            for (const Person& p : f.persons)
                lines << f.household.address + QLatin1Char('|') + p.name + QLatin1Char('|') + p.idNumber;
        }
        lines.sort();
        return lines;
    }
};

bool gone(const Person* p)
{
    return p && (p->status == QLatin1String("deceased") || p->status == QLatin1String("declared_missing") ||
                 p->status == QLatin1String("unknown"));
}

// POLICY.md "unable": the demo uses prison, lost contact and severe disability.
bool unable(const Person* p)
{
    return p && (p->imprisonedMonths.value_or(0) >= 6 || p->lostContactMonths.value_or(0) >= 6 ||
                 (p->disabilityLevel.value_or(0) >= 1 && p->disabilityLevel.value_or(0) <= 2) ||
                 p->seriousIllness.value_or(false));
}

int ageToday(const QDate& birth)
{
    const QDate today = QDate::currentDate();
    int age = today.year() - birth.year();
    if (today < birth.addYears(age))
        --age;
    return age;
}

} // namespace

TEST_CASE("The demo village has the children asked for, each with a valid ID number of its county", "[demo]")
{
    Village v;
    const model::DemoResult result = v.generate(25, 3);
    CHECK(result.children == 25);
    CHECK(v.store.childCount() == 25);
    CHECK(v.store.householdCount() == result.households);

    QSet<QString> ids;
    QSet<QString> addresses;
    int persons = 0;
    for (const Family& f : v.families()) {
        CHECK(f.household.placeCode == kPlace);
        CHECK(f.household.address.startsWith(QStringLiteral("红旗村")));
        CHECK(f.household.address.endsWith(QStringLiteral("号")));
        addresses.insert(f.household.address);
        CHECK_FALSE(f.children.isEmpty());
        persons += int(f.persons.size());
        for (const Person& p : f.persons) {
            const auto info = model::IdNumber::parse(p.idNumber);
            CHECK(info.valid());
            CHECK(info.birthDate == p.birthDate);
            CHECK(info.sex == p.sex);
            ids.insert(info.normalized);
        }
        for (const Child& c : f.children) {
            const auto info = model::IdNumber::parse(c.idNumber);
            REQUIRE(info.valid());
            CHECK(info.regionCode == kPlace.left(6));
            CHECK(info.birthDate == c.birthDate);
            CHECK(info.sex == c.sex);
            CHECK(ageToday(c.birthDate) < 18);
            CHECK(c.name.size() >= 2);
            CHECK(f.person(c.fatherId));
            CHECK(f.person(c.motherId));
            CHECK(f.person(c.guardianId));
            ids.insert(info.normalized);
        }
    }
    CHECK(persons == result.persons);
    CHECK(ids.size() == result.persons + result.children); // no ID number twice
    CHECK(addresses.size() == result.households);
}

TEST_CASE("The same seed gives the same village; another seed another", "[demo]")
{
    Village a, b, c;
    a.generate(20, 7);
    b.generate(20, 7);
    c.generate(20, 8);
    const QStringList fa = a.fingerprint();
    CHECK(fa.size() > 20);
    CHECK(fa == b.fingerprint());
    CHECK(fa != c.fingerprint());
}

TEST_CASE("Every demo village shows each situation of the policy", "[demo]")
{
    for (quint32 seed : {1u, 2u, 3u, 4u}) {
        INFO("seed " << seed);
        Village v;
        v.generate(12, seed);
        int orphans = 0, deFacto = 0, leftBehind = 0, disabled = 0, poverty = 0, withoutEntrustment = 0;
        for (const Family& f : v.families()) {
            const QString assistance = f.household.assistance;
            for (const Child& c : f.children) {
                const Person* father = f.person(c.fatherId);
                const Person* mother = f.person(c.motherId);
                const Person* guardian = f.person(c.guardianId);
                REQUIRE(guardian);
                const bool orphan = gone(father) && gone(mother);
                if (orphan) {
                    ++orphans;
                    CHECK(guardian->relation == QLatin1String("grandparent"));
                }
                if (!orphan && ((unable(father) && unable(mother)) || (gone(father) && unable(mother)) ||
                                (unable(father) && gone(mother)))) {
                    ++deFacto;
                    CHECK(guardian->relation == QLatin1String("grandparent"));
                }
                if (father->migrantWorker.value_or(false) && mother->migrantWorker.value_or(false) &&
                    c.hukou == QLatin1String("local") && ageToday(c.birthDate) < 16) {
                    ++leftBehind;
                    CHECK(guardian->relation == QLatin1String("grandparent"));
                    if (!f.household.entrustmentSigned.value_or(false))
                        ++withoutEntrustment;
                }
                if (c.disabilityLevel.value_or(0) >= 1) {
                    ++disabled;
                    CHECK_FALSE(c.disabilityType.isEmpty());
                }
                if (assistance == QLatin1String("dibao") || assistance == QLatin1String("tekun"))
                    ++poverty;
            }
        }
        CHECK(orphans > 0);
        CHECK(deFacto > 0);
        CHECK(leftBehind > 0);
        CHECK(withoutEntrustment > 0);
        CHECK(disabled > 0);
        CHECK(poverty > 0);
    }
}

TEST_CASE("A second demo run adds new people and a refused one adds nothing", "[demo]")
{
    Village v;
    v.generate(10, 5);
    v.generate(10, 5);
    CHECK(v.store.childCount() == 20);
    QSet<QString> ids;
    QSet<QString> addresses;
    for (const Family& f : v.families()) {
        addresses.insert(f.household.address);
        for (const Child& c : f.children)
            ids.insert(c.idNumber);
    }
    CHECK(ids.size() == 20);
    CHECK(addresses.size() == v.store.householdCount());

    const auto refused = [&](int children, const QString& place) {
        model::DemoOptions o;
        o.children = children;
        o.placeCode = place;
        try {
            model::DemoVillage::generate(v.t->vault->database(), v.t->vault->userId(), o);
        } catch (const Error& e) {
            return e.kind() == Error::Kind::BadInput;
        }
        return false;
    };
    CHECK(refused(0, kPlace));
    CHECK(refused(model::DemoVillage::kMaxChildren + 1, kPlace));
    CHECK(refused(5, QStringLiteral("621126")));
    CHECK(v.store.childCount() == 20);
}

TEST_CASE("Most demo children have their guardian's consent on file, given by the guardian of the record", "[demo]")
{
    Village v;
    const model::DemoResult result = v.generate(40, 3);
    model::ConsentStore consents(v.t->vault->database(), v.t->vault->userId());
    const QStringList without = consents.childrenWithoutConsent();
    CHECK(result.consents == result.children - int(without.size()));
    // Both kinds, so the child's file shows a recorded consent and one still to ask.
    CHECK(result.consents > result.children / 2);
    CHECK_FALSE(without.isEmpty());
    for (const Family& f : v.families()) {
        for (const Child& c : f.children) {
            const auto given = consents.current(c.id);
            if (!given)
                continue;
            const Person* guardian = f.person(c.guardianId);
            REQUIRE(guardian);
            CHECK(given->givenBy == guardian->name);
            CHECK(given->givenOn >= c.birthDate);
            CHECK(given->givenOn <= QDate::currentDate());
            CHECK(model::ConsentStore::methods().contains(given->method));
        }
    }
}
