// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/FindingsPanel.h"

#include "core/rules/Checklist.h"
#include "ui/FindingLabels.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace tonghu::ui {

namespace {

int severityRank(const QString& severity)
{
    static const QStringList order{QStringLiteral("critical"), QStringLiteral("high"), QStringLiteral("medium"),
                                   QStringLiteral("low")};
    const auto i = order.indexOf(severity);
    return i < 0 ? int(order.size()) : int(i);
}

// Risks before benefits: what must be done today comes first.
int kindRank(const QString& kind)
{
    if (kind == QLatin1String("risk"))
        return 0;
    if (kind == QLatin1String("category"))
        return 1;
    return 2;
}

} // namespace

FindingsPanel::FindingsPanel(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("findingsPanel"));
    m_heading = new QLabel(tr("What the answers show"), this);
    m_heading->setObjectName(QStringLiteral("findingsHeadingLabel"));
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("findingsListWidget"));
    m_list->setWordWrap(true);
    m_list->setSpacing(3);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_list, 1);
}

void FindingsPanel::setEvaluation(const rules::Evaluation& evaluation, const rules::Rulebook& rulebook,
                                  const rules::Checklist& checklist, const QString& language)
{
    QList<rules::Finding> findings = evaluation.findings;
    std::stable_sort(findings.begin(), findings.end(), [](const rules::Finding& a, const rules::Finding& b) {
        const bool am = a.status == QLatin1String("met"), bm = b.status == QLatin1String("met");
        if (am != bm)
            return am;
        if (kindRank(a.kind) != kindRank(b.kind))
            return kindRank(a.kind) < kindRank(b.kind);
        return severityRank(a.severity) < severityRank(b.severity);
    });

    const QString separator = language == QLatin1String("en") ? QStringLiteral("; ") : QStringLiteral("；");
    m_list->clear();
    for (const rules::Finding& f : findings) {
        const bool met = f.status == QLatin1String("met");
        QString text = f.title;
        if (!f.severity.isEmpty())
            text += tr(" [%1]").arg(FindingLabels::severity(f.severity));
        if (met) {
            if (!f.because.isEmpty())
                text += QLatin1Char('\n') + tr("Because: %1").arg(FindingLabels::reasons(f.because, rulebook, checklist, language).join(separator));
            if (!f.action.isEmpty())
                text += QLatin1Char('\n') + tr("Action: %1").arg(f.action);
        } else {
            QStringList asks;
            for (const QString& fact : f.questions) {
                const rules::ChecklistQuestion* q = checklist.question(fact);
                asks << (q ? q->localized(QStringLiteral("label"), language) : fact);
            }
            text = tr("Possibly: %1").arg(text);
            if (!asks.isEmpty())
                text += QLatin1Char('\n') + tr("Still to ask: %1").arg(asks.join(separator));
        }
        auto* item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, f.id);
        item->setData(Qt::UserRole + 1, f.status);
        if (met && f.kind == QLatin1String("risk") && severityRank(f.severity) <= 1) {
            item->setForeground(QColor(0xb0, 0x00, 0x20));
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
        } else if (!met) {
            item->setForeground(m_list->palette().color(QPalette::Disabled, QPalette::Text));
        }
    }
    if (findings.isEmpty())
        new QListWidgetItem(tr("Nothing found yet: answer the questions on the left."), m_list);
}

} // namespace tonghu::ui
