// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/ReviewStore.h"

#include "core/audit/AuditLog.h"
#include "core/storage/Database.h"
#include "core/sync/EventLog.h"
#include "core/util/Error.h"
#include "core/util/RecordId.h"
#include "core/vault/Access.h"

namespace tonghu::model {

namespace {

QString decisionCode(VisitReview::Decision d)
{
    return d == VisitReview::Decision::Approved ? QStringLiteral("approved") : QStringLiteral("returned");
}

} // namespace

ReviewStore::ReviewStore(storage::Database& db, QString userId, vault::Role role, QString placeCode)
    : m_db(db), m_userId(std::move(userId)), m_role(role), m_place(std::move(placeCode))
{
}

VisitReview ReviewStore::review(const QString& visitId, VisitReview::Decision decision, const QString& comment)
{
    vault::Access::require(m_role, vault::Action::ReviewVisits);
    auto visit = m_db.prepare("SELECT v.status, h.place_code, "
                              "EXISTS (SELECT 1 FROM visits n WHERE n.supersedes_id = v.id) "
                              "FROM visits v JOIN children c ON c.id = v.child_id "
                              "JOIN households h ON h.id = c.household_id WHERE v.id = ?");
    visit.bind(1, visitId);
    if (!visit.step())
        throw Error(Error::Kind::NotFound, tr("This visit is not in this township's records."));
    const QString village = visit.text(1);
    if (visit.text(0) != QLatin1String("submitted"))
        throw Error(Error::Kind::BadInput, tr("Only a submitted visit can be reviewed."));
    if (!village.startsWith(m_place) || village.size() != 12)
        throw Error(Error::Kind::BadInput, tr("This visit is from a village outside this township."));
    if (visit.int64(2) != 0)
        throw Error(Error::Kind::BadInput, tr("This visit has been corrected since: review the corrected version."));
    visit.reset();
    const QString trimmed = comment.trimmed();
    if (decision == VisitReview::Decision::Returned && trimmed.isEmpty())
        throw Error(Error::Kind::BadInput, tr("Say what the child director should correct before returning the visit."));

    VisitReview r;
    r.id = util::newRecordId();
    r.visitId = visitId;
    r.decision = decision;
    r.comment = trimmed;
    r.reviewerId = m_userId;
    r.reviewedAt = QDateTime::currentDateTimeUtc();
    const QString t = r.reviewedAt.toString(Qt::ISODateWithMs);
    storage::Transaction tx(m_db);
    auto st = m_db.prepare("INSERT INTO visit_reviews (id, visit_id, decision, comment, reviewer_id, reviewed_at, "
                           "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, r.id).bind(2, visitId).bind(3, decisionCode(decision)).bindOrNull(4, trimmed);
    st.bindOrNull(5, m_userId).bind(6, t).bind(7, t).bind(8, t).run();
    // Down to the village the visit came from; the county reads along.
    sync::EventLog::record(m_db, m_userId, QStringLiteral("visit_reviews"), r.id, {},
                           sync::EventLog::row(m_db, "visit_reviews", r.id), village);
    audit::AuditLog::append(m_db, m_userId, QStringLiteral("visit.review"), QStringLiteral("visit"), visitId,
                            decisionCode(decision));
    tx.commit();
    return r;
}

QList<VisitReview> ReviewStore::reviewsOf(const QString& visitId)
{
    auto st = m_db.prepare("SELECT id, decision, comment, reviewer_id, reviewed_at FROM visit_reviews "
                           "WHERE visit_id = ? ORDER BY reviewed_at, id");
    st.bind(1, visitId);
    QList<VisitReview> out;
    while (st.step()) {
        VisitReview r;
        r.id = st.text(0);
        r.visitId = visitId;
        r.decision = st.text(1) == QLatin1String("approved") ? VisitReview::Decision::Approved
                                                              : VisitReview::Decision::Returned;
        r.comment = st.text(2);
        r.reviewerId = st.text(3);
        r.reviewedAt = QDateTime::fromString(st.text(4), Qt::ISODateWithMs);
        out << r;
    }
    return out;
}

} // namespace tonghu::model
