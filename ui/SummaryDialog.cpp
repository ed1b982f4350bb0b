// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/SummaryDialog.h"

#include "ui/KeyboardUse.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPushButton>

namespace tonghu::ui {

SummaryDialog::SummaryDialog(const QString& title, const QList<std::pair<QString, QString>>& places,
                             const QDate& today, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("summaryDialog"));
    setWindowTitle(title);
    auto* form = new QFormLayout(this);
    m_month = new QComboBox(this);
    m_month->setObjectName(QStringLiteral("monthComboBox"));
    const QDate current(today.year(), today.month(), 1);
    for (int i = 0; i < 24; ++i) {
        const QDate m = current.addMonths(-i);
        m_month->addItem(m.toString(QStringLiteral("yyyy-MM")), m);
    }
    m_month->setCurrentIndex(1);
    form->addRow(tr("&Month:"), m_month);
    if (!places.isEmpty()) {
        m_place = new QComboBox(this);
        m_place->setObjectName(QStringLiteral("placeComboBox"));
        for (const auto& [code, name] : places)
            m_place->addItem(QStringLiteral("%1 (%2)").arg(name, code), code);
        form->addRow(tr("&Township:"), m_place);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    // Two ways to accept: each button says which format before closing the dialog.
    auto* pdf = new QPushButton(tr("Save as &PDF…"), this);
    pdf->setObjectName(QStringLiteral("savePdfButton"));
    pdf->setDefault(true);
    auto* xlsx = new QPushButton(tr("Save as &Excel…"), this);
    xlsx->setObjectName(QStringLiteral("saveXlsxButton"));
    connect(pdf, &QPushButton::clicked, this, [this] {
        m_format = Format::Pdf;
        accept();
    });
    connect(xlsx, &QPushButton::clicked, this, [this] {
        m_format = Format::Xlsx;
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttonRow({pdf, xlsx}, buttons));
}

QDate SummaryDialog::month() const
{
    return m_month->currentData().toDate();
}

QString SummaryDialog::place() const
{
    return m_place ? m_place->currentData().toString() : QString();
}

} // namespace tonghu::ui
