// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/ReturnedVisits.h"

#include "core/storage/Database.h"

namespace tonghu::model {

QList<ReturnedVisit> ReturnedVisits::awaitingCorrection(storage::Database& db)
{
    // From the returned decisions (few) rather than the visits (many). A later decision on the
    // same version (approved after all) settles it; a submitted correction answers it.
    auto st = db.prepare(
        "SELECT r.visit_id, v.child_id, c.name, v.visit_date, v.version, r.comment, coalesce(u.name, ''), "
        "r.reviewed_at, (SELECT d.id FROM visits d WHERE d.supersedes_id = v.id AND d.status = 'draft') "
        "FROM visit_reviews r "
        "JOIN visits v ON v.id = r.visit_id "
        "JOIN children c ON c.id = v.child_id "
        "LEFT JOIN users u ON u.id = r.reviewer_id "
        "WHERE r.decision = 'returned' "
        "AND NOT EXISTS (SELECT 1 FROM visit_reviews l WHERE l.visit_id = r.visit_id "
        "  AND (l.reviewed_at > r.reviewed_at OR (l.reviewed_at = r.reviewed_at AND l.id > r.id))) "
        "AND NOT EXISTS (SELECT 1 FROM visits n WHERE n.supersedes_id = v.id AND n.status = 'submitted') "
        "ORDER BY r.reviewed_at, r.id");
    QList<ReturnedVisit> out;
    while (st.step()) {
        ReturnedVisit r;
        r.visitId = st.text(0);
        r.childId = st.text(1);
        r.childName = st.text(2);
        r.visitDate = QDate::fromString(st.text(3), Qt::ISODate);
        r.version = st.integer(4);
        r.comment = st.text(5);
        r.reviewerName = st.text(6);
        r.reviewedAt = QDateTime::fromString(st.text(7), Qt::ISODateWithMs);
        r.correctionDraftId = st.text(8);
        out << r;
    }
    return out;
}

} // namespace tonghu::model
