// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace tonghu::vault {
class Vault;
}
namespace tonghu::storage {
class Database;
}

namespace tonghu::sync {

struct Conflict
{
    QString id;
    QString entity; // households, persons, children, referrals, consents
    QString entityId;
    QString field;
    QJsonValue shownValue; // what the record shows: the later clock's value
    QJsonValue otherValue; // what the other side set
    QString shownOrigin;   // the streams (devices) that set each
    QString otherOrigin;
    QDateTime detectedAt;
};

// Fields changed on two devices without either knowing of the other's change, waiting for a
// person to decide which value is right (Inbox finds them).
class Conflicts final
{
    Q_DECLARE_TR_FUNCTIONS(tonghu::sync::Conflicts)
public:
    enum class Choice { Shown, Other };

    static QList<Conflict> open(storage::Database& db);
    // Settles a conflict: keeps the shown value, or writes the other one to the record as a new
    // change, which travels like any other and settles the conflict on the devices that see it.
    // Audited. Error{NotFound} when it is not open any more.
    static void resolve(vault::Vault& vault, const QString& conflictId, Choice choice);
};

} // namespace tonghu::sync
