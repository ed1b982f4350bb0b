// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QGroupBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace tonghu::vault {
class Vault;
}

namespace tonghu::ui {

class EmptyListMessage;

class StatisticsSource;

// What a township supervisor or county officer follows up: children with an open critical or
// high risk and what was done about it, referrals still open (overdue first) and by agency,
// villages late with their visits, and data conflicts waiting for a decision.
class OversightPage final : public QWidget
{
    Q_OBJECT
public:
    // The child a row of the risks or referrals table is about.
    static constexpr int ChildIdRole = Qt::UserRole + 1;

    OversightPage(vault::Vault& vault, StatisticsSource& statistics, QWidget* parent = nullptr);

    // Reads the figures again when the page is visible; otherwise when it is next shown.
    void refresh();
    // Opens the conflicts dialog; the figures are read again afterwards.
    void resolveConflicts();

signals:
    // A row was opened: the child's file.
    void childRequested(const QString& childId);
    // The conflicts dialog wrote a value to a record; conflictsSettled after it closes.
    void recordsChanged();
    void conflictsSettled();

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fill();
    void openRow(QTableWidget* table, int row);

    vault::Vault& m_vault;
    StatisticsSource& m_statistics;
    bool m_stale = true;
    QLabel* m_summary;
    QLabel* m_conflicts;
    QPushButton* m_resolve;
    QGroupBox* m_risksBox;
    QGroupBox* m_referralsBox;
    QGroupBox* m_villagesBox;
    QTableWidget* m_risks;
    QTableWidget* m_agencies;
    QTableWidget* m_referrals;
    QTableWidget* m_villages;
    EmptyListMessage* m_risksEmpty = nullptr;
    EmptyListMessage* m_agenciesEmpty = nullptr;
    EmptyListMessage* m_referralsEmpty = nullptr;
    EmptyListMessage* m_villagesEmpty = nullptr;
};

} // namespace tonghu::ui
