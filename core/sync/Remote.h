// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace tonghu::sync {

// Progress of a long transfer, and the user's way to stop it. Both are used from the thread
// doing the transfer; a cancelled transfer throws Error{Cancelled} at the next chance.
struct TransferControl
{
    std::function<void(qint64 done, qint64 total)> progress; // bytes of the file being moved
    const std::atomic_bool* cancel = nullptr;

    bool cancelled() const { return cancel && cancel->load(); }
    void report(qint64 done, qint64 total) const
    {
        if (progress)
            progress(done, total);
    }
};

struct RemoteBundle
{
    QString name; // the file name, as Outbox chose it (device id and range only)
    qint64 size = -1;
};

// A place where bundles are left for their recipients and picked up: a folder (USB stick,
// shared drive) or a WebDAV server. A Remote knows nothing of the vault, so the transfer can run
// off the UI thread while the import and export stay on the thread that owns the database.
// Every failure is an Error whose message says what to do (plug in the stick, check the
// address or the password), with no personal data in it: bundle names hold none.
class Remote
{
public:
    virtual ~Remote() = default;

    // Where it is, for messages: a folder or a server address, never a password.
    virtual QString location() const = 0;
    // Whether it can be reached now, answered quickly and without throwing (for syncing by itself).
    virtual bool reachable() = 0;
    // The bundles that may be for `deviceId`. A folder shared by everyone lists all of them;
    // the caller reads each header and keeps those sealed to it.
    virtual QList<RemoteBundle> waitingFor(const QString& deviceId, const TransferControl& control) = 0;
    virtual QByteArray fetch(const QString& deviceId, const RemoteBundle& bundle, const TransferControl& control) = 0;
    // Leaves a bundle for each of its recipients, replacing one of the same name whole: a
    // reader never sees half a file.
    virtual void deliver(const QString& name, const QByteArray& bytes, const QStringList& recipientIds,
                         const TransferControl& control) = 0;
    // Called once `deviceId` has imported the bundle (or found it a duplicate). A place where
    // bundles are shared by several recipients keeps it.
    virtual void done(const QString& deviceId, const RemoteBundle& bundle, const TransferControl& control) = 0;
    // Removes the bundles of `ownDevice` that every reader has acknowledged: for each stream
    // (its file-name prefix) those ending at or before the sequence number given. Where each
    // recipient removes what it has imported (a server's inboxes), there is nothing left to do.
    virtual void prune(const QString& ownDevice, const QHash<QString, qint64>& acknowledged,
                       const TransferControl& control)
    {
        Q_UNUSED(ownDevice);
        Q_UNUSED(acknowledged);
        Q_UNUSED(control);
    }
};

} // namespace tonghu::sync
