// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reports/Ledger.h"

#include <QDate>
#include <QWidget>

#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QThread;

namespace tonghu::vault {
class Vault;
}

namespace tonghu::ui {

class EmptyListMessage;

class LedgerModel;

// The ledger (台账) of the vault's place, for every role: one row per active child, filtered by
// village (a township or county) and category, with Export to Excel… and Export to CSV….
//
// Reading and exporting run on worker threads, each with its own connection to the vault
// (Vault::openConnection), since evaluating a county's children takes many seconds: the rows
// arrive in batches, the export shows its progress and can be cancelled, and a cancelled or
// failed export leaves no file. Destroying the page (the window locks) cancels both and waits
// for them, so no worker reads the vault after it closes.
class LedgerPage final : public QWidget
{
    Q_OBJECT
public:
    enum class Format { Xlsx, Csv };

    explicit LedgerPage(vault::Vault& vault, QWidget* parent = nullptr);
    ~LedgerPage() override;

    LedgerModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    // Reads the rows again when the page is visible, otherwise when it is next shown.
    void refresh();
    // The day the ledger is for; tests of demo data fix it.
    void setToday(const QDate& today);
    bool isLoading() const { return m_load != nullptr; }
    bool isExporting() const { return m_export != nullptr; }

    // Asks where to save (FileDialog) and exports there off the UI thread.
    void exportLedger(Format format);
    void cancelExport();
    // What the last export said: how many rows it wrote, or why it failed.
    QString exportMessage() const;

signals:
    void childRequested(const QString& childId);
    void exportFinished(bool ok);

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    struct Job;
    void reload();
    void retranslate();
    void fillFilters();
    void updateState();
    void stop(std::unique_ptr<Job>& job);
    reports::LedgerFilter filter() const;
    reports::LedgerOptions options() const;

    vault::Vault& m_vault;
    LedgerModel* m_model = nullptr;
    QLabel* m_villageLabel = nullptr;
    QComboBox* m_village = nullptr;
    QLabel* m_categoryLabel = nullptr;
    QComboBox* m_category = nullptr;
    QCheckBox* m_showIds = nullptr;
    QCheckBox* m_showNotes = nullptr;
    QPushButton* m_xlsx = nullptr;
    QPushButton* m_csv = nullptr;
    QLabel* m_count = nullptr;
    QTableView* m_view = nullptr;
    EmptyListMessage* m_empty = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
    QLabel* m_message = nullptr;
    std::unique_ptr<Job> m_load;
    std::unique_ptr<Job> m_export;
    quint64 m_generation = 0;
    bool m_stale = true;
    bool m_mayShowWhole = false;
    QDate m_today;
};

} // namespace tonghu::ui
