// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/Conflicts.h"

#include "core/audit/AuditLog.h"
#include "core/storage/Database.h"
#include "core/sync/EventLog.h"
#include "core/util/Error.h"
#include "core/vault/Access.h"
#include "core/vault/Vault.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace tonghu::sync {

namespace {

QJsonValue fromJsonText(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).array().at(0);
}

// The village a record belongs to, so the chosen value travels where the record lives.
QString placeOf(storage::Database& db, const QString& entity, const QString& id)
{
    const char* sql = nullptr;
    if (entity == QLatin1String("households"))
        sql = "SELECT place_code FROM households WHERE id = ?";
    else if (entity == QLatin1String("persons"))
        sql = "SELECT h.place_code FROM persons p JOIN households h ON h.id = p.household_id WHERE p.id = ?";
    else if (entity == QLatin1String("children"))
        sql = "SELECT h.place_code FROM children c JOIN households h ON h.id = c.household_id WHERE c.id = ?";
    else if (entity == QLatin1String("consents"))
        sql = "SELECT h.place_code FROM consents k JOIN children c ON c.id = k.child_id "
              "JOIN households h ON h.id = c.household_id WHERE k.id = ?";
    else
        sql = "SELECT h.place_code FROM referrals r JOIN children c ON c.id = r.child_id "
              "JOIN households h ON h.id = c.household_id WHERE r.id = ?";
    auto st = db.prepare(sql);
    st.bind(1, id);
    return st.step() ? st.text(0) : QString();
}

} // namespace

QList<Conflict> Conflicts::open(storage::Database& db)
{
    auto st = db.prepare("SELECT id, entity, entity_id, field, shown_value, other_value, shown_origin, other_origin, "
                         "detected_at FROM sync_conflicts WHERE resolved_at IS NULL ORDER BY detected_at, id");
    QList<Conflict> out;
    while (st.step())
        out << Conflict{st.text(0), st.text(1), st.text(2), st.text(3), fromJsonText(st.text(4)),
                        fromJsonText(st.text(5)), st.text(6), st.text(7),
                        QDateTime::fromString(st.text(8), Qt::ISODateWithMs)};
    return out;
}

void Conflicts::resolve(vault::Vault& vault, const QString& conflictId, Choice choice)
{
    storage::Database& db = vault.database();
    const QList<Conflict> all = open(db);
    const auto it = std::find_if(all.begin(), all.end(), [&](const Conflict& c) { return c.id == conflictId; });
    if (it == all.end())
        throw Error(Error::Kind::NotFound, tr("This conflict has been settled already."));
    const Conflict& c = *it;
    static const QSet<QString> kTables{QStringLiteral("households"), QStringLiteral("persons"),
                                       QStringLiteral("children"), QStringLiteral("referrals"),
                                       QStringLiteral("consents")};
    // The field names come from validated events (columns of the table), the table from this list.
    if (!kTables.contains(c.entity) || !EventLog::row(db, c.entity.toLatin1().constData(), c.entityId)
                                            .contains(c.field))
        throw Error(Error::Kind::NotFound, tr("The record of this conflict is no longer here."));
    if (choice == Choice::Other)
        vault::Access::require(db, c.entity == QLatin1String("referrals") ? vault::Action::ManageReferrals
                                                                          : vault::Action::EditRecords);
    storage::Transaction tx(db);
    if (choice == Choice::Other) {
        const std::string table = c.entity.toStdString();
        auto up = db.prepare("UPDATE " + table + " SET " + c.field.toStdString() + " = ?, updated_at = ? WHERE id = ?");
        EventLog::tracked(
            db, vault.userId(), table.c_str(), c.entityId,
            [&] {
                up.bindJson(1, c.otherValue);
                up.bind(2, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
                up.bind(3, c.entityId).run();
            },
            EventLog::audienceFor(db, placeOf(db, c.entity, c.entityId)));
    }
    auto done = db.prepare("UPDATE sync_conflicts SET resolved_at = ?, resolved_by = ?, resolution = ? WHERE id = ?");
    done.bind(1, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)).bindOrNull(2, vault.userId());
    done.bind(3, choice == Choice::Other ? QStringLiteral("other") : QStringLiteral("shown")).bind(4, c.id).run();
    audit::AuditLog::append(db, vault.userId(), QStringLiteral("sync.conflict.resolve"), c.entity, c.entityId,
                            c.field);
    tx.commit();
}

} // namespace tonghu::sync
