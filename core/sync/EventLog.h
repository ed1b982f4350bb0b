// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/Database.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <utility>

namespace tonghu::sync {

// One change to shared data, as it travels between devices.
struct Event
{
    QString originDevice; // the stream: a device id, or "<device id>@<place code>" for what it sends down
    qint64 sequence = 0;  // per stream, from 1, without gaps
    QString hlc;         // see Hlc
    QString author;      // user id
    QString entity;      // the table: households, persons, children, visits, mandatory_reports, referrals
    QString entityId;
    QString op;          // upsert | delete
    QJsonObject changes; // column → new value: the fields that changed (all of them for a new row)
    QJsonObject seen;    // for records that can change again: stream → last sequence the origin had
};

// Writes the event log. Stores call record() inside the transaction of their change, so a change
// and its event are saved together or not at all.
class EventLog final
{
public:
    // The row of `table` with this id as JSON (column → value); empty when there is none.
    static QJsonObject row(storage::Database& db, const char* table, const QString& id);
    // Records what differs between the row before and after the change as an event of this
    // device: nothing when nothing shared changed, a delete when `after` is empty. Columns
    // derived on each device (search keys) and the stamp of the write itself are not shared.
    // `audience` is empty for what goes up to the township and county, or the place code of the
    // villages (or the county) a decision is sent down to.
    static void record(storage::Database& db, const QString& author, const QString& entity, const QString& entityId,
                       const QJsonObject& before, const QJsonObject& after, const QString& audience = {});

    // The stream of `device` addressed to `audience` (its own stream when empty).
    static QString stream(const QString& device, const QString& audience);
    // Splits a stream into its device and audience; false when it is not one.
    static bool parseStream(const QString& stream, QString* device, QString* audience);

    // Runs `write`, a change to the row `id` of `table`, and records its event, in one transaction.
    template <typename Write>
    static void tracked(storage::Database& db, const QString& author, const char* table, const QString& id, Write write,
                        const QString& audience = {});
    // Where a change to a record of the village `placeCode` goes: up when this device is that
    // village's own, otherwise down to the village (a township following up its referrals).
    static QString audienceFor(storage::Database& db, const QString& placeCode);

    // This device's events after `afterSequence` in its own stream (or in `stream`), oldest first.
    // At most `limit` of them when it is positive.
    static QList<Event> ownSince(storage::Database& db, qint64 afterSequence, const QString& stream = {},
                                 int limit = 0);
    // The streams this device sends down: "<own id>@<place>".
    static QStringList ownDownStreams(storage::Database& db);
    static QList<Event> ofRecord(storage::Database& db, const QString& entity, const QString& entityId);
    static qint64 lastSequence(storage::Database& db, const QString& stream);
    // Every stream in the log, in key order, with its highest sequence number. It reads two index
    // entries per stream, whatever the size of the log (a GROUP BY would read every event).
    static QList<std::pair<QString, qint64>> streamHeads(storage::Database& db);
};

template <typename Write>
void EventLog::tracked(storage::Database& db, const QString& author, const char* table, const QString& id, Write write,
                       const QString& audience)
{
    storage::Transaction tx(db);
    const QJsonObject before = row(db, table, id);
    write();
    record(db, author, QString::fromLatin1(table), id, before, row(db, table, id), audience);
    tx.commit();
}

} // namespace tonghu::sync
