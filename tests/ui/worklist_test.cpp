// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/RecordStore.h"
#include "core/model/VisitStore.h"
#include "core/model/Worklist.h"
#include "core/util/Error.h"
#include "core/rules/Checklist.h"
#include "core/rules/Rulebook.h"
#include "tests/support/TestSupport.h"
#include "ui/ChildFileDialog.h"
#include "ui/ReferralDialog.h"
#include "ui/VisitForm.h"
#include "ui/WorklistModel.h"
#include "ui/WorklistPage.h"

#include "tests/ui/UiTestSupport.h"

#include <catch2/catch_test_macros.hpp>

#include <QApplication>
#include <QJsonArray>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QLabel>
#include <QListWidget>
#include <QPixmap>
#include <QTreeWidget>
#include <QTableView>

using namespace tonghu;
using tonghu::test::find;

TEST_CASE("worklist: a child never visited, then a critical risk first", "[ui]")
{
    auto t = test::makeVault(vault::Role::Village, QStringLiteral("621126101201"));
    model::RecordStore records(t->vault->database(), t->vault->userId(), t->vault->placeCode());

    ui::WorklistPage page(t->vault->database());
    page.show();
    CHECK(find<QLabel>(&page, "worklistEmptyLabel")->isVisible());

    const model::Child c = test::addChild(records, QStringLiteral("测试儿童"), "male", QDate::currentDate().addYears(-10));

    page.refresh();
    auto* view = find<QTableView>(&page, "worklistTableView");
    REQUIRE(view->isVisible());
    REQUIRE(view->model()->rowCount() >= 1);
    CHECK(view->model()->index(0, 0).data(ui::WorklistModel::KindRole).toInt()
          == int(model::WorklistItem::Kind::NeverVisited));
    CHECK(view->model()->index(0, ui::WorklistModel::ChildColumn).data().toString() == c.name);

    // A submitted visit with a critical risk puts that risk at the top.
    const auto& rulebook = rules::Rulebook::builtin();
    const auto& checklist = rules::Checklist::builtin();
    model::VisitStore visits(t->vault->database(), rulebook, checklist, t->vault->userId());
    // Started as the GUI starts it: prefilled from the record, so the record's own facts stay.
    const model::Visit v =
        ui::VisitForm::startVisit(t->vault->database(), visits, rulebook, checklist, c.id, QDate::currentDate());
    visits.setAnswer(v.id, QStringLiteral("obs.self_harm_talk"), true);
    // Fill the remaining required questions with a neutral value of their type.
    for (int pass = 0; pass < 3; ++pass)
        for (const rules::ChecklistQuestion& q : checklist.questions) {
            if (visits.visit(v.id)->answers.contains(q.fact))
                continue;
            using Type = rules::FactSpec::Type;
            QJsonValue value;
            switch (q.type) {
            case Type::Bool: value = false; break;
            case Type::Enum: value = q.values.last(); break;
            case Type::Number: value = q.hasRange ? q.min : 0; break;
            case Type::Date: value = QDate::currentDate().addDays(-1).toString(Qt::ISODate); break;
            case Type::List: value = QJsonArray{q.values.last()}; break;
            }
            try {
                visits.setAnswer(v.id, q.fact, value);
            } catch (const Error&) {
            }
        }
    if (!visits.mandatoryReport(v.id)) {
        model::MandatoryReport r;
        r.reportedAt = QDateTime::currentDateTime();
        r.reportedTo = QStringLiteral("派出所");
        visits.recordMandatoryReport(v.id, r);
    }
    INFO(visits.submitBlockers(v.id, QStringLiteral("en")).join(QLatin1Char('\n')).toStdString());
    visits.submit(v.id);

    page.refresh();
    REQUIRE(view->model()->rowCount() >= 1);
    const QModelIndex first = view->model()->index(0, 0);
    CHECK(first.data(ui::WorklistModel::KindRole).toInt() == int(model::WorklistItem::Kind::OpenRisk));
    CHECK(first.data(ui::WorklistModel::SeverityRole).toString() == QLatin1String("critical"));
    CHECK(first.data(Qt::ForegroundRole).isValid());

    // The child's file shows the risk and the submitted visit.
    ui::ChildFileDialog file(t->vault->database(), records, visits, t->vault->userId(), c.id);
    file.show();
    auto* findings = find<QTreeWidget>(&file, "findingsTreeWidget");
    QTreeWidgetItem* riskItem = nullptr;
    for (int i = 0; i < findings->topLevelItemCount(); ++i)
        if (findings->topLevelItem(i)->data(0, Qt::UserRole + 1).toString() == QLatin1String("risk.self_harm_talk"))
            riskItem = findings->topLevelItem(i);
    REQUIRE(riskItem);
    CHECK(find<QListWidget>(&file, "visitsListWidget")->count() == 1);

    // A referral from that finding comes prefilled with its agency.
    findings->setCurrentItem(riskItem);
    QString agency;
    QTimer::singleShot(0, [&] {
        if (auto* d = qobject_cast<ui::ReferralDialog*>(QApplication::activeModalWidget())) {
            agency = d->findChild<QLineEdit*>(QStringLiteral("agencyLineEdit"))->text();
            d->accept();
            if (d->isVisible())
                d->reject();
        }
    });
    find<QPushButton>(&file, "newReferralPushButton")->click();
    CHECK_FALSE(agency.isEmpty());
    CHECK(find<QListWidget>(&file, "referralsListWidget")->count() == 1);

    // For reviewing the layout by eye: TONGHU_SCREENSHOT=/tmp/child-file.png.
    const QString shot = qEnvironmentVariable("TONGHU_SCREENSHOT");
    if (!shot.isEmpty()) {
        page.resize(900, 300);
        page.grab().save(shot + QStringLiteral(".worklist.png"));
        file.grab().save(shot);
    }
}
