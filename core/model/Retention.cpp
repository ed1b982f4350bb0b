// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/Retention.h"

#include "core/audit/AuditLog.h"
#include "core/rules/CountyRulebook.h"
#include "core/storage/Database.h"
#include "core/util/Error.h"
#include "core/vault/Vault.h"

#include <QDateTime>
#include <QList>
#include <QPair>

#include <cmath>

namespace tonghu::model {

namespace {

QStringList column(storage::Database& db, const char* sql, const QString& bound)
{
    auto st = db.prepare(sql);
    st.bind(1, bound);
    QStringList out;
    while (st.step())
        out << st.text(0);
    return out;
}

void removeRow(storage::Database& db, const char* table, const QString& id)
{
    auto st = db.prepare(std::string("DELETE FROM ") + table + " WHERE id = ?");
    st.bind(1, id).run();
}

// Keeps the event's place in its stream (origin, sequence, clock, record id) and drops what it
// said: events cannot be changed, so it is removed and written again as an empty delete.
void emptyEventsOf(storage::Database& db, const QString& entity, const QString& id)
{
    auto find = db.prepare("SELECT origin_device, seq, hlc, received_at FROM events WHERE entity = ? AND entity_id = ?");
    find.bind(1, entity).bind(2, id);
    struct Row
    {
        QString origin;
        qint64 seq;
        QString hlc;
        QString receivedAt;
    };
    QList<Row> rows;
    while (find.step())
        rows.append({find.text(0), find.int64(1), find.text(2), find.text(3)});
    find.reset();
    for (const Row& r : rows) {
        auto del = db.prepare("DELETE FROM events WHERE origin_device = ? AND seq = ?");
        del.bind(1, r.origin).bind(2, static_cast<std::int64_t>(r.seq)).run();
        auto ins = db.prepare("INSERT INTO events (origin_device, seq, hlc, author, entity, entity_id, op, changes, "
                              "received_at) VALUES (?, ?, ?, NULL, ?, ?, 'delete', '{}', ?)");
        ins.bind(1, r.origin).bind(2, static_cast<std::int64_t>(r.seq)).bind(3, r.hlc).bind(4, entity).bind(5, id);
        ins.bindOrNull(6, r.receivedAt).run();
    }
}

} // namespace

int Retention::yearsAfterLeaving(storage::Database& db)
{
    const double years = rules::CountyRulebook::current(db).settings.value(QStringLiteral("retention.years_after_leaving"), 3);
    return std::max(1, int(std::lround(years)));
}

QStringList Retention::due(storage::Database& db, const QDate& today)
{
    const QDate before = today.addYears(-yearsAfterLeaving(db));
    return column(db, "SELECT id FROM children WHERE status = 'left' AND left_on IS NOT NULL AND left_on <= ? "
                      "ORDER BY left_on, id",
                  before.toString(Qt::ISODate));
}

bool Retention::isPurged(storage::Database& db, const QString& entity, const QString& id)
{
    auto st = db.prepare("SELECT 1 FROM purged_records WHERE entity = ? AND entity_id = ?");
    st.bind(1, entity).bind(2, id);
    return st.step();
}

int Retention::purge(vault::Vault& vault, const QStringList& childIds, const QDate& today)
{
    storage::Database& db = vault.database();
    const QStringList allowed = due(db, today);
    for (const QString& id : childIds)
        if (!allowed.contains(id))
            throw Error(Error::Kind::BadInput, tr("A child's records are purged only when the retention time after "
                                                  "they left (%1 years) is over. Nothing was purged.")
                                                   .arg(yearsAfterLeaving(db)));
    const QString t = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    int removed = 0;
    storage::Transaction tx(db);
    const auto forget = [&](const char* entity, const QString& id) {
        auto st = db.prepare("INSERT OR IGNORE INTO purged_records (entity, entity_id, purged_at) VALUES (?, ?, ?)");
        st.bind(1, QString::fromLatin1(entity)).bind(2, id).bind(3, t).run();
        emptyEventsOf(db, QString::fromLatin1(entity), id);
        ++removed;
    };
    for (const QString& childId : childIds) {
        const QString household =
            column(db, "SELECT household_id FROM children WHERE id = ?", childId).value(0);
        // Marked first: the triggers that keep submitted visits let these go.
        forget("children", childId);
        const QStringList visits = column(db, "SELECT id FROM visits WHERE child_id = ?", childId);
        for (const QString& v : visits)
            forget("visits", v);
        for (const QString& v : visits) {
            for (const QString& r : column(db, "SELECT id FROM visit_reviews WHERE visit_id = ?", v)) {
                forget("visit_reviews", r);
                removeRow(db, "visit_reviews", r);
            }
            for (const QString& r : column(db, "SELECT id FROM mandatory_reports WHERE visit_id = ?", v)) {
                forget("mandatory_reports", r);
                removeRow(db, "mandatory_reports", r);
            }
        }
        for (const QString& r : column(db, "SELECT id FROM referrals WHERE child_id = ?", childId)) {
            forget("referrals", r);
            removeRow(db, "referrals", r);
        }
        for (const QString& k : column(db, "SELECT id FROM consents WHERE child_id = ?", childId)) {
            forget("consents", k);
            removeRow(db, "consents", k);
        }
        for (const char* sql : {"DELETE FROM attachments WHERE child_id = ?", "DELETE FROM gathered_documents WHERE child_id = ?",
                                "DELETE FROM evaluations WHERE child_id = ?"}) {
            auto st = db.prepare(sql);
            st.bind(1, childId).run();
        }
        // A correction points at the version it corrects: the newest go first.
        for (const QString& v : column(db, "SELECT id FROM visits WHERE child_id = ? ORDER BY version DESC", childId))
            removeRow(db, "visits", v);
        removeRow(db, "children", childId);
        // The household goes with its last child, and its members with it.
        if (!household.isEmpty()
            && column(db, "SELECT id FROM children WHERE household_id = ?", household).isEmpty()) {
            for (const QString& p : column(db, "SELECT id FROM persons WHERE household_id = ?", household)) {
                forget("persons", p);
                removeRow(db, "persons", p);
            }
            forget("households", household);
            removeRow(db, "households", household);
        }
        audit::AuditLog::append(db, vault.userId(), QStringLiteral("records.purge"), QStringLiteral("child"), childId);
    }
    tx.commit();
    return removed;
}

} // namespace tonghu::model
