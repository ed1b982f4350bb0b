// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Records.h"
#include "ui/RecordDialogBase.h"

class QLineEdit;
class QPlainTextEdit;

namespace tonghu::ui {

class ChoiceComboBox;
class DisabilityLevelComboBox;
class IdNumberField;
class MonthsSpinBox;
class OptionalDateEdit;
class TriStateComboBox;

// A child's file: identity, schooling, health, living situation and who the parents and the
// guardian are among the household's members.
class ChildDialog final : public RecordDialogBase
{
    Q_OBJECT
public:
    // An empty childId makes a new child of householdId.
    ChildDialog(model::RecordStore& store, const QString& householdId, const QString& childId = {},
                QWidget* parent = nullptr);

    const model::Child& child() const { return m_child; }

protected:
    bool save() override;

private:
    // ID number and notes shown masked (not the village's own director); saves keep them.
    bool m_masked = false;
    void load();
    void fillPeople();

    model::Child m_child;
    QLineEdit* m_name;
    IdNumberField* m_idNumber;
    ChoiceComboBox* m_sex;
    OptionalDateEdit* m_birthDate;
    ChoiceComboBox* m_hukou;
    MonthsSpinBox* m_monthsAtResidence;
    ChoiceComboBox* m_school;
    DisabilityLevelComboBox* m_disabilityLevel;
    ChoiceComboBox* m_disabilityType;
    TriStateComboBox* m_seriousIllness;
    TriStateComboBox* m_medicalInsurance;
    TriStateComboBox* m_livesAlone;
    TriStateComboBox* m_inInstitution;
    ChoiceComboBox* m_father;
    ChoiceComboBox* m_mother;
    ChoiceComboBox* m_guardian;
    QPlainTextEdit* m_notes;
};

} // namespace tonghu::ui
