// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ChildDialog.h"

#include "core/model/RecordStore.h"
#include "core/model/Vocabulary.h"
#include "core/util/Error.h"
#include "ui/FormFields.h"
#include "ui/IdNumberField.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tonghu::ui {

ChildDialog::ChildDialog(model::RecordStore& store, const QString& householdId, const QString& childId,
                         QWidget* parent)
    : RecordDialogBase(store, parent), m_name(named(new QLineEdit(this), "nameLineEdit")),
      m_idNumber(new IdNumberField(this)), m_sex(named(new ChoiceComboBox(this), "sexComboBox")),
      m_birthDate(named(new OptionalDateEdit(this), "birthDateEdit")),
      m_hukou(named(new ChoiceComboBox(this), "hukouComboBox")),
      m_monthsAtResidence(named(new MonthsSpinBox(this), "monthsAtResidenceSpinBox")),
      m_school(named(new ChoiceComboBox(this), "schoolComboBox")),
      m_disabilityLevel(named(new DisabilityLevelComboBox(this), "disabilityLevelComboBox")),
      m_disabilityType(named(new ChoiceComboBox(this), "disabilityTypeComboBox")),
      m_seriousIllness(named(new TriStateComboBox(this), "seriousIllnessComboBox")),
      m_medicalInsurance(named(new TriStateComboBox(this), "medicalInsuranceComboBox")),
      m_livesAlone(named(new TriStateComboBox(this), "livesAloneComboBox")),
      m_inInstitution(named(new TriStateComboBox(this), "inInstitutionComboBox")),
      m_father(named(new ChoiceComboBox(this), "fatherComboBox")),
      m_mother(named(new ChoiceComboBox(this), "motherComboBox")),
      m_guardian(named(new ChoiceComboBox(this), "guardianComboBox")),
      m_notes(named(new QPlainTextEdit(this), "notesPlainTextEdit"))
{
    setObjectName(QStringLiteral("childDialog"));
    m_child.householdId = householdId;
    m_child.id = childId;
    setWindowTitle(childId.isEmpty() ? tr("New child") : tr("Edit child"));

    const QString unknown = tr("Unknown");
    m_sex->setChoices(model::Vocabulary::sexes());
    m_sex->setPlaceholderText(tr("Choose"));
    m_hukou->setChoices(model::Vocabulary::hukou(), unknown);
    m_school->setChoices(model::Vocabulary::schools(), unknown);
    m_disabilityType->setChoices(model::Vocabulary::disabilityTypes(), tr("None or unknown"));
    m_name->setMaxLength(40);
    m_notes->setTabChangesFocus(true);
    m_notes->setPlaceholderText(tr("Only what matters for the child's care and safety."));
    m_notes->setMaximumHeight(90);
    m_idNumber->attach(m_birthDate, m_sex);

    auto* identity = new QGroupBox(tr("Identity"), this);
    auto* identityForm = new QFormLayout(identity);
    identityForm->addRow(tr("&Name:"), m_name);
    identityForm->addRow(tr("&ID number:"), m_idNumber);
    identityForm->addRow(tr("&Sex:"), m_sex);
    identityForm->addRow(tr("&Birth date:"), m_birthDate);
    identityForm->addRow(tr("Household &registration:"), m_hukou);
    identityForm->addRow(tr("Months at this address:"), m_monthsAtResidence);
    identityForm->addRow(tr("S&chooling:"), m_school);

    auto* family = new QGroupBox(tr("Family"), this);
    auto* familyForm = new QFormLayout(family);
    familyForm->addRow(tr("&Father:"), m_father);
    familyForm->addRow(tr("&Mother:"), m_mother);
    familyForm->addRow(tr("&Guardian:"), m_guardian);
    familyForm->addRow(tr("Lives alone:"), m_livesAlone);
    familyForm->addRow(tr("Lives in an institution:"), m_inInstitution);

    auto* health = new QGroupBox(tr("Health"), this);
    auto* healthForm = new QFormLayout(health);
    healthForm->addRow(tr("Disability &level:"), m_disabilityLevel);
    healthForm->addRow(tr("Disability &type:"), m_disabilityType);
    healthForm->addRow(tr("Serious illness:"), m_seriousIllness);
    healthForm->addRow(tr("Medical insurance:"), m_medicalInsurance);

    auto* right = new QVBoxLayout;
    right->addWidget(family);
    right->addWidget(health);
    right->addStretch();
    auto* columns = new QHBoxLayout;
    columns->addWidget(identity, 1);
    columns->addLayout(right, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    auto* notesForm = new QFormLayout;
    notesForm->addRow(tr("N&otes:"), m_notes);
    layout->addLayout(notesForm);
    layout->addWidget(errorLabel());
    layout->addWidget(buttonBox());

    fillPeople();
    load();
}

void ChildDialog::fillPeople()
{
    QList<model::Person> people;
    try {
        people = store().persons(m_child.householdId);
    } catch (const Error& e) {
        showError(e.message());
    }
    QList<model::Choice> fathers, mothers, everyone;
    QString onlyGuardian;
    int guardians = 0;
    for (const auto& p : people) {
        const QString label = p.name + QStringLiteral(" (") +
                              model::Vocabulary::label(model::Vocabulary::relations(), p.relation) +
                              QLatin1Char(')');
        everyone.append({p.id, label});
        if (p.relation == QLatin1String("father"))
            fathers.append({p.id, p.name});
        if (p.relation == QLatin1String("mother"))
            mothers.append({p.id, p.name});
        if (p.isGuardian) {
            ++guardians;
            onlyGuardian = p.id;
        }
    }
    const QString none = tr("Not recorded");
    m_father->setChoices(fathers, none);
    m_mother->setChoices(mothers, none);
    m_guardian->setChoices(everyone, none);
    // A new child of a household with one father, one mother or one guardian almost always
    // belongs to them; the director only has to check.
    if (m_child.id.isEmpty()) {
        if (fathers.size() == 1)
            m_father->setCode(fathers.first().code);
        if (mothers.size() == 1)
            m_mother->setCode(mothers.first().code);
        if (guardians == 1)
            m_guardian->setCode(onlyGuardian);
    }
}

void ChildDialog::load()
{
    if (m_child.id.isEmpty())
        return;
    const auto stored = readStored([&] { return store().child(m_child.id); });
    if (!stored)
        return;
    m_child = *stored;
    if (!showsWhole(m_child.householdId)) {
        m_masked = true;
        maskInstead(m_idNumber, QStringLiteral("child"), QStringLiteral("id_number"), m_child.id, "idNumber");
        maskInstead(m_notes, QStringLiteral("child"), QStringLiteral("notes"), m_child.id, "notes");
    }
    m_name->setText(m_child.name);
    m_sex->setCode(m_child.sex);
    m_birthDate->setDateOrNull(m_child.birthDate);
    if (!m_masked)
        m_idNumber->setText(m_child.idNumber);
    m_hukou->setCode(m_child.hukou);
    m_monthsAtResidence->setMonths(m_child.monthsAtResidence);
    m_school->setCode(m_child.school);
    m_disabilityLevel->setValue(m_child.disabilityLevel);
    m_disabilityType->setCode(m_child.disabilityType);
    m_seriousIllness->setValue(m_child.seriousIllness);
    m_medicalInsurance->setValue(m_child.medicalInsurance);
    m_livesAlone->setValue(m_child.livesAlone);
    m_inInstitution->setValue(m_child.inInstitution);
    m_father->setCode(m_child.fatherId);
    m_mother->setCode(m_child.motherId);
    m_guardian->setCode(m_child.guardianId);
    if (!m_masked)
        m_notes->setPlainText(m_child.notes);
}

bool ChildDialog::save()
{
    if (!m_masked && !m_idNumber->isAcceptable()) {
        showError(m_idNumber->problem());
        m_idNumber->setFocus();
        return false;
    }
    model::Child c = m_child;
    c.name = m_name->text();
    c.idNumber = m_masked ? m_child.idNumber : m_idNumber->text();
    c.sex = m_sex->code();
    c.birthDate = m_birthDate->dateOrNull();
    c.hukou = m_hukou->code();
    c.monthsAtResidence = m_monthsAtResidence->months();
    c.school = m_school->code();
    c.disabilityLevel = m_disabilityLevel->value();
    c.disabilityType = m_disabilityType->code();
    c.seriousIllness = m_seriousIllness->value();
    c.medicalInsurance = m_medicalInsurance->value();
    c.livesAlone = m_livesAlone->value();
    c.inInstitution = m_inInstitution->value();
    c.fatherId = m_father->code();
    c.motherId = m_mother->code();
    c.guardianId = m_guardian->code();
    c.notes = m_masked ? m_child.notes : m_notes->toPlainText().trimmed();
    try {
        m_child = store().saveChild(c);
    } catch (const Error& e) {
        showError(e.message());
        return false;
    }
    return true;
}

} // namespace tonghu::ui
