// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/SyncReportDialog.h"

#include "ui/KeyboardUse.h"
#include "ui/SyncStatusWidget.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStringList>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tonghu::ui {

SyncReportDialog::SyncReportDialog(const std::optional<sync::SyncReport>& report, const sync::SyncStatus& status,
                                   QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("syncReportDialog"));
    setWindowTitle(tr("Last sync report"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    layout->addLayout(form);
    const auto row = [&](const QString& caption, const QString& text, const char* name) {
        auto* value = new QLabel(text, this);
        value->setObjectName(QLatin1String(name));
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        form->addRow(caption, value);
    };

    if (!status.lastSyncAt.isValid() && !report) {
        row(tr("When:"), tr("Never synced"), "whenLabel");
    } else {
        row(tr("When:"), status.lastSyncAt.isValid() ? SyncStatusWidget::whenText(status.lastSyncAt) : QString(),
            "whenLabel");
    }
    if (report) {
        row(tr("Where:"), report->location, "locationLabel");
        row(tr("Arrived:"), tr("%n bundle(s)", nullptr, report->imported) + QLatin1String(", ")
                                + tr("%n change(s)", nullptr, report->changes),
            "arrivedLabel");
        row(tr("Left:"), tr("%n bundle(s)", nullptr, int(report->written.size())), "writtenLabel");
        QStringList held;
        for (qint64 missing : report->heldWaitingFor)
            held << (missing > 0 ? tr("held until the sender's change %1 arrives").arg(missing)
                                 : tr("held until the records it refers to arrive"));
        row(tr("Held:"), held.isEmpty() ? tr("none") : held.join(QLatin1Char('\n')), "heldLabel");

        auto* refusedCaption = new QLabel(tr("&Refused bundles:"), this);
        auto* table = new QTableWidget(int(report->refused.size()), 2, this);
        makeListKeyboardFriendly(table);
        table->setObjectName(QStringLiteral("refusedTableWidget"));
        table->setAccessibleName(tr("Refused bundles"));
        table->setHorizontalHeaderLabels({tr("Bundle"), tr("Reason")});
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->setTabKeyNavigation(false);
        table->setWordWrap(true);
        table->verticalHeader()->hide();
        table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
        table->horizontalHeader()->setStretchLastSection(true);
        for (int i = 0; i < report->refused.size(); ++i) {
            table->setItem(i, 0, new QTableWidgetItem(report->refused.at(i).first));
            auto* reason = new QTableWidgetItem(report->refused.at(i).second);
            reason->setToolTip(report->refused.at(i).second);
            table->setItem(i, 1, reason);
        }
        table->resizeRowsToContents();
        refusedCaption->setBuddy(table);
        layout->addWidget(refusedCaption);
        layout->addWidget(table, 1);
        if (report->refused.isEmpty()) {
            table->hide();
            refusedCaption->setText(tr("No bundle was refused."));
        }
    } else {
        // Only the counts survive a lock; the names and reasons went with the window.
        row(tr("Arrived:"), tr("%n change(s)", nullptr, status.lastChanges), "arrivedLabel");
        row(tr("Refused:"), tr("%n bundle(s)", nullptr, status.lastRefused), "refusedLabel");
        auto* note = new QLabel(tr("Sync again to see which bundles were refused and why."), this);
        note->setWordWrap(true);
        layout->addWidget(note);
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(720, 420);
}

} // namespace tonghu::ui
