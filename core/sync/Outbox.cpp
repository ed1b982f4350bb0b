// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/Outbox.h"

#include "core/audit/AuditLog.h"
#include "core/sync/Bundle.h"
#include "core/sync/TrustStore.h"
#include "core/util/Error.h"
#include "core/vault/Vault.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
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

// What this device has received from every other device without a gap, for the acks of a bundle.
QHash<QString, qint64> receivedSoFar(storage::Database& db, const QString& ownDevice)
{
    QHash<QString, qint64> acks;
    auto st = db.prepare("SELECT origin_device, max(seq) FROM events WHERE origin_device != ? GROUP BY origin_device");
    st.bind(1, ownDevice);
    while (st.step())
        acks.insert(st.text(0), st.int64(1));
    return acks;
}

} // namespace

Outbox::Outbox(vault::Vault& vault) : m_vault(vault) {}

QList<Event> Outbox::pending()
{
    storage::Database& db = m_vault.database();
    TrustStore trust(m_vault);
    const QList<TrustedDevice> parents = trust.parents();
    if (parents.isEmpty())
        return {};
    qint64 lowest = -1;
    for (const TrustedDevice& p : parents) {
        auto st = db.prepare("SELECT acked_seq FROM sync_acks WHERE peer_device = ?");
        st.bind(1, p.record.keys.deviceId);
        const qint64 acked = st.step() ? st.int64(0) : 0;
        lowest = lowest < 0 ? acked : std::min(lowest, acked);
    }
    return EventLog::ownSince(db, lowest);
}

QList<OutgoingBundle> Outbox::bundles()
{
    storage::Database& db = m_vault.database();
    TrustStore trust(m_vault);
    const QList<TrustedDevice> parents = trust.parents();
    if (parents.isEmpty() && trust.devices().isEmpty())
        throw Error(Error::Kind::BadInput, tr("No other device is enrolled yet: import the enrollment files of the "
                                              "township and county (or of the villages) first, so there is someone "
                                              "to send to."));
    QList<BundleRecipient> recipients;
    QStringList recipientIds;
    for (const TrustedDevice& p : parents) {
        recipients << BundleRecipient{p.record.keys.deviceId, p.record.keys.boxPublic};
        recipientIds << p.record.keys.deviceId;
    }
    const DevicePublicKeys own = DeviceIdentity::ensure(db);
    const SecureBuffer signSecret = DeviceIdentity::signSecret(db);

    const QList<Event> events = pending();
    const QHash<QString, qint64> acks = receivedSoFar(db, own.deviceId);
    QList<OutgoingBundle> out;
    const auto header = [&] {
        BundleHeader h;
        h.bundleId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        h.senderDeviceId = own.deviceId;
        h.senderRole = vault::roleCode(m_vault.role());
        h.senderPlace = m_vault.placeCode();
        h.createdAt = QDateTime::currentDateTimeUtc();
        return h;
    };
    for (qsizetype from = 0; from < events.size(); from += kMaxEventsPerBundle) {
        Payload payload;
        payload.events = events.mid(from, kMaxEventsPerBundle);
        payload.acks = acks;
        BundleHeader h = header();
        h.firstSequence = payload.events.first().sequence;
        h.lastSequence = payload.events.last().sequence;
        h.eventCount = int(payload.events.size());
        // The same range always gets the same name: a bundle sent again replaces the earlier copy.
        out << OutgoingBundle{QStringLiteral("%1-%2-%3.tonghub")
                                  .arg(own.deviceId)
                                  .arg(h.firstSequence, 8, 10, QLatin1Char('0'))
                                  .arg(h.lastSequence, 8, 10, QLatin1Char('0')),
                              Bundle::write(h, payload.toJson(), signSecret, recipients), recipientIds};
    }
    // Down to each village (or township) that has sent something: what arrived from it, so it
    // stops sending that again.
    for (const TrustedDevice& child : trust.devices()) {
        const QString id = child.record.keys.deviceId;
        if (child.relation != TrustedDevice::Relation::Child || child.revoked() || !acks.contains(id))
            continue;
        Payload payload;
        payload.acks.insert(id, acks.value(id));
        out << OutgoingBundle{QStringLiteral("%1-to-%2.tonghub").arg(own.deviceId, id),
                              Bundle::write(header(), payload.toJson(), signSecret,
                                            {BundleRecipient{id, child.record.keys.boxPublic}}),
                              {id}};
    }
    if (!events.isEmpty())
        audit::AuditLog::append(db, m_vault.userId(), QStringLiteral("sync.export"), {}, {},
                                QString::number(events.size()));
    return out;
}

QStringList Outbox::exportTo(const QString& dir)
{
    const QList<OutgoingBundle> out = bundles();
    if (!QDir().mkpath(dir))
        throw Error(Error::Kind::Io, tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(dir)));
    QStringList paths;
    for (const OutgoingBundle& b : out) {
        const QString path = QDir(dir).filePath(b.name);
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(b.bytes) != b.bytes.size() || !file.commit())
            throw Error(Error::Kind::Io, tr("The bundle could not be written to %1: %2")
                                             .arg(QDir::toNativeSeparators(path), file.errorString()));
        paths << path;
    }
    return paths;
}

bool Outbox::acknowledge(const QString& peer, qint64 sequence)
{
    auto current = m_vault.database().prepare("SELECT acked_seq FROM sync_acks WHERE peer_device = ?");
    current.bind(1, peer);
    if (current.step() && current.int64(0) >= sequence)
        return false;
    current.reset();
    auto st = m_vault.database().prepare(
        "INSERT INTO sync_acks (peer_device, acked_seq, updated_at) VALUES (?, ?, ?) "
        "ON CONFLICT(peer_device) DO UPDATE SET acked_seq = max(acked_seq, excluded.acked_seq), "
        "updated_at = excluded.updated_at");
    st.bind(1, peer).bind(2, static_cast<std::int64_t>(sequence))
        .bind(3, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)).run();
    return true;
}

} // namespace tonghu::sync
