// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sync/EventLog.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace tonghu::vault {
class Vault;
}

namespace tonghu::sync {

// The payload of a bundle: the events it carries and what the sender acknowledges having
// received from others (docs/bundle-format.md, "Payload").
struct Payload
{
    QList<Event> events;
    QHash<QString, qint64> acks; // stream → last sequence received without a gap
    QByteArray toJson() const;
};

struct OutgoingBundle
{
    QString name; // the device id and the sequence range only
    QByteArray bytes;
    QStringList recipients; // device ids
};

// What leaves this device: the events of each of its streams that a reader has not acknowledged
// yet, sealed to all of the stream's readers. Its own stream goes up to its township and county;
// a stream sent down to a place goes to that place's devices and to the parents.
class Outbox final
{
    Q_DECLARE_TR_FUNCTIONS(tonghu::sync::Outbox)
public:
    // A bundle's events are in memory three times while it is made (the events, their JSON, the
    // compressed and sealed file): about 9 KB per visit event. 5,000 keeps that near 45 MB, so a
    // county's first sync of hundreds of thousands of events stays within a small laptop's memory.
    static constexpr int kMaxEventsPerBundle = 5000;

    explicit Outbox(vault::Vault& vault);

    // The events of this device's own stream still to be sent up: after the lowest sequence
    // acknowledged by any parent.
    QList<Event> pending();
    // The pending events as bundles (at most kMaxEventsPerBundle each), and an acknowledgement
    // for each child device heard from; none when nothing is pending. Throws Error{BadInput}
    // when no device is enrolled yet.
    QList<OutgoingBundle> bundles();
    // The same bundles, handed to `each` one at a time as they are made: only one bundle's events
    // are in memory at once, however many are pending (a county's first sync).
    void bundles(const std::function<void(OutgoingBundle&&)>& each);
    // For tests of a stream longer than one bundle.
    void setMaxEventsPerBundle(int n) { m_maxEventsPerBundle = n; }
    // Writes bundles() into `dir`, each as soon as it is made, and returns their paths.
    QStringList exportTo(const QString& dir);
    // For each of this device's streams with readers, by the file-name prefix of its bundles:
    // the last sequence number every reader has acknowledged.
    QHash<QString, qint64> acknowledgedByAll();
    // Records that `peer` has the events of `stream` (one of this device's) up to `sequence`;
    // false when it had said so already.
    bool acknowledge(const QString& peer, const QString& stream, qint64 sequence);

private:
    vault::Vault& m_vault;
    int m_maxEventsPerBundle = kMaxEventsPerBundle;
};

} // namespace tonghu::sync
