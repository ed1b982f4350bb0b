// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/VisitHistoryList.h"

#include <QColor>
#include <QFont>

namespace tonghu::ui {

VisitHistoryList::VisitHistoryList(QWidget* parent) : QListWidget(parent)
{
    setObjectName(QStringLiteral("visitHistoryListWidget"));
    setWordWrap(true);
    setSelectionMode(QAbstractItemView::NoSelection);
    setFocusPolicy(Qt::TabFocus);
    setAccessibleName(tr("History of the visit"));
}

QList<model::VisitHistoryStep> VisitHistoryList::showVisit(storage::Database& db, const QString& visitId)
{
    clear();
    if (visitId.isEmpty())
        return {};
    const QList<model::VisitHistoryStep> steps = model::VisitHistory::of(db, visitId);
    for (const model::VisitHistoryStep& step : steps) {
        auto* item = new QListWidgetItem(stepText(step), this);
        item->setData(Qt::UserRole, step.visitId);
        if (step.kind == model::VisitHistoryStep::Kind::Review && step.status == QLatin1String("returned")) {
            item->setForeground(QColor(0xb0, 0x00, 0x20));
            QFont bold = font();
            bold.setBold(true);
            item->setFont(bold);
        }
    }
    return steps;
}

QString VisitHistoryList::stepText(const model::VisitHistoryStep& step)
{
    const QString when = step.at.isValid()
                             ? step.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                             : tr("date unknown");
    const QString who = step.personName.isEmpty() ? tr("someone unknown") : step.personName;
    if (step.kind == model::VisitHistoryStep::Kind::Review) {
        if (step.status == QLatin1String("approved"))
            return tr("%1  Version %2 approved by %3").arg(when).arg(step.version).arg(who);
        return tr("%1  Version %2 returned by %3: %4").arg(when).arg(step.version).arg(who, step.text);
    }
    const bool draft = step.status == QLatin1String("draft");
    if (step.version <= 1)
        return draft ? tr("%1  Started by %2, not submitted yet").arg(when, who)
                     : tr("%1  Submitted by %2").arg(when, who);
    return draft ? tr("%1  Correction (version %2) started by %3, not submitted yet: %4")
                       .arg(when)
                       .arg(step.version)
                       .arg(who, step.text)
                 : tr("%1  Correction (version %2) submitted by %3: %4")
                       .arg(when)
                       .arg(step.version)
                       .arg(who, step.text);
}

} // namespace tonghu::ui
