// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Records.h"
#include "ui/RecordDialogBase.h"

class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace tonghu::ui {

class ChoiceComboBox;
class TriStateComboBox;

// A household: where it is, whom to call, its support, and its members and children. Members
// and children need a saved household, so adding the first one saves the household first.
class HouseholdDialog final : public RecordDialogBase
{
    Q_OBJECT
public:
    // An empty householdId makes a new household.
    HouseholdDialog(model::RecordStore& store, const QString& householdId = {}, QWidget* parent = nullptr);

    const model::Household& household() const { return m_household; }

    // Open the member and child dialogs; public so the main window's actions can use them.
    void addMember();
    void editMember();
    void removeMember();
    void addChild();
    void editChild();

protected:
    bool save() override;

private:
    // ID number and notes shown masked (not the village's own director); saves keep them.
    bool m_masked = false;
    void load();
    bool ensureSaved();
    void reloadMembers();
    void reloadChildren();
    void updateButtons();
    static QString selectedId(const QTableWidget* table);

    model::Household m_household;
    QLineEdit* m_address;
    QLineEdit* m_contactName;
    QLineEdit* m_contactPhone;
    ChoiceComboBox* m_assistance;
    TriStateComboBox* m_povertyMonitored;
    ChoiceComboBox* m_crisis;
    TriStateComboBox* m_entrustmentSigned;
    TriStateComboBox* m_guardianCapable;
    QPlainTextEdit* m_notes;
    QTableWidget* m_members;
    QPushButton* m_addMember;
    QPushButton* m_editMember;
    QPushButton* m_removeMember;
    QTableWidget* m_children;
    QPushButton* m_addChild;
    QPushButton* m_editChild;
};

} // namespace tonghu::ui
