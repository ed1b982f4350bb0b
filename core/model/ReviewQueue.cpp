// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/ReviewQueue.h"

#include "core/rules/ChildEvaluation.h"
#include "core/rules/Evaluator.h"
#include "core/rules/Rulebook.h"
#include "core/storage/Database.h"
#include "core/util/Error.h"
#include "core/vault/Access.h"

#include <algorithm>

namespace tonghu::model {

namespace {

QString dateOrNull(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

// Critical first, then high; every other severity waits its turn by age.
int urgency(const QString& severity)
{
    const int rank = ReviewQueue::severityRank(severity);
    return rank >= 3 ? 4 - rank : 2;
}

} // namespace

ReviewQueue::ReviewQueue(storage::Database& db, vault::Role role, QString placeCode)
    : m_db(db), m_role(role), m_place(std::move(placeCode))
{
}

int ReviewQueue::severityRank(const QString& severity)
{
    if (severity == QLatin1String("critical"))
        return 4;
    if (severity == QLatin1String("high"))
        return 3;
    if (severity == QLatin1String("medium"))
        return 2;
    if (severity == QLatin1String("low"))
        return 1;
    return 0;
}

QString ReviewQueue::highestRisk(const rules::Evaluation& evaluation)
{
    QString highest = QStringLiteral("none");
    for (const rules::Finding& f : evaluation.findings)
        if (f.kind == QLatin1String("risk") && f.status == QLatin1String("met") &&
            severityRank(f.severity) > severityRank(highest))
            highest = f.severity;
    return highest;
}

void ReviewQueue::requireTownship() const
{
    vault::Access::require(m_role, vault::Action::ReviewVisits);
}

QList<ReviewQueueItem> ReviewQueue::pending(const rules::Rulebook& rulebook, const ReviewQueueFilter& filter)
{
    requireTownship();
    // Starts from the waiting visits (CROSS JOIN keeps SQLite to that order), so the cost follows
    // the queue, not the township's history.
    auto st = m_db.prepare(
        "SELECT v.id, v.child_id, c.name, h.place_code, coalesce(p.name, ''), v.visit_date, v.submitted_at, "
        "v.author_id, coalesce(u.name, ''), v.version, v.correction_reason, q.severity, q.ruleset "
        "FROM review_pending q "
        "CROSS JOIN visits v ON v.id = q.visit_id "
        "JOIN children c ON c.id = v.child_id "
        "JOIN households h ON h.id = c.household_id "
        "LEFT JOIN places p ON p.code = h.place_code "
        "LEFT JOIN users u ON u.id = v.author_id "
        "WHERE length(h.place_code) = 12 AND substr(h.place_code, 1, 9) = ?1 "
        "AND (?2 IS NULL OR h.place_code = ?2) "
        "AND (?3 IS NULL OR v.visit_date >= ?3) AND (?4 IS NULL OR v.visit_date <= ?4)");
    st.bind(1, m_place).bindOrNull(2, filter.villageCode.isEmpty() ? QString() : filter.villageCode);
    st.bindOrNull(3, dateOrNull(filter.from)).bindOrNull(4, dateOrNull(filter.to));
    QList<ReviewQueueItem> items;
    QList<int> stale; // rows not yet evaluated with this rulebook
    while (st.step()) {
        ReviewQueueItem i;
        i.visitId = st.text(0);
        i.childId = st.text(1);
        i.childName = st.text(2);
        i.villageCode = st.text(3);
        i.villageName = st.text(4);
        i.visitDate = QDate::fromString(st.text(5), Qt::ISODate);
        i.submittedAt = QDateTime::fromString(st.text(6), Qt::ISODateWithMs);
        i.authorId = st.text(7);
        i.authorName = st.text(8);
        i.version = st.integer(9);
        i.correctionReason = st.text(10);
        i.severity = st.text(11);
        if (i.severity.isEmpty() || st.text(12) != rulebook.tag())
            stale << int(items.size());
        items << i;
    }
    st.reset();

    if (!stale.isEmpty()) {
        // The village's own evaluations stay in the village: the township weighs each visit
        // here, once, and keeps the result beside the queue entry with the rulebook that made it.
        rules::ChildEvaluation evaluation(m_db, rulebook);
        storage::Transaction tx(m_db);
        auto keep = m_db.prepare("UPDATE review_pending SET severity = ?, ruleset = ? WHERE visit_id = ?");
        for (int index : stale) {
            ReviewQueueItem& i = items[index];
            i.severity = highestRisk(evaluation.evaluateVisit(i.visitId));
            keep.bind(1, i.severity).bind(2, rulebook.tag()).bind(3, i.visitId).run();
            keep.reset();
        }
        tx.commit();
    }

    const int minimum = severityRank(filter.minimumSeverity);
    items.erase(
        std::remove_if(items.begin(), items.end(),
                       [minimum](const ReviewQueueItem& i) { return severityRank(i.severity) < minimum; }),
        items.end());
    std::sort(items.begin(), items.end(), [](const ReviewQueueItem& a, const ReviewQueueItem& b) {
        if (urgency(a.severity) != urgency(b.severity))
            return urgency(a.severity) < urgency(b.severity);
        if (a.submittedAt != b.submittedAt)
            return a.submittedAt < b.submittedAt;
        if (a.visitDate != b.visitDate)
            return a.visitDate < b.visitDate;
        return a.visitId < b.visitId;
    });
    return items;
}

QList<Village> ReviewQueue::villages()
{
    requireTownship();
    // A village enrolled but not yet synced is known by its enrollment only.
    auto st =
        m_db.prepare("SELECT code, max(name) FROM ("
                     "SELECT code, name FROM places WHERE level = 'village' AND length(code) = 12 AND "
                     "substr(code, 1, 9) = ?1 "
                     "UNION ALL SELECT place_code, place_name FROM trusted_devices WHERE role = 'village' "
                     "AND revoked_at IS NULL AND length(place_code) = 12 AND substr(place_code, 1, 9) = ?1) "
                     "GROUP BY code ORDER BY code");
    st.bind(1, m_place);
    QList<Village> out;
    while (st.step())
        out << Village{st.text(0), st.text(1)};
    return out;
}

} // namespace tonghu::model
