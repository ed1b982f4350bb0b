// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QStackedWidget;
class QTableView;

namespace tonghu::storage {
class Database;
}

namespace tonghu::ui {

class WorklistModel;

// What the director should do next: risks, overdue visits and referrals, drafts, visits due.
class WorklistPage final : public QWidget
{
    Q_OBJECT
public:
    explicit WorklistPage(storage::Database& db, QWidget* parent = nullptr);
    WorklistModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    void refresh();

signals:
    // A row was opened: the child's file, or for a draft the visit to continue.
    void childRequested(const QString& childId);
    void visitRequested(const QString& childId, const QString& visitId);
    void loadFailed(const QString& message);

protected:
    void showEvent(QShowEvent* event) override;

private:
    WorklistModel* m_model = nullptr;
    QStackedWidget* m_stack = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_empty = nullptr;
};

} // namespace tonghu::ui
