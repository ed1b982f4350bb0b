// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/FolderTransport.h"

#include "core/storage/Database.h"
#include "core/sync/Bundle.h"
#include "core/sync/DeviceIdentity.h"
#include "core/sync/Inbox.h"
#include "core/sync/Outbox.h"
#include "core/util/Error.h"
#include "core/vault/Vault.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>

namespace tonghu::sync {

namespace {

bool alreadyImported(storage::Database& db, const QString& bundleId)
{
    auto st = db.prepare("SELECT 1 FROM imported_bundles WHERE bundle_id = ?");
    st.bind(1, bundleId);
    return st.step();
}

void markImported(storage::Database& db, const BundleHeader& h)
{
    auto st = db.prepare("INSERT OR IGNORE INTO imported_bundles (bundle_id, sender, imported_at) VALUES (?, ?, ?)");
    st.bind(1, h.bundleId).bind(2, h.senderDeviceId).bind(3, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    st.run();
}

} // namespace

SyncReport FolderTransport::run(vault::Vault& vault, const QString& folder)
{
    if (!QFileInfo(folder).isDir())
        throw Error(Error::Kind::NotFound, tr("The sync folder %1 is not there: is the USB stick plugged in?")
                                               .arg(QDir::toNativeSeparators(folder)));
    storage::Database& db = vault.database();
    const QString own = DeviceIdentity::ensure(db).deviceId;
    SyncReport report;
    // Import first, so the acknowledgements written next already cover what just arrived.
    QStringList files = QDir(folder).entryList({QStringLiteral("*.tonghub")}, QDir::Files, QDir::Name);
    Inbox inbox(vault);
    for (const QString& name : files) {
        const QString path = QDir(folder).filePath(name);
        try {
            const QByteArray bytes = Bundle::readFile(path);
            const BundleHeader h = Bundle::peekHeader(bytes);
            if (h.senderDeviceId == own || !h.recipientDeviceIds.contains(own) || alreadyImported(db, h.bundleId))
                continue;
            const ImportResult r = inbox.import(bytes);
            if (r.outcome == ImportResult::Outcome::Held) {
                report.heldWaitingFor << r.missingFrom;
                continue;
            }
            markImported(db, h);
            if (r.outcome == ImportResult::Outcome::Applied) {
                ++report.imported;
                report.changes += r.applied;
            }
        } catch (const Error& e) {
            report.refused.append({name, e.message()});
        }
    }
    report.written = Outbox(vault).exportTo(folder);
    return report;
}

} // namespace tonghu::sync
