// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sync/Remote.h"

#include <QCoreApplication>

namespace tonghu::sync {

// A folder the devices share: a USB stick carried between village and township, or a shared
// drive. Everyone's bundles lie side by side in it; each device reads those sealed to it and
// leaves the rest, so a stick can carry a village's bundles on to the county too.
class FolderRemote final : public Remote
{
    Q_DECLARE_TR_FUNCTIONS(tonghu::sync::FolderRemote)
public:
    explicit FolderRemote(QString folder);

    QString location() const override;
    bool reachable() override;
    QList<RemoteBundle> waitingFor(const QString& deviceId, const TransferControl& control) override;
    QByteArray fetch(const QString& deviceId, const RemoteBundle& bundle, const TransferControl& control) override;
    void deliver(const QString& name, const QByteArray& bytes, const QStringList& recipientIds,
                 const TransferControl& control) override;
    void done(const QString& deviceId, const RemoteBundle& bundle, const TransferControl& control) override;
    // Keeps the stick from filling up with bundles everyone has.
    void prune(const QString& ownDevice, const QHash<QString, qint64>& acknowledged,
               const TransferControl& control) override;

private:
    QString m_folder;
};

} // namespace tonghu::sync
