// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace tonghu::storage {
class Database;
}

namespace tonghu::model {

// A visit the township returned, as the village sees it after sync: the latest decision on the
// latest submitted version is "returned", so the child director has to correct it.
struct ReturnedVisit
{
    QString visitId; // the returned version
    QString childId;
    QString childName;
    QDate visitDate;
    int version = 1;
    QString comment; // what the township asks to correct
    QString reviewerName;
    QDateTime reviewedAt;
    // The correction already started (a draft superseding the returned version), if any: the
    // visit still waits for the director until that draft is submitted.
    QString correctionDraftId;
};

class ReturnedVisits final
{
public:
    // Oldest decision first.
    static QList<ReturnedVisit> awaitingCorrection(storage::Database& db);
};

} // namespace tonghu::model
