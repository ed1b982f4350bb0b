// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QImage>
#include <QWidget>

#include <array>

class QChart;
class QChartView;
class QPushButton;

namespace tonghu::vault {
class Vault;
}

namespace tonghu::ui {

class StatisticsSource;

// The figures of the vault's place in four charts: visits per month per village (per township
// for a county), children by category, open risks by severity and referrals by status. Each
// can be saved as a PNG picture for a report; the pictures hold counts only.
class DashboardPage final : public QWidget
{
    Q_OBJECT
public:
    enum class Chart { VisitsPerMonth, ChildrenByCategory, RisksBySeverity, ReferralsByStatus };
    static constexpr int kChartCount = 4;
    // The visits chart shows this many places and "other villages" for the rest.
    static constexpr int kMaxPlaceSeries = 9;

    DashboardPage(vault::Vault& vault, StatisticsSource& statistics, QWidget* parent = nullptr);

    // Reads the figures again when the page is visible; otherwise when it is next shown.
    void refresh();
    QChart* chart(Chart which) const;
    QChartView* chartView(Chart which) const;
    // The chart as it is shown, at twice the screen's pixels so it prints sharply.
    QImage renderChart(Chart which) const;
    // Asks where to save the chart (FileDialog) and writes a PNG there; false when cancelled or
    // when it could not be written (the user is told why, and no file is left).
    bool saveChart(Chart which);
    // tonghu-visits-per-month-2026-12-01.png: the chart and the day, never a place or a name.
    static QString suggestedFileName(Chart which, const QDate& day);

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void fill();
    void retranslate();
    void fillVisits();
    void fillCategories();
    void fillRisks();
    void fillReferrals();

    vault::Vault& m_vault;
    StatisticsSource& m_statistics;
    bool m_stale = true;
    std::array<QChartView*, kChartCount> m_views{};
    std::array<QPushButton*, kChartCount> m_saveButtons{};
};

} // namespace tonghu::ui
