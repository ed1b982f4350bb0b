// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/Outbox.h"

#include "core/audit/AuditLog.h"
#include "core/sync/Bundle.h"
#include "core/sync/EventLog.h"
#include "core/sync/TrustStore.h"
#include "core/util/Error.h"
#include "core/vault/Vault.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>
#include <QUuid>

#include <algorithm>

namespace tonghu::sync {

QByteArray Payload::toJson() const
{
    QJsonArray list;
    for (const Event& e : events) {
        QJsonObject o;
        o.insert(QStringLiteral("origin"), e.originDevice);
        o.insert(QStringLiteral("seq"), e.sequence);
        o.insert(QStringLiteral("hlc"), e.hlc);
        o.insert(QStringLiteral("author"), e.author);
        o.insert(QStringLiteral("entity"), e.entity);
        o.insert(QStringLiteral("id"), e.entityId);
        o.insert(QStringLiteral("op"), e.op);
        o.insert(QStringLiteral("changes"), e.changes);
        if (!e.seen.isEmpty())
            o.insert(QStringLiteral("seen"), e.seen);
        list.append(o);
    }
    QJsonObject ackObject;
    for (auto it = acks.begin(); it != acks.end(); ++it)
        ackObject.insert(it.key(), it.value());
    QJsonObject root;
    root.insert(QStringLiteral("format"), QStringLiteral("tonghu-events"));
    root.insert(QStringLiteral("version"), 1);
    root.insert(QStringLiteral("events"), list);
    root.insert(QStringLiteral("acks"), ackObject);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

namespace {

// What this device has received of every other stream without a gap, for the acks of a bundle.
// (Streams are imported gaplessly, so the highest sequence number is the count.)
QHash<QString, qint64> receivedSoFar(storage::Database& db, const QString& ownDevice)
{
    QHash<QString, qint64> acks;
    for (const auto& [stream, head] : EventLog::streamHeads(db)) {
        QString device;
        QString audience;
        // Not this device's own streams, up or down.
        if (!EventLog::parseStream(stream, &device, &audience) || device != ownDevice)
            acks.insert(stream, head);
    }
    return acks;
}

qint64 ackedBy(storage::Database& db, const QString& peer, const QString& stream)
{
    auto st = db.prepare("SELECT acked_seq FROM sync_acks WHERE peer_device = ? AND stream = ?");
    st.bind(1, peer).bind(2, stream);
    return st.step() ? st.int64(0) : 0;
}

// Who reads a stream: this device's own one goes to its parents; one sent down to a place goes
// to the devices of that place and below, and to the parents, who read everything of theirs.
QList<TrustedDevice> readersOf(TrustStore& trust, const QString& audience)
{
    QList<TrustedDevice> readers;
    for (const TrustedDevice& d : trust.devices()) {
        if (d.revoked())
            continue;
        if (d.relation == TrustedDevice::Relation::Parent
            || (!audience.isEmpty() && d.record.placeCode.startsWith(audience)))
            readers << d;
    }
    return readers;
}

// The lowest acknowledgement of `stream` by any of its readers.
qint64 lowestAck(storage::Database& db, const QString& stream, const QList<TrustedDevice>& readers)
{
    qint64 lowest = -1;
    for (const TrustedDevice& r : readers) {
        const qint64 acked = ackedBy(db, r.record.keys.deviceId, stream);
        lowest = lowest < 0 ? acked : std::min(lowest, acked);
    }
    return std::max<qint64>(lowest, 0);
}

// The events of `stream` after the lowest acknowledgement of any of its readers (at most `limit`
// of them when it is positive), or after `after` when that is later.
QList<Event> pendingOf(storage::Database& db, const QString& stream, const QList<TrustedDevice>& readers,
                       int limit = 0, qint64 after = 0)
{
    if (readers.isEmpty())
        return {};
    return EventLog::ownSince(db, std::max(after, lowestAck(db, stream, readers)), stream, limit);
}

// The start of the file names of a stream's bundles: the device id, and the place it goes down to.
QString fileNamePrefix(const QString& stream)
{
    QString device;
    QString audience;
    EventLog::parseStream(stream, &device, &audience);
    return audience.isEmpty() ? device : device + QLatin1Char('-') + audience;
}

} // namespace

Outbox::Outbox(vault::Vault& vault) : m_vault(vault) {}

QList<Event> Outbox::pending()
{
    storage::Database& db = m_vault.database();
    TrustStore trust(m_vault);
    const QString own = DeviceIdentity::ensure(db).deviceId;
    return pendingOf(db, own, readersOf(trust, {}));
}

QList<OutgoingBundle> Outbox::bundles()
{
    QList<OutgoingBundle> out;
    bundles([&out](OutgoingBundle&& b) { out << std::move(b); });
    return out;
}

void Outbox::bundles(const std::function<void(OutgoingBundle&&)>& each)
{
    storage::Database& db = m_vault.database();
    TrustStore trust(m_vault);
    const QList<TrustedDevice> devices = trust.devices();
    if (devices.isEmpty())
        throw Error(Error::Kind::BadInput, tr("No other device is enrolled yet: import the enrollment files of the "
                                              "township and county (or of the villages) first, so there is someone "
                                              "to send to."));
    const DevicePublicKeys own = DeviceIdentity::ensure(db);
    const SecureBuffer signSecret = DeviceIdentity::signSecret(db);
    const QHash<QString, qint64> acks = receivedSoFar(db, own.deviceId);
    QSet<QString> reachedWithData;
    int eventCount = 0;
    // Every bundle made is audited, also when handing one on fails halfway through.
    struct AuditAtEnd
    {
        storage::Database& db;
        const QString& userId;
        const int& count;
        bool recorded = false;
        void record()
        {
            recorded = true;
            if (count > 0)
                audit::AuditLog::recordExport(db, userId, audit::ExportKind::Bundle, {}, {}, QString::number(count));
        }
        ~AuditAtEnd()
        {
            if (recorded)
                return;
            try {
                record();
            } catch (...) {
                // Unwinding already: the failure that got here is the one the caller hears of.
            }
        }
    } auditAtEnd{db, m_vault.userId(), eventCount};

    const auto header = [&] {
        BundleHeader h;
        h.bundleId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        h.senderDeviceId = own.deviceId;
        h.senderRole = vault::roleCode(m_vault.role());
        h.senderPlace = m_vault.placeCode();
        h.createdAt = QDateTime::currentDateTimeUtc();
        return h;
    };
    const auto sealTo = [](const QList<TrustedDevice>& readers, QList<BundleRecipient>* recipients, QStringList* ids) {
        for (const TrustedDevice& r : readers) {
            *recipients << BundleRecipient{r.record.keys.deviceId, r.record.keys.boxPublic};
            *ids << r.record.keys.deviceId;
        }
    };

    QStringList streams{own.deviceId};
    streams << EventLog::ownDownStreams(db);
    for (const QString& stream : streams) {
        QString device;
        QString audience;
        EventLog::parseStream(stream, &device, &audience);
        const QList<TrustedDevice> readers = readersOf(trust, audience);
        QList<BundleRecipient> recipients;
        QStringList ids;
        sealTo(readers, &recipients, &ids);
        // One bundle's worth of events read at a time.
        for (qint64 after = 0;;) {
            Payload payload;
            payload.events = pendingOf(db, stream, readers, m_maxEventsPerBundle, after);
            if (payload.events.isEmpty())
                break;
            after = payload.events.last().sequence;
            for (const QString& id : ids)
                reachedWithData << id;
            payload.acks = acks;
            BundleHeader h = header();
            h.firstSequence = payload.events.first().sequence;
            h.lastSequence = payload.events.last().sequence;
            h.eventCount = int(payload.events.size());
            // The same range of a stream always gets the same name: a bundle sent again replaces
            // the earlier copy. Place codes are public administrative codes, not personal data.
            OutgoingBundle b{QStringLiteral("%1-%2-%3.tonghub")
                                 .arg(fileNamePrefix(stream))
                                 .arg(h.firstSequence, 8, 10, QLatin1Char('0'))
                                 .arg(h.lastSequence, 8, 10, QLatin1Char('0')),
                             Bundle::write(h, payload.toJson(), signSecret, recipients), ids};
            const int n = int(payload.events.size());
            payload = {};
            each(std::move(b));
            eventCount += n;
        }
    }
    // To each device heard from that no bundle above reaches: what arrived from it, so it stops
    // sending that again.
    for (const TrustedDevice& peer : devices) {
        const QString id = peer.record.keys.deviceId;
        if (peer.revoked() || reachedWithData.contains(id))
            continue;
        Payload payload;
        for (auto it = acks.begin(); it != acks.end(); ++it) {
            QString device;
            QString audience;
            if (EventLog::parseStream(it.key(), &device, &audience) && device == id)
                payload.acks.insert(it.key(), it.value());
        }
        if (payload.acks.isEmpty())
            continue;
        each(OutgoingBundle{QStringLiteral("%1-to-%2.tonghub").arg(own.deviceId, id),
                            Bundle::write(header(), payload.toJson(), signSecret,
                                          {BundleRecipient{id, peer.record.keys.boxPublic}}),
                            {id}});
    }
    auditAtEnd.record();
}

QStringList Outbox::exportTo(const QString& dir)
{
    if (!QDir().mkpath(dir))
        throw Error(Error::Kind::Io, tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(dir)));
    QStringList paths;
    bundles([&](OutgoingBundle&& b) {
        const QString path = QDir(dir).filePath(b.name);
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(b.bytes) != b.bytes.size() || !file.commit())
            throw Error(Error::Kind::Io, tr("The bundle could not be written to %1: %2")
                                             .arg(QDir::toNativeSeparators(path), file.errorString()));
        paths << path;
    });
    return paths;
}

QHash<QString, qint64> Outbox::acknowledgedByAll()
{
    storage::Database& db = m_vault.database();
    TrustStore trust(m_vault);
    QStringList streams{DeviceIdentity::ensure(db).deviceId};
    streams << EventLog::ownDownStreams(db);
    QHash<QString, qint64> floors;
    for (const QString& stream : streams) {
        QString device;
        QString audience;
        EventLog::parseStream(stream, &device, &audience);
        const QList<TrustedDevice> readers = readersOf(trust, audience);
        if (!readers.isEmpty())
            floors.insert(fileNamePrefix(stream), lowestAck(db, stream, readers));
    }
    return floors;
}

bool Outbox::acknowledge(const QString& peer, const QString& stream, qint64 sequence)
{
    if (ackedBy(m_vault.database(), peer, stream) >= sequence)
        return false;
    auto st = m_vault.database().prepare(
        "INSERT INTO sync_acks (peer_device, stream, acked_seq, updated_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(peer_device, stream) DO UPDATE SET acked_seq = max(acked_seq, excluded.acked_seq), "
        "updated_at = excluded.updated_at");
    st.bind(1, peer).bind(2, stream).bind(3, static_cast<std::int64_t>(sequence));
    st.bind(4, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)).run();
    return true;
}

} // namespace tonghu::sync
