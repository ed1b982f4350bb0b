// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/ExportControl.h"

#include "core/util/Error.h"

#include <QCoreApplication>

namespace tonghu::reports {

void ExportControl::check() const
{
    if (cancelled())
        throw Error(Error::Kind::Cancelled,
                    QCoreApplication::translate("tonghu::reports::ExportControl",
                                                "The export was cancelled. No file was written."));
}

} // namespace tonghu::reports
