// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/Inbox.h"

#include "core/audit/AuditLog.h"
#include "core/model/RecordStore.h"
#include "core/storage/Database.h"
#include "core/sync/Bundle.h"
#include "core/sync/EventLog.h"
#include "core/sync/Hlc.h"
#include "core/sync/Outbox.h"
#include "core/sync/TrustStore.h"
#include "core/util/Error.h"
#include "core/vault/Vault.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QUuid>

namespace tonghu::sync {

namespace {

const QSet<QString> kEntities{QStringLiteral("households"), QStringLiteral("persons"),
                              QStringLiteral("children"),   QStringLiteral("visits"),
                              QStringLiteral("mandatory_reports"), QStringLiteral("referrals")};
// Columns that name a user: a remote author is recorded as a user of the sending place.
const QSet<QString> kUserColumns{QStringLiteral("created_by"), QStringLiteral("author_id")};

Error damaged() { return Error(Error::Kind::BadInput, Inbox::tr("This bundle's contents are damaged: an event is not valid.")); }

QSet<QString> columnsOf(storage::Database& db, const QString& table)
{
    QSet<QString> columns;
    auto st = db.prepare(std::string("PRAGMA table_info(") + table.toStdString() + ")");
    while (st.step())
        columns << st.text(1);
    return columns;
}

struct Opened
{
    BundleHeader header;
    QList<Event> events;
    QHash<QString, qint64> acks;
};

// Verifies, decrypts and checks every event before anything is written.
Opened openBundle(vault::Vault& vault, const QByteArray& bytes)
{
    storage::Database& db = vault.database();
    TrustStore trust(vault);
    const auto lookup = [&](const QString& id) { return trust.signPublicKeyOf(id); };
    Opened o;
    o.header = Bundle::verify(bytes, lookup);
    const DevicePublicKeys own = DeviceIdentity::ensure(db);
    const QJsonDocument doc = QJsonDocument::fromJson(
        Bundle::open(bytes, own.deviceId, own.boxPublic, DeviceIdentity::boxSecret(db), lookup));
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("format")).toString() != QLatin1String("tonghu-events"))
        throw damaged();
    if (root.value(QLatin1String("version")).toInt() != 1)
        throw Error(Error::Kind::TooNew, Inbox::tr("This bundle's contents were written by a newer version of Tonghu; "
                                                   "update Tonghu to import it."));
    QHash<QString, QSet<QString>> columns;
    const QJsonArray events = root.value(QLatin1String("events")).toArray();
    if (events.size() != o.header.eventCount)
        throw damaged();
    for (qsizetype i = 0; i < events.size(); ++i) {
        const QJsonObject e = events.at(i).toObject();
        Event ev;
        ev.originDevice = e.value(QLatin1String("origin")).toString();
        ev.sequence = e.value(QLatin1String("seq")).toInteger();
        ev.hlc = e.value(QLatin1String("hlc")).toString();
        ev.author = e.value(QLatin1String("author")).toString();
        ev.entity = e.value(QLatin1String("entity")).toString();
        ev.entityId = e.value(QLatin1String("id")).toString();
        ev.op = e.value(QLatin1String("op")).toString();
        ev.changes = e.value(QLatin1String("changes")).toObject();
        qint64 ms = 0;
        int counter = 0;
        // The sender's own events only, in order and without a gap, each naming a known table,
        // an operation, a record, and columns that exist there.
        if (ev.originDevice != o.header.senderDeviceId || ev.sequence != o.header.firstSequence + i
            || !Hlc::parse(ev.hlc, &ms, &counter) || !kEntities.contains(ev.entity) || ev.entityId.isEmpty()
            || ev.entityId.size() > 64 || (ev.op != QLatin1String("upsert") && ev.op != QLatin1String("delete")))
            throw damaged();
        if (!columns.contains(ev.entity))
            columns.insert(ev.entity, columnsOf(db, ev.entity));
        for (auto it = ev.changes.begin(); it != ev.changes.end(); ++it)
            if (!columns[ev.entity].contains(it.key()) || it->isArray() || it->isObject()
                || (it.key() == QLatin1String("id") && it->toString() != ev.entityId))
                throw damaged();
        o.events << ev;
    }
    if (!o.events.isEmpty() && o.events.last().sequence != o.header.lastSequence)
        throw damaged();
    const QJsonObject acks = root.value(QLatin1String("acks")).toObject();
    for (auto it = acks.begin(); it != acks.end(); ++it)
        o.acks.insert(it.key(), it->toInteger());
    return o;
}

void bindJson(storage::Statement& st, int index, const QJsonValue& v)
{
    if (v.isNull() || v.isUndefined())
        st.bind(index, nullptr);
    else if (v.isBool())
        st.bind(index, v.toBool());
    else if (v.isDouble()) {
        const double d = v.toDouble();
        if (d == double(qint64(d)))
            st.bind(index, static_cast<std::int64_t>(d));
        else
            st.bind(index, d);
    } else
        st.bind(index, v.toString());
}

void ensureUser(storage::Database& db, const QString& id, const TrustedDevice& sender)
{
    if (id.isEmpty())
        return;
    auto known = db.prepare("SELECT 1 FROM users WHERE id = ?");
    known.bind(1, id);
    if (known.step())
        return;
    const QString t = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    auto st = db.prepare("INSERT INTO users (id, name, role, place_code, active, created_at, updated_at) "
                         "VALUES (?, ?, ?, ?, 0, ?, ?)");
    st.bind(1, id).bind(2, sender.record.userName).bind(3, vault::roleCode(sender.record.role));
    st.bind(4, sender.record.placeCode).bind(5, t).bind(6, t).run();
}

void ensurePlace(storage::Database& db, const TrustedDevice& sender)
{
    const QString& code = sender.record.placeCode;
    auto known = db.prepare("SELECT 1 FROM places WHERE code = ?");
    known.bind(1, code);
    if (known.step())
        return;
    // Its parent is recorded only when this vault has it: the township above a village.
    QString parent;
    for (const QString& candidate : {code.left(9), code.left(6)}) {
        auto p = db.prepare("SELECT 1 FROM places WHERE code = ?");
        p.bind(1, candidate);
        if (candidate != code && p.step()) {
            parent = candidate;
            break;
        }
    }
    const char* level = sender.record.role == vault::Role::Village ? "village"
                        : sender.record.role == vault::Role::Township ? "township"
                                                                       : "county";
    const QString t = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    auto st = db.prepare("INSERT INTO places (id, code, level, name, parent_code, created_at, updated_at) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, QUuid::createUuid().toString(QUuid::WithoutBraces)).bind(2, code).bind(3, QString::fromLatin1(level));
    st.bind(4, sender.record.placeName).bindOrNull(5, parent).bind(6, t).bind(7, t).run();
}

// The fields of the record whose latest change here is later than `hlc`: they keep their value.
QSet<QString> laterHere(storage::Database& db, const Event& incoming)
{
    QSet<QString> later;
    for (const Event& e : EventLog::ofRecord(db, incoming.entity, incoming.entityId))
        if (e.hlc > incoming.hlc)
            for (auto it = e.changes.begin(); it != e.changes.end(); ++it)
                later << it.key();
    return later;
}

void applyEvent(storage::Database& db, const Event& e, const TrustedDevice& sender)
{
    ensureUser(db, e.author, sender);
    for (const QString& c : kUserColumns)
        if (e.changes.value(c).isString())
            ensureUser(db, e.changes.value(c).toString(), sender);
    const std::string table = e.entity.toStdString();
    const QSet<QString> later = laterHere(db, e);
    auto ins = db.prepare("INSERT INTO events (origin_device, seq, hlc, author, entity, entity_id, op, changes, "
                          "received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    ins.bind(1, e.originDevice).bind(2, static_cast<std::int64_t>(e.sequence)).bind(3, e.hlc).bindOrNull(4, e.author);
    ins.bind(5, e.entity).bind(6, e.entityId).bind(7, e.op);
    ins.bind(8, QString::fromUtf8(QJsonDocument(e.changes).toJson(QJsonDocument::Compact)));
    ins.bind(9, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)).run();
    Hlc::observe(db, e.hlc);

    if (e.op == QLatin1String("delete")) {
        auto del = db.prepare("DELETE FROM " + table + " WHERE id = ?");
        del.bind(1, e.entityId).run();
        return;
    }
    QStringList names;
    QList<QJsonValue> values;
    for (auto it = e.changes.begin(); it != e.changes.end(); ++it)
        if (it.key() != QLatin1String("id") && !later.contains(it.key())) {
            names << it.key();
            values << it.value();
        }
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    if (!EventLog::row(db, table.c_str(), e.entityId).isEmpty()) {
        if (names.isEmpty())
            return;
        QStringList sets;
        for (const QString& n : names)
            sets << n + QStringLiteral(" = ?");
        auto up = db.prepare("UPDATE " + table + " SET " + sets.join(QStringLiteral(", ")).toStdString()
                             + ", updated_at = ? WHERE id = ?");
        int i = 1;
        for (const QJsonValue& v : values)
            bindJson(up, i++, v);
        up.bind(i, now);
        up.bind(i + 1, e.entityId).run();
        return;
    }
    names << QStringLiteral("id") << QStringLiteral("updated_at");
    auto add = db.prepare("INSERT INTO " + table + " (" + names.join(QStringLiteral(", ")).toStdString() + ") VALUES ("
                          + QStringList(names.size(), QStringLiteral("?")).join(QStringLiteral(", ")).toStdString() + ")");
    int i = 1;
    for (const QJsonValue& v : values)
        bindJson(add, i++, v);
    add.bind(i, e.entityId);
    add.bind(i + 1, now).run();
}

} // namespace

Inbox::Inbox(vault::Vault& vault) : m_vault(vault) {}

int Inbox::apply(const QByteArray& bytes, QString* sender, qint64* lastApplied, bool* acknowledged)
{
    storage::Database& db = m_vault.database();
    const Opened o = openBundle(m_vault, bytes);
    *sender = o.header.senderDeviceId;
    const qint64 have = EventLog::lastSequence(db, o.header.senderDeviceId);
    *lastApplied = have;
    if (!o.events.isEmpty() && o.header.firstSequence > have + 1)
        return -1; // a gap: the caller holds it
    TrustStore trust(m_vault);
    const TrustedDevice from = *trust.device(o.header.senderDeviceId);
    int applied = 0;
    storage::Transaction tx(db);
    ensurePlace(db, from);
    for (const Event& e : o.events) {
        if (e.sequence <= have)
            continue;
        applyEvent(db, e, from);
        ++applied;
        *lastApplied = e.sequence;
    }
    // What the sender says it has received of this device's events.
    const QString own = DeviceIdentity::ensure(db).deviceId;
    if (o.acks.contains(own) && Outbox(m_vault).acknowledge(o.header.senderDeviceId, o.acks.value(own)))
        *acknowledged = true;
    if (applied > 0)
        audit::AuditLog::append(db, m_vault.userId(), QStringLiteral("sync.import"), QStringLiteral("device"),
                                o.header.senderDeviceId, QString::number(applied));
    tx.commit();
    if (applied > 0)
        model::RecordStore(db, m_vault.userId(), m_vault.placeCode()).backfillSearchKeys();
    return applied;
}

int Inbox::applyHeld(const QString& sender)
{
    storage::Database& db = m_vault.database();
    int applied = 0;
    for (;;) {
        auto st = db.prepare("SELECT bundle_id, bytes FROM held_bundles WHERE sender = ? AND first_seq <= ? "
                             "ORDER BY first_seq LIMIT 1");
        st.bind(1, sender).bind(2, static_cast<std::int64_t>(EventLog::lastSequence(db, sender) + 1));
        if (!st.step())
            return applied;
        const QString id = st.text(0);
        const QByteArray bytes = st.blob(1);
        st.reset();
        QString from;
        qint64 last = 0;
        bool acked = false;
        applied += std::max(0, apply(bytes, &from, &last, &acked));
        auto del = db.prepare("DELETE FROM held_bundles WHERE bundle_id = ?");
        del.bind(1, id).run();
    }
}

ImportResult Inbox::import(const QByteArray& bytes)
{
    ImportResult r;
    qint64 last = 0;
    bool acknowledged = false;
    const int applied = apply(bytes, &r.senderDeviceId, &last, &acknowledged);
    if (applied < 0) {
        const BundleHeader h = Bundle::peekHeader(bytes);
        auto st = m_vault.database().prepare("INSERT OR IGNORE INTO held_bundles (bundle_id, sender, first_seq, "
                                             "last_seq, bytes, received_at) VALUES (?, ?, ?, ?, ?, ?)");
        st.bind(1, h.bundleId).bind(2, h.senderDeviceId).bind(3, static_cast<std::int64_t>(h.firstSequence));
        st.bind(4, static_cast<std::int64_t>(h.lastSequence)).bindBlob(5, bytes);
        st.bind(6, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)).run();
        r.outcome = ImportResult::Outcome::Held;
        r.missingFrom = last + 1;
        return r;
    }
    r.applied = applied + applyHeld(r.senderDeviceId);
    r.acknowledged = acknowledged;
    r.outcome = r.applied > 0 || acknowledged ? ImportResult::Outcome::Applied : ImportResult::Outcome::Duplicate;
    return r;
}

} // namespace tonghu::sync
