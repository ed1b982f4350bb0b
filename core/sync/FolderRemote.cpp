// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/FolderRemote.h"

#include "core/sync/Bundle.h"
#include "core/util/Error.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

namespace tonghu::sync {

FolderRemote::FolderRemote(QString folder) : m_folder(std::move(folder)) {}

QString FolderRemote::location() const
{
    return QDir::toNativeSeparators(m_folder);
}

bool FolderRemote::reachable()
{
    const QFileInfo info(m_folder);
    return info.isDir() && info.isWritable();
}

QList<RemoteBundle> FolderRemote::waitingFor(const QString&, const TransferControl&)
{
    if (!QFileInfo(m_folder).isDir())
        throw Error(Error::Kind::Unreachable,
                    tr("The sync folder %1 is not there: is the USB stick plugged in?").arg(location()));
    QList<RemoteBundle> list;
    const QFileInfoList files =
        QDir(m_folder).entryInfoList({QStringLiteral("*.tonghub")}, QDir::Files, QDir::Name);
    for (const QFileInfo& f : files)
        list << RemoteBundle{f.fileName(), f.size()};
    return list;
}

QByteArray FolderRemote::fetch(const QString&, const RemoteBundle& bundle, const TransferControl& control)
{
    const QByteArray bytes = Bundle::readFile(QDir(m_folder).filePath(bundle.name));
    control.report(bytes.size(), bytes.size());
    return bytes;
}

void FolderRemote::deliver(const QString& name, const QByteArray& bytes, const QStringList&,
                           const TransferControl& control)
{
    // One copy serves every recipient: they all read this folder.
    const QString path = QDir(m_folder).filePath(name);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        throw Error(Error::Kind::Io, tr("The bundle could not be written to %1: %2")
                                         .arg(QDir::toNativeSeparators(path), file.errorString()));
    control.report(bytes.size(), bytes.size());
}

void FolderRemote::done(const QString&, const RemoteBundle&, const TransferControl&)
{
    // Kept: the other recipients (the county, after the township) read the same folder.
}

void FolderRemote::prune(const QString& ownDevice, const QHash<QString, qint64>& acknowledged,
                         const TransferControl&)
{
    // <stream prefix>-<first>-<last>.tonghub, as Outbox names them; acknowledgement bundles and
    // other devices' bundles never match.
    static const QRegularExpression name(QStringLiteral("^(.+)-(\\d{8})-(\\d{8})\\.tonghub$"));
    const QDir dir(m_folder);
    for (const QString& file : dir.entryList({ownDevice + QStringLiteral("*.tonghub")}, QDir::Files)) {
        const QRegularExpressionMatch m = name.match(file);
        if (!m.hasMatch() || !acknowledged.contains(m.captured(1)))
            continue;
        if (m.captured(3).toLongLong() <= acknowledged.value(m.captured(1)))
            QFile::remove(dir.filePath(file));
    }
}

} // namespace tonghu::sync
