// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Error.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>

#include <QPushButton>

namespace tonghu::model {
class RecordStore;
}

namespace tonghu::ui {

class MaskedValue;

// Gives a widget the object name tests and screen readers find it by, where it is created.
template <typename W> W* named(W* widget, const char* name)
{
    widget->setObjectName(QLatin1String(name));
    return widget;
}

// What the household, person and child dialogs share: the store, a Save/Cancel row and a red
// line for the reason a save was refused. A refused save keeps the dialog open with everything
// typed still there.
class RecordDialogBase : public QDialog
{
    Q_OBJECT
public:
    QPushButton* saveButton() const;

protected:
    RecordDialogBase(model::RecordStore& store, QWidget* parent);
    void showEvent(QShowEvent* event) override;

    // Saves; returns false (after showError) when the store refused.
    virtual bool save() = 0;
    void showError(const QString& message);
    void clearError();
    QLabel* errorLabel() const { return m_error; }
    QDialogButtonBox* buttonBox() const { return m_buttons; }
    model::RecordStore& store() const { return m_store; }

    // Whether the form shows the ID numbers and notes of a record of this household whole: only
    // to the one who may edit it, the village's own director (Masking::Surface::Editor). For
    // anyone else maskInstead() puts a masked value with Show where the field was, and the save
    // keeps the stored value.
    bool showsWhole(const QString& householdId) const;
    MaskedValue* maskInstead(QWidget* field, const QString& entity, const QString& fieldName, const QString& recordId,
                             const char* name);

    // The stored record `read` returns; when it is gone or cannot be read, says why and turns
    // Save off so an edit can never recreate a deleted record.
    template <typename Read> auto readStored(Read read) -> decltype(read())
    {
        decltype(read()) stored;
        try {
            stored = read();
        } catch (const Error& e) {
            showError(e.message());
        }
        if (!stored)
            saveButton()->setEnabled(false);
        return stored;
    }

private:
    void trySave();

    model::RecordStore& m_store;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
    bool m_focusSet = false;
};

} // namespace tonghu::ui
