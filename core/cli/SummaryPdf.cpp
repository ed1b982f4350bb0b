// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cli/SummaryPdf.h"

namespace tonghu::cli {

namespace {
SummaryPdfWriter& writer()
{
    static SummaryPdfWriter w;
    return w;
}
} // namespace

void setSummaryPdfWriter(SummaryPdfWriter w)
{
    writer() = std::move(w);
}

const SummaryPdfWriter& summaryPdfWriter()
{
    return writer();
}

} // namespace tonghu::cli
