// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace tonghu::storage {
class Database;
}

namespace tonghu::model {

// A synthetic village for demonstrations, training and tests: households with parents,
// grandparent guardians and children in the situations POLICY.md distinguishes (orphans,
// de facto unsupported, left-behind, disabled, dibao/tekun households, ordinary families).
// Every name and ID number is made up: the ID numbers are well formed (this county's region,
// the birth date, the sex digit, a correct check character) so the forms and rules accept them.
struct DemoOptions
{
    int children = 30;
    quint32 seed = 1;
    // 12-digit village code; its first six digits are the region of every ID number.
    QString placeCode;
    QString villageName = QStringLiteral("红旗村");
    // Children are born in the 17 years before this one, so all are minors in it. Only the year
    // matters: the same seed gives the same village all year, not only on the same day.
    int referenceYear = QDate::currentDate().year();
    // The last day of the village's year of visit history (DemoHistory.h), and the day its
    // worklist is meant to be read: the same seed and day give the same history. Never after the
    // real today, since a visit cannot be dated in the future.
    QDate today = QDate::currentDate();
};

struct DemoResult
{
    int households = 0;
    int persons = 0;
    int children = 0;
    int visits = 0; // submitted
    int drafts = 0;
    int referrals = 0;
    int consents = 0; // guardians' consents recorded
};

class DemoVillage final
{
    Q_DECLARE_TR_FUNCTIONS(tonghu::model::DemoVillage)
public:
    static constexpr int kMaxChildren = 5000;

    // Adds the village and the year of visits, drafts and referrals of its children to an open
    // vault database in one transaction: when anything fails nothing is written. The same options
    // give the same names, ID numbers, birth dates and history, except that ID numbers and
    // addresses already in the vault are skipped so a second run adds new people.
    static DemoResult generate(storage::Database& db, const QString& userId, const DemoOptions& options);
};

} // namespace tonghu::model
