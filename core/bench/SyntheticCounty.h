// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace tonghu::storage {
class Database;
}

namespace tonghu::bench {

struct CountyShape
{
    int children = 30000;
    int visits = 360000;
    int villages = 300;
    quint32 seed = 1;
    QDate today;
};

struct CountyCounts
{
    int households = 0;
    int persons = 0;
    int children = 0;
    int visits = 0;
    int events = 0;
};

// The county's places: the county (Vault::create made it), its townships from the division
// table and `villages` villages spread over them. Also used for the database a sync imports into,
// which must know the villages its households name (a county's vault would have them from its
// villages' enrollments and its division table).
QStringList insertPlaces(storage::Database& db, const CountyShape& shape);

// Fills an open vault database with a synthetic county: households with parents and
// grandparent guardians, children with well-formed (made-up) ID numbers and their pinyin search
// keys, `visits` submitted visits whose answers are taken from `answerTemplates` (real answers of
// a DemoVillage history), each shared row with its event in this device's own stream exactly as
// EventLog::record writes it, and one stored evaluation per child. Batched as one transaction
// per village, through the real schema (resources/sql/), not through the stores: the stores'
// role checks allow a village director her own village only, and VisitStore's per-visit
// evaluation would make 360,000 visits take an hour.
CountyCounts generateCounty(storage::Database& db, const QString& userId, const CountyShape& shape,
                            const QStringList& answerTemplates);

// Answers of real submitted visits: a small DemoVillage with its year of history is made in a
// scratch (plain) vault under `scratchDir` and its visits' answers JSON are returned.
QStringList harvestAnswerTemplates(const QString& scratchDir, const QDate& today);

} // namespace tonghu::bench
