// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

namespace tonghu::reports {
struct Summary;
}

namespace tonghu::cli {

// Drawing a summary as a PDF needs Qt Gui (fonts, QPainter, QPdfWriter), which core and its CLI
// library never link. The program that links the ui registers the drawing here before it runs a
// verb (app/cli_main.cpp registers ui::writeSummaryPdf, with a QGuiApplication on the offscreen
// platform); `report township|county --format pdf` calls it. Unset, those verbs say so.
// Same contract as ui::writePdf: false with *error set to a translated sentence, no partial file.
using SummaryPdfWriter = std::function<bool(const reports::Summary& summary, const QString& language,
                                            const QString& path, QString* error)>;

void setSummaryPdfWriter(SummaryPdfWriter writer);
const SummaryPdfWriter& summaryPdfWriter();

} // namespace tonghu::cli
