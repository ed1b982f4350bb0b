// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/Exchange.h"

#include "core/storage/Database.h"
#include "core/sync/Bundle.h"
#include "core/sync/DeviceIdentity.h"
#include "core/sync/Inbox.h"
#include "core/sync/Outbox.h"
#include "core/util/Error.h"
#include "core/vault/Vault.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace tonghu::sync {

namespace {

void markImported(storage::Database& db, const BundleHeader& h)
{
    auto st = db.prepare("INSERT OR IGNORE INTO imported_bundles (bundle_id, sender, imported_at) VALUES (?, ?, ?)");
    st.bind(1, h.bundleId).bind(2, h.senderDeviceId).bind(3, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    st.run();
}

void checkCancel(const TransferControl& control)
{
    if (control.cancelled())
        throw Error(Error::Kind::Cancelled, Exchange::tr("The sync was stopped. What had arrived is kept; the rest "
                                                         "goes at the next sync."));
}

} // namespace

Exchange::Known Exchange::known(vault::Vault& vault)
{
    storage::Database& db = vault.database();
    Known k;
    k.ownDevice = DeviceIdentity::ensure(db).deviceId;
    auto st = db.prepare("SELECT bundle_id FROM imported_bundles");
    while (st.step())
        k.imported << st.text(0);
    k.acknowledgedByAll = Outbox(vault).acknowledgedByAll();
    return k;
}

QList<IncomingBundle> Exchange::download(Remote& remote, const Known& known, const TransferControl& control,
                                         SyncReport* report)
{
    report->location = remote.location();
    QList<IncomingBundle> incoming;
    for (const RemoteBundle& b : remote.waitingFor(known.ownDevice, control)) {
        checkCancel(control);
        QByteArray bytes = remote.fetch(known.ownDevice, b, control);
        try {
            const BundleHeader h = Bundle::peekHeader(bytes);
            // A shared folder holds everyone's bundles: only those sealed to this device are read.
            if (h.senderDeviceId == known.ownDevice || !h.recipientDeviceIds.contains(known.ownDevice))
                continue;
            if (known.imported.contains(h.bundleId)) {
                incoming << IncomingBundle{b, {}}; // finished with already: only `done` is due
                continue;
            }
        } catch (const Error& e) {
            report->refused.append({b.name, e.message()});
            continue;
        }
        incoming << IncomingBundle{b, std::move(bytes)};
    }
    return incoming;
}

QList<RemoteBundle> Exchange::importAll(vault::Vault& vault, const QList<IncomingBundle>& incoming, SyncReport* report)
{
    storage::Database& db = vault.database();
    Inbox inbox(vault);
    QList<RemoteBundle> finished;
    for (qsizetype i = 0; i < incoming.size(); ++i) {
        const IncomingBundle& in = incoming.at(i);
        if (in.bytes.isEmpty()) {
            finished << in.bundle;
            continue;
        }
        // The next bundle is opened on the other core while this one is applied.
        QByteArray next;
        for (qsizetype j = i + 1; j < incoming.size() && next.isEmpty(); ++j)
            next = incoming.at(j).bytes;
        try {
            const BundleHeader h = Bundle::peekHeader(in.bytes);
            const ImportResult r = inbox.import(in.bytes, next);
            if (r.outcome == ImportResult::Outcome::Held) {
                // Kept in the vault until the gap is filled, so the copy out there is no longer needed.
                report->heldWaitingFor << r.missingFrom;
                finished << in.bundle;
                continue;
            }
            markImported(db, h);
            finished << in.bundle;
            if (r.outcome == ImportResult::Outcome::Applied) {
                ++report->imported;
                report->changes += r.applied;
            }
        } catch (const Error& e) {
            report->refused.append({in.bundle.name, e.message()});
        }
    }
    return finished;
}

QList<OutgoingBundle> Exchange::outgoing(vault::Vault& vault)
{
    return Outbox(vault).bundles();
}

void Exchange::upload(Remote& remote, const Known& known, const QList<OutgoingBundle>& outgoing,
                      const QList<RemoteBundle>& finished, const TransferControl& control, SyncReport* report)
{
    for (const RemoteBundle& b : finished) {
        checkCancel(control);
        remote.done(known.ownDevice, b, control);
    }
    for (const OutgoingBundle& out : outgoing) {
        checkCancel(control);
        remote.deliver(out.name, out.bytes, out.recipients, control);
        report->written << out.name;
    }
    remote.prune(known.ownDevice, known.acknowledgedByAll, control);
}

void Exchange::recordSuccess(vault::Vault& vault, const SyncReport& report)
{
    // Counts only: bundle names and reasons stay out of the settings-like table.
    const QJsonObject summary{{QStringLiteral("at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                              {QStringLiteral("imported"), report.imported},
                              {QStringLiteral("changes"), report.changes},
                              {QStringLiteral("written"), int(report.written.size())},
                              {QStringLiteral("held"), int(report.heldWaitingFor.size())},
                              {QStringLiteral("refused"), int(report.refused.size())}};
    auto st = vault.database().prepare("INSERT OR REPLACE INTO vault_info (key, value) VALUES ('sync_last', ?)");
    st.bind(1, QString::fromUtf8(QJsonDocument(summary).toJson(QJsonDocument::Compact))).run();
}

SyncReport Exchange::run(vault::Vault& vault, Remote& remote, const TransferControl& control)
{
    SyncReport report;
    const Known k = known(vault);
    const QList<IncomingBundle> incoming = download(remote, k, control, &report);
    const QList<RemoteBundle> finished = importAll(vault, incoming, &report);
    upload(remote, k, outgoing(vault), finished, control, &report);
    recordSuccess(vault, report);
    return report;
}

} // namespace tonghu::sync
