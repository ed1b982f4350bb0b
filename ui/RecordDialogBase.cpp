// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/RecordDialogBase.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>

namespace tonghu::ui {

RecordDialogBase::RecordDialogBase(model::RecordStore& store, QWidget* parent)
    : QDialog(parent), m_store(store), m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("savePushButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelPushButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RecordDialogBase::trySave);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QPushButton* RecordDialogBase::saveButton() const
{
    return m_buttons->button(QDialogButtonBox::Save);
}

void RecordDialogBase::trySave()
{
    clearError();
    if (save())
        accept();
}

void RecordDialogBase::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

void RecordDialogBase::clearError()
{
    m_error->clear();
    m_error->hide();
}

} // namespace tonghu::ui
