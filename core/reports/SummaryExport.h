// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

namespace tonghu::storage {
class Database;
}

namespace tonghu::reports {

struct Summary;

// Draws a summary as a PDF at `path`: false with *error set to a translated sentence, and no
// file, on failure. It needs Qt Gui (fonts, QPainter), which core never links, so the program
// that links the ui hands it in (ui::writeSummaryPdf).
using SummaryPdfDrawer =
    std::function<bool(const Summary& summary, const QString& language, const QString& path, QString* error)>;

// Writes the summary and records the export (export.xlsx or export.pdf, entity "report", the
// place code, detail "township-summary 2026-10"). The entry and the file go together, as the
// ledger's do: the entry is written, the file moved into place, and only then the entry
// committed; if the commit fails the file is taken back. Throws Error{Io} when the file cannot
// be written, and then nothing is recorded.
void exportSummaryXlsx(storage::Database& db, const QString& userId, const Summary& summary,
                       const QString& language, const QString& path);
void exportSummaryPdf(storage::Database& db, const QString& userId, const Summary& summary,
                      const QString& language, const QString& path, const SummaryPdfDrawer& draw);

// "township-summary 2026-10": how the audit log names the export.
QString summaryExportDetail(const Summary& summary);

} // namespace tonghu::reports
