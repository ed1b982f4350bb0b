// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reports/SummaryExport.h"

namespace tonghu::cli {

// Drawing a summary as a PDF needs Qt Gui (fonts, QPainter, QPdfWriter), which core and its CLI
// library never link. The program that links the ui registers the drawing here before it runs a
// verb (app/cli_main.cpp registers ui::writeSummaryPdf, with a QGuiApplication on the offscreen
// platform); `report township|county --format pdf` calls it. Unset, those verbs say so.
// The contract of reports::SummaryPdfDrawer.
using SummaryPdfWriter = reports::SummaryPdfDrawer;

void setSummaryPdfWriter(SummaryPdfWriter writer);
const SummaryPdfWriter& summaryPdfWriter();

} // namespace tonghu::cli
