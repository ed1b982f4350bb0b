// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sync/Outbox.h"
#include "core/sync/Remote.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QPair>
#include <QSet>
#include <QString>
#include <QStringList>

namespace tonghu::vault {
class Vault;
}

namespace tonghu::sync {

struct SyncReport
{
    QString location;                       // where it synced (no password)
    QStringList written;                    // names of the bundles this device left there
    int imported = 0;                       // bundles applied
    int changes = 0;                        // events they brought
    QList<qint64> heldWaitingFor;           // for each bundle held: the sender's change still missing
    QList<QPair<QString, QString>> refused; // bundle name → reason
};

struct IncomingBundle
{
    RemoteBundle bundle;
    QByteArray bytes;
};

// One sync with a Remote: fetch what waits for this device, import it, then leave this device's
// bundles (written after the import, so their acknowledgements cover what just arrived). The
// steps that touch the vault run on the thread that owns it; the transfers (download, upload)
// touch only the Remote and may run on another thread, so a slow server never freezes the window.
class Exchange final
{
    Q_DECLARE_TR_FUNCTIONS(tonghu::sync::Exchange)
public:
    // What the download needs to know of the vault: who this device is, and which bundles it has.
    struct Known
    {
        QString ownDevice;
        QSet<QString> imported;                  // bundle ids
        QHash<QString, qint64> acknowledgedByAll; // this device's bundles nobody needs any more
    };

    // Vault thread.
    static Known known(vault::Vault& vault);
    // Transfer thread. Bundles that cannot be read are added to `report->refused`.
    static QList<IncomingBundle> download(Remote& remote, const Known& known, const TransferControl& control,
                                          SyncReport* report);
    // Vault thread: imports each bundle in its own transaction; a bad one is refused and the rest
    // go on. Returns the bundles this device is finished with (imported or duplicates).
    static QList<RemoteBundle> importAll(vault::Vault& vault, const QList<IncomingBundle>& incoming,
                                         SyncReport* report);
    // Vault thread: the bundles to leave.
    static QList<OutgoingBundle> outgoing(vault::Vault& vault);
    // Transfer thread.
    static void upload(Remote& remote, const Known& known, const QList<OutgoingBundle>& outgoing,
                       const QList<RemoteBundle>& finished, const TransferControl& control, SyncReport* report);
    // Vault thread, once everything went through: remembers when, for "last synced".
    static void recordSuccess(vault::Vault& vault, const SyncReport& report);

    // All of the steps in turn on this thread (the CLI, the tests).
    static SyncReport run(vault::Vault& vault, Remote& remote, const TransferControl& control = {});
};

} // namespace tonghu::sync
