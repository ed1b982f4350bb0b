// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/PendingFile.h"

#include "core/util/Error.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>

#include <filesystem>
#include <system_error>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace tonghu::reports {

QString PendingFile::writeFailed()
{
    return tr("The file could not be written: check that the folder still exists, that you may write there and "
              "that the disk has room. No file was left behind.");
}

PendingFile::PendingFile(const QString& target) : m_target(QFileInfo(target).absoluteFilePath())
{
    const QFileInfo info(m_target);
    if (info.isDir())
        throw Error(Error::Kind::BadInput, tr("That is a folder; choose a file name inside it."));
    // Beside the target, so the final rename stays on one file system and is atomic. The name
    // holds nothing of the export: a folder listing or a recovery tool shows only this.
    m_temp = std::make_unique<QTemporaryFile>(info.absolutePath() + QStringLiteral("/.tonghu-export-XXXXXX.part"));
    if (!m_temp->open())
        throw Error(Error::Kind::Io, writeFailed());
}

PendingFile::~PendingFile() = default; // QTemporaryFile removes the file unless it was committed

QString PendingFile::tempPath() const { return m_temp->fileName(); }

QFile& PendingFile::file() { return *m_temp; }

void PendingFile::close() { m_temp->close(); }

void PendingFile::commit()
{
    // Reopened when a library wrote the file by its path: the data must be on the disk before
    // the rename makes it the target, or a power cut could leave an empty file under its name.
    if (!m_temp->isOpen() && !m_temp->open())
        throw Error(Error::Kind::Io, writeFailed());
    if (!m_temp->flush())
        throw Error(Error::Kind::Io, writeFailed());
#ifdef Q_OS_UNIX
    if (::fsync(m_temp->handle()) != 0)
        throw Error(Error::Kind::Io, writeFailed());
#endif
    m_temp->close();
    // std::filesystem::rename replaces an existing target in one step, on Windows too
    // (MoveFileEx with MOVEFILE_REPLACE_EXISTING); QFile::rename would refuse it.
    std::error_code ec;
    std::filesystem::rename(std::filesystem::path(QFile::encodeName(tempPath()).toStdString()),
                            std::filesystem::path(QFile::encodeName(m_target).toStdString()), ec);
    if (ec)
        throw Error(Error::Kind::Io, writeFailed());
    m_temp->setAutoRemove(false);
    m_committed = true;
}

} // namespace tonghu::reports
