// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/IdNumber.h"
#include "core/model/RecordStore.h"
#include "core/util/Error.h"
#include "tests/support/TestSupport.h"

#include <catch2/catch_test_macros.hpp>

#include <QSignalSpy>

#include <sqlite3.h>

using namespace tonghu;
using model::Child;
using model::Household;
using model::Person;

namespace {

// A valid ID number for a birth date, region and sequence, with its check character computed.
QString idFor(const char* region, const QDate& birth, int sequence)
{
    const QString first17 = QString::fromLatin1(region) + birth.toString(QStringLiteral("yyyyMMdd")) +
                            QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
    return first17 + model::IdNumber::checkCharacter(first17);
}

struct Fixture
{
    std::unique_ptr<test::TempVault> t = test::makeVault();
    model::RecordStore store{t->vault->database(), t->vault->userId(), t->vault->placeCode()};

    Household household(const QString& address = QStringLiteral("红旗村1组1号"))
    {
        Household h;
        h.address = address;
        h.assistance = QStringLiteral("dibao");
        return store.saveHousehold(h);
    }

    Child child(const QString& householdId, const QString& name, const QString& idNumber = {})
    {
        Child c;
        c.householdId = householdId;
        c.name = name;
        c.idNumber = idNumber;
        if (idNumber.isEmpty()) {
            c.sex = QStringLiteral("male");
            c.birthDate = QDate(2016, 4, 1);
        }
        return store.saveChild(c);
    }
};

} // namespace

TEST_CASE("Households, members and children are stored and read back", "[records]")
{
    Fixture f;
    const Household h = f.household();
    CHECK_FALSE(h.id.isEmpty());
    CHECK(h.placeCode == QStringLiteral("620423101201"));

    Person father;
    father.householdId = h.id;
    father.name = QStringLiteral("张建国");
    father.relation = QStringLiteral("father");
    father.status = QStringLiteral("alive");
    father.imprisonedMonths = 36;
    father.migrantWorker = false;
    father = f.store.savePerson(father);
    Person grandma;
    grandma.householdId = h.id;
    grandma.name = QStringLiteral("王秀英");
    grandma.relation = QStringLiteral("grandparent");
    grandma.isGuardian = true;
    grandma = f.store.savePerson(grandma);

    Child c;
    c.householdId = h.id;
    c.name = QStringLiteral("张三");
    c.idNumber = idFor("620426", QDate(2015, 3, 1), 124).toLower(); // lower-case x is normalised
    c.hukou = QStringLiteral("local");
    c.school = QStringLiteral("primary");
    c.medicalInsurance = true;
    c.fatherId = father.id;
    c.guardianId = grandma.id;
    c = f.store.saveChild(c);
    // Birth date and sex come from the ID number when not typed.
    CHECK(c.birthDate == QDate(2015, 3, 1));
    CHECK(c.sex == QStringLiteral("female"));

    const auto loaded = f.store.child(c.id);
    REQUIRE(loaded);
    CHECK(loaded->name == QStringLiteral("张三"));
    CHECK(loaded->idNumber == c.idNumber.toUpper());
    CHECK(loaded->medicalInsurance == std::optional<bool>(true));
    CHECK_FALSE(loaded->livesAlone.has_value()); // unknown stays unknown
    CHECK(loaded->guardianId == grandma.id);
    const auto members = f.store.persons(h.id);
    REQUIRE(members.size() == 2);
    CHECK(members[0].imprisonedMonths == std::optional<int>(36));
    CHECK(members[1].isGuardian);

    const auto list = f.store.searchChildren({});
    REQUIRE(list.size() == 1);
    CHECK(list[0].guardianName == QStringLiteral("王秀英"));
    CHECK(list[0].householdAddress == QStringLiteral("红旗村1组1号"));
    const auto households = f.store.searchHouseholds({});
    REQUIRE(households.size() == 1);
    CHECK(households[0].childCount == 1);
    CHECK(households[0].memberCount == 2);
}

TEST_CASE("Search as you type: name prefix, full pinyin, initials, last ID digits", "[records][search]")
{
    Fixture f;
    const Household h = f.household();
    const Child zhang = f.child(h.id, QStringLiteral("张三"), idFor("620426", QDate(2014, 6, 9), 351));
    const Child li = f.child(h.id, QStringLiteral("李四"));
    const Child zhao = f.child(h.id, QStringLiteral("赵子涵"));

    const auto ids = [&](const QString& q) {
        QStringList out;
        for (const auto& s : f.store.searchChildren(q))
            out << s.id;
        return out;
    };
    CHECK(ids(QStringLiteral("zs")) == QStringList{zhang.id});
    CHECK(ids(QStringLiteral("ZS")) == QStringList{zhang.id});
    CHECK(ids(QStringLiteral("zhang")) == QStringList{zhang.id});
    CHECK(ids(QStringLiteral("zhangsan")) == QStringList{zhang.id});
    CHECK(ids(QStringLiteral("zh")).size() == 2); // zhangsan and zhaozihan
    CHECK(ids(QStringLiteral("zzh")) == QStringList{zhao.id});
    CHECK(ids(QStringLiteral("李")) == QStringList{li.id});
    CHECK(ids(QStringLiteral("张三")) == QStringList{zhang.id});
    CHECK(ids(zhang.idNumber.right(4)) == QStringList{zhang.id});
    CHECK(ids(QStringLiteral("0000")).isEmpty());
    CHECK(ids(QStringLiteral("*")).size() == 3); // a wildcard is not a pattern: it is ignored
    CHECK(ids(QStringLiteral("wang")).isEmpty());
    CHECK(ids({}).size() == 3);

    // Households are found through their members' names too.
    CHECK(f.store.searchHouseholds(QStringLiteral("ls")).size() == 1);
    CHECK(f.store.searchHouseholds(QStringLiteral("wang")).isEmpty());
}

TEST_CASE("Impossible input is refused with a clear message and changes nothing", "[records]")
{
    Fixture f;
    const Household h = f.household();
    QSignalSpy changed(&f.store, &model::RecordStore::childrenChanged);
    const auto refuses = [&](Child c) {
        try {
            f.store.saveChild(c);
        } catch (const Error& e) {
            CHECK(e.kind() == Error::Kind::BadInput);
            CHECK_FALSE(e.message().isEmpty());
            return true;
        }
        return false;
    };
    Child c;
    c.householdId = h.id;
    c.name = QStringLiteral("王五");
    c.idNumber = QStringLiteral("620426201503011235"); // wrong check digit
    CHECK(refuses(c));
    c.idNumber = QStringLiteral("620426201502301234"); // 30 February
    CHECK(refuses(c));
    c.idNumber = QString();
    CHECK(refuses(c)); // neither birth date nor ID number
    c.birthDate = QDate::currentDate().addDays(3);
    c.sex = QStringLiteral("male");
    CHECK(refuses(c)); // born in the future
    c.birthDate = QDate(2016, 1, 1);
    c.school = QStringLiteral("university");
    CHECK(refuses(c)); // not a code of the vocabulary
    c.school = QString();
    c.name = QStringLiteral("   ");
    CHECK(refuses(c));
    c.name = QStringLiteral("王五");
    c.householdId = QStringLiteral("no-such-household");
    CHECK(refuses(c));

    CHECK(f.store.childCount() == 0);
    CHECK(changed.count() == 0);
}

TEST_CASE("A typed birth date that differs from the ID number is kept, not overwritten", "[records]")
{
    Fixture f;
    const Household h = f.household();
    Child c;
    c.householdId = h.id;
    c.name = QStringLiteral("刘洋");
    c.idNumber = idFor("620426", QDate(2012, 5, 5), 13);
    c.birthDate = QDate(2012, 5, 6);
    c.sex = QStringLiteral("male");
    c = f.store.saveChild(c);
    CHECK(f.store.child(c.id)->birthDate == QDate(2012, 5, 6));
}

TEST_CASE("Parents must belong to the child's household", "[records]")
{
    Fixture f;
    const Household a = f.household(QStringLiteral("一组1号"));
    const Household b = f.household(QStringLiteral("二组2号"));
    Person mother;
    mother.householdId = b.id;
    mother.name = QStringLiteral("陈芳");
    mother.relation = QStringLiteral("mother");
    mother = f.store.savePerson(mother);
    Child c;
    c.householdId = a.id;
    c.name = QStringLiteral("周杰");
    c.sex = QStringLiteral("male");
    c.birthDate = QDate(2017, 2, 2);
    c.motherId = mother.id;
    CHECK_THROWS_AS(f.store.saveChild(c), Error);
    c.householdId = b.id;
    CHECK_NOTHROW(f.store.saveChild(c));
}

TEST_CASE("Edits update the record and its search keys", "[records][search]")
{
    Fixture f;
    const Household h = f.household();
    Child c = f.child(h.id, QStringLiteral("张三"));
    c.name = QStringLiteral("孙悟空");
    f.store.saveChild(c);
    CHECK(f.store.searchChildren(QStringLiteral("zs")).isEmpty());
    REQUIRE(f.store.searchChildren(QStringLiteral("swk")).size() == 1);
    CHECK(f.store.childCount() == 1);
}

TEST_CASE("Removing a household removes its members and children", "[records]")
{
    Fixture f;
    const Household h = f.household();
    f.child(h.id, QStringLiteral("张三"));
    Person p;
    p.householdId = h.id;
    p.name = QStringLiteral("张父");
    p.relation = QStringLiteral("father");
    f.store.savePerson(p);
    f.store.removeHousehold(h.id);
    CHECK(f.store.childCount() == 0);
    CHECK(f.store.householdCount() == 0);
    CHECK(f.store.persons(h.id).isEmpty());
}

TEST_CASE("A long list is read a page at a time, each page going on where the last one ended", "[records][search]")
{
    Fixture f;
    // Names that share their pinyin (张 and 章 are both zhang) and names written twice, so the
    // order has to fall back on the name and then the id.
    const QStringList names{QStringLiteral("张三"), QStringLiteral("章三"), QStringLiteral("张三"),
                            QStringLiteral("李四"), QStringLiteral("李四"), QStringLiteral("赵子涵"),
                            QStringLiteral("王芳"), QStringLiteral("张伟"), QStringLiteral("周杰"),
                            QStringLiteral("张三")};
    for (int i = 0; i < names.size(); ++i)
        f.child(f.household(QStringLiteral("红旗村%1组").arg(i % 4)).id, names[i]);
    // A name whose search keys are not worked out yet (they are after an import, until the
    // backfill) sorts first, and is read like any other.
    const QString unkeyed = f.store.searchChildren(QStringLiteral("王")).first().id;
    auto clear = f.t->vault->database().prepare("UPDATE children SET name_pinyin = NULL WHERE id = ?");
    clear.bind(1, unkeyed).run();

    const auto paged = [&](const QString& query, int size) {
        QStringList ids;
        QList<model::ChildSummary> page = f.store.searchChildren(query, size);
        while (!page.isEmpty()) {
            for (const auto& s : page)
                ids << s.id;
            page = f.store.searchChildren(query, size, &page.last());
        }
        return ids;
    };
    const auto whole = [&](const QString& query) {
        QStringList ids;
        for (const auto& s : f.store.searchChildren(query, 1000))
            ids << s.id;
        return ids;
    };
    REQUIRE(whole({}).size() == names.size());
    CHECK(whole({}).first() == unkeyed);
    for (int size : {1, 3, 4})
        CHECK(paged({}, size) == whole({}));
    CHECK(paged(QStringLiteral("zh"), 2) == whole(QStringLiteral("zh")));
    CHECK(whole(QStringLiteral("zh")).size() == 7);

    const auto householdIds = [&](int size) {
        QStringList ids;
        QList<model::HouseholdSummary> page = f.store.searchHouseholds({}, size);
        while (!page.isEmpty()) {
            for (const auto& h : page)
                ids << h.id;
            page = f.store.searchHouseholds({}, size, &page.last());
        }
        return ids;
    };
    REQUIRE(householdIds(1000).size() == names.size());
    CHECK(householdIds(3) == householdIds(1000));
}

namespace {

// The SQL of every statement the connection starts while `run` runs.
QStringList statementsOf(storage::Database& db, const std::function<void()>& run)
{
    QStringList sql;
    const auto trace = [](unsigned, void* context, void* statement, void*) -> int {
        static_cast<QStringList*>(context)->append(
            QString::fromUtf8(sqlite3_sql(static_cast<sqlite3_stmt*>(statement))));
        return 0;
    };
    sqlite3_trace_v2(db.handle(), SQLITE_TRACE_STMT, trace, &sql);
    run();
    sqlite3_trace_v2(db.handle(), 0, nullptr, nullptr);
    return sql;
}

} // namespace

TEST_CASE("A page of the child list reads what it shows of each child from the list's index, not the child's row",
          "[records]")
{
    Fixture f;
    QStringList idNumbers;
    for (int i = 0; i < 5; ++i) {
        idNumbers << idFor("620423", QDate(2015, 3, 1 + i), 10 + i);
        f.child(f.household(QStringLiteral("红旗村%1组").arg(i)).id, QStringLiteral("张小%1").arg(i), idNumbers.last());
    }
    storage::Database& db = f.t->vault->database();
    // Every kind of query the list sends: none, pinyin or initials, a name, an ID number's end.
    for (const QString& query : {QString(), QStringLiteral("zx"), QStringLiteral("张小"), idNumbers.at(2).right(4)}) {
        INFO("query \"" << query.toStdString() << "\"");
        QList<model::ChildSummary> page;
        const QStringList sql = statementsOf(db, [&] { page = f.store.searchChildren(query); });
        REQUIRE_FALSE(page.isEmpty());
        CHECK(page.first().householdAddress.startsWith(QStringLiteral("红旗村")));
        REQUIRE(sql.size() == 1);
        QStringList plan;
        auto explain = db.prepare(QStringLiteral("EXPLAIN QUERY PLAN ").toStdString() + sql.first().toStdString());
        while (explain.step())
            plan << explain.text(3);
        INFO(plan.join(QLatin1Char('\n')).toStdString());
        CHECK(plan.contains(QStringLiteral("SEARCH c USING COVERING INDEX children_list_order "
                                           "(name_pinyin=? AND name=? AND id=?)")));
    }
}
