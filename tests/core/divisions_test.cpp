// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/Divisions.h"

#include <catch2/catch_test_macros.hpp>

#include <algorithm>
#include <thread>
#include <vector>

using tonghu::model::Division;
using tonghu::model::Divisions;

namespace {

QStringList codesOf(const QList<Division>& list)
{
    QStringList codes;
    for (const Division& d : list)
        codes.append(d.code);
    return codes;
}

bool sortedByCode(const QList<Division>& list)
{
    const QStringList codes = codesOf(list);
    return std::is_sorted(codes.begin(), codes.end());
}

QString nameIn(const QList<Division>& list, const QString& code)
{
    for (const Division& d : list) {
        if (d.code == code)
            return d.name;
    }
    return {};
}

} // namespace

// Declared first in this file on purpose: the township table is loaded lazily, so when the
// [divisions] tests run on their own, several threads trigger that load at the same moment.
TEST_CASE("Townships can be asked for from several threads at once", "[divisions]")
{
    const auto& divisions = Divisions::instance();
    std::vector<QString> names(8);
    std::vector<qsizetype> counts(8);
    std::vector<std::thread> threads;
    for (size_t i = 0; i < names.size(); ++i) {
        threads.emplace_back([&, i] {
            names[i] = divisions.name(QStringLiteral("621126101"));
            counts[i] = divisions.townships(QStringLiteral("621126")).size();
        });
    }
    for (auto& t : threads)
        t.join();
    for (size_t i = 0; i < names.size(); ++i) {
        CHECK(names[i] == QStringLiteral("蒲麻镇"));
        CHECK(counts[i] == 18);
    }
}

TEST_CASE("There are 31 provinces, sorted by code, Hong Kong, Macao and Taiwan not included", "[divisions]")
{
    const QList<Division> provinces = Divisions::instance().provinces();
    CHECK(provinces.size() == 31);
    CHECK(sortedByCode(provinces));
    CHECK(provinces.front().code == QStringLiteral("11"));
    CHECK(provinces.front().name == QStringLiteral("北京市"));
    CHECK(provinces.back().code == QStringLiteral("65"));
    CHECK(provinces.back().name == QStringLiteral("新疆维吾尔自治区"));
    CHECK(nameIn(provinces, QStringLiteral("62")) == QStringLiteral("甘肃省"));
    CHECK(nameIn(provinces, QStringLiteral("71")).isEmpty());
}

TEST_CASE("isProvince knows exactly the two-digit province codes", "[divisions]")
{
    const auto& divisions = Divisions::instance();
    CHECK(divisions.isProvince(QStringLiteral("11")));
    CHECK(divisions.isProvince(QStringLiteral("62")));
    CHECK(divisions.isProvince(QStringLiteral("65")));
    CHECK_FALSE(divisions.isProvince(QStringLiteral("99")));
    CHECK_FALSE(divisions.isProvince(QStringLiteral("10")));
    CHECK_FALSE(divisions.isProvince(QStringLiteral("6211"))); // a prefecture, not a province
    CHECK_FALSE(divisions.isProvince(QStringLiteral("6")));
    CHECK_FALSE(divisions.isProvince(QString()));
}

TEST_CASE("name() gives the name of a code at each of the four levels", "[divisions]")
{
    const auto& divisions = Divisions::instance();
    CHECK(divisions.name(QStringLiteral("62")) == QStringLiteral("甘肃省"));
    CHECK(divisions.name(QStringLiteral("6211")) == QStringLiteral("定西市"));
    CHECK(divisions.name(QStringLiteral("621126")) == QStringLiteral("岷县"));
    CHECK(divisions.name(QStringLiteral("621126101")) == QStringLiteral("蒲麻镇"));
    CHECK(divisions.name(QStringLiteral("110101001")) == QStringLiteral("东华门街道"));
    CHECK(divisions.name(QStringLiteral("45")) == QStringLiteral("广西壮族自治区"));
    CHECK(divisions.name(QStringLiteral("1101")) == QStringLiteral("市辖区")); // as the table has it
}

TEST_CASE("Unknown codes have no name and no children", "[divisions]")
{
    const auto& divisions = Divisions::instance();
    CHECK(divisions.name(QStringLiteral("99")).isEmpty());
    CHECK(divisions.name(QStringLiteral("6299")).isEmpty());
    CHECK(divisions.name(QStringLiteral("440524")).isEmpty()); // abolished in 2003
    CHECK(divisions.name(QStringLiteral("621126999")).isEmpty());
    CHECK(divisions.name(QStringLiteral("621126101001")).isEmpty()); // villages are not listed
    CHECK(divisions.name(QStringLiteral("62112")).isEmpty());
    CHECK(divisions.name(QString()).isEmpty());
    CHECK(divisions.cities(QStringLiteral("99")).isEmpty());
    CHECK(divisions.counties(QStringLiteral("6299")).isEmpty());
    CHECK(divisions.townships(QStringLiteral("440524")).isEmpty());
    CHECK(divisions.fullName(QStringLiteral("440524")).isEmpty());
    CHECK(divisions.fullName(QStringLiteral("621126999")).isEmpty());
    CHECK(divisions.fullName(QString()).isEmpty());
}

TEST_CASE("cities() lists the prefectures of a province, sorted by code", "[divisions]")
{
    const QList<Division> cities = Divisions::instance().cities(QStringLiteral("62"));
    CHECK(cities.size() == 14);
    CHECK(sortedByCode(cities));
    CHECK(cities.front().code == QStringLiteral("6201"));
    CHECK(cities.front().name == QStringLiteral("兰州市"));
    CHECK(nameIn(cities, QStringLiteral("6211")) == QStringLiteral("定西市"));
    for (const Division& d : cities)
        CHECK(d.code.startsWith(QStringLiteral("62")));
    // Only a province code has prefectures below it.
    CHECK(Divisions::instance().cities(QStringLiteral("6211")).isEmpty());
}

TEST_CASE("counties() lists the counties of a prefecture, sorted by code", "[divisions]")
{
    const QList<Division> counties = Divisions::instance().counties(QStringLiteral("6211"));
    const QStringList expected = {QStringLiteral("621102"), QStringLiteral("621121"),
                                  QStringLiteral("621122"), QStringLiteral("621123"),
                                  QStringLiteral("621124"), QStringLiteral("621125"),
                                  QStringLiteral("621126")};
    CHECK(codesOf(counties) == expected);
    CHECK(nameIn(counties, QStringLiteral("621102")) == QStringLiteral("安定区"));
    CHECK(nameIn(counties, QStringLiteral("621126")) == QStringLiteral("岷县"));
    CHECK(Divisions::instance().counties(QStringLiteral("62")).isEmpty());
}

TEST_CASE("townships() lists the townships of a county, sorted by code", "[divisions]")
{
    const QList<Division> townships = Divisions::instance().townships(QStringLiteral("621126"));
    CHECK(townships.size() == 18);
    CHECK(sortedByCode(townships));
    CHECK(townships.front().code == QStringLiteral("621126100"));
    CHECK(townships.front().name == QStringLiteral("岷阳镇"));
    CHECK(townships.back().code == QStringLiteral("621126208"));
    CHECK(townships.back().name == QStringLiteral("锁龙乡"));
    for (const Division& d : townships)
        CHECK(d.code.startsWith(QStringLiteral("621126")));
    CHECK(Divisions::instance().townships(QStringLiteral("6211")).isEmpty());
}

TEST_CASE("fullName() joins the levels with spaces and leaves out placeholder prefectures", "[divisions]")
{
    const auto& divisions = Divisions::instance();
    CHECK(divisions.fullName(QStringLiteral("621126101")) == QStringLiteral("甘肃省 定西市 岷县 蒲麻镇"));
    CHECK(divisions.fullName(QStringLiteral("621126")) == QStringLiteral("甘肃省 定西市 岷县"));
    CHECK(divisions.fullName(QStringLiteral("6211")) == QStringLiteral("甘肃省 定西市"));
    CHECK(divisions.fullName(QStringLiteral("62")) == QStringLiteral("甘肃省"));
    // Municipalities: the prefecture level is "市辖区" or "县" in the tables, not a name.
    CHECK(divisions.fullName(QStringLiteral("110101001")) == QStringLiteral("北京市 东城区 东华门街道"));
    CHECK(divisions.fullName(QStringLiteral("500229")) == QStringLiteral("重庆市 城口县"));
    // Counties directly under a province sit under a "省直辖县级行政区划" placeholder.
    CHECK(divisions.fullName(QStringLiteral("419001")) == QStringLiteral("河南省 济源市"));
}
