// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
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
    // Reloads the list now when it is shown; a hidden page reloads when it is shown again.
    void refresh();
    // Correct… on the selected returned visit.
    void correctSelected();

signals:
    // A row was opened: the child's file, or for a draft the visit to continue.
    void childRequested(const QString& childId);
    void visitRequested(const QString& childId, const QString& visitId);
    // A visit the township returned is to be corrected: with the township's comment as the
    // reason, or by continuing the correction already started (draftId).
    void correctionRequested(const QString& visitId, const QString& comment, const QString& draftId);
    void loadFailed(const QString& message);

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void reload();
    void updateReturned();

    WorklistModel* m_model = nullptr;
    QStackedWidget* m_stack = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_empty = nullptr;
    QWidget* m_returnedBar = nullptr;
    QLabel* m_returnedLabel = nullptr;
    QPushButton* m_correct = nullptr;
    bool m_addsRecords = true;
};

} // namespace tonghu::ui
