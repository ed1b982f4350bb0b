// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/SummaryExport.h"

#include "core/audit/AuditLog.h"
#include "core/reports/PendingFile.h"
#include "core/reports/Summary.h"
#include "core/reports/XlsxWriter.h"
#include "core/storage/Database.h"
#include "core/util/Error.h"

#include <QFile>

namespace tonghu::reports {

namespace {

// Records the export and runs `write`, which moves the finished file into place, inside one
// transaction; a commit that fails takes the file back.
void recorded(storage::Database& db, const QString& userId, audit::ExportKind kind, const Summary& summary,
              const QString& path, const std::function<void()>& write)
{
    storage::Transaction tx(db);
    audit::AuditLog::recordExport(db, userId, kind, QStringLiteral("report"), summary.placeCode,
                                  summaryExportDetail(summary));
    write();
    try {
        tx.commit();
    } catch (...) {
        QFile::remove(path);
        throw;
    }
}

} // namespace

QString summaryExportDetail(const Summary& summary)
{
    return (summary.level == Summary::Level::County ? QStringLiteral("county-summary ")
                                                    : QStringLiteral("township-summary ")) +
           summary.month();
}

void exportSummaryXlsx(storage::Database& db, const QString& userId, const Summary& summary,
                       const QString& language, const QString& path)
{
    // One sheet per table, written before the entry; finish() moves the workbook into place.
    XlsxWriter writer(path);
    for (const Table& table : summary.toTables(language))
        writer.writeTable(table);
    recorded(db, userId, audit::ExportKind::Spreadsheet, summary, path, [&] { writer.finish(); });
}

void exportSummaryPdf(storage::Database& db, const QString& userId, const Summary& summary,
                      const QString& language, const QString& path, const SummaryPdfDrawer& draw)
{
    // Drawn whole under PendingFile's neutral name first, so the transaction that records it
    // only moves the finished file into place, as the workbook's does.
    PendingFile pending(path);
    pending.close();
    QString error;
    if (!draw(summary, language, pending.tempPath(), &error))
        throw Error(Error::Kind::Io, PendingFile::writeFailed());
    recorded(db, userId, audit::ExportKind::Pdf, summary, path, [&] { pending.commit(); });
}

} // namespace tonghu::reports
