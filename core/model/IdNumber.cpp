// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/IdNumber.h"

#include "core/model/Divisions.h"

#include <array>

namespace tonghu::model {

namespace {

// ISO 7064 MOD 11-2 as GB 11643-1999 tabulates it: weight i is 2^(17-i) mod 11.
constexpr std::array<int, 17> kWeights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
constexpr std::array<char, 11> kCheckCharacters = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

// Births before this are refused: no child or living carer on file can be older, so an earlier
// date is almost always a typing error in the year.
constexpr int kEarliestYear = 1900;

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

QString normalize(const QString& text)
{
    // Chinese input methods in full-width mode type "１１０１…ｘ"; NFKC turns those into ASCII.
    // People also group the number ("110105 19491231 002X"), so every space goes, not only
    // the surrounding ones.
    QString s = text.normalized(QString::NormalizationForm_KC);
    s.removeIf([](QChar c) { return c.isSpace(); });
    return s.toUpper();
}

// "2015-02-30" from the eight date digits, readable even when the date does not exist.
QString dateDigits(const QString& normalized)
{
    const QString d = normalized.mid(6, 8);
    return d.left(4) + QLatin1Char('-') + d.mid(4, 2) + QLatin1Char('-') + d.mid(6, 2);
}

} // namespace

QChar IdNumber::checkCharacter(const QString& first17Digits)
{
    if (first17Digits.size() != 17)
        return {};
    int sum = 0;
    for (qsizetype i = 0; i < 17; ++i) {
        const QChar c = first17Digits.at(i);
        if (!isAsciiDigit(c))
            return {};
        sum += c.digitValue() * kWeights[static_cast<size_t>(i)];
    }
    return QLatin1Char(kCheckCharacters[static_cast<size_t>(sum % 11)]);
}

IdNumberInfo IdNumber::parse(const QString& text, const QDate& today)
{
    IdNumberInfo info;
    info.normalized = normalize(text);
    const QString& n = info.normalized;

    if (n.isEmpty()) {
        info.problem = IdNumberInfo::Problem::Empty;
        return info;
    }
    if (n.size() != 18) {
        info.problem = IdNumberInfo::Problem::WrongLength;
        return info;
    }
    for (qsizetype i = 0; i < 17; ++i) {
        if (!isAsciiDigit(n.at(i))) {
            info.problem = IdNumberInfo::Problem::BadCharacter;
            return info;
        }
    }
    if (!isAsciiDigit(n.at(17)) && n.at(17) != QLatin1Char('X')) {
        info.problem = IdNumberInfo::Problem::BadCharacter;
        return info;
    }

    info.provinceCode = n.left(2);
    info.regionCode = n.left(6);
    info.sex = n.at(16).digitValue() % 2 == 1 ? QStringLiteral("male") : QStringLiteral("female");

    // Only the province is checked: counties are merged and renumbered, and a number keeps the
    // county code it was issued under for life.
    // Taiwan (71) and the residence permits of Hong Kong, Macao and Taiwan residents (81, 82, 83)
    // use the same format; the statistical table lists only the 31 mainland provinces.
    static const QStringList kOutsideTable{QStringLiteral("71"), QStringLiteral("81"), QStringLiteral("82"),
                                           QStringLiteral("83")};
    if (!Divisions::instance().isProvince(info.provinceCode) && !kOutsideTable.contains(info.provinceCode)) {
        info.problem = IdNumberInfo::Problem::UnknownProvince;
        return info;
    }

    const QDate birth(n.mid(6, 4).toInt(), n.mid(10, 2).toInt(), n.mid(12, 2).toInt());
    if (!birth.isValid()) {
        info.problem = IdNumberInfo::Problem::ImpossibleDate;
        return info;
    }
    info.birthDate = birth;
    if (today.isValid() && birth > today) {
        info.problem = IdNumberInfo::Problem::FutureDate;
        return info;
    }
    if (birth < QDate(kEarliestYear, 1, 1)) {
        info.problem = IdNumberInfo::Problem::TooOld;
        return info;
    }

    if (n.at(17) != checkCharacter(n.left(17))) {
        info.problem = IdNumberInfo::Problem::BadCheckDigit;
        return info;
    }

    info.problem = IdNumberInfo::Problem::None;
    return info;
}

QString IdNumber::masked(const QString& number)
{
    const QString n = normalize(number);
    // Too short to hide a middle part: show nothing of it rather than most of it.
    if (n.size() <= 10)
        return QString(n.size(), QLatin1Char('*'));
    return n.left(6) + QString(n.size() - 10, QLatin1Char('*')) + n.right(4);
}

QString IdNumberInfo::message() const
{
    switch (problem) {
    case Problem::None:
        return {};
    case Problem::Empty:
        return IdNumber::tr("The ID number is empty.");
    case Problem::WrongLength:
        return IdNumber::tr("An ID number has 18 characters, but this one has %1.").arg(normalized.size());
    case Problem::BadCharacter:
        return IdNumber::tr("An ID number is 17 digits followed by a digit or the letter X.");
    case Problem::UnknownProvince:
        return IdNumber::tr("The first two digits (%1) are not a province of China.").arg(normalized.left(2));
    case Problem::ImpossibleDate:
        return IdNumber::tr("The birth date in the ID number (%1) is not a real date.")
            .arg(dateDigits(normalized));
    case Problem::FutureDate:
        return IdNumber::tr("The birth date in the ID number (%1) is in the future.")
            .arg(dateDigits(normalized));
    case Problem::TooOld:
        return IdNumber::tr("The birth date in the ID number (%1) is before 1900.")
            .arg(dateDigits(normalized));
    case Problem::BadCheckDigit:
        // The check character only proves that some character is wrong, not which one, so the
        // sentence must not push the user into "fixing" the last character of a mistyped number.
        return IdNumber::tr("The check digit is wrong: the last character should be %1, unless another digit "
                            "was mistyped.")
            .arg(IdNumber::checkCharacter(normalized.left(17)));
    }
    return {};
}

} // namespace tonghu::model
