// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/ReviewQueue.h"
#include "core/model/ReviewStore.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace tonghu::vault {
class Vault;
}

namespace tonghu::ui {

class ReviewQueueModel;
class VisitHistoryList;

// The township supervisor's first page: the visits of the villages waiting for a decision,
// critical and high risks first, filtered by village, visit date and risk. Approve, or return
// with what to correct; beside the list, the selected visit's risks and history.
class ReviewQueuePage final : public QWidget
{
    Q_OBJECT
public:
    explicit ReviewQueuePage(vault::Vault& vault, QWidget* parent = nullptr);
    ~ReviewQueuePage() override;

    ReviewQueueModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    model::ReviewQueueFilter filter() const;
    // The villages again (a sync may have brought one), then the queue with the filters.
    void refresh();
    QString selectedVisitId() const;
    void selectVisit(const QString& visitId);

    // Decides on the selected visit; Return… asks what to correct first. Returns whether a
    // decision was recorded.
    bool approveSelected();
    bool returnSelected();

signals:
    void visitRequested(const QString& visitId);
    // A decision was recorded: it waits to leave for the village.
    void reviewed(const QString& message);
    void loadFailed(const QString& message);

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void buildFilters();
    void retranslate();
    void reloadVillages();
    void reloadQueue();
    void clearFilters();
    void selectionChanged();
    bool decide(model::VisitReview::Decision decision, const QString& comment);

    vault::Vault& m_vault;
    std::unique_ptr<model::ReviewQueue> m_queue;
    ReviewQueueModel* m_model = nullptr;
    QLabel* m_villageLabel = nullptr;
    QComboBox* m_village = nullptr;
    QCheckBox* m_fromCheck = nullptr;
    QDateEdit* m_from = nullptr;
    QCheckBox* m_toCheck = nullptr;
    QDateEdit* m_to = nullptr;
    QLabel* m_riskLabel = nullptr;
    QComboBox* m_risk = nullptr;
    QPushButton* m_clear = nullptr;
    QLabel* m_count = nullptr;
    QStackedWidget* m_stack = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_detailTitle = nullptr;
    QLabel* m_risks = nullptr;
    QLabel* m_historyLabel = nullptr;
    VisitHistoryList* m_history = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_return = nullptr;
    QPushButton* m_approve = nullptr;
    bool m_loading = false;
};

} // namespace tonghu::ui
