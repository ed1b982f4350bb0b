// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/VisitHistory.h"

#include <QListWidget>

namespace tonghu::storage {
class Database;
}

namespace tonghu::ui {

// The history of a visit, one line per step, oldest first: each version (the first, each
// correction and why) and each decision of the township (approved, or returned and what to
// correct). Shown beside the review queue and in the visit form.
class VisitHistoryList final : public QListWidget
{
    Q_OBJECT
public:
    explicit VisitHistoryList(QWidget* parent = nullptr);
    // Reads the history of the visit's chain; an empty id clears the list. Returns the steps.
    QList<model::VisitHistoryStep> showVisit(storage::Database& db, const QString& visitId);

    static QString stepText(const model::VisitHistoryStep& step);
};

} // namespace tonghu::ui
