// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/TestSupport.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/SetupWizard.h"
#include "core/util/Language.h"

#include <catch2/catch_test_macros.hpp>

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTimer>

#include <functional>

using namespace tonghu;
using tonghu::test::waitUntil;
using ui::SetupWizard;

using tonghu::test::find;

namespace {

void choose(QComboBox* combo, const char* code)
{
    const int index = combo->findData(QLatin1String(code));
    INFO("code: " << code);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

bool nextEnabled(SetupWizard& w)
{
    return w.button(QWizard::NextButton)->isEnabled();
}
void next(SetupWizard& w)
{
    w.button(QWizard::NextButton)->click();
}

} // namespace

TEST_CASE("set-up wizard: a child director's vault is created and its recovery code shown once", "[ui]")
{
    QTemporaryDir tmp;
    const QString dir = tmp.path() + QStringLiteral("/vault");
    SetupWizard wizard(dir);
    wizard.setKdfParams(vault::KdfParams::fast());
    wizard.show();
    REQUIRE(wizard.currentId() == SetupWizard::RolePageId);

    find<QRadioButton>(&wizard, "villageRadioButton")->setChecked(true);
    next(wizard);
    REQUIRE(wizard.currentId() == SetupWizard::PlacePageId);
    CHECK_FALSE(nextEnabled(wizard));

    choose(find<QComboBox>(&wizard, "provinceComboBox"), "62");
    choose(find<QComboBox>(&wizard, "cityComboBox"), "6211");
    choose(find<QComboBox>(&wizard, "countyComboBox"), "621126");
    choose(find<QComboBox>(&wizard, "townshipComboBox"), "621126101");
    CHECK(find<QLineEdit>(&wizard, "villageNameLineEdit")->isVisible());
    CHECK_FALSE(nextEnabled(wizard)); // the village is still missing
    find<QLineEdit>(&wizard, "villageNameLineEdit")->setText(QStringLiteral("新庄村"));
    auto* villageCode = find<QLineEdit>(&wizard, "villageCodeLineEdit");
    villageCode->setText(QStringLiteral("000"));
    CHECK_FALSE(nextEnabled(wizard));
    villageCode->setText(QStringLiteral("201"));
    CHECK(find<QLabel>(&wizard, "placeCodeLabel")->text() == QLatin1String("621126101201"));
    REQUIRE(nextEnabled(wizard));
    next(wizard);

    REQUIRE(wizard.currentId() == SetupWizard::UserPageId);
    CHECK_FALSE(nextEnabled(wizard));
    find<QLineEdit>(&wizard, "userNameLineEdit")->setText(QStringLiteral("王芳"));
    next(wizard);

    REQUIRE(wizard.currentId() == SetupWizard::PassphrasePageId);
    auto* passphrase = find<QLineEdit>(&wizard, "passphraseLineEdit");
    auto* confirmation = find<QLineEdit>(&wizard, "confirmPassphraseLineEdit");
    auto* meter = find<QProgressBar>(&wizard, "strengthProgressBar");
    passphrase->setText(QStringLiteral("1234567890"));
    confirmation->setText(QStringLiteral("1234567890"));
    CHECK_FALSE(nextEnabled(wizard)); // long enough but weak
    const int weakValue = meter->value();
    const QString good = QString::fromUtf8(test::kPassphrase);
    passphrase->setText(good);
    confirmation->setText(good + QLatin1Char('x'));
    CHECK(meter->value() > weakValue);
    CHECK_FALSE(find<QLabel>(&wizard, "strengthLabel")->text().isEmpty());
    CHECK_FALSE(nextEnabled(wizard)); // the two differ
    confirmation->setText(good);
    REQUIRE(nextEnabled(wizard));
    next(wizard);

    REQUIRE(wizard.currentId() == SetupWizard::RecoveryCodePageId);
    // The passphrase left the fields as soon as creation started.
    CHECK(passphrase->text().isEmpty());
    CHECK(confirmation->text().isEmpty());
    auto* code = find<QLabel>(&wizard, "recoveryCodeLabel");
    REQUIRE(waitUntil([&] { return code->isVisible() && !code->text().isEmpty(); }));
    CHECK(code->textInteractionFlags().testFlag(Qt::TextSelectableByMouse));
    CHECK(vault::Vault::exists(dir));

    // There is no way back and no way out without confirming the code was written down.
    CHECK_FALSE(wizard.button(QWizard::BackButton)->isEnabled());
    CHECK_FALSE(wizard.button(QWizard::FinishButton)->isEnabled());
    wizard.reject();
    CHECK(wizard.isVisible());
    find<QCheckBox>(&wizard, "writtenDownCheckBox")->setChecked(true);
    REQUIRE(wizard.button(QWizard::FinishButton)->isEnabled());
    wizard.button(QWizard::FinishButton)->click();
    CHECK(wizard.result() == QDialog::Accepted);

    auto opened = wizard.takeVault();
    REQUIRE(opened);
    CHECK(opened->role() == vault::Role::Village);
    CHECK(opened->placeCode() == QLatin1String("621126101201"));
    CHECK(opened->userName() == QStringLiteral("王芳"));
    CHECK(opened->placeName() == QStringLiteral("新庄村"));
    opened.reset();
    CHECK(vault::Vault::unlock(dir, test::secret(test::kPassphrase)) != nullptr);
}

TEST_CASE("set-up wizard: a county vault needs only the county", "[ui]")
{
    QTemporaryDir tmp;
    const QString dir = tmp.path() + QStringLiteral("/vault");
    SetupWizard wizard(dir);
    wizard.setKdfParams(vault::KdfParams::fast());
    wizard.show();
    find<QRadioButton>(&wizard, "countyRadioButton")->setChecked(true);
    next(wizard);
    REQUIRE(wizard.currentId() == SetupWizard::PlacePageId);
    CHECK_FALSE(find<QComboBox>(&wizard, "townshipComboBox")->isVisible());
    CHECK_FALSE(find<QLineEdit>(&wizard, "villageNameLineEdit")->isVisible());
    choose(find<QComboBox>(&wizard, "provinceComboBox"), "62");
    choose(find<QComboBox>(&wizard, "cityComboBox"), "6211");
    choose(find<QComboBox>(&wizard, "countyComboBox"), "621126");
    CHECK(find<QLabel>(&wizard, "placeCodeLabel")->text() == QLatin1String("621126"));
    CHECK(nextEnabled(wizard));

    // Going back to pick a township supervisor brings the township back, not the village.
    wizard.back();
    find<QRadioButton>(&wizard, "townshipRadioButton")->setChecked(true);
    next(wizard);
    CHECK(find<QComboBox>(&wizard, "townshipComboBox")->isVisible());
    CHECK_FALSE(find<QLineEdit>(&wizard, "villageCodeLineEdit")->isVisible());
    CHECK_FALSE(nextEnabled(wizard));
    choose(find<QComboBox>(&wizard, "townshipComboBox"), "621126101");
    CHECK(find<QLabel>(&wizard, "placeCodeLabel")->text() == QLatin1String("621126101"));
    CHECK(nextEnabled(wizard));
}

TEST_CASE("set-up wizard: a municipality's single city is chosen for the user", "[ui]")
{
    QTemporaryDir tmp;
    SetupWizard wizard(tmp.path() + QStringLiteral("/vault"));
    wizard.show();
    next(wizard);
    auto* city = find<QComboBox>(&wizard, "cityComboBox");
    CHECK_FALSE(city->isEnabled()); // nothing to choose before the province
    choose(find<QComboBox>(&wizard, "provinceComboBox"), "11");
    CHECK(city->currentIndex() == 0);
    CHECK(find<QComboBox>(&wizard, "countyComboBox")->count() > 5);
}

TEST_CASE("set-up wizard: a page's subtitle longer than the first page's is shown whole", "[ui]")
{
    // In Chinese: a line of Han characters, drawn with the fallback CJK font, is taller than the
    // line QWizard reserved.
    installTranslations(QStringLiteral("zh_CN"));
    QTemporaryDir tmp;
    SetupWizard wizard(tmp.path() + QStringLiteral("/vault"));
    wizard.show();
    find<QRadioButton>(&wizard, "countyRadioButton")->setChecked(true);
    next(wizard);
    choose(find<QComboBox>(&wizard, "provinceComboBox"), "62");
    choose(find<QComboBox>(&wizard, "cityComboBox"), "6211");
    choose(find<QComboBox>(&wizard, "countyComboBox"), "621126");
    next(wizard);
    find<QLineEdit>(&wizard, "userNameLineEdit")->setText(QStringLiteral("王芳"));
    next(wizard);
    REQUIRE(wizard.currentId() == SetupWizard::PassphrasePageId);

    // The passphrase page's subtitle takes two lines at the wizard's width; the role page's one.
    const QString subTitle = wizard.currentPage()->subTitle();
    QLabel* shown = nullptr;
    for (QLabel* label : wizard.findChildren<QLabel*>())
        if (label->text() == subTitle && label->isVisible())
            shown = label;
    REQUIRE(shown);
    REQUIRE(shown->heightForWidth(shown->width()) > shown->fontMetrics().height() * 3 / 2);
    CHECK(waitUntil([&] { return shown->height() >= shown->heightForWidth(shown->width()); }, 2000));
}
