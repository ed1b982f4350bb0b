// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reports/Statistics.h"

#include <QObject>

#include <optional>

namespace tonghu::vault {
class Vault;
}

namespace tonghu::ui {

// The statistics of the vault's place, computed once for both the dashboard and the oversight
// page: computing them evaluates every child, so they are kept until records change
// (invalidate()), the day changes or the interface language does (the rulebook's titles).
class StatisticsSource final : public QObject
{
    Q_OBJECT
public:
    explicit StatisticsSource(vault::Vault& vault, QObject* parent = nullptr);

    // Computed now if anything changed since the last time. On a failure the previous figures
    // (or empty ones) and loadFailed.
    const reports::Overview& overview();
    void invalidate();
    // The day the figures are for; tests and screenshots of demo data fix it.
    void setToday(const QDate& today);
    QDate today() const;

signals:
    // The figures are out of date: pages that show them ask again when they are visible.
    void invalidated();
    void loadFailed(const QString& message);

private:
    vault::Vault& m_vault;
    reports::Overview m_overview;
    bool m_valid = false;
    QString m_language;
    QDate m_today; // null: the real today
};

} // namespace tonghu::ui
