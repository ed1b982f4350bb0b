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

namespace tonghu::vault {
class Vault;
}

namespace tonghu::sync {

// The payload of a bundle: the events it carries and what the sender acknowledges having
// received from others (docs/bundle-format.md, "Payload").
struct Payload
{
    QList<Event> events;
    QHash<QString, qint64> acks; // origin device → last sequence received without a gap
    QByteArray toJson() const;
};

struct OutgoingBundle
{
    QString name; // the device id and the sequence range only
    QByteArray bytes;
    QStringList recipients; // device ids
};

// What leaves this device: its events that a trusted parent (township, county) has not
// acknowledged yet, as one bundle sealed to all of them.
class Outbox final
{
    Q_DECLARE_TR_FUNCTIONS(tonghu::sync::Outbox)
public:
    static constexpr int kMaxEventsPerBundle = 20000;

    explicit Outbox(vault::Vault& vault);

    // The events still to be sent: after the lowest sequence acknowledged by any parent.
    QList<Event> pending();
    // The pending events as bundles (at most kMaxEventsPerBundle each), and an acknowledgement
    // for each child device heard from; none when nothing is pending. Throws Error{BadInput}
    // when no device is enrolled yet.
    QList<OutgoingBundle> bundles();
    // Writes bundles() into `dir` and returns their paths.
    QStringList exportTo(const QString& dir);
    // Records that `peer` has all of this device's events up to `sequence`; false when it had
    // said so already.
    bool acknowledge(const QString& peer, qint64 sequence);

private:
    vault::Vault& m_vault;
};

} // namespace tonghu::sync
