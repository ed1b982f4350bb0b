// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/RecordDialogBase.h"

#include "core/model/Masking.h"
#include "core/model/RecordStore.h"
#include "ui/KeyboardUse.h"
#include "ui/MaskedValue.h"

#include <QDialogButtonBox>
#include <QLayout>
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

bool RecordDialogBase::showsWhole(const QString& householdId) const
{
    try {
        storage::Database& db = m_store.database();
        return model::Masking::showsWhole(model::Masking::viewer(db, m_store.userId()), model::Masking::Surface::Editor,
                                          model::Masking::placeOf(db, QStringLiteral("household"), householdId));
    } catch (const Error&) {
        return false; // unreadable: masked is the safe side
    }
}

MaskedValue* RecordDialogBase::maskInstead(QWidget* field, const QString& entity, const QString& fieldName,
                                           const QString& recordId, const char* name)
{
    auto* masked = new MaskedValue(m_store.database(), m_store.userId(), entity, fieldName, name, this);
    masked->setRecord(recordId, tr("none"));
    if (QWidget* holder = field->parentWidget(); holder && holder->layout())
        // Form rows sit in nested layouts; replaceWidget looks through them.
        delete holder->layout()->replaceWidget(field, masked, Qt::FindChildrenRecursively);
    field->hide();
    return masked;
}

// Save and Cancel are made here, before the subclass's fields, so they come first in the Tab
// order: the dialog would open with the focus on a button instead of the first field.
void RecordDialogBase::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    if (m_focusSet)
        return;
    m_focusSet = true;
    focusFirstField(this, m_buttons);
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
