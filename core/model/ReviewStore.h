// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/vault/Vault.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace tonghu::storage {
class Database;
}

namespace tonghu::model {

struct VisitReview
{
    enum class Decision { Approved, Returned };
    QString id;
    QString visitId;
    Decision decision = Decision::Approved;
    QString comment; // what to correct, for a returned visit
    QString reviewerId;
    QDateTime reviewedAt;
};

// The township supervisor's decisions on submitted visits. A decision is sent down to the
// village the visit came from (and read along by the county) as an event of a stream addressed
// to that village, so no other village receives it.
class ReviewStore final
{
    Q_DECLARE_TR_FUNCTIONS(tonghu::model::ReviewStore)
public:
    ReviewStore(storage::Database& db, QString userId, vault::Role role, QString placeCode);

    // Approves or returns a visit. Only a township supervisor reviews, only the latest version of
    // a submitted visit of a village in the township, and a return needs a comment; otherwise
    // Error{BadInput} with the reason, and nothing is written.
    VisitReview review(const QString& visitId, VisitReview::Decision decision, const QString& comment);
    // The decisions on a visit, oldest first.
    QList<VisitReview> reviewsOf(const QString& visitId);

private:
    storage::Database& m_db;
    QString m_userId;
    vault::Role m_role;
    QString m_place;
};

} // namespace tonghu::model
