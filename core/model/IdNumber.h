// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace tonghu::model {

// A Chinese resident identity number (GB 11643-1999): 6-digit region, 8-digit birth date,
// 3-digit sequence (odd = male, even = female) and an ISO 7064 MOD 11-2 check character.
struct IdNumberInfo
{
    enum class Problem {
        None,
        Empty,
        WrongLength,      // not 18 characters
        BadCharacter,     // not 17 digits followed by a digit or X
        UnknownProvince,  // first two digits are no province of China
        ImpossibleDate,   // e.g. 0230
        FutureDate,       // born after today
        TooOld,           // born before 1900
        BadCheckDigit,
    };

    // The fields below are filled as far as the number could be read (a TooOld number still
    // reports its birth date and sex); trust them only when valid().
    Problem problem = Problem::Empty;
    QString normalized;  // upper-case X, no spaces, full-width digits made ASCII
    QDate birthDate;
    QString sex;          // "male" or "female"
    QString provinceCode; // 2 digits
    QString regionCode;   // 6 digits; may be an abolished county code, which is allowed

    bool valid() const { return problem == Problem::None; }
    // One sentence for the user, in the current UI language; empty when valid.
    QString message() const;
};

class IdNumber final
{
    Q_DECLARE_TR_FUNCTIONS(tonghu::model::IdNumber)
public:
    // `today` decides what counts as a future birth date; tests pass a fixed day.
    static IdNumberInfo parse(const QString& text, const QDate& today = QDate::currentDate());
    // A null QChar when the argument is not exactly 17 ASCII digits.
    static QChar checkCharacter(const QString& first17Digits);
    // "110101********123X": keeps region and the last four, for lists and printouts.
    static QString masked(const QString& number);
};

} // namespace tonghu::model
