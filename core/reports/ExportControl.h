// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <atomic>
#include <functional>

namespace tonghu::reports {

// Progress of a long export and the user's way to stop it, used from the thread doing the export
// (as sync::TransferControl is for a transfer). A cancelled export throws Error{Cancelled} at the
// next row and leaves no file behind.
struct ExportControl
{
    std::function<void(qint64 done, qint64 total)> progress; // rows (children) done of the total
    const std::atomic_bool* cancel = nullptr;

    bool cancelled() const { return cancel && cancel->load(); }
    void report(qint64 done, qint64 total) const
    {
        if (progress)
            progress(done, total);
    }
    // Throws Error{Cancelled} once the user asked to stop.
    void check() const;
};

} // namespace tonghu::reports
