// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/IdNumber.h"
#include "core/model/RecordStore.h"
#include "tests/support/TestSupport.h"
#include "ui/ChildDialog.h"
#include "ui/FormFields.h"
#include "ui/HouseholdDialog.h"
#include "ui/PersonDialog.h"

#include "tests/ui/UiTestSupport.h"

#include <catch2/catch_test_macros.hpp>

#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>

#include <exception>
#include <functional>
#include <stdexcept>

using namespace tonghu;

using tonghu::test::find;

namespace {

QString withCheck(const char* first17)
{
    const QString digits = QLatin1String(first17);
    return digits + model::IdNumber::checkCharacter(digits);
}

// The same 17 digits with a check character that does not match them.
QString withWrongCheck(const char* first17)
{
    const QString right = withCheck(first17);
    return right.left(17) + (right.endsWith(QLatin1Char('1')) ? QLatin1Char('2') : QLatin1Char('1'));
}

// Runs fill() on the modal dialog that click() opens, from inside that dialog's event loop.
template <typename Dialog>
void driveModal(const std::function<void()>& click, const std::function<void(Dialog*)>& fill)
{
    std::exception_ptr failure;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<Dialog*>(QApplication::activeModalWidget());
        try {
            if (!dialog)
                throw std::runtime_error("no dialog of the expected type opened");
            fill(dialog);
        } catch (...) {
            failure = std::current_exception();
        }
        if (dialog && dialog->isVisible())
            dialog->reject();
    });
    click();
    if (failure)
        std::rethrow_exception(failure);
}

struct Fixture
{
    std::unique_ptr<test::TempVault> t =
        test::makeVault(vault::Role::Village, QStringLiteral("621126101201"));
    model::RecordStore store{t->vault->database(), t->vault->userId(), t->vault->placeCode()};
    model::Household household = [this] {
        model::Household h;
        h.address = QStringLiteral("二组 7 号");
        return store.saveHousehold(h);
    }();
};

} // namespace

TEST_CASE("child dialog: a valid ID number fills birth date and sex, and a mismatch is shown", "[ui]")
{
    Fixture f;
    ui::ChildDialog dialog(f.store, f.household.id);
    dialog.show();
    auto* id = find<QLineEdit>(&dialog, "idNumberLineEdit");
    auto* message = find<QLabel>(&dialog, "idNumberMessageLabel");
    auto* birth = find<ui::OptionalDateEdit>(&dialog, "birthDateEdit");
    auto* sex = find<ui::ChoiceComboBox>(&dialog, "sexComboBox");
    CHECK(birth->isUnknown());
    CHECK(sex->code().isEmpty());

    id->setText(withCheck("62112620150307124")); // even sequence: a girl
    CHECK(birth->date() == QDate(2015, 3, 7));
    CHECK(sex->code() == QLatin1String("female"));
    CHECK_FALSE(message->isVisible());

    // A hand-typed date that disagrees with the number is kept, and the difference shown.
    birth->setDate(QDate(2015, 3, 8));
    CHECK(message->isVisible());
    CHECK(message->text().contains(QLatin1String("2015-03-07")));
    birth->setDate(QDate(2015, 3, 7));
    CHECK_FALSE(message->isVisible());

    // A corrected number replaces what the previous number filled in, not what was typed.
    sex->setCode(QStringLiteral("male"));
    CHECK(message->isVisible());
    sex->setCode(QStringLiteral("female"));
    id->setText(withCheck("62112620160101123"));
    CHECK(birth->date() == QDate(2016, 1, 1));
    CHECK(sex->code() == QLatin1String("male"));
    CHECK_FALSE(message->isVisible());

    find<QLineEdit>(&dialog, "nameLineEdit")->setText(QStringLiteral("赵六"));
    find<QPushButton>(&dialog, "savePushButton")->click();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(f.store.childCount() == 1);
    CHECK(dialog.child().birthDate == QDate(2016, 1, 1));
}

TEST_CASE("child dialog: an impossible ID number is refused with its reason", "[ui]")
{
    Fixture f;
    ui::ChildDialog dialog(f.store, f.household.id);
    dialog.show();
    auto* id = find<QLineEdit>(&dialog, "idNumberLineEdit");
    auto* message = find<QLabel>(&dialog, "idNumberMessageLabel");
    find<QLineEdit>(&dialog, "nameLineEdit")->setText(QStringLiteral("赵六"));

    const QString wrong = withWrongCheck("62112620150307123");
    id->setText(wrong);
    const QString expected = model::IdNumber::parse(wrong).message();
    REQUIRE_FALSE(expected.isEmpty());
    CHECK(message->isVisible());
    CHECK(message->text() == expected);

    find<QPushButton>(&dialog, "savePushButton")->click();
    CHECK(dialog.isVisible());
    CHECK(dialog.result() != QDialog::Accepted);
    auto* error = find<QLabel>(&dialog, "errorLabel");
    CHECK(error->isVisible());
    CHECK(error->text() == expected);
    CHECK(f.store.childCount() == 0);

    // An impossible date is caught as well, with its own reason.
    id->setText(withCheck("62112620150230123"));
    CHECK(message->isVisible());
    CHECK(message->text() == model::IdNumber::parse(id->text()).message());

    // Half-typed numbers are not called wrong until the user leaves the field.
    id->setText(QStringLiteral("6211262015"));
    CHECK_FALSE(message->isVisible());
    emit id->editingFinished();
    CHECK(message->isVisible());
}

TEST_CASE("child dialog: an error from the store is shown and the dialog stays open", "[ui]")
{
    Fixture f;
    ui::ChildDialog dialog(f.store, f.household.id);
    dialog.show();
    find<QPushButton>(&dialog, "savePushButton")->click(); // no name, no birth date
    CHECK(dialog.isVisible());
    auto* error = find<QLabel>(&dialog, "errorLabel");
    CHECK(error->isVisible());
    CHECK_FALSE(error->text().isEmpty());
    CHECK(f.store.childCount() == 0);
}

TEST_CASE("household dialog: members are added through the person dialog, saving a new household first",
          "[ui]")
{
    Fixture f;
    ui::HouseholdDialog dialog(f.store);
    dialog.show();
    auto* address = find<QLineEdit>(&dialog, "addressLineEdit");
    auto* addMember = find<QPushButton>(&dialog, "addMemberPushButton");

    // Without an address the household cannot be saved, so no member can be added yet.
    addMember->click();
    CHECK(find<QLabel>(&dialog, "errorLabel")->isVisible());
    CHECK(f.store.householdCount() == 1);

    address->setText(QStringLiteral("四组 1 号"));
    driveModal<ui::PersonDialog>(
        [&] { addMember->click(); },
        [](ui::PersonDialog* d) {
            auto* parentGroup = find<QGroupBox>(d, "parentSituationGroupBox");
            auto* relation = find<ui::ChoiceComboBox>(d, "relationComboBox");
            relation->setCode(QStringLiteral("grandparent"));
            CHECK_FALSE(parentGroup->isVisible());
            relation->setCode(QStringLiteral("father"));
            CHECK(parentGroup->isVisible());
            CHECK(find<ui::ChoiceComboBox>(d, "sexComboBox")->code() == QLatin1String("male"));
            find<QLineEdit>(d, "nameLineEdit")->setText(QStringLiteral("周大勇"));
            find<ui::ChoiceComboBox>(d, "statusComboBox")->setCode(QStringLiteral("alive"));
            find<ui::MonthsSpinBox>(d, "imprisonedMonthsSpinBox")->setMonths(18);
            find<QPushButton>(d, "savePushButton")->click();
            CHECK_FALSE(d->isVisible());
            CHECK(d->person().imprisonedMonths == 18);
        });
    CHECK(f.store.householdCount() == 2);
    auto* members = find<QTableWidget>(&dialog, "membersTableWidget");
    REQUIRE(members->rowCount() == 1);
    CHECK(members->item(0, 0)->text() == QStringLiteral("周大勇"));

    // The child dialog offers the household's father.
    driveModal<ui::ChildDialog>(
        [&] { find<QPushButton>(&dialog, "addChildPushButton")->click(); },
        [](ui::ChildDialog* d) {
            auto* father = find<ui::ChoiceComboBox>(d, "fatherComboBox");
            CHECK(father->currentText() == QStringLiteral("周大勇"));
            find<QLineEdit>(d, "nameLineEdit")->setText(QStringLiteral("周小雨"));
            find<QLineEdit>(d, "idNumberLineEdit")->setText(withCheck("62112620180512122"));
            find<QPushButton>(d, "savePushButton")->click();
            CHECK_FALSE(d->isVisible());
            CHECK_FALSE(d->child().fatherId.isEmpty());
        });
    CHECK(find<QTableWidget>(&dialog, "childrenTableWidget")->rowCount() == 1);

    find<QPushButton>(&dialog, "savePushButton")->click();
    CHECK(dialog.result() == QDialog::Accepted);
    const auto saved = f.store.household(dialog.household().id);
    REQUIRE(saved);
    CHECK(saved->address == QStringLiteral("四组 1 号"));
}
