// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/HouseholdDialog.h"

#include "core/model/RecordStore.h"
#include "core/model/Vocabulary.h"
#include "core/util/Error.h"
#include "ui/ChildDialog.h"
#include "ui/FormFields.h"
#include "ui/KeyboardUse.h"
#include "ui/PersonDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tonghu::ui {

namespace {

QTableWidget* makeTable(const char* name, const QStringList& headers, QWidget* parent)
{
    auto* table = named(new QTableWidget(0, int(headers.size()), parent), name);
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setAlternatingRowColors(true);
    makeListKeyboardFriendly(table);
    return table;
}

void setRow(QTableWidget* table, int row, const QString& id, const QStringList& cells)
{
    for (int column = 0; column < cells.size(); ++column) {
        auto* item = new QTableWidgetItem(cells.at(column));
        item->setData(Qt::UserRole, id);
        table->setItem(row, column, item);
    }
}

} // namespace

HouseholdDialog::HouseholdDialog(model::RecordStore& store, const QString& householdId, QWidget* parent)
    : RecordDialogBase(store, parent), m_address(named(new QLineEdit(this), "addressLineEdit")),
      m_contactName(named(new QLineEdit(this), "contactNameLineEdit")),
      m_contactPhone(named(new QLineEdit(this), "contactPhoneLineEdit")),
      m_assistance(named(new ChoiceComboBox(this), "assistanceComboBox")),
      m_povertyMonitored(named(new TriStateComboBox(this), "povertyMonitoredComboBox")),
      m_crisis(named(new ChoiceComboBox(this), "crisisComboBox")),
      m_entrustmentSigned(named(new TriStateComboBox(this), "entrustmentSignedComboBox")),
      m_guardianCapable(named(new TriStateComboBox(this), "guardianCapableComboBox")),
      m_notes(named(new QPlainTextEdit(this), "notesPlainTextEdit")),
      m_members(
          makeTable("membersTableWidget", {tr("Name"), tr("Relation"), tr("Guardian"), tr("Phone")}, this)),
      m_addMember(named(new QPushButton(tr("&Add member…"), this), "addMemberPushButton")),
      m_editMember(named(new QPushButton(tr("&Edit…"), this), "editMemberPushButton")),
      m_removeMember(named(new QPushButton(tr("&Remove"), this), "removeMemberPushButton")),
      m_children(makeTable("childrenTableWidget", {tr("Name"), tr("Sex"), tr("Birth date")}, this)),
      m_addChild(named(new QPushButton(tr("Add &child…"), this), "addChildPushButton")),
      m_editChild(named(new QPushButton(tr("Edit c&hild…"), this), "editChildPushButton"))
{
    setObjectName(QStringLiteral("householdDialog"));
    m_household.id = householdId;
    setWindowTitle(householdId.isEmpty() ? tr("New household") : tr("Edit household"));

    m_address->setMaxLength(120);
    m_address->setPlaceholderText(tr("Group and house number, e.g. 3rd group, no. 12"));
    m_contactName->setMaxLength(40);
    m_contactPhone->setMaxLength(20);
    m_contactPhone->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    m_assistance->setChoices(model::Vocabulary::assistance());
    m_assistance->setCode(QStringLiteral("none"));
    m_crisis->setChoices(model::Vocabulary::crises(), tr("Unknown"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(100);

    auto* facts = new QGroupBox(tr("Household"), this);
    auto* factsLayout = new QVBoxLayout(facts);
    auto* form = new QFormLayout;
    factsLayout->addLayout(form);
    factsLayout->addStretch();
    form->addRow(tr("A&ddress:"), m_address);
    form->addRow(tr("Contact &name:"), m_contactName);
    form->addRow(tr("Contact &phone:"), m_contactPhone);
    form->addRow(tr("A&ssistance:"), m_assistance);
    form->addRow(tr("Under poverty &monitoring:"), m_povertyMonitored);
    form->addRow(tr("Sudden &crisis:"), m_crisis);
    form->addRow(tr("Care &entrustment signed:"), m_entrustmentSigned);
    form->addRow(tr("&Guardian able to care:"), m_guardianCapable);
    form->addRow(tr("N&otes:"), m_notes);

    auto* members = new QGroupBox(tr("Members (parents, guardians, others)"), this);
    auto* membersLayout = new QVBoxLayout(members);
    membersLayout->addWidget(m_members);
    auto* memberButtons = new QHBoxLayout;
    memberButtons->addWidget(m_addMember);
    memberButtons->addWidget(m_editMember);
    memberButtons->addWidget(m_removeMember);
    memberButtons->addStretch();
    membersLayout->addLayout(memberButtons);

    auto* children = new QGroupBox(tr("Children"), this);
    auto* childrenLayout = new QVBoxLayout(children);
    childrenLayout->addWidget(m_children);
    auto* childButtons = new QHBoxLayout;
    childButtons->addWidget(m_addChild);
    childButtons->addWidget(m_editChild);
    childButtons->addStretch();
    childrenLayout->addLayout(childButtons);

    auto* right = new QVBoxLayout;
    right->addWidget(members);
    right->addWidget(children);
    auto* columns = new QHBoxLayout;
    columns->addWidget(facts, 1);
    columns->addLayout(right, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(errorLabel());
    layout->addWidget(buttonBox());

    connect(m_addMember, &QPushButton::clicked, this, &HouseholdDialog::addMember);
    connect(m_editMember, &QPushButton::clicked, this, &HouseholdDialog::editMember);
    connect(m_removeMember, &QPushButton::clicked, this, &HouseholdDialog::removeMember);
    connect(m_members, &QTableWidget::itemDoubleClicked, this, &HouseholdDialog::editMember);
    connect(m_members, &QTableWidget::itemSelectionChanged, this, &HouseholdDialog::updateButtons);
    connect(m_addChild, &QPushButton::clicked, this, &HouseholdDialog::addChild);
    connect(m_editChild, &QPushButton::clicked, this, &HouseholdDialog::editChild);
    connect(m_children, &QTableWidget::itemDoubleClicked, this, &HouseholdDialog::editChild);
    connect(m_children, &QTableWidget::itemSelectionChanged, this, &HouseholdDialog::updateButtons);

    load();
    resize(960, 560);
}

void HouseholdDialog::load()
{
    if (!m_household.id.isEmpty()) {
        const auto stored = readStored([&] { return store().household(m_household.id); });
        if (!stored)
            return;
        m_household = *stored;
        if (!m_masked && !showsWhole(m_household.id)) {
            m_masked = true;
            maskInstead(m_notes, QStringLiteral("household"), QStringLiteral("notes"), m_household.id, "notes");
        }
        m_address->setText(m_household.address);
        m_contactName->setText(m_household.contactName);
        m_contactPhone->setText(m_household.contactPhone);
        m_assistance->setCode(m_household.assistance);
        m_povertyMonitored->setValue(m_household.povertyMonitored);
        m_crisis->setCode(m_household.crisis);
        m_entrustmentSigned->setValue(m_household.entrustmentSigned);
        m_guardianCapable->setValue(m_household.guardianCapable);
        if (!m_masked)
            m_notes->setPlainText(m_household.notes);
    }
    reloadMembers();
    reloadChildren();
}

QString HouseholdDialog::selectedId(const QTableWidget* table)
{
    const auto items = table->selectedItems();
    return items.isEmpty() ? QString() : items.first()->data(Qt::UserRole).toString();
}

void HouseholdDialog::reloadMembers()
{
    const QString selected = selectedId(m_members);
    m_members->setRowCount(0);
    if (m_household.id.isEmpty()) {
        updateButtons();
        return;
    }
    try {
        const auto people = store().persons(m_household.id);
        m_members->setRowCount(int(people.size()));
        for (int row = 0; row < people.size(); ++row) {
            const auto& p = people.at(row);
            setRow(m_members, row, p.id,
                   {p.name, model::Vocabulary::label(model::Vocabulary::relations(), p.relation),
                    p.isGuardian ? tr("Yes") : QString(), p.phone});
            if (p.id == selected)
                m_members->selectRow(row);
        }
    } catch (const Error& e) {
        showError(e.message());
    }
    m_members->resizeColumnsToContents();
    updateButtons();
}

void HouseholdDialog::reloadChildren()
{
    const QString selected = selectedId(m_children);
    m_children->setRowCount(0);
    if (m_household.id.isEmpty()) {
        updateButtons();
        return;
    }
    try {
        const auto kids = store().childrenOf(m_household.id);
        m_children->setRowCount(int(kids.size()));
        for (int row = 0; row < kids.size(); ++row) {
            const auto& c = kids.at(row);
            setRow(m_children, row, c.id,
                   {c.name, model::Vocabulary::label(model::Vocabulary::sexes(), c.sex),
                    c.birthDate.toString(Qt::ISODate)});
            if (c.id == selected)
                m_children->selectRow(row);
        }
    } catch (const Error& e) {
        showError(e.message());
    }
    m_children->resizeColumnsToContents();
    updateButtons();
}

void HouseholdDialog::updateButtons()
{
    const bool hasMember = !selectedId(m_members).isEmpty();
    m_editMember->setEnabled(hasMember);
    m_removeMember->setEnabled(hasMember);
    m_editChild->setEnabled(!selectedId(m_children).isEmpty());
}

bool HouseholdDialog::save()
{
    model::Household h = m_household;
    h.address = m_address->text();
    h.contactName = m_contactName->text();
    h.contactPhone = m_contactPhone->text();
    h.assistance = m_assistance->code();
    h.povertyMonitored = m_povertyMonitored->value();
    h.crisis = m_crisis->code();
    h.entrustmentSigned = m_entrustmentSigned->value();
    h.guardianCapable = m_guardianCapable->value();
    h.notes = m_masked ? m_household.notes : m_notes->toPlainText().trimmed();
    try {
        m_household = store().saveHousehold(h);
    } catch (const Error& e) {
        showError(e.message());
        return false;
    }
    setWindowTitle(tr("Edit household"));
    return true;
}

bool HouseholdDialog::ensureSaved()
{
    if (!m_household.id.isEmpty())
        return true;
    clearError();
    if (!save()) {
        m_address->setFocus();
        return false;
    }
    // The household now exists; leaving without Save keeps it, so say Close, not Cancel.
    buttonBox()->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
    return true;
}

void HouseholdDialog::addMember()
{
    if (!ensureSaved())
        return;
    PersonDialog dialog(store(), m_household.id, {}, this);
    if (dialog.exec() == QDialog::Accepted) {
        reloadMembers();
        reloadChildren();
    }
}

void HouseholdDialog::editMember()
{
    const QString id = selectedId(m_members);
    if (id.isEmpty())
        return;
    PersonDialog dialog(store(), m_household.id, id, this);
    if (dialog.exec() == QDialog::Accepted)
        reloadMembers();
}

void HouseholdDialog::removeMember()
{
    const QString id = selectedId(m_members);
    if (id.isEmpty())
        return;
    const auto answer =
        QMessageBox::question(this, tr("Remove member"),
                              tr("Remove this person from the household? Children whose parent "
                                 "or guardian they are will no longer point to them."));
    if (answer != QMessageBox::Yes)
        return;
    clearError();
    try {
        store().removePerson(id);
    } catch (const Error& e) {
        showError(e.message());
    }
    reloadMembers();
}

void HouseholdDialog::addChild()
{
    if (!ensureSaved())
        return;
    ChildDialog dialog(store(), m_household.id, {}, this);
    if (dialog.exec() == QDialog::Accepted)
        reloadChildren();
}

void HouseholdDialog::editChild()
{
    const QString id = selectedId(m_children);
    if (id.isEmpty())
        return;
    ChildDialog dialog(store(), m_household.id, id, this);
    if (dialog.exec() == QDialog::Accepted)
        reloadChildren();
}

} // namespace tonghu::ui
