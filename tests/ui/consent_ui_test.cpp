// SPDX-License-Identifier: GPL-3.0-or-later
// The guardian's consent in the child's file: recorded through its dialog (a spoken consent
// needs its witness), withdrawn after a confirmation, and only read at the township.
#include "core/model/ConsentStore.h"
#include "core/model/RecordStore.h"
#include "core/model/VisitStore.h"
#include "core/rules/Checklist.h"
#include "core/rules/Rulebook.h"
#include "core/storage/Database.h"
#include "tests/support/SyncFixture.h"
#include "tests/support/TestSupport.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/ChildFileDialog.h"
#include "ui/ConsentDialog.h"

#include <catch2/catch_test_macros.hpp>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

using namespace tonghu;

namespace {

struct ConsentFixture
{
    std::unique_ptr<test::TempVault> t = test::makeVault(vault::Role::Village, QStringLiteral("620423101201"));
    storage::Database& db = t->vault->database();
    model::RecordStore records{db, t->vault->userId(), t->vault->placeCode()};
    model::VisitStore visits{db, rules::Rulebook::builtin(), rules::Checklist::builtin(), t->vault->userId()};
    model::Child child;
    model::Person guardian;

    ConsentFixture()
    {
        child = test::addChild(records, QStringLiteral("测试小红"), "female", QDate(2016, 4, 1));
        model::Person g;
        g.householdId = child.householdId;
        g.name = QStringLiteral("测试外婆");
        g.relation = QStringLiteral("grandparent");
        g.isGuardian = true;
        guardian = records.savePerson(g);
        child.guardianId = guardian.id;
        child = records.saveChild(child);
    }
};

void selectMethod(ui::ConsentDialog* dialog, const char* method)
{
    auto* combo = test::find<QComboBox>(dialog, "methodComboBox");
    const int i = combo->findData(QString::fromLatin1(method));
    REQUIRE(i >= 0);
    combo->setCurrentIndex(i);
}

} // namespace

TEST_CASE("consent: the child's file records a spoken consent only with its witness, and withdraws it",
          "[ui][consent]")
{
    ConsentFixture f;
    model::ConsentStore store(f.db, f.t->vault->userId());
    ui::ChildFileDialog file(f.db, f.records, f.visits, f.t->vault->userId(), f.child.id);
    file.show();
    auto* label = test::find<QLabel>(&file, "consentLabel");
    const QString missing = label->text();
    CHECK_FALSE(missing.isEmpty());
    CHECK_FALSE(test::find<QPushButton>(&file, "withdrawConsentPushButton")->isEnabled());

    test::driveModal<ui::ConsentDialog>(
        [&] { test::find<QPushButton>(&file, "recordConsentPushButton")->click(); },
        [&](ui::ConsentDialog* dialog) {
            // The guardian of the record is offered as the one who gave it.
            CHECK(test::find<QLineEdit>(dialog, "givenByLineEdit")->text() == f.guardian.name);
            CHECK(test::find<QComboBox>(dialog, "relationComboBox")->currentData().toString() == f.guardian.relation);
            auto* witness = test::find<QLineEdit>(dialog, "witnessLineEdit");
            CHECK_FALSE(witness->isEnabled()); // a signed form has no witness
            selectMethod(dialog, "verbal_witnessed");
            CHECK(witness->isEnabled());
            dialog->accept();
            // Refused: the dialog stays open with the reason, and nothing is recorded.
            CHECK(dialog->isVisible());
            CHECK_FALSE(test::find<QLabel>(dialog, "errorLabel")->isHidden());
            CHECK(store.consentsOf(f.child.id).isEmpty());
            witness->setText(QStringLiteral("测试村干部"));
            dialog->accept();
            CHECK_FALSE(dialog->isVisible());
        });
    const auto given = store.current(f.child.id);
    REQUIRE(given.has_value());
    CHECK(given->method == QLatin1String("verbal_witnessed"));
    CHECK(given->givenBy == f.guardian.name);
    CHECK(given->givenOn == QDate::currentDate());
    CHECK(label->text() != missing);
    CHECK(label->text().contains(given->witness));
    CHECK(test::find<QPushButton>(&file, "withdrawConsentPushButton")->isEnabled());

    // Cancelling the confirmation changes nothing; Yes withdraws it as of today.
    test::driveModal<QMessageBox>([&] { test::find<QPushButton>(&file, "withdrawConsentPushButton")->click(); },
                                  [](QMessageBox* box) { box->button(QMessageBox::Cancel)->click(); });
    CHECK(store.current(f.child.id).has_value());
    test::driveModal<QMessageBox>([&] { test::find<QPushButton>(&file, "withdrawConsentPushButton")->click(); },
                                  [](QMessageBox* box) { box->button(QMessageBox::Yes)->click(); });
    CHECK_FALSE(store.current(f.child.id).has_value());
    const auto all = store.consentsOf(f.child.id);
    REQUIRE(all.size() == 1);
    CHECK(all.first().withdrawnOn == QDate::currentDate());
    CHECK(label->text() == missing);
    CHECK(store.childrenWithoutConsent().contains(f.child.id));
}

TEST_CASE("consent: a township reads the consent that came with the child's records and cannot record one",
          "[ui][consent][sync]")
{
    test::County c;
    c.submittedVisit();
    storage::Database& village = c.a->vault->database();
    const QString childId = [&] {
        auto st = village.prepare("SELECT id FROM children LIMIT 1");
        REQUIRE(st.step());
        return st.text(0);
    }();
    model::Consent consent;
    consent.childId = childId;
    consent.givenBy = QStringLiteral("测试监护人");
    consent.givenOn = QDate::currentDate().addDays(-3);
    consent.method = QStringLiteral("thumbprint");
    model::ConsentStore(village, c.a->vault->userId()).record(consent);
    c.roundTrip();

    storage::Database& township = c.township->vault->database();
    model::RecordStore records(township, c.township->vault->userId(), c.township->vault->placeCode());
    model::VisitStore visits(township, rules::Rulebook::builtin(), rules::Checklist::builtin(),
                             c.township->vault->userId());
    ui::ChildFileDialog file(township, records, visits, c.township->vault->userId(), childId);
    file.show();
    CHECK(test::find<QLabel>(&file, "consentLabel")->text().contains(consent.givenOn.toString(Qt::ISODate)));
    CHECK(test::find<QPushButton>(&file, "recordConsentPushButton")->isHidden());
    CHECK(test::find<QPushButton>(&file, "withdrawConsentPushButton")->isHidden());
}
