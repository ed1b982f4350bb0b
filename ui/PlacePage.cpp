// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/PlacePage.h"

#include "core/model/Divisions.h"
#include "ui/SetupWizard.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>

namespace tonghu::ui {

namespace {

void fill(QComboBox* combo, const QList<model::Division>& divisions)
{
    const QSignalBlocker block(combo);
    combo->clear();
    for (const auto& d : divisions)
        combo->addItem(d.name, d.code);
    combo->setEnabled(!divisions.isEmpty());
    // Municipalities have a single "市辖区" under them: nothing to choose, so choose it.
    combo->setCurrentIndex(divisions.size() == 1 ? 0 : -1);
}

QString codeOf(const QComboBox* combo)
{
    return combo->currentIndex() < 0 ? QString() : combo->currentData().toString();
}

QComboBox* makeCombo(const char* name, QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(QLatin1String(name));
    combo->setMinimumContentsLength(16);
    combo->setMaxVisibleItems(20);
    return combo;
}

} // namespace

PlacePage::PlacePage(QWidget* parent)
    : QWizardPage(parent), m_form(new QFormLayout(this)), m_province(makeCombo("provinceComboBox", this)),
      m_city(makeCombo("cityComboBox", this)), m_county(makeCombo("countyComboBox", this)),
      m_township(makeCombo("townshipComboBox", this)), m_villageName(new QLineEdit(this)),
      m_villageCode(new QLineEdit(this)),
      m_villageHelp(new QLabel(tr("The last three digits of the village's 12-digit statistical code, as the "
                                  "township's civil affairs office uses it."),
                               this)),
      m_preview(new QLabel(this))
{
    setObjectName(QStringLiteral("placePage"));
    setTitle(tr("Where do you work?"));
    m_province->setPlaceholderText(tr("Choose a province"));
    m_city->setPlaceholderText(tr("Choose a city"));
    m_county->setPlaceholderText(tr("Choose a county"));
    m_township->setPlaceholderText(tr("Choose a township"));
    m_villageName->setObjectName(QStringLiteral("villageNameLineEdit"));
    m_villageName->setMaxLength(40);
    m_villageCode->setObjectName(QStringLiteral("villageCodeLineEdit"));
    m_villageCode->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,3}")), m_villageCode));
    m_villageCode->setMaxLength(3);
    m_villageCode->setPlaceholderText(tr("e.g. 201"));
    m_villageCode->setMaximumWidth(120);
    m_preview->setObjectName(QStringLiteral("placeCodeLabel"));
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_form->addRow(tr("&Province:"), m_province);
    m_form->addRow(tr("C&ity:"), m_city);
    m_form->addRow(tr("C&ounty:"), m_county);
    m_form->addRow(tr("&Township:"), m_township);
    m_form->addRow(tr("&Village name:"), m_villageName);
    m_form->addRow(tr("Village &number:"), m_villageCode);
    m_villageHelp->setObjectName(QStringLiteral("villageCodeHelpLabel"));
    m_villageHelp->setWordWrap(true);
    m_villageHelp->setForegroundRole(QPalette::PlaceholderText);
    m_form->addRow(QString(), m_villageHelp);
    m_form->addRow(tr("Place code:"), m_preview);

    fill(m_province, model::Divisions::instance().provinces());
    connect(m_province, &QComboBox::currentIndexChanged, this, &PlacePage::fillCities);
    connect(m_city, &QComboBox::currentIndexChanged, this, &PlacePage::fillCounties);
    connect(m_county, &QComboBox::currentIndexChanged, this, &PlacePage::fillTownships);
    connect(m_township, &QComboBox::currentIndexChanged, this, &PlacePage::updatePreview);
    connect(m_villageName, &QLineEdit::textChanged, this, &PlacePage::updatePreview);
    connect(m_villageCode, &QLineEdit::textChanged, this, &PlacePage::updatePreview);
    fillCities();
}

void PlacePage::initializePage()
{
    const vault::Role role = qobject_cast<const SetupWizard*>(wizard())->role();
    const bool village = role == vault::Role::Village;
    m_form->setRowVisible(m_township, role != vault::Role::County);
    for (QWidget* field : {static_cast<QWidget*>(m_villageName), static_cast<QWidget*>(m_villageCode),
                           static_cast<QWidget*>(m_villageHelp)})
        m_form->setRowVisible(field, village);
    setSubTitle(village ? tr("Choose your township, then enter your village's name and number.")
                : role == vault::Role::Township ? tr("Choose your township.")
                                                : tr("Choose your county."));
    updatePreview();
}

void PlacePage::fillCities()
{
    const QString province = codeOf(m_province);
    fill(m_city,
         province.isEmpty() ? QList<model::Division>() : model::Divisions::instance().cities(province));
    fillCounties();
}

void PlacePage::fillCounties()
{
    const QString city = codeOf(m_city);
    fill(m_county, city.isEmpty() ? QList<model::Division>() : model::Divisions::instance().counties(city));
    fillTownships();
}

void PlacePage::fillTownships()
{
    const QString county = codeOf(m_county);
    fill(m_township,
         county.isEmpty() ? QList<model::Division>() : model::Divisions::instance().townships(county));
    updatePreview();
}

QString PlacePage::villageName() const
{
    return m_villageName->text().trimmed();
}

QString PlacePage::placeCode() const
{
    const auto* w = qobject_cast<const SetupWizard*>(wizard());
    const vault::Role role = w ? w->role() : vault::Role::Village;
    if (role == vault::Role::County)
        return codeOf(m_county);
    const QString township = codeOf(m_township);
    if (role == vault::Role::Township || township.isEmpty())
        return township;
    const QString village = m_villageCode->text();
    return village.size() == 3 ? township + village : QString();
}

bool PlacePage::isComplete() const
{
    const auto* w = qobject_cast<const SetupWizard*>(wizard());
    if (placeCode().isEmpty())
        return false;
    if (w && w->role() == vault::Role::Village)
        return !villageName().isEmpty() && m_villageCode->text() != QLatin1String("000");
    return true;
}

void PlacePage::updatePreview()
{
    const QString code = placeCode();
    if (m_villageCode->text() == QLatin1String("000") && m_villageCode->isVisibleTo(this))
        m_preview->setText(tr("The village number cannot be 000."));
    else
        m_preview->setText(code.isEmpty() ? tr("(not complete yet)") : code);
    emit completeChanged();
}

} // namespace tonghu::ui
