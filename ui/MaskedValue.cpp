// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/MaskedValue.h"

#include "core/model/Masking.h"
#include "core/util/Error.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace tonghu::ui {

MaskedValue::MaskedValue(storage::Database& db, QString userId, QString entity, QString field, const char* name,
                         QWidget* parent)
    : QWidget(parent), m_db(db), m_userId(std::move(userId)), m_entity(std::move(entity)), m_field(std::move(field))
{
    const QString base = QLatin1String(name);
    setObjectName(base);
    m_label = new QLabel(this);
    m_label->setObjectName(base + QStringLiteral("Label"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_show = new QPushButton(tr("Show"), this);
    m_show->setObjectName(base + QStringLiteral("ShowPushButton"));
    m_show->setToolTip(tr("Show this value in full. Each time is written to the audit log."));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_show, 0, Qt::AlignTop);
    connect(m_show, &QPushButton::clicked, this, &MaskedValue::reveal);
}

void MaskedValue::setRecord(const QString& id, const QString& emptyText)
{
    m_id = id;
    m_revealed = false;
    QString masked;
    bool mayReveal = false;
    try {
        masked = model::Masking::maskedValue(m_db, m_entity, m_id, m_field);
        mayReveal = model::Masking::mayReveal(model::Masking::viewer(m_db, m_userId),
                                              model::Masking::placeOf(m_db, m_entity, m_id));
    } catch (const Error& e) {
        masked = e.message();
    }
    m_label->setText(masked.isEmpty() ? emptyText : masked);
    // Nothing to show, or a record of another area: no button that could only say no.
    m_show->setVisible(!masked.isEmpty() && mayReveal);
    m_show->setEnabled(true);
}

QString MaskedValue::text() const { return m_label->text(); }

bool MaskedValue::reveal()
{
    if (m_revealed || m_id.isEmpty())
        return m_revealed;
    try {
        m_label->setText(model::Masking::reveal(m_db, m_userId, m_entity, m_id, m_field));
    } catch (const Error& e) {
        m_label->setToolTip(e.message());
        m_show->setEnabled(false);
        return false;
    }
    m_revealed = true;
    m_show->hide();
    return true;
}

} // namespace tonghu::ui
