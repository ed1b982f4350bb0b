// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/vault/Vault.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace tonghu::storage {
class Database;
}
namespace tonghu::rules {
class Rulebook;
struct Evaluation;
} // namespace tonghu::rules

namespace tonghu::model {

// One visit waiting for the township's decision: the latest submitted version, with no decision
// on that version yet.
struct ReviewQueueItem
{
    QString visitId;
    QString childId;
    QString childName;
    QString villageCode;
    QString villageName;
    QDate visitDate;
    QDateTime submittedAt;
    QString authorId;
    QString authorName;
    int version = 1;
    QString correctionReason; // why the village corrected it, for a version after the first
    // The highest risk the visit's answers meet: critical, high, medium, low, or none.
    QString severity;
};

struct ReviewQueueFilter
{
    QString villageCode; // empty: every village of the township
    QDate from;          // visit date, inclusive; null: no limit
    QDate to;
    QString minimumSeverity; // empty or "none": any; otherwise that severity or higher
};

struct Village
{
    QString code;
    QString name;
};

// The township supervisor's review queue. Which visits wait is kept by the database itself
// (review_pending, schema step 15), so listing them does not scan the township's whole history.
class ReviewQueue final
{
public:
    ReviewQueue(storage::Database& db, vault::Role role, QString placeCode);

    // The visits of the township's villages waiting for a decision that pass the filter: critical,
    // then high risks first, then the longest waiting first. Only a township supervisor reviews,
    // so for another role this throws Error{BadInput}. Each visit is evaluated with `rulebook`
    // (the county's settings) the first time it is listed and whenever those settings change.
    QList<ReviewQueueItem> pending(const rules::Rulebook& rulebook, const ReviewQueueFilter& filter = {});
    // The villages of the township this vault knows: those it has records from or has enrolled.
    QList<Village> villages();

    // critical 4, high 3, medium 2, low 1, none (or anything else) 0.
    static int severityRank(const QString& severity);
    // The highest severity among the risks an evaluation finds met, or "none". A possible risk
    // is not counted: a submitted visit has answered what it had to, so it is not open.
    static QString highestRisk(const rules::Evaluation& evaluation);

private:
    void requireTownship() const;

    storage::Database& m_db;
    vault::Role m_role;
    QString m_place;
};

} // namespace tonghu::model
