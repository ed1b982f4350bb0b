// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sync/Exchange.h"
#include "core/sync/SyncTarget.h"
#include "core/util/Error.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

class QTimer;

namespace tonghu::vault {
class Vault;
}

namespace tonghu::ui {

// Runs a sync for the main window: the transfers on a worker thread, the import and export on
// this thread, which alone uses the vault's database connection. With an automatic target it
// also looks for the USB stick or the server on a timer and syncs when it appears, when new
// changes wait, or when the interval has passed. Destroying the controller (the vault locks,
// the window closes) stops a transfer in flight and drops its result: nothing touches the vault
// after that.
class SyncController final : public QObject
{
    Q_OBJECT
public:
    enum class Stage { Receiving, Importing, Sending };
    Q_ENUM(Stage)
    // Makes the Remote for a target: target.remote() unless a test hands in its own.
    using RemoteFactory = std::function<std::shared_ptr<sync::Remote>(const sync::SyncTarget&)>;

    // A stick is noticed within this time of being plugged in; a server is looked for every
    // intervalMinutes instead, since each look is a request to it.
    static constexpr int kFolderCheckSeconds = 30;
    // The first look after unlocking, once the window is up.
    static constexpr int kFirstCheckSeconds = 5;

    explicit SyncController(vault::Vault& vault, QObject* parent = nullptr);
    ~SyncController() override;
    Q_DISABLE_COPY_MOVE(SyncController)

    bool isRunning() const { return m_run != nullptr; }
    // The report of the last sync that went through, for Sync → Last sync report.
    const std::optional<sync::SyncReport>& lastReport() const { return m_lastReport; }
    void setRemoteFactory(RemoteFactory factory);
    // Starts syncing by itself (when the target says so): a first look soon, then on the timer.
    void startAutomatic();

public slots:
    // Starts a sync; false when one is running already (the request is ignored) or it could
    // not start (failed() tells why).
    bool syncNow();
    // Stops the sync at the next chance; what was imported stays.
    void cancel();
    // Automatic sync: is the target reachable, and is a sync due? Called by the timer.
    void checkTarget();
    // The target was changed in the settings: new timer, and a look at the new target.
    void targetChanged();

signals:
    void started();
    void stageChanged(tonghu::ui::SyncController::Stage stage);
    // Bytes of the bundle being moved.
    void progress(qint64 done, qint64 total);
    // Records arrived: lists and the worklist should reload. Comes before finished().
    void recordsChanged();
    void finished(const tonghu::sync::SyncReport& report);
    void failed(const QString& message);
    void cancelled(const QString& message);
    // After each automatic look at the target.
    void targetChecked(bool reachable);

private:
    struct Run;
    struct Downloaded;
    sync::TransferControl controlFor(const std::shared_ptr<Run>& run);
    void downloaded(const std::shared_ptr<Run>& run, std::optional<Downloaded> result, std::optional<Error> error);
    void uploaded(const std::shared_ptr<Run>& run, std::optional<sync::SyncReport> report, std::optional<Error> error);
    void stop(const Error& error);
    bool syncDue(const sync::SyncTarget& target);
    void updateTimer();

    vault::Vault& m_vault;
    RemoteFactory m_factory;
    std::shared_ptr<Run> m_run;
    std::optional<sync::SyncReport> m_lastReport;
    QTimer* m_timer = nullptr;
    bool m_automatic = false;
    bool m_checking = false;
    bool m_wasReachable = false;
    qint64 m_sequenceAtLastSync = 0; // this device's last change when the last sync sent
};

} // namespace tonghu::ui
