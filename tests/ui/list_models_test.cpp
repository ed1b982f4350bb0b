// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/IdNumber.h"
#include "core/model/RecordStore.h"
#include "core/model/Vocabulary.h"
#include "tests/support/TestSupport.h"
#include "ui/ChildListModel.h"
#include "ui/HouseholdListModel.h"

#include <catch2/catch_test_macros.hpp>

#include <QCoreApplication>
#include <QSet>
#include <QTableView>

using namespace tonghu;

namespace {

struct Fixture
{
    std::unique_ptr<test::TempVault> t =
        test::makeVault(vault::Role::Village, QStringLiteral("621126101201"));
    model::RecordStore store{t->vault->database(), t->vault->userId(), t->vault->placeCode()};

    model::Household addHousehold(const QString& address, const QString& assistance = QStringLiteral("none"))
    {
        model::Household h;
        h.address = address;
        h.assistance = assistance;
        return store.saveHousehold(h);
    }

    model::Child addChild(const QString& householdId, const QString& name, const QDate& birth,
                          const QString& idNumber = {})
    {
        model::Child c;
        c.householdId = householdId;
        c.name = name;
        c.sex = QStringLiteral("female");
        c.birthDate = birth;
        c.idNumber = idNumber;
        return store.saveChild(c);
    }
};

} // namespace

TEST_CASE("list models: age in whole years counts the birthday itself", "[ui]")
{
    CHECK(ui::ageInYears(QDate(2015, 3, 7), QDate(2025, 3, 6)) == 9);
    CHECK(ui::ageInYears(QDate(2015, 3, 7), QDate(2025, 3, 7)) == 10);
    CHECK(ui::ageInYears(QDate(2016, 2, 29), QDate(2025, 2, 28)) == 8);
    CHECK(ui::ageInYears(QDate(2016, 2, 29), QDate(2025, 3, 1)) == 9);
    CHECK(ui::ageInYears(QDate(), QDate(2025, 3, 1)) == -1);
    CHECK(ui::ageInYears(QDate(2030, 1, 1), QDate(2025, 3, 1)) == -1);
}

TEST_CASE("list models: the child list follows the store and the search text", "[ui]")
{
    Fixture f;
    ui::ChildListModel model(f.store);
    model.setToday(QDate(2025, 6, 1));
    CHECK(model.rowCount() == 0);
    CHECK(model.columnCount() == ui::ChildListModel::ColumnCount);
    for (int column = 0; column < model.columnCount(); ++column)
        CHECK_FALSE(model.headerData(column, Qt::Horizontal).toString().isEmpty());

    const auto h = f.addHousehold(QStringLiteral("五组 8 号"));
    int resets = 0;
    QObject::connect(&model, &QAbstractItemModel::modelReset, [&] { ++resets; });
    const QString first17 = QStringLiteral("62112620150307124");
    const QString id = first17 + model::IdNumber::checkCharacter(first17);
    const auto girl = f.addChild(h.id, QStringLiteral("刘小花"), QDate(2015, 3, 7), id);
    CHECK(resets >= 1); // the store's signal reloads without anyone asking
    REQUIRE(model.rowCount() == 1);
    const QModelIndex row = model.index(0, 0);
    CHECK(row.data(ui::ChildListModel::IdRole).toString() == girl.id);
    CHECK(row.data(ui::ChildListModel::HouseholdIdRole).toString() == h.id);
    CHECK(model.index(0, ui::ChildListModel::NameColumn).data().toString() == QStringLiteral("刘小花"));
    CHECK(model.index(0, ui::ChildListModel::AddressColumn).data().toString() == QStringLiteral("五组 8 号"));
    const QString born = model.index(0, ui::ChildListModel::BirthDateColumn).data().toString();
    CHECK(born.startsWith(QLatin1String("2015-03-07")));
    CHECK(born.contains(QLatin1String("10")));
    // Never the whole number in a list.
    CHECK(model.index(0, ui::ChildListModel::IdNumberColumn).data().toString() ==
          model::IdNumber::masked(id));

    f.addChild(h.id, QStringLiteral("陈明"), QDate(2012, 1, 1));
    CHECK(model.rowCount() == 2);
    model.setQuery(QStringLiteral("  lxh "));
    CHECK(model.query() == QLatin1String("lxh"));
    CHECK(model.rowCount() == 1);
    model.setQuery(QString());
    CHECK(model.rowCount() == 2);
    CHECK_FALSE(model.index(5, 0).isValid());
}

TEST_CASE("list models: the household list counts children and shows assistance by its label", "[ui]")
{
    Fixture f;
    ui::HouseholdListModel model(f.store);
    const auto h = f.addHousehold(QStringLiteral("六组 2 号"), QStringLiteral("dibao"));
    REQUIRE(model.rowCount() == 1);
    CHECK(model.index(0, 0).data(ui::HouseholdListModel::IdRole).toString() == h.id);
    CHECK(model.index(0, ui::HouseholdListModel::ChildrenColumn).data().toInt() == 0);
    const QString assistance = model.index(0, ui::HouseholdListModel::AssistanceColumn).data().toString();
    CHECK(assistance == model::Vocabulary::label(model::Vocabulary::assistance(), QStringLiteral("dibao")));
    CHECK(assistance != QLatin1String("dibao"));

    f.addChild(h.id, QStringLiteral("周一"), QDate(2014, 5, 5));
    f.addChild(h.id, QStringLiteral("周二"), QDate(2016, 5, 5));
    CHECK(model.index(0, ui::HouseholdListModel::ChildrenColumn).data().toInt() == 2);

    f.addHousehold(QStringLiteral("七组 9 号"));
    CHECK(model.rowCount() == 2);
    model.setQuery(QStringLiteral("七组"));
    CHECK(model.rowCount() == 1);
}

TEST_CASE("list models: a long child list shows its first page and reads the rest as it is scrolled", "[ui]")
{
    Fixture f;
    const model::Household h = f.addHousehold(QStringLiteral("红旗村2组"));
    const int total = model::RecordStore::kPageSize + 5;
    for (int i = 0; i < total; ++i)
        f.addChild(h.id, QStringLiteral("王%1").arg(i, 3, 10, QLatin1Char('0')), QDate(2015, 1, 1));

    ui::ChildListModel model(f.store);
    CHECK(model.rowCount() == model::RecordStore::kPageSize);
    REQUIRE(model.canFetchMore({}));

    QTableView view;
    view.setModel(&model);
    view.resize(400, 300);
    view.show();
    QCoreApplication::processEvents();
    view.scrollToBottom();
    QCoreApplication::processEvents();
    CHECK(model.rowCount() == total);
    CHECK_FALSE(model.canFetchMore({}));
    QSet<QString> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.index(row, 0).data(ui::ChildListModel::IdRole).toString();
    CHECK(ids.size() == total);

    // A search starts again from its own first page.
    model.setQuery(QStringLiteral("王00"));
    CHECK(model.rowCount() == 10);
    CHECK_FALSE(model.canFetchMore({}));
}
