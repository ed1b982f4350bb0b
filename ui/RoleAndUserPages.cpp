// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/RoleAndUserPages.h"

#include "core/model/Divisions.h"
#include "ui/SetupWizard.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace tonghu::ui {

namespace {

QLabel* explanation(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setIndent(24);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

RolePage::RolePage(QWidget* parent)
    : QWizardPage(parent), m_village(new QRadioButton(vault::roleTitle(vault::Role::Village), this)),
      m_township(new QRadioButton(vault::roleTitle(vault::Role::Township), this)),
      m_county(new QRadioButton(vault::roleTitle(vault::Role::County), this))
{
    setObjectName(QStringLiteral("rolePage"));
    setTitle(tr("Who will use Tonghu on this computer?"));
    setSubTitle(tr("The role decides which records this computer keeps and what it can do with them."));
    m_village->setObjectName(QStringLiteral("villageRadioButton"));
    m_township->setObjectName(QStringLiteral("townshipRadioButton"));
    m_county->setObjectName(QStringLiteral("countyRadioButton"));
    m_village->setChecked(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_village);
    layout->addWidget(explanation(tr("Visits the children of one village and keeps their files."), this));
    layout->addSpacing(8);
    layout->addWidget(m_township);
    layout->addWidget(explanation(tr("Reviews the visits of the villages of one township."), this));
    layout->addSpacing(8);
    layout->addWidget(m_county);
    layout->addWidget(explanation(tr("Receives the records of the townships of one county."), this));
    layout->addStretch();
}

vault::Role RolePage::role() const
{
    if (m_township->isChecked())
        return vault::Role::Township;
    if (m_county->isChecked())
        return vault::Role::County;
    return vault::Role::Village;
}

UserPage::UserPage(QWidget* parent)
    : QWizardPage(parent), m_summary(new QLabel(this)), m_name(new QLineEdit(this))
{
    setObjectName(QStringLiteral("userPage"));
    setTitle(tr("Your name"));
    setSubTitle(tr("Your name is written on the visits and reviews you make."));
    m_summary->setObjectName(QStringLiteral("setupSummaryLabel"));
    m_summary->setWordWrap(true);
    m_name->setObjectName(QStringLiteral("userNameLineEdit"));
    m_name->setMaxLength(40);

    auto* layout = new QFormLayout(this);
    layout->addRow(m_summary);
    layout->addRow(tr("&Name:"), m_name);
    connect(m_name, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
}

QString UserPage::userName() const
{
    return m_name->text().trimmed();
}

void UserPage::initializePage()
{
    const auto* w = qobject_cast<const SetupWizard*>(wizard());
    const vault::VaultSetup s = w->setup();
    QString place =
        model::Divisions::instance().fullName(s.placeCode.left(std::min<qsizetype>(9, s.placeCode.size())));
    if (s.role == vault::Role::Village)
        place += QLatin1Char(' ') + s.villageName;
    m_summary->setText(tr("Role: %1\nPlace: %2 (%3)").arg(vault::roleTitle(s.role), place, s.placeCode));
}

bool UserPage::isComplete() const
{
    return !userName().isEmpty();
}

} // namespace tonghu::ui
