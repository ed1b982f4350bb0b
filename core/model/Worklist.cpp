// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/Worklist.h"

#include "core/model/ReturnedVisits.h"
#include "core/storage/Database.h"
#include "core/vault/Access.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace tonghu::model {

namespace {

int rank(const WorklistItem& i)
{
    switch (i.kind) {
    case WorklistItem::Kind::Returned:
        return 0;
    case WorklistItem::Kind::OpenRisk:
        return i.severity == QLatin1String("critical") ? 1 : 2;
    case WorklistItem::Kind::VisitOverdue:
        return 3;
    case WorklistItem::Kind::ReferralOverdue:
        return 4;
    case WorklistItem::Kind::Draft:
        return 5;
    case WorklistItem::Kind::VisitDue:
        return 6;
    case WorklistItem::Kind::NeverVisited:
        return 7;
    }
    return 8;
}

QDate dateFrom(const QString& s) { return QDate::fromString(s, Qt::ISODate); }

} // namespace

QList<WorklistItem> Worklist::build(storage::Database& db, const QDate& today, int dueWithinDays)
{
    QList<WorklistItem> items;
    {
        // Each active child with its latest evaluation, if any: its dates and its open critical
        // and high risks, as the evaluation was stored with them (migration 0020). The index
        // holds every column read, so no evaluation's row, with its whole findings, is read.
        auto st = db.prepare(
            "SELECT c.id, c.name, e.next_visit_due, e.child_id IS NULL, e.as_of, e.open_risks "
            "FROM children c "
            "LEFT JOIN evaluations e INDEXED BY evaluations_worklist ON e.child_id = c.id "
            "AND e.rowid = (SELECT rowid FROM evaluations WHERE child_id = c.id "
            "ORDER BY created_at DESC, rowid DESC LIMIT 1) "
            "WHERE c.status = 'active'");
        auto referralOf = db.prepare("SELECT status FROM referrals WHERE child_id = ? AND finding_id = ? "
                                     "ORDER BY created_at DESC, rowid DESC LIMIT 1");
        while (st.step()) {
            WorklistItem base;
            base.childId = st.text(0);
            base.childName = st.text(1);
            if (st.integer(3) != 0) {
                base.kind = WorklistItem::Kind::NeverVisited;
                items << base;
                continue;
            }
            const QDate due = dateFrom(st.text(2));
            if (due.isValid() && due <= today.addDays(dueWithinDays)) {
                WorklistItem visit = base;
                visit.kind = due < today ? WorklistItem::Kind::VisitOverdue : WorklistItem::Kind::VisitDue;
                visit.date = due;
                items << visit;
            }
            const QString risks = st.text(5);
            if (risks.isEmpty() || risks == QLatin1String("[]"))
                continue;
            for (const QJsonValue& v : QJsonDocument::fromJson(risks.toUtf8()).array()) {
                const QJsonArray f = v.toArray();
                const QString severity = f.at(1).toString();
                WorklistItem risk = base;
                risk.kind = WorklistItem::Kind::OpenRisk;
                risk.severity = severity;
                risk.detail = f.at(2).toString();
                risk.refId = f.at(0).toString();
                risk.date = dateFrom(st.text(4));
                referralOf.bind(1, risk.childId).bind(2, risk.refId);
                if (referralOf.step())
                    risk.referralStatus = referralOf.text(0);
                referralOf.reset();
                items << risk;
            }
        }
    }
    // A correction of a returned visit stays under the township's comment until it is submitted,
    // rather than becoming one more draft.
    // Only the village corrects: a township's own returns wait on the village, not on it.
    QSet<QString> corrections;
    const bool corrects = vault::Access::allows(vault::Access::roleOf(db), vault::Action::VisitChildren);
    for (const ReturnedVisit& r : corrects ? ReturnedVisits::awaitingCorrection(db) : QList<ReturnedVisit>{}) {
        WorklistItem item;
        item.kind = WorklistItem::Kind::Returned;
        item.childId = r.childId;
        item.childName = r.childName;
        item.date = r.visitDate;
        item.detail = r.comment;
        item.refId = r.visitId;
        item.draftId = r.correctionDraftId;
        if (!r.correctionDraftId.isEmpty())
            corrections.insert(r.correctionDraftId);
        items << item;
    }
    {
        auto st = db.prepare("SELECT v.id, c.id, c.name, v.visit_date FROM visits v JOIN children c ON c.id = v.child_id "
                             "WHERE v.status = 'draft'");
        while (st.step()) {
            if (corrections.contains(st.text(0)))
                continue;
            WorklistItem draft;
            draft.kind = WorklistItem::Kind::Draft;
            draft.refId = st.text(0);
            draft.childId = st.text(1);
            draft.childName = st.text(2);
            draft.date = dateFrom(st.text(3));
            items << draft;
        }
    }
    {
        auto st = db.prepare("SELECT r.id, c.id, c.name, r.due_date, r.agency FROM referrals r "
                             "JOIN children c ON c.id = r.child_id "
                             "WHERE r.status IN ('open', 'accepted') AND r.due_date < ?");
        st.bind(1, today.toString(Qt::ISODate));
        while (st.step()) {
            WorklistItem ref;
            ref.kind = WorklistItem::Kind::ReferralOverdue;
            ref.refId = st.text(0);
            ref.childId = st.text(1);
            ref.childName = st.text(2);
            ref.date = dateFrom(st.text(3));
            ref.detail = st.text(4);
            items << ref;
        }
    }
    std::stable_sort(items.begin(), items.end(), [](const WorklistItem& a, const WorklistItem& b) {
        if (rank(a) != rank(b))
            return rank(a) < rank(b);
        if (a.date != b.date)
            return a.date.isValid() && (!b.date.isValid() || a.date < b.date);
        return a.childName < b.childName;
    });
    return items;
}

} // namespace tonghu::model
