// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace tonghu::storage {
class Database;
}

namespace tonghu::model {

// One step in the life of a visit: a version made (the first, or a correction), or a township
// decision on one version.
struct VisitHistoryStep
{
    enum class Kind { Version, Review };
    Kind kind = Kind::Version;
    QString visitId; // the version concerned
    int version = 1;
    QDateTime at;     // submitted (a draft correction: started) or decided
    QString personId; // author of the version, or reviewer
    QString personName;
    // Version: draft | submitted, and the reason of a correction. Review: approved | returned,
    // and what to correct.
    QString status;
    QString text;
};

// Every version of a visit, following the supersedes links both ways from any one of them, and
// every decision on each version, oldest first. Decisions stay when a visit is corrected, so a
// corrected visit shows why it was returned.
class VisitHistory final
{
public:
    static QList<VisitHistoryStep> of(storage::Database& db, const QString& visitId);
};

} // namespace tonghu::model
