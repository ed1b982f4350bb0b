// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sync/Exchange.h"
#include "core/sync/SyncStatus.h"

#include <QDialog>

#include <optional>

namespace tonghu::ui {

// What the last sync did: where, what arrived and left, what is held, and each refused bundle
// with the reason. The reasons are kept only in memory (the vault keeps counts), so after an
// unlock only the counts of the last sync are shown until the next one.
class SyncReportDialog final : public QDialog
{
    Q_OBJECT
public:
    SyncReportDialog(const std::optional<sync::SyncReport>& report, const sync::SyncStatus& status,
                     QWidget* parent = nullptr);
};

} // namespace tonghu::ui
