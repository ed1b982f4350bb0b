// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Records.h"
#include "ui/RecordDialogBase.h"

class QCheckBox;
class QGroupBox;
class QLineEdit;

namespace tonghu::ui {

class ChoiceComboBox;
class DisabilityLevelComboBox;
class IdNumberField;
class MonthsSpinBox;
class OptionalDateEdit;
class TriStateComboBox;

// A parent, guardian or other member of a household. The facts about a parent that decide
// whether a child counts as de-facto unsupported (事实无人抚养) sit in their own group, shown
// only for a father or mother.
class PersonDialog final : public RecordDialogBase
{
    Q_OBJECT
public:
    // An empty personId makes a new member of householdId.
    PersonDialog(model::RecordStore& store, const QString& householdId, const QString& personId = {},
                 QWidget* parent = nullptr);

    const model::Person& person() const { return m_person; }

protected:
    bool save() override;

private:
    // ID number and notes shown masked (not the village's own director); saves keep them.
    bool m_masked = false;
    void load();
    void updateParentGroup();

    model::Person m_person;
    QLineEdit* m_name;
    ChoiceComboBox* m_relation;
    QCheckBox* m_guardian;
    IdNumberField* m_idNumber;
    ChoiceComboBox* m_sex;
    OptionalDateEdit* m_birthDate;
    QLineEdit* m_phone;
    DisabilityLevelComboBox* m_disabilityLevel;
    ChoiceComboBox* m_disabilityType;
    TriStateComboBox* m_seriousIllness;
    QGroupBox* m_parentGroup;
    ChoiceComboBox* m_status;
    MonthsSpinBox* m_imprisoned;
    MonthsSpinBox* m_compulsoryRehab;
    MonthsSpinBox* m_detained;
    MonthsSpinBox* m_lostContact;
    TriStateComboBox* m_guardianshipRevoked;
    TriStateComboBox* m_deported;
    TriStateComboBox* m_migrantWorker;
    MonthsSpinBox* m_monthsSinceContact;
    QString m_impliedSex;
};

} // namespace tonghu::ui
