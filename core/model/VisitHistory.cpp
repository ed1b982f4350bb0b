// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/VisitHistory.h"

#include "core/storage/Database.h"

#include <algorithm>

namespace tonghu::model {

QList<VisitHistoryStep> VisitHistory::of(storage::Database& db, const QString& visitId)
{
    // Back to the first version, then forward through every version that supersedes one of the
    // chain (indexed by visits_supersedes). CROSS JOIN keeps the few rows of the chain as the
    // outer loop: SQLite 3.46 otherwise scans every visit and looks each up in the chain.
    auto st = db.prepare(
        "WITH RECURSIVE back(id, sup) AS ("
        "  SELECT id, supersedes_id FROM visits WHERE id = ?1"
        "  UNION SELECT v.id, v.supersedes_id FROM visits v JOIN back ON v.id = back.sup),"
        " chain(id) AS ("
        "  SELECT id FROM back WHERE sup IS NULL"
        "  UNION SELECT v.id FROM visits v JOIN chain ON v.supersedes_id = chain.id) "
        "SELECT 0, v.id, v.version, coalesce(v.submitted_at, v.created_at), v.author_id, coalesce(u.name, "
        "''), "
        "v.status, v.correction_reason "
        "FROM chain CROSS JOIN visits v ON v.id = chain.id LEFT JOIN users u ON u.id = v.author_id "
        "UNION ALL "
        "SELECT 1, r.visit_id, v.version, r.reviewed_at, r.reviewer_id, coalesce(u.name, ''), r.decision, "
        "r.comment "
        "FROM chain CROSS JOIN visit_reviews r ON r.visit_id = chain.id CROSS JOIN visits v ON v.id = r.visit_id "
        "LEFT JOIN users u ON u.id = r.reviewer_id");
    st.bind(1, visitId);
    QList<VisitHistoryStep> steps;
    while (st.step()) {
        VisitHistoryStep s;
        s.kind = st.integer(0) == 0 ? VisitHistoryStep::Kind::Version : VisitHistoryStep::Kind::Review;
        s.visitId = st.text(1);
        s.version = st.integer(2);
        s.at = QDateTime::fromString(st.text(3), Qt::ISODateWithMs);
        s.personId = st.text(4);
        s.personName = st.text(5);
        s.status = st.text(6);
        s.text = st.text(7);
        steps << s;
    }
    // Clocks of different devices only roughly agree: a decision is always after the version
    // it is about, and versions follow their numbers.
    std::stable_sort(steps.begin(), steps.end(), [](const VisitHistoryStep& a, const VisitHistoryStep& b) {
        if (a.version != b.version)
            return a.version < b.version;
        if (a.kind != b.kind)
            return a.kind == VisitHistoryStep::Kind::Version;
        return a.at < b.at;
    });
    return steps;
}

} // namespace tonghu::model
