// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/SyncStatusWidget.h"

#include "core/sync/SyncStatus.h"
#include "core/sync/TrustStore.h"
#include "core/util/Error.h"
#include "core/vault/Vault.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStringList>

#include <algorithm>

namespace tonghu::ui {

SyncStatusWidget::SyncStatusWidget(vault::Vault& vault, SyncController* controller, QWidget* parent)
    : QWidget(parent), m_vault(vault), m_controller(controller)
{
    setObjectName(QStringLiteral("syncStatusWidget"));
    const auto label = [this](const char* name) {
        auto* l = new QLabel(this);
        l->setObjectName(QLatin1String(name));
        l->setContentsMargins(6, 0, 6, 0);
        return l;
    };
    m_pending = label("syncPendingLabel");
    m_last = label("lastSyncLabel");
    m_held = label("syncHeldLabel");
    m_refused = label("syncRefusedLabel");
    m_conflicts = label("syncConflictsLabel");
    m_conflicts->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_refused->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_refused->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_stage = label("syncStageLabel");
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("syncProgressBar"));
    m_progress->setMaximumWidth(140);
    m_progress->setMaximumHeight(16);
    m_progress->setTextVisible(false);
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("syncCancelPushButton"));
    m_cancel->setFlat(true);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    for (QWidget* w : std::initializer_list<QWidget*>{m_held, m_conflicts, m_refused, m_pending, m_last, m_stage, m_progress, m_cancel})
        layout->addWidget(w);

    connect(m_refused, &QLabel::linkActivated, this, &SyncStatusWidget::reportRequested);
    connect(m_conflicts, &QLabel::linkActivated, this, &SyncStatusWidget::conflictsRequested);
    connect(m_cancel, &QPushButton::clicked, m_controller, &SyncController::cancel);
    connect(m_controller, &SyncController::started, this, [this] { setRunning(true); });
    connect(m_controller, &SyncController::stageChanged, this, [this](SyncController::Stage stage) {
        m_currentStage = stage;
        m_progress->setRange(0, 0); // busy until the transfer says how much there is
        retranslate();
    });
    connect(m_controller, &SyncController::progress, this, [this](qint64 done, qint64 total) {
        if (total <= 0)
            return;
        // In thousandths: a QProgressBar counts in int, a bundle in bytes.
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(std::clamp<qint64>(done * 1000 / total, 0, 1000)));
    });
    connect(m_controller, &SyncController::recordsChanged, this, &SyncStatusWidget::refresh);
    for (auto signal : {&SyncController::failed, &SyncController::cancelled})
        connect(m_controller, signal, this, [this] {
            setRunning(false);
            refresh();
        });
    connect(m_controller, &SyncController::finished, this, [this] {
        setRunning(false);
        refresh();
    });
    setRunning(m_controller->isRunning());
    retranslate();
}

QString SyncStatusWidget::whenText(const QDateTime& at, const QDateTime& now)
{
    const QLocale locale;
    const QDateTime local = at.toLocalTime();
    const QString time = locale.toString(local.time(), QLocale::ShortFormat);
    const QDate today = now.toLocalTime().date();
    if (local.date() == today)
        return tr("today %1").arg(time);
    if (local.date() == today.addDays(-1))
        return tr("yesterday %1").arg(time);
    return locale.toString(local, QLocale::ShortFormat);
}

QString SyncStatusWidget::reportSummary(const sync::SyncReport& report)
{
    QStringList parts;
    parts << (report.changes > 0 ? tr("Synced: %n change(s) arrived.", nullptr, report.changes)
                                 : tr("Synced: nothing new arrived."));
    if (!report.written.isEmpty())
        parts << tr("%n bundle(s) left.", nullptr, int(report.written.size()));
    if (!report.heldWaitingFor.isEmpty())
        parts << tr("%n bundle(s) held until earlier ones arrive.", nullptr, int(report.heldWaitingFor.size()));
    if (!report.refused.isEmpty())
        parts << tr("%n bundle(s) refused: see Sync → Last sync report.", nullptr, int(report.refused.size()));
    return parts.join(QLatin1Char(' '));
}

void SyncStatusWidget::setRunning(bool running)
{
    m_progress->setVisible(running);
    m_cancel->setVisible(running);
    m_stage->setVisible(running);
    // The time of the last sync is about to change; its room goes to the progress bar, so the
    // status bar still fits a 1366-pixel screen with a held notice in it.
    m_last->setVisible(!running);
    if (running)
        m_progress->setRange(0, 0);
}

void SyncStatusWidget::retranslate()
{
    m_progress->setAccessibleName(tr("Sync progress"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setAccessibleName(tr("Stop the sync"));
    m_cancel->setToolTip(tr("Stop the sync; what has arrived is kept"));
    switch (m_currentStage) {
    case SyncController::Stage::Receiving:
        m_stage->setText(tr("Receiving…"));
        break;
    case SyncController::Stage::Importing:
        m_stage->setText(tr("Importing…"));
        break;
    case SyncController::Stage::Sending:
        m_stage->setText(tr("Sending…"));
        break;
    }
    refresh();
}

void SyncStatusWidget::refresh()
{
    sync::SyncStatus status;
    QList<sync::TrustedDevice> devices;
    try {
        status = sync::SyncStatus::read(m_vault.database());
        devices = sync::TrustStore(m_vault).devices();
    } catch (const Error& e) {
        m_pending->setText(e.message());
        return;
    }
    if (devices.isEmpty()) {
        m_pending->setText(tr("No device enrolled yet"));
        m_pending->setToolTip(tr("Enroll the township's or the county's device in Sync → Devices."));
    } else {
        m_pending->setText(status.pendingEvents > 0
                               ? tr("%n change(s) waiting to leave", nullptr, status.pendingEvents)
                               : tr("Everything sent"));
        m_pending->setToolTip(tr("Changes made here that the township or county has not confirmed yet. They "
                                 "leave at the next sync."));
    }
    m_last->setText(status.lastSyncAt.isValid() ? tr("Last sync: %1").arg(whenText(status.lastSyncAt))
                                                : tr("Never synced"));

    QStringList held;
    for (const sync::SyncStatus::Held& h : status.held) {
        QString place = h.senderDeviceId;
        for (const sync::TrustedDevice& d : devices)
            if (d.record.keys.deviceId == h.senderDeviceId)
                place = d.record.placeName.isEmpty() ? d.record.placeCode : d.record.placeName;
        // Without a missing change, the bundle refers to records another device has still to send.
        held << (h.missingFrom > 0 ? tr("A bundle is held until change %1 from %2 arrives").arg(h.missingFrom).arg(place)
                                   : tr("A bundle from %1 is held until the records it refers to arrive").arg(place));
    }
    m_held->setVisible(!held.isEmpty());
    m_held->setText(held.size() == 1 ? held.first()
                                     : tr("Bundles from %n place(s) are held until earlier ones arrive", nullptr,
                                          int(held.size())));
    m_held->setToolTip(held.join(QLatin1Char('\n')));

    m_conflicts->setVisible(status.openConflicts > 0);
    m_conflicts->setText(QStringLiteral("<a href=\"#conflicts\">%1</a>")
                             .arg(tr("%n conflict(s) to resolve", nullptr, status.openConflicts).toHtmlEscaped()));
    m_conflicts->setToolTip(tr("The same field was changed here and on another device. The later value is "
                               "shown; the other is kept until someone decides. Click to decide."));

    m_refused->setVisible(status.lastRefused > 0);
    m_refused->setText(QStringLiteral("<a href=\"#report\">%1</a>")
                           .arg(tr("%n bundle(s) refused", nullptr, status.lastRefused).toHtmlEscaped()));
    m_refused->setToolTip(tr("The last sync refused bundles. Click to see why."));
}

} // namespace tonghu::ui
