// SPDX-License-Identifier: GPL-3.0-or-later
// The township's review queue and the village's way back, through the widgets, on real vaults
// that exchanged real bundles: the supervisor filters, approves and returns; the director sees
// the returned visit on top of the worklist and corrects it.
#include "core/model/RecordStore.h"
#include "core/model/ReviewStore.h"
#include "core/model/VisitStore.h"
#include "core/model/Worklist.h"
#include "core/rules/Checklist.h"
#include "core/rules/Rulebook.h"
#include "tests/support/SyncFixture.h"
#include "tests/support/TestSupport.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/ChildFileDialog.h"
#include "ui/CommentDialog.h"
#include "ui/FindingLabels.h"
#include "ui/MainWindow.h"
#include "ui/ReviewQueueModel.h"
#include "ui/ReviewQueuePage.h"
#include "ui/VisitForm.h"
#include "ui/VisitHistoryList.h"
#include "ui/WorklistModel.h"
#include "ui/WorklistPage.h"

#include <catch2/catch_test_macros.hpp>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace tonghu;
using test::driveModal;
using test::find;
using Decision = model::VisitReview::Decision;

namespace {

QString submitVisit(test::TempVault& village, const QString& name, int daysAgo,
                    const QList<std::pair<const char*, QJsonValue>>& extra = {})
{
    storage::Database& db = village.vault->database();
    model::RecordStore records(db, village.vault->userId(), village.vault->placeCode());
    const model::Child child =
        test::addChild(records, name, "male", QDate::currentDate().addYears(-10).addDays(-40));
    model::VisitStore visits(db, rules::Rulebook::builtin(), rules::Checklist::builtin(),
                             village.vault->userId());
    const model::Visit draft = visits.openDraft(child.id, QDate::currentDate().addDays(-daysAgo));
    test::answerEverything(visits, draft.id);
    for (const auto& [fact, value] : extra)
        visits.setAnswer(draft.id, QString::fromLatin1(fact), value);
    return visits.submit(draft.id).id;
}

QStringList column(const QAbstractItemModel* model, int column)
{
    QStringList out;
    for (int row = 0; row < model->rowCount(); ++row)
        out << model->index(row, column).data().toString();
    return out;
}

QList<model::VisitReview> decisionsOn(test::TempVault& t, const QString& visitId)
{
    return model::ReviewStore(t.vault->database(), {}, t.vault->role(), t.vault->placeCode())
        .reviewsOf(visitId);
}

// While a modal dialog is driven, the next modal window of type T that opens (a dialog that
// follows the first): `fill` runs on it once, then it is closed. Polls, since it opens only when
// the first dialog's event loop has ended.
template <typename T> struct NextModal
{
    bool seen = false;
    QTimer timer;
    explicit NextModal(std::function<void(T*)> fill)
    {
        timer.setInterval(10);
        QObject::connect(&timer, &QTimer::timeout, [this, fill] {
            auto* w = qobject_cast<T*>(QApplication::activeModalWidget());
            if (!w || seen)
                return;
            seen = true;
            timer.stop();
            fill(w);
            if (w->isVisible())
                w->reject();
        });
        timer.start();
    }
};

} // namespace

TEST_CASE("review queue: the township lists, filters, approves and returns through the page", "[ui][review]")
{
    test::County c;
    const QString plain = submitVisit(*c.a, QStringLiteral("甲"), 20);
    const QString medium = submitVisit(*c.b, QStringLiteral("乙"), 12, {{"child.medical_insurance", false}});
    const QString critical = submitVisit(*c.a, QStringLiteral("丁"), 5, {{"obs.self_harm_talk", true}});
    c.roundTrip();

    ui::ReviewQueuePage page(*c.township->vault);
    page.show();
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto* view = find<QTableView>(&page, "reviewQueueTableView");
    REQUIRE(view->isVisible());
    CHECK(column(view->model(), ui::ReviewQueueModel::ChildColumn) ==
          QStringList{QStringLiteral("丁"), QStringLiteral("甲"), QStringLiteral("乙")});
    CHECK(view->model()->index(0, ui::ReviewQueueModel::RiskColumn).data().toString() ==
          ui::FindingLabels::severity(QStringLiteral("critical")));
    CHECK(find<QLabel>(&page, "reviewCountLabel")->text().contains(QLatin1Char('3')));
    CHECK_FALSE(view->accessibleName().isEmpty());

    // The first row is selected: its risks and its history are beside the list.
    CHECK(page.selectedVisitId() == critical);
    CHECK(find<QLabel>(&page, "reviewRisksLabel")
              ->text()
              .contains(ui::FindingLabels::severity(QStringLiteral("critical"))));
    auto* history = find<ui::VisitHistoryList>(&page, "visitHistoryListWidget");
    REQUIRE(history->count() == 1);
    CHECK(history->item(0)->text().contains(c.a->vault->userName()));

    // Filters: one village, a minimum risk, a date range; then cleared.
    auto* village = find<QComboBox>(&page, "villageComboBox");
    REQUIRE(village->count() == 3); // every village, then the two
    village->setCurrentIndex(village->findData(test::kVillageB));
    CHECK(column(view->model(), ui::ReviewQueueModel::ChildColumn) == QStringList{QStringLiteral("乙")});
    village->setCurrentIndex(0);
    auto* risk = find<QComboBox>(&page, "minimumRiskComboBox");
    risk->setCurrentIndex(risk->findData(QStringLiteral("medium")));
    CHECK(column(view->model(), ui::ReviewQueueModel::ChildColumn) ==
          QStringList{QStringLiteral("丁"), QStringLiteral("乙")});
    find<QDateEdit>(&page, "fromDateEdit")->setDate(QDate::currentDate().addDays(-13));
    CHECK(view->model()->rowCount() == 2); // a date only counts once its box is ticked
    find<QCheckBox>(&page, "fromCheckBox")->setChecked(true);
    find<QDateEdit>(&page, "toDateEdit")->setDate(QDate::currentDate().addDays(-6));
    find<QCheckBox>(&page, "toCheckBox")->setChecked(true);
    CHECK(column(view->model(), ui::ReviewQueueModel::ChildColumn) == QStringList{QStringLiteral("乙")});
    risk->setCurrentIndex(risk->findData(QStringLiteral("critical")));
    auto* empty = find<QLabel>(&page, "reviewQueueEmptyLabel");
    CHECK(empty->isVisible());
    CHECK(empty->text().contains(QStringLiteral("filters")));
    find<QPushButton>(&page, "clearFiltersPushButton")->click();
    CHECK(view->model()->rowCount() == 3);
    CHECK_FALSE(find<QCheckBox>(&page, "fromCheckBox")->isChecked());

    // Enter on a row opens the visit.
    QSignalSpy opened(&page, &ui::ReviewQueuePage::visitRequested);
    page.selectVisit(critical);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Return);
    REQUIRE(opened.count() == 1);
    CHECK(opened.first().first().toString() == critical);

    // Approve takes the visit off the list and records the decision; the next row is selected.
    QSignalSpy reviewed(&page, &ui::ReviewQueuePage::reviewed);
    find<QPushButton>(&page, "approvePushButton")->click();
    CHECK(reviewed.count() == 1);
    REQUIRE(decisionsOn(*c.township, critical).size() == 1);
    CHECK(decisionsOn(*c.township, critical).first().decision == Decision::Approved);
    CHECK(column(view->model(), ui::ReviewQueueModel::ChildColumn) ==
          QStringList{QStringLiteral("甲"), QStringLiteral("乙")});
    CHECK(page.selectedVisitId() == plain);

    // Return… asks what to correct: cancelled, nothing happens; OK waits for a comment.
    auto* returnButton = find<QPushButton>(&page, "returnPushButton");
    driveModal<ui::CommentDialog>([&] { returnButton->click(); }, [](ui::CommentDialog* d) { d->reject(); });
    CHECK(decisionsOn(*c.township, plain).isEmpty());
    CHECK(view->model()->rowCount() == 2);
    const QString comment = QStringLiteral("请补充监护人联系电话");
    driveModal<ui::CommentDialog>(
        [&] { returnButton->click(); },
        [&](ui::CommentDialog* d) {
            QPushButton* ok = find<QDialogButtonBox>(d, "buttonBox")->button(QDialogButtonBox::Ok);
            auto* text = find<QPlainTextEdit>(d, "commentPlainTextEdit");
            CHECK_FALSE(ok->isEnabled());
            text->setPlainText(QStringLiteral("   \n "));
            CHECK_FALSE(ok->isEnabled());
            text->setPlainText(comment);
            REQUIRE(ok->isEnabled());
            ok->click();
        });
    const QList<model::VisitReview> returned = decisionsOn(*c.township, plain);
    REQUIRE(returned.size() == 1);
    CHECK(returned.first().decision == Decision::Returned);
    CHECK(returned.first().comment == comment);
    CHECK(column(view->model(), ui::ReviewQueueModel::ChildColumn) == QStringList{QStringLiteral("乙")});

    // The last one approved: the page says why it is empty and what happens next.
    find<QPushButton>(&page, "approvePushButton")->click();
    CHECK(view->model()->rowCount() == 0);
    CHECK(empty->isVisible());
    CHECK(empty->text() ==
          QStringLiteral("No visits are waiting for review. They arrive when the villages sync."));
    CHECK_FALSE(find<QPushButton>(&page, "approvePushButton")->isEnabled());
    CHECK_FALSE(returnButton->isEnabled());
    CHECK(decisionsOn(*c.township, medium).size() == 1);
}

TEST_CASE("main window: the review queue is a township's first tab; a village and the county have none",
          "[ui][review]")
{
    test::County c;
    const QString visit = c.submittedVisit();
    c.roundTrip();
    {
        ui::MainWindow village(std::move(c.a->vault));
        CHECK(village.reviewQueuePage() == nullptr);
        CHECK(village.findChild<ui::ReviewQueuePage*>() == nullptr);
    }
    {
        ui::MainWindow county(std::move(c.county->vault));
        CHECK(county.reviewQueuePage() == nullptr);
    }
    ui::MainWindow window(std::move(c.township->vault));
    window.show();
    auto* tabs = find<QTabWidget>(&window, "recordsTabWidget");
    REQUIRE(window.reviewQueuePage() != nullptr);
    CHECK(tabs->widget(0) == window.reviewQueuePage());
    CHECK(tabs->currentWidget() == window.reviewQueuePage());
    CHECK(window.reviewQueuePage()->selectedVisitId() == visit);

    // Opening a row shows the visit read-only: the supervisor cannot correct it.
    driveModal<ui::VisitForm>([&] { window.openReviewedVisit(visit); },
                              [&](ui::VisitForm* form) {
                                  CHECK(form->visitId() == visit);
                                  CHECK(form->isReadOnly());
                                  CHECK_FALSE(find<QPushButton>(form, "correctPushButton")->isVisible());
                                  CHECK_FALSE(find<QPushButton>(form, "submitPushButton")->isVisible());
                              });
}

TEST_CASE(
    "worklist: a returned visit is on top with the township's comment, and Correct… opens the new version",
    "[ui][review]")
{
    test::County c;
    const QString visit = c.submittedVisit();
    c.roundTrip();
    const QString comment = QStringLiteral("请核实就读年级");
    model::ReviewStore(c.township->vault->database(), c.township->vault->userId(), vault::Role::Township,
                       test::kTownship)
        .review(visit, Decision::Returned, comment);
    c.roundTrip();

    storage::Database& db = c.a->vault->database();
    ui::MainWindow window(std::move(c.a->vault));
    window.show();
    ui::WorklistPage* page = window.worklistPage();
    auto* view = find<QTableView>(page, "worklistTableView");
    REQUIRE(view->model()->rowCount() >= 1);
    const QModelIndex top = view->model()->index(0, ui::WorklistModel::DetailColumn);
    CHECK(top.data(ui::WorklistModel::KindRole).toInt() == int(model::WorklistItem::Kind::Returned));
    CHECK(top.data().toString() == QStringLiteral("Returned by the township: %1").arg(comment));
    CHECK(find<QWidget>(page, "returnedBarWidget")->isVisible());
    auto* correct = find<QPushButton>(page, "correctPushButton");
    REQUIRE(correct->isEnabled()); // the returned visit is selected already

    // Correct… asks for the reason, prefilled with the comment, then opens the new version.
    QString opened;
    bool editable = false;
    QString status;
    bool historyShown = false;
    NextModal<ui::VisitForm> form([&](ui::VisitForm* f) {
        // Inside Qt's event loop: only note what is seen, the checks come after.
        opened = f->visitId();
        editable = !f->isReadOnly();
        if (auto* label = f->findChild<QLabel*>(QStringLiteral("statusLabel")))
            status = label->text();
        if (auto* box = f->findChild<QGroupBox*>(QStringLiteral("historyGroupBox")))
            historyShown = box->isVisibleTo(f);
    });
    driveModal<ui::CommentDialog>(
        [&] { correct->click(); },
        [&](ui::CommentDialog* d) {
            CHECK(d->text() == comment);
            QPushButton* ok = find<QDialogButtonBox>(d, "buttonBox")->button(QDialogButtonBox::Ok);
            REQUIRE(ok->isEnabled());
            ok->click();
        });
    REQUIRE(form.seen);
    REQUIRE_FALSE(opened.isEmpty());
    CHECK(opened != visit);
    CHECK(editable);
    CHECK(status.contains(comment));
    CHECK(historyShown); // the first version and its return
    model::VisitStore visits(db, rules::Rulebook::builtin(), rules::Checklist::builtin(), {});
    CHECK(visits.visit(opened)->supersedesId == visit);
    CHECK(visits.visit(opened)->correctionReason == comment);

    // Still on top until submitted; Correct… now continues the same draft, and submitting it
    // takes the visit off the worklist.
    page->refresh();
    REQUIRE(view->model()->index(0, 0).data(ui::WorklistModel::KindRole).toInt() ==
            int(model::WorklistItem::Kind::Returned));
    CHECK(view->model()->index(0, 0).data(ui::WorklistModel::DraftIdRole).toString() == opened);
    view->selectRow(0);
    bool submitted = false;
    driveModal<ui::VisitForm>([&] { correct->click(); },
                              [&](ui::VisitForm* form) {
                                  CHECK(form->visitId() == opened);
                                  submitted = form->submitVisit();
                              });
    CHECK(submitted);
    for (const model::WorklistItem& item : page->model()->items())
        CHECK(item.kind != model::WorklistItem::Kind::Returned);
    CHECK_FALSE(find<QWidget>(page, "returnedBarWidget")->isVisible());

    // The child's file shows the township's decision under the version it was about.
    const QString childId = visits.visit(visit)->childId;
    driveModal<ui::ChildFileDialog>([&] { window.openChildFile(childId); },
                                    [&](ui::ChildFileDialog* dialog) {
                                        auto* list = find<QListWidget>(dialog, "visitsListWidget");
                                        QStringList lines;
                                        for (int i = 0; i < list->count(); ++i)
                                            lines << list->item(i)->text();
                                        REQUIRE(list->count() ==
                                                3); // version 2, version 1, the return of version 1
                                        CHECK(lines[2].contains(comment));
                                        CHECK(lines[2].contains(QStringLiteral("returned")));
                                    });
}
