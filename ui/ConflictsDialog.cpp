// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ConflictsDialog.h"

#include "core/model/Masking.h"
#include "core/model/RecordStore.h"
#include "core/model/ReferralStore.h"
#include "core/sync/Conflicts.h"
#include "core/util/Error.h"
#include "core/vault/Vault.h"
#include "ui/FindingLabels.h"
#include "ui/KeyboardUse.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tonghu::ui {

namespace {

enum Column { Record, Field, Shown, Other, Found, ColumnCount };

// The record as a person knows it: the child's or member's name, the household's address, the
// referral's child and agency.
QString describe(vault::Vault& vault, const sync::Conflict& c)
{
    model::RecordStore records(vault.database(), vault.userId(), vault.placeCode());
    if (c.entity == QLatin1String("children"))
        if (const auto child = records.child(c.entityId))
            return ConflictsDialog::tr("Child %1").arg(child->name);
    if (c.entity == QLatin1String("persons"))
        if (const auto person = records.person(c.entityId))
            return ConflictsDialog::tr("Household member %1").arg(person->name);
    if (c.entity == QLatin1String("households"))
        if (const auto household = records.household(c.entityId))
            return ConflictsDialog::tr("Household at %1").arg(household->address);
    if (c.entity == QLatin1String("referrals")) {
        model::ReferralStore referrals(vault.database(), vault.userId());
        if (const auto r = referrals.referral(c.entityId)) {
            const auto child = records.child(r->childId);
            return ConflictsDialog::tr("Referral of %1 to %2").arg(child ? child->name : QString(), r->agency);
        }
    }
    return c.entity;
}

QString fieldLabel(const sync::Conflict& c)
{
    if (c.field == QLatin1String("status"))
        return ConflictsDialog::tr("Status");
    if (c.field == QLatin1String("notes"))
        return ConflictsDialog::tr("Notes");
    if (c.field == QLatin1String("address"))
        return ConflictsDialog::tr("Address");
    if (c.field == QLatin1String("name"))
        return ConflictsDialog::tr("Name");
    if (c.field == QLatin1String("contact_phone"))
        return ConflictsDialog::tr("Contact phone");
    return c.field;
}

QString valueText(const sync::Conflict& c, const QJsonValue& v)
{
    if (v.isNull() || v.isUndefined())
        return ConflictsDialog::tr("(empty)");
    if (c.entity == QLatin1String("referrals") && c.field == QLatin1String("status"))
        return FindingLabels::referralStatus(v.toString());
    if (v.isBool())
        return v.toBool() ? ConflictsDialog::tr("yes") : ConflictsDialog::tr("no");
    if (v.isDouble())
        return QLocale().toString(v.toDouble());
    // Both sides of an ID number or a note stay masked here like everywhere else; the one kept
    // can be shown in full from the record itself.
    if (const auto kind = model::Masking::sensitiveColumn(c.entity, c.field))
        return model::Masking::masked(*kind, v.toString());
    return v.toString();
}

} // namespace

ConflictsDialog::ConflictsDialog(vault::Vault& vault, QWidget* parent)
    : QDialog(parent), m_vault(vault), m_table(new QTableWidget(this)), m_empty(new QLabel(this)),
      m_keep(new QPushButton(tr("&Keep the value shown"), this)),
      m_takeOther(new QPushButton(tr("&Use the other value"), this))
{
    setObjectName(QStringLiteral("conflictsDialog"));
    setWindowTitle(tr("Changes made on two devices"));
    auto* intro = new QLabel(tr("These fields were changed here and on another device before either knew of the "
                                "other's change. The later change is shown; choose which value is right. Your "
                                "choice is sent on at the next sync."),
                             this);
    intro->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("conflictsTable"));
    m_table->setAccessibleName(tr("Conflicts"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Record"), tr("Field"), tr("Shown now"), tr("Other device's value"),
                                        tr("Found")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    makeListKeyboardFriendly(m_table);
    m_empty->setObjectName(QStringLiteral("conflictsEmpty"));
    m_empty->setText(tr("No conflicts are waiting. When a record is changed on two devices at once, it is listed "
                        "here after a sync."));
    m_empty->setWordWrap(true);
    m_keep->setObjectName(QStringLiteral("keepShownButton"));
    m_takeOther->setObjectName(QStringLiteral("useOtherButton"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    // Enter closes: keeping one value or the other is a decision, never an Enter meant for something else.
    buttons->button(QDialogButtonBox::Close)->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_keep, &QPushButton::clicked, this, [this] { settle(false); });
    connect(m_takeOther, &QPushButton::clicked, this, [this] { settle(true); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const bool any = !m_table->selectedItems().isEmpty();
        m_keep->setEnabled(any);
        m_takeOther->setEnabled(any);
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty);
    layout->addLayout(buttonRow({m_keep, m_takeOther}, buttons));
    resize(820, 420);
    reload();
}

int ConflictsDialog::openCount() const
{
    return m_table->rowCount();
}

void ConflictsDialog::reload()
{
    const QList<sync::Conflict> open = sync::Conflicts::open(m_vault.database());
    m_table->setRowCount(int(open.size()));
    for (int row = 0; row < open.size(); ++row) {
        const sync::Conflict& c = open.at(row);
        const QStringList cells{describe(m_vault, c), fieldLabel(c), valueText(c, c.shownValue),
                                valueText(c, c.otherValue),
                                QLocale().toString(c.detectedAt.toLocalTime(), QLocale::ShortFormat)};
        for (int col = 0; col < ColumnCount; ++col) {
            auto* item = new QTableWidgetItem(cells.at(col));
            item->setData(Qt::UserRole, c.id);
            m_table->setItem(row, col, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->setVisible(!open.isEmpty());
    m_empty->setVisible(open.isEmpty());
    if (!open.isEmpty())
        m_table->selectRow(0);
    m_keep->setEnabled(!open.isEmpty());
    m_takeOther->setEnabled(!open.isEmpty());
}

void ConflictsDialog::settle(bool takeOther)
{
    const QList<QTableWidgetItem*> selected = m_table->selectedItems();
    if (selected.isEmpty())
        return;
    try {
        sync::Conflicts::resolve(m_vault, selected.first()->data(Qt::UserRole).toString(),
                                 takeOther ? sync::Conflicts::Choice::Other : sync::Conflicts::Choice::Shown);
    } catch (const Error& e) {
        QMessageBox::warning(this, windowTitle(), e.message());
    }
    if (takeOther)
        emit recordsChanged();
    reload();
}

} // namespace tonghu::ui
