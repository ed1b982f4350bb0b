// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>

class QFile;
class QTemporaryFile;

namespace tonghu::reports {

// A file being written beside its target under a name that tells nothing (".tonghu-export-…"),
// moved over the target only when complete: an error, a cancel, a full disk or a crash leaves no
// half-written file under the name the user chose. The temporary file is readable by its owner
// only and removed unless commit() moved it.
class PendingFile final
{
    Q_DECLARE_TR_FUNCTIONS(tonghu::reports::PendingFile)
public:
    // Throws Error{Io} when the target's folder does not exist or cannot be written.
    explicit PendingFile(const QString& target);
    ~PendingFile();
    PendingFile(const PendingFile&) = delete;
    PendingFile& operator=(const PendingFile&) = delete;

    const QString& target() const { return m_target; }
    QString tempPath() const;
    // The temporary file, open for writing (a writer that writes it itself).
    QFile& file();
    // Closes it, for a library that opens the path on its own (libxlsxwriter).
    void close();
    // Flushes the temporary file to the disk and renames it over the target. Throws Error{Io}.
    void commit();

    // The message of every failure to write an export, naming neither the path nor a record.
    static QString writeFailed();

private:
    QString m_target;
    std::unique_ptr<QTemporaryFile> m_temp;
    bool m_committed = false;
};

} // namespace tonghu::reports
