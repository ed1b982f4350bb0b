// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace tonghu::vault {
class Vault;
}

namespace tonghu::sync {

struct SyncReport
{
    QStringList written;                   // bundles this device wrote into the folder
    int imported = 0;                      // bundles applied
    int changes = 0;                       // events they brought
    QList<qint64> heldWaitingFor;          // for each bundle held: the sender's change still missing
    QList<QPair<QString, QString>> refused; // file name → reason
};

// One exchange through a folder the devices share: a USB stick carried between village and
// township, or a shared drive. Each device writes its bundles into the folder and imports those
// there that are sealed to it; bundles for other devices are left alone, and bundles already
// imported are passed over by id.
class FolderTransport final
{
    Q_DECLARE_TR_FUNCTIONS(tonghu::sync::FolderTransport)
public:
    static SyncReport run(vault::Vault& vault, const QString& folder);
};

} // namespace tonghu::sync
