// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/SyncController.h"

#include <QDateTime>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace tonghu::vault {
class Vault;
}

namespace tonghu::ui {

// The sync corner of the status bar: what waits to leave, when the last sync was, what is held,
// conflicts waiting for a person, and while a sync runs its progress with a button to stop it.
class SyncStatusWidget final : public QWidget
{
    Q_OBJECT
public:
    SyncStatusWidget(vault::Vault& vault, SyncController* controller, QWidget* parent = nullptr);

    // Reads the status again: after a sync, an edit, an enrollment.
    void refresh();
    void retranslate();

    // "today 14:05", "yesterday 09:30", or the short date and time.
    static QString whenText(const QDateTime& at, const QDateTime& now = QDateTime::currentDateTime());
    // One line on what a sync did, for the status bar.
    static QString reportSummary(const sync::SyncReport& report);

signals:
    // The user asked for the details of the refused bundles.
    void reportRequested();
    // ...and for the conflicts to resolve.
    void conflictsRequested();

private:
    void setRunning(bool running);

    vault::Vault& m_vault;
    SyncController* m_controller;
    QLabel* m_pending = nullptr;
    QLabel* m_last = nullptr;
    QLabel* m_held = nullptr;
    QLabel* m_refused = nullptr;
    QLabel* m_conflicts = nullptr;
    QLabel* m_stage = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
    SyncController::Stage m_currentStage = SyncController::Stage::Receiving;
};

} // namespace tonghu::ui
