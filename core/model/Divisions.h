// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace tonghu::model {

// China's statistical division codes (2023), embedded from resources/divisions/: province (2
// digits), prefecture (4), county (6), township (9). Villages (12 digits) are entered by the
// user under their township, so they are not listed here.
struct Division
{
    QString code;
    QString name;
};

class Divisions final
{
public:
    static const Divisions& instance();

    QList<Division> provinces() const;
    QList<Division> cities(const QString& provinceCode) const;     // 4-digit codes under a province
    QList<Division> counties(const QString& cityCode) const;       // 6-digit codes under a prefecture
    QList<Division> townships(const QString& countyCode) const;    // 9-digit codes under a county
    // The name of a 2-, 4-, 6- or 9-digit code, or an empty string when it does not exist.
    QString name(const QString& code) const;
    bool isProvince(const QString& code2) const;
    // "甘肃省 定西市 岷县 梅川镇" for a 9-digit code (as deep as the code goes).
    QString fullName(const QString& code) const;

private:
    Divisions();
    struct Data;
    const Data* d;
};

} // namespace tonghu::model
