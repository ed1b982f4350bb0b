// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>

namespace tonghu::vault {
class Vault;
}

namespace tonghu::sync {

struct ImportResult
{
    enum class Outcome {
        Applied,   // its new events are applied (with any held bundles it unblocked)
        Duplicate, // every event was here already: nothing changed
        Held,      // an earlier bundle of the sender is missing: kept until it arrives
    };
    Outcome outcome = Outcome::Applied;
    int applied = 0;           // events applied, held bundles included
    bool acknowledged = false; // the sender confirmed more of this device's events than before
    qint64 missingFrom = 0;    // for Held: the first sequence number still missing
    bool waitsForRecords = false; // for Held: its changes refer to records that have not arrived
    QString senderDeviceId;
};

// What arrives: a bundle is verified (signature, enrolled sender), decrypted, every event checked,
// and all of them applied in one transaction, so a bad bundle or a crash midway changes nothing.
// Events already here are skipped, so importing the same bundle twice changes nothing.
class Inbox final
{
    Q_DECLARE_TR_FUNCTIONS(tonghu::sync::Inbox)
public:
    explicit Inbox(vault::Vault& vault);
    ~Inbox();
    // `next`, when given, is the bundle the caller imports after this one: it is opened (verified,
    // decrypted, parsed and checked) on another thread while this one is applied, and its import
    // reports what that found wrong as if it had opened it itself.
    ImportResult import(const QByteArray& bundle, const QByteArray& next = {});

private:
    struct Applied
    {
        QString sender;
        QString stream;
        qint64 last = 0; // the stream's last sequence number here afterwards
        int applied = 0;
        bool acknowledged = false;
        bool gap = false; // an earlier part of the stream is missing: nothing was applied
    };
    Applied apply(const QByteArray& bundle, const QByteArray& next = {});
    void openAhead(const QByteArray& bundle);
    // Applies the held bundles that can be now; returns the events they brought.
    int applyHeld();

    vault::Vault& m_vault;
    struct Ahead;
    std::unique_ptr<Ahead> m_ahead; // the bundle being opened on another thread, if any
};

} // namespace tonghu::sync
