// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/EventLog.h"

#include "core/storage/Database.h"
#include "core/storage/SqlText.h"
#include "core/storage/VaultInfo.h"
#include "core/sync/DeviceIdentity.h"
#include "core/sync/Hlc.h"
#include "core/sync/StoredChanges.h"

#include <QJsonDocument>
#include <QSet>

namespace tonghu::sync {

namespace {

// Not shared: recomputed by every device from the shared fields, or the stamp of this write.
const QSet<QString> kLocalColumns{QStringLiteral("name_pinyin"), QStringLiteral("name_initials"),
                                  QStringLiteral("id_reversed"), QStringLiteral("updated_at")};

constexpr const char* kColumns = "origin_device, seq, hlc, author, entity, entity_id, op, changes, seen";

// Records that never change once written: their events need no knowledge of others.
const QSet<QString> kImmutable{QStringLiteral("visits"), QStringLiteral("mandatory_reports"),
                               QStringLiteral("visit_reviews"), QStringLiteral("rulebook_publications")};

Event eventFrom(const storage::Statement& st)
{
    Event e;
    e.originDevice = st.text(0);
    e.sequence = st.int64(1);
    e.hlc = st.text(2);
    e.author = st.text(3);
    e.entity = st.text(4);
    e.entityId = st.text(5);
    e.op = st.text(6);
    e.changes = StoredChanges::object(st, 7);
    if (!st.isNull(8))
        e.seen = QJsonDocument::fromJson(st.text(8).toUtf8()).object();
    return e;
}

} // namespace

QJsonObject EventLog::row(storage::Database& db, const char* table, const QString& id)
{
    auto st = db.prepare(storage::sqlJoin({"SELECT * FROM ", table, " WHERE id = ?"}));
    st.bind(1, id);
    QJsonObject o;
    if (st.step())
        for (int i = 0; i < st.columnCount(); ++i)
            o.insert(st.columnName(i), st.json(i));
    return o;
}

QString EventLog::stream(const QString& device, const QString& audience)
{
    return audience.isEmpty() ? device : device + QLatin1Char('@') + audience;
}

bool EventLog::parseStream(const QString& stream, QString* device, QString* audience)
{
    const qsizetype at = stream.indexOf(QLatin1Char('@'));
    *device = at < 0 ? stream : stream.left(at);
    *audience = at < 0 ? QString() : stream.mid(at + 1);
    if (device->isEmpty() || (at >= 0 && audience->isEmpty()))
        return false;
    for (QChar c : *audience)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    return audience->size() <= 12;
}

void EventLog::record(storage::Database& db, const QString& author, const QString& entity, const QString& entityId,
                      const QJsonObject& before, const QJsonObject& after, const QString& audience)
{
    QJsonObject changes;
    for (auto it = after.begin(); it != after.end(); ++it)
        if (!kLocalColumns.contains(it.key()) && before.value(it.key()) != it.value())
            changes.insert(it.key(), it.value());
    const bool deleted = after.isEmpty() && !before.isEmpty();
    if (changes.isEmpty() && !deleted)
        return;
    const QString origin = stream(DeviceIdentity::ensure(db).deviceId, audience);
    QJsonObject seen;
    if (!kImmutable.contains(entity)) {
        for (const auto& [stream, head] : streamHeads(db))
            if (stream != origin)
                seen.insert(stream, head);
    }
    auto st = db.prepare(
        storage::sqlJoin({"INSERT INTO events (", kColumns, ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"}));
    st.bind(1, origin).bind(2, static_cast<std::int64_t>(lastSequence(db, origin) + 1)).bind(3, Hlc::next(db));
    st.bindOrNull(4, author).bind(5, entity).bind(6, entityId);
    st.bind(7, deleted ? QStringLiteral("delete") : QStringLiteral("upsert"));
    StoredChanges::bind(st, 8, QJsonDocument(changes).toJson(QJsonDocument::Compact));
    st.bindOrNull(9, seen.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(seen).toJson(QJsonDocument::Compact)));
    st.run();
}

QList<Event> EventLog::ownSince(storage::Database& db, qint64 afterSequence, const QString& stream, int limit)
{
    auto st = db.prepare(storage::sqlJoin(
        {"SELECT ", kColumns, " FROM events WHERE origin_device = ? AND seq > ? ORDER BY seq LIMIT ?"}));
    st.bind(1, stream.isEmpty() ? DeviceIdentity::ensure(db).deviceId : stream);
    st.bind(2, static_cast<std::int64_t>(afterSequence));
    st.bind(3, static_cast<std::int64_t>(limit > 0 ? limit : -1));
    QList<Event> out;
    while (st.step())
        out << eventFrom(st);
    return out;
}

QList<Event> EventLog::ofRecord(storage::Database& db, const QString& entity, const QString& entityId)
{
    auto st = db.prepare(storage::sqlJoin({"SELECT ", kColumns,
                                           " FROM events WHERE entity = ? AND entity_id = ? "
                                           "ORDER BY hlc, origin_device"}));
    st.bind(1, entity).bind(2, entityId);
    QList<Event> out;
    while (st.step())
        out << eventFrom(st);
    return out;
}

QString EventLog::audienceFor(storage::Database& db, const QString& placeCode)
{
    const QString own = storage::readInfo(db, "place_code");
    return placeCode.isEmpty() || placeCode == own || !placeCode.startsWith(own) ? QString() : placeCode;
}

QStringList EventLog::ownDownStreams(storage::Database& db)
{
    const QString own = DeviceIdentity::ensure(db).deviceId;
    QStringList streams;
    for (const auto& head : streamHeads(db)) {
        QString device;
        QString audience;
        if (parseStream(head.first, &device, &audience) && device == own && !audience.isEmpty())
            streams << head.first;
    }
    return streams;
}

QList<std::pair<QString, qint64>> EventLog::streamHeads(storage::Database& db)
{
    // A skip scan of the primary key: the next stream after the last one found, then its highest
    // sequence number, both one index lookup each.
    auto st = db.prepare(
        "WITH RECURSIVE s(d) AS (SELECT min(origin_device) FROM events"
        "  UNION ALL SELECT (SELECT min(origin_device) FROM events WHERE origin_device > s.d) FROM s"
        "  WHERE s.d IS NOT NULL) "
        "SELECT d, (SELECT max(seq) FROM events WHERE origin_device = s.d) FROM s WHERE d IS NOT NULL");
    QList<std::pair<QString, qint64>> heads;
    while (st.step())
        heads.append({st.text(0), st.int64(1)});
    return heads;
}

qint64 EventLog::lastSequence(storage::Database& db, const QString& stream)
{
    auto st = db.prepare("SELECT coalesce(max(seq), 0) FROM events WHERE origin_device = ?");
    st.bind(1, stream);
    st.step();
    return st.int64(0);
}

} // namespace tonghu::sync
