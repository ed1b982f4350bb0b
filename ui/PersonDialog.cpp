// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/PersonDialog.h"

#include "core/model/RecordStore.h"
#include "core/model/Vocabulary.h"
#include "core/util/Error.h"
#include "ui/FormFields.h"
#include "ui/IdNumberField.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tonghu::ui {

PersonDialog::PersonDialog(model::RecordStore& store, const QString& householdId, const QString& personId,
                           QWidget* parent)
    : RecordDialogBase(store, parent), m_name(named(new QLineEdit(this), "nameLineEdit")),
      m_relation(named(new ChoiceComboBox(this), "relationComboBox")),
      m_guardian(named(new QCheckBox(tr("This person is the child's &guardian"), this), "guardianCheckBox")),
      m_idNumber(new IdNumberField(this)), m_sex(named(new ChoiceComboBox(this), "sexComboBox")),
      m_birthDate(named(new OptionalDateEdit(this), "birthDateEdit")),
      m_phone(named(new QLineEdit(this), "phoneLineEdit")),
      m_disabilityLevel(named(new DisabilityLevelComboBox(this), "disabilityLevelComboBox")),
      m_disabilityType(named(new ChoiceComboBox(this), "disabilityTypeComboBox")),
      m_seriousIllness(named(new TriStateComboBox(this), "seriousIllnessComboBox")),
      m_parentGroup(named(new QGroupBox(tr("Parent's situation"), this), "parentSituationGroupBox")),
      m_status(named(new ChoiceComboBox(this), "statusComboBox")),
      m_imprisoned(named(new MonthsSpinBox(this), "imprisonedMonthsSpinBox")),
      m_compulsoryRehab(named(new MonthsSpinBox(this), "compulsoryRehabMonthsSpinBox")),
      m_detained(named(new MonthsSpinBox(this), "detainedMonthsSpinBox")),
      m_lostContact(named(new MonthsSpinBox(this), "lostContactMonthsSpinBox")),
      m_guardianshipRevoked(named(new TriStateComboBox(this), "guardianshipRevokedComboBox")),
      m_deported(named(new TriStateComboBox(this), "deportedComboBox")),
      m_migrantWorker(named(new TriStateComboBox(this), "migrantWorkerComboBox")),
      m_monthsSinceContact(named(new MonthsSpinBox(this), "monthsSinceContactSpinBox"))
{
    setObjectName(QStringLiteral("personDialog"));
    m_person.householdId = householdId;
    m_person.id = personId;
    setWindowTitle(personId.isEmpty() ? tr("New household member") : tr("Edit household member"));

    const QString unknown = tr("Unknown");
    m_relation->setChoices(model::Vocabulary::relations());
    m_relation->setPlaceholderText(tr("Choose"));
    m_relation->setCurrentIndex(-1);
    m_sex->setChoices(model::Vocabulary::sexes(), unknown);
    m_disabilityType->setChoices(model::Vocabulary::disabilityTypes(), tr("None or unknown"));
    m_status->setChoices(model::Vocabulary::parentStatuses(), unknown);
    m_name->setMaxLength(40);
    m_phone->setMaxLength(20);
    m_phone->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    m_idNumber->attach(m_birthDate, m_sex);

    auto* person = new QGroupBox(tr("Person"), this);
    auto* personLayout = new QVBoxLayout(person);
    auto* basics = new QFormLayout;
    personLayout->addLayout(basics);
    personLayout->addStretch();
    basics->addRow(tr("&Name:"), m_name);
    basics->addRow(tr("&Relation to the child:"), m_relation);
    basics->addRow(QString(), m_guardian);
    basics->addRow(tr("&ID number:"), m_idNumber);
    basics->addRow(tr("&Sex:"), m_sex);
    basics->addRow(tr("&Birth date:"), m_birthDate);
    basics->addRow(tr("&Phone:"), m_phone);
    basics->addRow(tr("Disability &level:"), m_disabilityLevel);
    basics->addRow(tr("Disability &type:"), m_disabilityType);
    basics->addRow(tr("Serious &illness:"), m_seriousIllness);

    auto* parentForm = new QFormLayout(m_parentGroup);
    parentForm->addRow(tr("S&tatus:"), m_status);
    parentForm->addRow(tr("In prison (months):"), m_imprisoned);
    parentForm->addRow(tr("In compulsory drug rehabilitation (months):"), m_compulsoryRehab);
    parentForm->addRow(tr("Detained (months):"), m_detained);
    parentForm->addRow(tr("Lost contact (months):"), m_lostContact);
    parentForm->addRow(tr("Guardianship revoked by a court:"), m_guardianshipRevoked);
    parentForm->addRow(tr("Deported:"), m_deported);
    parentForm->addRow(tr("Works away from home:"), m_migrantWorker);
    parentForm->addRow(tr("Months since last contact with the child:"), m_monthsSinceContact);
    auto* hint = new QLabel(tr("Leave a number at Unknown when you have not asked yet."), m_parentGroup);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    parentForm->addRow(hint);

    // Side by side so the whole form fits a 1366×768 screen without scrolling.
    auto* columns = new QHBoxLayout;
    columns->addWidget(person, 1);
    columns->addWidget(m_parentGroup, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(errorLabel());
    layout->addWidget(buttonBox());

    connect(m_relation, &QComboBox::currentIndexChanged, this, &PersonDialog::updateParentGroup);
    load();
    updateParentGroup();
}

void PersonDialog::load()
{
    if (m_person.id.isEmpty())
        return;
    const auto stored = readStored([&] { return store().person(m_person.id); });
    if (!stored)
        return;
    m_person = *stored;
    if (!showsWhole(m_person.householdId)) {
        m_masked = true;
        maskInstead(m_idNumber, QStringLiteral("person"), QStringLiteral("id_number"), m_person.id, "idNumber");
    }
    m_name->setText(m_person.name);
    m_relation->setCode(m_person.relation);
    m_guardian->setChecked(m_person.isGuardian);
    m_sex->setCode(m_person.sex);
    m_birthDate->setDateOrNull(m_person.birthDate);
    if (!m_masked)
        m_idNumber->setText(m_person.idNumber);
    m_phone->setText(m_person.phone);
    m_disabilityLevel->setValue(m_person.disabilityLevel);
    m_disabilityType->setCode(m_person.disabilityType);
    m_seriousIllness->setValue(m_person.seriousIllness);
    m_status->setCode(m_person.status);
    m_imprisoned->setMonths(m_person.imprisonedMonths);
    m_compulsoryRehab->setMonths(m_person.compulsoryRehabMonths);
    m_detained->setMonths(m_person.detainedMonths);
    m_lostContact->setMonths(m_person.lostContactMonths);
    m_guardianshipRevoked->setValue(m_person.guardianshipRevoked);
    m_deported->setValue(m_person.deported);
    m_migrantWorker->setValue(m_person.migrantWorker);
    m_monthsSinceContact->setMonths(m_person.monthsSinceContact);
}

void PersonDialog::updateParentGroup()
{
    const QString relation = m_relation->code();
    const bool parent = relation == QLatin1String("father") || relation == QLatin1String("mother");
    m_parentGroup->setVisible(parent);
    // Fathers are men and mothers women; pre-filling saves a click when there is no ID number,
    // and is undone when the relation changes again, but never overrides a sex chosen by hand.
    const QString implied = relation == QLatin1String("father")   ? QStringLiteral("male")
                            : relation == QLatin1String("mother") ? QStringLiteral("female")
                                                                  : QString();
    if (m_sex->code().isEmpty() || m_sex->code() == m_impliedSex) {
        m_sex->setCode(implied);
        m_impliedSex = implied;
    }
    adjustSize();
}

bool PersonDialog::save()
{
    if (!m_masked && !m_idNumber->isAcceptable()) {
        showError(m_idNumber->problem());
        m_idNumber->setFocus();
        return false;
    }
    model::Person p = m_person;
    p.name = m_name->text();
    p.relation = m_relation->code();
    p.isGuardian = m_guardian->isChecked();
    p.idNumber = m_masked ? m_person.idNumber : m_idNumber->text();
    p.sex = m_sex->code();
    p.birthDate = m_birthDate->dateOrNull();
    p.phone = m_phone->text();
    p.disabilityLevel = m_disabilityLevel->value();
    p.disabilityType = m_disabilityType->code();
    p.seriousIllness = m_seriousIllness->value();
    const bool parent = !m_parentGroup->isHidden();
    // Facts of the parent group are kept only for a parent, so a relation changed by mistake
    // does not leave invisible answers behind.
    p.status = parent ? m_status->code() : QString();
    p.imprisonedMonths = parent ? m_imprisoned->months() : std::nullopt;
    p.compulsoryRehabMonths = parent ? m_compulsoryRehab->months() : std::nullopt;
    p.detainedMonths = parent ? m_detained->months() : std::nullopt;
    p.lostContactMonths = parent ? m_lostContact->months() : std::nullopt;
    p.guardianshipRevoked = parent ? m_guardianshipRevoked->value() : std::nullopt;
    p.deported = parent ? m_deported->value() : std::nullopt;
    p.migrantWorker = parent ? m_migrantWorker->value() : std::nullopt;
    p.monthsSinceContact = parent ? m_monthsSinceContact->months() : std::nullopt;
    try {
        m_person = store().savePerson(p);
    } catch (const Error& e) {
        showError(e.message());
        return false;
    }
    return true;
}

} // namespace tonghu::ui
