// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/SyncController.h"

#include "core/sync/DeviceIdentity.h"
#include "core/sync/EventLog.h"
#include "core/sync/SyncStatus.h"
#include "core/util/Error.h"
#include "core/vault/Vault.h"
#include "ui/BackgroundTask.h"

#include <QApplication>
#include <QDateTime>
#include <QPointer>
#include <QTimer>

#include <atomic>

namespace tonghu::ui {

// One sync in flight. The worker threads hold it too (through their lambdas), so the cancel flag
// and the Remote live until the last of them is done, even after the controller is gone.
struct SyncController::Run
{
    std::atomic_bool cancel{false};
    std::shared_ptr<sync::Remote> remote;
    sync::Exchange::Known known;
    sync::SyncReport report;
    qint64 ownSequence = 0;
    // Progress is posted to this object, which lives on the UI thread; the workers keep it alive
    // and it is deleted there with deleteLater.
    std::shared_ptr<QObject> relay;
};

struct SyncController::Downloaded
{
    QList<sync::IncomingBundle> incoming;
    sync::SyncReport report;
};

SyncController::SyncController(vault::Vault& vault, QObject* parent)
    : QObject(parent), m_vault(vault),
      m_factory([](const sync::SyncTarget& target) { return std::shared_ptr<sync::Remote>(target.remote()); }),
      m_timer(new QTimer(this))
{
    m_timer->setObjectName(QStringLiteral("syncCheckTimer"));
    connect(m_timer, &QTimer::timeout, this, &SyncController::checkTarget);
}

SyncController::~SyncController()
{
    // The worker stops at its next chance; its result has nowhere to go (runInBackground drops it
    // with this object), so the vault, about to close, is never touched again.
    if (m_run)
        m_run->cancel = true;
}

void SyncController::setRemoteFactory(RemoteFactory factory)
{
    m_factory = std::move(factory);
}

void SyncController::startAutomatic()
{
    m_automatic = true;
    updateTimer();
    QTimer::singleShot(kFirstCheckSeconds * 1000, this, &SyncController::checkTarget);
}

void SyncController::updateTimer()
{
    sync::SyncTarget target;
    try {
        target = sync::SyncTarget::load(m_vault.database());
    } catch (const Error&) {
        m_timer->stop();
        return;
    }
    if (!m_automatic || !target.automatic || target.kind == sync::SyncTarget::Kind::None) {
        m_timer->stop();
        return;
    }
    const int seconds =
        target.kind == sync::SyncTarget::Kind::Folder ? kFolderCheckSeconds : target.intervalMinutes * 60;
    m_timer->start(seconds * 1000);
}

void SyncController::targetChanged()
{
    m_wasReachable = false; // a new folder or server counts as just found
    updateTimer();
    if (m_automatic)
        checkTarget();
}

sync::TransferControl SyncController::controlFor(const std::shared_ptr<Run>& run)
{
    sync::TransferControl control;
    control.cancel = &run->cancel;
    QObject* relay = run->relay.get();
    const QPointer<SyncController> self(this);
    control.progress = [relay, self](qint64 done, qint64 total) {
        // Called on the worker thread: the signal is emitted on the UI thread, and only while the
        // controller is still there.
        QMetaObject::invokeMethod(
            relay,
            [self, done, total] {
                if (self)
                    emit self->progress(done, total);
            },
            Qt::QueuedConnection);
    };
    return control;
}

bool SyncController::syncNow()
{
    if (m_run)
        return false;
    auto run = std::make_shared<Run>();
    try {
        const sync::SyncTarget target = sync::SyncTarget::load(m_vault.database());
        run->remote = m_factory(target);
        run->known = sync::Exchange::known(m_vault);
    } catch (const Error& e) {
        emit failed(e.message());
        return false;
    }
    run->relay = std::shared_ptr<QObject>(new QObject, [](QObject* o) { o->deleteLater(); });
    m_run = run;
    emit started();
    emit stageChanged(Stage::Receiving);
    runInBackground(
        this,
        [run, control = controlFor(run)] {
            Downloaded d;
            d.incoming = sync::Exchange::download(*run->remote, run->known, control, &d.report);
            return d;
        },
        [this, run](TaskResult<Downloaded> result) {
            downloaded(run, std::move(result.value), std::move(result.error));
        });
    return true;
}

void SyncController::downloaded(const std::shared_ptr<Run>& run, std::optional<Downloaded> result,
                                std::optional<Error> error)
{
    if (run != m_run)
        return;
    if (error)
        return stop(*error);
    if (run->cancel)
        return stop(Error(Error::Kind::Cancelled, tr("Sync stopped. Nothing arrived; everything goes at the next sync.")));
    run->report = std::move(result->report);
    emit stageChanged(Stage::Importing);
    QList<sync::RemoteBundle> finished;
    QList<sync::OutgoingBundle> outgoing;
    try {
        // Each bundle is imported in a transaction of its own; one refused does not stop the rest.
        finished = sync::Exchange::importAll(m_vault, result->incoming, &run->report);
        if (run->report.changes > 0)
            emit recordsChanged();
        if (run->cancel)
            return stop(Error(Error::Kind::Cancelled,
                              tr("Sync stopped. What arrived is kept; the rest goes at the next sync.")));
        // Written after the import, so the acknowledgements in it cover what just arrived.
        outgoing = sync::Exchange::outgoing(m_vault);
        run->ownSequence = sync::EventLog::lastSequence(m_vault.database(), run->known.ownDevice);
    } catch (const Error& e) {
        return stop(e);
    }
    emit stageChanged(Stage::Sending);
    runInBackground(
        this,
        [run, control = controlFor(run), report = run->report, outgoing = std::move(outgoing),
         finished = std::move(finished)]() mutable {
            sync::Exchange::upload(*run->remote, run->known, outgoing, finished, control, &report);
            return report;
        },
        [this, run](TaskResult<sync::SyncReport> result) {
            uploaded(run, std::move(result.value), std::move(result.error));
        });
}

void SyncController::uploaded(const std::shared_ptr<Run>& run, std::optional<sync::SyncReport> report,
                              std::optional<Error> error)
{
    if (run != m_run)
        return;
    if (error)
        return stop(*error);
    try {
        sync::Exchange::recordSuccess(m_vault, *report);
    } catch (const Error& e) {
        return stop(e);
    }
    m_sequenceAtLastSync = run->ownSequence;
    m_wasReachable = true;
    m_lastReport = *report;
    m_run.reset(); // before the signal, so a handler may start the next sync
    emit finished(*m_lastReport);
}

void SyncController::stop(const Error& error)
{
    const bool wasCancelled = error.kind() == Error::Kind::Cancelled || (m_run && m_run->cancel);
    m_run.reset();
    if (error.kind() == Error::Kind::Unreachable)
        m_wasReachable = false; // so it syncs as soon as the stick is back
    if (wasCancelled)
        emit this->cancelled(error.kind() == Error::Kind::Cancelled
                                 ? error.message()
                                 : tr("Sync stopped. What arrived is kept; the rest goes at the next sync."));
    else
        emit failed(error.message());
}

void SyncController::cancel()
{
    if (m_run)
        m_run->cancel = true;
}

bool SyncController::syncDue(const sync::SyncTarget& target)
{
    const sync::SyncStatus status = sync::SyncStatus::read(m_vault.database());
    if (!status.lastSyncAt.isValid()
        || status.lastSyncAt.secsTo(QDateTime::currentDateTimeUtc()) >= qint64(target.intervalMinutes) * 60)
        return true;
    // Changes waiting to leave are sent once, as soon as they are made: sending the same ones
    // again every half minute, until the township answers, would only wear out the stick.
    const QString own = sync::DeviceIdentity::ensure(m_vault.database()).deviceId;
    return status.pendingEvents > 0 && sync::EventLog::lastSequence(m_vault.database(), own) > m_sequenceAtLastSync;
}

void SyncController::checkTarget()
{
    if (m_run || m_checking)
        return;
    // An import changes records under an open form (the household being edited, say): a sync
    // by itself waits until the dialog is closed.
    if (QApplication::activeModalWidget())
        return;
    sync::SyncTarget target;
    std::shared_ptr<sync::Remote> remote;
    try {
        target = sync::SyncTarget::load(m_vault.database());
        if (!target.automatic || target.kind == sync::SyncTarget::Kind::None)
            return;
        remote = m_factory(target);
    } catch (const Error&) {
        return; // a target this build cannot use; Sync now says why
    }
    m_checking = true;
    runInBackground(
        this, [remote] { return remote->reachable(); },
        [this, target](TaskResult<bool> result) {
            m_checking = false;
            const bool reachable = result.value.value_or(false);
            const bool appeared = reachable && !m_wasReachable;
            m_wasReachable = reachable;
            emit targetChecked(reachable);
            if (!reachable || m_run || QApplication::activeModalWidget())
                return;
            bool due = appeared;
            try {
                due = due || syncDue(target);
            } catch (const Error&) {
                return;
            }
            if (due)
                syncNow();
        });
}

} // namespace tonghu::ui
