// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sync/Remote.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace tonghu::sync {

// Bundles on a WebDAV server (any standard one: nginx with its dav modules, Apache mod_dav,
// Nextcloud, a NAS). Under the base address each recipient device has a collection of its own:
//
//     <base>/<recipient device id>/<bundle name>
//
// A sender PUTs the bundle to a hidden temporary name in that collection and then MOVEs it onto
// its final name, so a reader never sees half a file; the recipient lists its collection with
// PROPFIND, downloads with GET and DELETEs what it has imported. docs/bundle-format.md has the
// same layout under "WebDAV layout".
//
// Every call blocks: it runs its own QNetworkAccessManager and event loop in the calling thread,
// so the object can be used from a worker thread. It keeps no network state between calls, so
// calls from different threads do not disturb one another. Names that come back from the server
// are checked like the ones we send, so a hostile server cannot make us read or delete anything
// outside these collections.
class WebDavRemote final : public Remote
{
    Q_DECLARE_TR_FUNCTIONS(tonghu::sync::WebDavRemote)
public:
    // The largest bundle fetched or delivered. A larger one is refused with Error{BadInput}.
    static constexpr qint64 kMaxBundleBytes = qint64(64) * 1024 * 1024;

    // An empty user means no authentication. A user name and password in `base` itself are
    // ignored: credentials come only from the arguments. Throws Error{BadInput} for an address
    // that is not http:// or https://.
    WebDavRemote(QUrl base, QString user, QString password);
    ~WebDavRemote() override;
    Q_DISABLE_COPY_MOVE(WebDavRemote)

    QString location() const override;
    bool reachable() override;
    QList<RemoteBundle> waitingFor(const QString& deviceId, const TransferControl& control) override;
    QByteArray fetch(const QString& deviceId, const RemoteBundle& bundle,
                     const TransferControl& control) override;
    // Progress counts the bytes of every copy: with two recipients it runs up to twice the size.
    void deliver(const QString& name, const QByteArray& bytes, const QStringList& recipientIds,
                 const TransferControl& control) override;
    void done(const QString& deviceId, const RemoteBundle& bundle, const TransferControl& control) override;

    // Whether `name` may be a bundle on the server: letters, digits, '.', '_' and '-', not
    // starting with a dot, ending in ".tonghub". Device ids follow the same rule without the suffix.
    static bool isBundleName(const QString& name);
    static bool isDeviceId(const QString& id);

private:
    QUrl m_base;                // ends with '/', no user info
    QByteArray m_authorization; // "Basic ..." or empty
};

} // namespace tonghu::sync
