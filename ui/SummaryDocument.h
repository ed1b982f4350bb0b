// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace tonghu::reports {
struct Summary;
}

namespace tonghu::ui {

// The monthly summary of a township or a county as a document: a title (the report, the place,
// the month), the tables of Summary::toTables, bar charts drawn beside them, and what each
// figure counts. `language` is "zh" or "en". Kept apart from writing so tests can read it; the
// charts are PNG images inside the HTML (data: URLs), so the HTML is the whole document.
QString summaryHtml(const reports::Summary& summary, const QString& language);

// An A4 PDF of summaryHtml through writePdf (a CJK font, page numbers, and no partial file on
// failure). Safe off the UI thread: it draws into images and a PDF only, never a widget. The
// signature is that of cli::SummaryPdfWriter, so tonghu-cli registers it as it is.
bool writeSummaryPdf(const reports::Summary& summary, const QString& language, const QString& path,
                     QString* error);

} // namespace tonghu::ui
