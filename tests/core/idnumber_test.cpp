// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/Divisions.h"
#include "core/model/IdNumber.h"

#include <catch2/catch_test_macros.hpp>

using tonghu::model::Divisions;
using tonghu::model::IdNumber;
using Problem = tonghu::model::IdNumberInfo::Problem;

namespace {

// Every test decides "today" itself, so none starts failing as the calendar moves on.
const QDate kToday(2024, 6, 15);

// A number with its check character computed; region is 6 digits, date "yyyyMMdd".
QString numberFor(const char* region, const char* date, const char* sequence)
{
    const QString first17 = QLatin1String(region) + QLatin1String(date) + QLatin1String(sequence);
    const QChar check = IdNumber::checkCharacter(first17);
    REQUIRE_FALSE(check.isNull());
    return first17 + check;
}

Problem problemOf(const QString& text)
{
    return IdNumber::parse(text, kToday).problem;
}

// The same number with its check character replaced by a different, wrong one.
QString withWrongCheck(const QString& valid)
{
    const QChar right = valid.back();
    const QChar wrong = right == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
    return valid.left(17) + wrong;
}

} // namespace

TEST_CASE("The example number of GB 11643 itself is valid: born 1949-12-31, female", "[idnumber]")
{
    const auto info = IdNumber::parse(QStringLiteral("11010519491231002X"), kToday);
    CHECK(info.valid());
    CHECK(info.problem == Problem::None);
    CHECK(info.message().isEmpty());
    CHECK(info.birthDate == QDate(1949, 12, 31));
    CHECK(info.sex == QStringLiteral("female")); // sequence 002: even
    CHECK(info.provinceCode == QStringLiteral("11"));
    CHECK(info.regionCode == QStringLiteral("110105"));
    CHECK(info.normalized == QStringLiteral("11010519491231002X"));
    CHECK(IdNumber::checkCharacter(QStringLiteral("11010519491231002")) == QLatin1Char('X'));
}

TEST_CASE("The standard's 1880 example has a correct check digit but is refused as born before 1900",
          "[idnumber]")
{
    // 440524188001010014 is the other example of GB 11643 (a man born 1880-01-01). Tonghu keeps
    // its limit at 1900: no child or living carer on file can be born earlier, so such a date
    // is a typing error in the year. The arithmetic still agrees with the standard.
    const QString example = QStringLiteral("440524188001010014");
    CHECK(IdNumber::checkCharacter(example.left(17)) == QLatin1Char('4'));

    const auto info = IdNumber::parse(example, kToday);
    CHECK(info.problem == Problem::TooOld);
    CHECK_FALSE(info.valid());
    CHECK(info.birthDate == QDate(1880, 1, 1));
    CHECK(info.sex == QStringLiteral("male")); // sequence 001: odd
    CHECK(info.message().contains(QStringLiteral("1880-01-01")));
}

TEST_CASE("Birth dates from 1900-01-01 up to today are accepted, earlier or later ones refused", "[idnumber]")
{
    CHECK(problemOf(numberFor("620421", "19000101", "123")) == Problem::None);
    CHECK(problemOf(numberFor("620421", "18991231", "123")) == Problem::TooOld);
    CHECK(problemOf(numberFor("620421", "20240615", "123")) == Problem::None); // born today
    CHECK(problemOf(numberFor("620421", "20240616", "123")) == Problem::FutureDate);
    CHECK(problemOf(numberFor("620421", "20990101", "123")) == Problem::FutureDate);
    // The same number is fine once its birthday has come.
    CHECK(IdNumber::parse(numberFor("620421", "20240616", "123"), QDate(2024, 6, 16)).valid());
}

TEST_CASE("The check character follows ISO 7064 MOD 11-2 for every possible result", "[idnumber]")
{
    // Independent of the implementation's table: 2^(17-i) mod 11 weights and the 12 - sum rule.
    const QString base = QStringLiteral("62042120100101");
    int seen = 0;
    for (int sequence = 0; sequence < 1000 && seen != 0x7FF; ++sequence) {
        const QString first17 = base + QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
        int sum = 0;
        for (int i = 0; i < 17; ++i) {
            int weight = 1;
            for (int k = 0; k < 17 - i; ++k)
                weight = weight * 2 % 11;
            sum += first17.at(i).digitValue() * weight;
        }
        const int value = (12 - sum % 11) % 11;
        const QChar expected = value == 10 ? QLatin1Char('X') : QChar(char16_t(u'0' + value));
        REQUIRE(IdNumber::checkCharacter(first17) == expected);
        seen |= 1 << value;
        CHECK(IdNumber::parse(first17 + expected, kToday).valid());
    }
    CHECK(seen == 0x7FF); // all eleven check characters, X included, were exercised
}

TEST_CASE("checkCharacter refuses anything but 17 digits", "[idnumber]")
{
    CHECK(IdNumber::checkCharacter(QStringLiteral("1101051949123100")).isNull());
    CHECK(IdNumber::checkCharacter(QStringLiteral("110105194912310021")).isNull());
    CHECK(IdNumber::checkCharacter(QStringLiteral("1101051949123100A")).isNull());
    CHECK(IdNumber::checkCharacter(QString()).isNull());
}

TEST_CASE("A lower-case x and spaces around or inside the number are accepted and normalised", "[idnumber]")
{
    const auto info = IdNumber::parse(QStringLiteral("  11010519491231002x \t"), kToday);
    CHECK(info.valid());
    CHECK(info.normalized == QStringLiteral("11010519491231002X"));

    // Numbers copied from a form are often grouped.
    const auto grouped = IdNumber::parse(QStringLiteral("110105 19491231 002X"), kToday);
    CHECK(grouped.valid());
    CHECK(grouped.normalized == QStringLiteral("11010519491231002X"));
}

TEST_CASE("Full-width digits typed by a Chinese input method are accepted", "[idnumber]")
{
    const auto info = IdNumber::parse(QStringLiteral("１１０１０５１９４９１２３１００２ｘ"), kToday);
    CHECK(info.valid());
    CHECK(info.normalized == QStringLiteral("11010519491231002X"));
}

TEST_CASE("The sex comes from the 17th digit: odd is male, even is female", "[idnumber]")
{
    for (const char* sequence : {"001", "013", "995", "117", "339"}) {
        const auto info = IdNumber::parse(numberFor("620421", "20100101", sequence), kToday);
        REQUIRE(info.valid());
        CHECK(info.sex == QStringLiteral("male"));
    }
    for (const char* sequence : {"000", "012", "994", "116", "338"}) {
        const auto info = IdNumber::parse(numberFor("620421", "20100101", sequence), kToday);
        REQUIRE(info.valid());
        CHECK(info.sex == QStringLiteral("female"));
    }
}

TEST_CASE("An empty number, or one of spaces only, is Empty", "[idnumber]")
{
    CHECK(problemOf(QString()) == Problem::Empty);
    CHECK(problemOf(QStringLiteral("   ")) == Problem::Empty);
    CHECK_FALSE(IdNumber::parse(QString(), kToday).message().isEmpty());
}

TEST_CASE("A number that is not 18 characters long is WrongLength", "[idnumber]")
{
    const QString valid = QStringLiteral("11010519491231002X");
    CHECK(problemOf(valid.left(17)) == Problem::WrongLength);
    CHECK(problemOf(valid + QLatin1Char('1')) == Problem::WrongLength);
    // The old 15-digit numbers were replaced in 2013 and are not accepted.
    CHECK(problemOf(QStringLiteral("110105491231002")) == Problem::WrongLength);
    const QString message = IdNumber::parse(valid.left(17), kToday).message();
    CHECK(message.contains(QStringLiteral("18")));
    CHECK(message.contains(QStringLiteral("17")));
}

TEST_CASE("Letters among the first 17 characters, or a last character other than a digit or X, are "
          "BadCharacter",
          "[idnumber]")
{
    CHECK(problemOf(QStringLiteral("1101051949123100XX")) == Problem::BadCharacter);
    CHECK(problemOf(QStringLiteral("X10105194912310021")) == Problem::BadCharacter);
    CHECK(problemOf(QStringLiteral("11010519491231002Y")) == Problem::BadCharacter);
    CHECK(problemOf(QStringLiteral("1101051949-231002X")) == Problem::BadCharacter);
    CHECK_FALSE(IdNumber::parse(QStringLiteral("11010519491231002Y"), kToday).message().isEmpty());
}

TEST_CASE("A number whose first two digits are no province is refused, even with a correct check digit",
          "[idnumber]")
{
    const QString number = numberFor("990101", "20100101", "123");
    const auto info = IdNumber::parse(number, kToday);
    CHECK(info.problem == Problem::UnknownProvince);
    CHECK(info.message().contains(QStringLiteral("99")));
    // 00 and 10 are not provinces either: the first digit alone does not make one.
    CHECK(problemOf(numberFor("001101", "20100101", "123")) == Problem::UnknownProvince);
    CHECK(problemOf(numberFor("100101", "20100101", "123")) == Problem::UnknownProvince);
}

TEST_CASE("Residence-permit numbers of Hong Kong, Macao and Taiwan residents are accepted", "[idnumber]")
{
    for (const char* region : {"810000", "820000", "830000"}) {
        CAPTURE(region);
        CHECK(problemOf(numberFor(region, "20120304", "457")) == Problem::None);
    }
    CHECK(problemOf(numberFor("840000", "20120304", "457")) == Problem::UnknownProvince);
}

TEST_CASE("An abolished county code under a real province is accepted", "[idnumber]")
{
    // 440524 was Chaoyang county of Shantou, merged into a district in 2003; people born there
    // keep the old code for life.
    REQUIRE(Divisions::instance().name(QStringLiteral("440524")).isEmpty());
    const auto info = IdNumber::parse(numberFor("440524", "20100101", "123"), kToday);
    CHECK(info.valid());
    CHECK(info.regionCode == QStringLiteral("440524"));
    CHECK(info.provinceCode == QStringLiteral("44"));
}

TEST_CASE("A birth date that does not exist is ImpossibleDate", "[idnumber]")
{
    CHECK(problemOf(numberFor("620421", "20150230", "123")) == Problem::ImpossibleDate);
    CHECK(problemOf(numberFor("620421", "20151301", "123")) == Problem::ImpossibleDate);
    CHECK(problemOf(numberFor("620421", "20150100", "123")) == Problem::ImpossibleDate);
    CHECK(problemOf(numberFor("620421", "20150431", "123")) == Problem::ImpossibleDate);
    CHECK(problemOf(numberFor("620421", "00000101", "123")) == Problem::ImpossibleDate);
    const QString message = IdNumber::parse(numberFor("620421", "20150230", "123"), kToday).message();
    CHECK(message.contains(QStringLiteral("2015-02-30")));
}

TEST_CASE("February 29 exists only in leap years", "[idnumber]")
{
    CHECK(problemOf(numberFor("620421", "20120229", "123")) == Problem::None);
    CHECK(problemOf(numberFor("620421", "20000229", "123")) == Problem::None); // divisible by 400
    CHECK(problemOf(numberFor("620421", "20150229", "123")) == Problem::ImpossibleDate);
    // 1900 was no leap year (divisible by 100): impossible, which is checked before too old.
    CHECK(problemOf(numberFor("620421", "19000229", "123")) == Problem::ImpossibleDate);
    CHECK(IdNumber::parse(numberFor("620421", "20120229", "123"), kToday).birthDate == QDate(2012, 2, 29));
}

TEST_CASE("A wrong check character is BadCheckDigit and the message names the right one", "[idnumber]")
{
    const QString valid = numberFor("620421", "20100101", "123");
    const auto info = IdNumber::parse(withWrongCheck(valid), kToday);
    CHECK(info.problem == Problem::BadCheckDigit);
    CHECK(info.message().contains(QStringLiteral("should be %1").arg(valid.back())));

    // A typo elsewhere is caught too: MOD 11-2 detects every swap of two neighbouring digits
    // (here in the sequence number, 002 -> 020, so the date stays valid).
    CHECK(problemOf(QStringLiteral("11010519491231020X")) == Problem::BadCheckDigit);
    CHECK(problemOf(QStringLiteral("110105194912310021")) == Problem::BadCheckDigit);
}

TEST_CASE("Problems are reported in a fixed order: length, characters, province, date, check digit",
          "[idnumber]")
{
    // Unknown province and impossible date and wrong check: the province is reported.
    CHECK(problemOf(QStringLiteral("990101201502300000")) == Problem::UnknownProvince);
    // Impossible date and wrong check: the date.
    CHECK(problemOf(withWrongCheck(numberFor("620421", "20150230", "123"))) == Problem::ImpossibleDate);
    // Future date and wrong check: the date.
    CHECK(problemOf(withWrongCheck(numberFor("620421", "20250101", "123"))) == Problem::FutureDate);
    // Too old and wrong check: the date.
    CHECK(problemOf(withWrongCheck(numberFor("620421", "18991231", "123"))) == Problem::TooOld);
    // Bad character and unknown province: the character.
    CHECK(problemOf(QStringLiteral("99010520100101123Y")) == Problem::BadCharacter);
    // Wrong length and bad character: the length.
    CHECK(problemOf(QStringLiteral("ABC")) == Problem::WrongLength);
}

TEST_CASE("Every problem has its own message; a valid number has none", "[idnumber]")
{
    const QList<QString> numbers = {
        QString(),
        QStringLiteral("1234"),
        QStringLiteral("11010519491231002Y"),
        numberFor("990101", "20100101", "123"),
        numberFor("620421", "20150230", "123"),
        numberFor("620421", "20250101", "123"),
        numberFor("620421", "18991231", "123"),
        withWrongCheck(numberFor("620421", "20100101", "123")),
    };
    QList<QString> messages;
    for (const QString& n : numbers) {
        const auto info = IdNumber::parse(n, kToday);
        REQUIRE_FALSE(info.valid());
        CHECK_FALSE(info.message().isEmpty());
        CHECK_FALSE(messages.contains(info.message()));
        messages.append(info.message());
    }
    CHECK(IdNumber::parse(numberFor("620421", "20100101", "123"), kToday).message().isEmpty());
}

TEST_CASE("Masking keeps the region and the last four characters", "[idnumber]")
{
    CHECK(IdNumber::masked(QStringLiteral("11010519491231002X")) == QStringLiteral("110105********002X"));
    CHECK(IdNumber::masked(QStringLiteral(" 11010519491231002x ")) == QStringLiteral("110105********002X"));
    // Nothing of the birth date survives.
    CHECK_FALSE(IdNumber::masked(QStringLiteral("11010519491231002X")).contains(QStringLiteral("1949")));
    // Too short to hide a middle part: everything is hidden.
    CHECK(IdNumber::masked(QStringLiteral("1234567890")) == QStringLiteral("**********"));
    CHECK(IdNumber::masked(QString()).isEmpty());
}
