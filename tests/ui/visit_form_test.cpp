// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/RecordStore.h"
#include "core/model/VisitStore.h"
#include "core/rules/Checklist.h"
#include "core/rules/Rulebook.h"
#include "tests/support/TestSupport.h"
#include "ui/FindingsPanel.h"
#include "ui/MandatoryReportDialog.h"
#include "ui/QuestionEditors.h"
#include "ui/VisitForm.h"

#include "tests/ui/UiTestSupport.h"

#include <catch2/catch_test_macros.hpp>

#include <QApplication>
#include <QDateTimeEdit>
#include <QGroupBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTimer>

using namespace tonghu;
using tonghu::test::find;

namespace {

struct Fixture
{
    std::unique_ptr<test::TempVault> t = test::makeVault(vault::Role::Village, QStringLiteral("621126101201"));
    model::RecordStore records{t->vault->database(), t->vault->userId(), t->vault->placeCode()};
    const rules::Rulebook& rulebook = rules::Rulebook::builtin();
    const rules::Checklist& checklist = rules::Checklist::builtin();
    model::VisitStore visits{t->vault->database(), rulebook, checklist, t->vault->userId()};

    // A synthetic child of `years` (never a real person).
    QString child(const char* sex, int years)
    {
        model::Household h;
        h.address = QStringLiteral("三组 12 号");
        h = records.saveHousehold(h);
        model::Child c;
        c.householdId = h.id;
        c.name = QStringLiteral("测试儿童");
        c.sex = QLatin1String(sex);
        c.birthDate = QDate::currentDate().addYears(-years).addDays(-20);
        return records.saveChild(c).id;
    }

    std::unique_ptr<ui::VisitForm> form(const QString& childId)
    {
        const model::Visit v =
            ui::VisitForm::startVisit(t->vault->database(), visits, rulebook, checklist, childId);
        auto f = std::make_unique<ui::VisitForm>(t->vault->database(), visits, rulebook, checklist, v.id);
        f->show();
        return f;
    }
};

QListWidgetItem* findingItem(ui::VisitForm& form, const QString& id)
{
    QListWidget* list = find<QListWidget>(&form, "findingsListWidget");
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->data(Qt::UserRole).toString() == id)
            return list->item(i);
    return nullptr;
}

// Answers every visible question still open with a harmless value, as a director would.
void answerEverything(ui::VisitForm& form, const rules::Checklist& checklist)
{
    using Type = rules::FactSpec::Type;
    for (int pass = 0; pass < 3; ++pass) // answers can reveal further questions
        for (const rules::ChecklistQuestion& q : checklist.questions) {
            ui::QuestionEditor* e = form.editor(q.fact);
            REQUIRE(e);
            if (!e->isVisibleTo(&form) || !e->value().isNull())
                continue;
            switch (q.type) {
            case Type::Bool:
                e->answer(false);
                break;
            case Type::Enum:
                e->answer(q.values.last());
                break;
            case Type::Number:
                e->answer(q.hasRange ? q.min : 0);
                break;
            case Type::Date:
                e->answer(QDate::currentDate().addDays(-1).toString(Qt::ISODate));
                break;
            case Type::List:
                e->answer(QJsonArray{q.values.last()});
                break;
            }
        }
}

} // namespace

TEST_CASE("visit form: sections, autosave, show_if and live findings", "[ui]")
{
    Fixture f;
    const QString girl = f.child("female", 12);
    auto form = f.form(girl);

    for (const rules::ChecklistSection& s : f.checklist.sections)
        CHECK(form->findChild<QGroupBox*>(s.id + QStringLiteral("GroupBox")) != nullptr);

    // Answering saves at once: a second store on the same database reads it back.
    ui::QuestionEditor* talk = form->editor(QStringLiteral("obs.self_harm_talk"));
    REQUIRE(talk);
    talk->answer(true);
    model::VisitStore other(f.t->vault->database(), f.rulebook, f.checklist, f.t->vault->userId());
    CHECK(other.openDraft(girl).answers.value(QStringLiteral("obs.self_harm_talk")) == QJsonValue(true));
    CHECK(other.openDraft(girl).id == form->visitId());

    // The answer makes a critical risk met, listed first and in red.
    QListWidgetItem* risk = findingItem(*form, QStringLiteral("risk.self_harm_talk"));
    REQUIRE(risk);
    CHECK(risk->data(Qt::UserRole + 1).toString() == QLatin1String("met"));
    CHECK(find<QListWidget>(form.get(), "findingsListWidget")->row(risk) <= 1);

    // Something still unknown gives a possible finding that names its questions.
    QListWidget* list = find<QListWidget>(form.get(), "findingsListWidget");
    bool possibleWithQuestions = false;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->data(Qt::UserRole + 1).toString() == QLatin1String("possible")
            && list->item(i)->text().contains(QLatin1Char('\n')))
            possibleWithQuestions = true;
    CHECK(possibleWithQuestions);

    // obs.pregnant is asked of a girl of 12, never of a boy.
    CHECK(form->editor(QStringLiteral("obs.pregnant"))->isVisibleTo(form.get()));
    const QString boy = f.child("male", 12);
    auto boyForm = f.form(boy);
    CHECK_FALSE(boyForm->editor(QStringLiteral("obs.pregnant"))->isVisibleTo(boyForm.get()));

    // For reviewing the layout by eye: TONGHU_SCREENSHOT=/tmp/visit-form.png.
    const QString shot = qEnvironmentVariable("TONGHU_SCREENSHOT");
    if (!shot.isEmpty()) {
        form->resize(1200, 720);
        QApplication::processEvents();
        form->grab().save(shot);
    }
}

TEST_CASE("visit form: submission needs every answer and the mandatory report", "[ui]")
{
    Fixture f;
    const QString girl = f.child("female", 12);
    auto form = f.form(girl);
    auto* submit = find<QPushButton>(form.get(), "submitPushButton");
    auto* blockers = find<QListWidget>(form.get(), "blockersListWidget");

    // Open required questions block the submission and are listed.
    CHECK_FALSE(form->submitVisit());
    CHECK(blockers->isVisible());
    CHECK(blockers->count() > 1);
    CHECK_FALSE(form->isReadOnly());

    form->editor(QStringLiteral("obs.private_injury"))->answer(true);
    answerEverything(*form, f.checklist);
    CHECK(findingItem(*form, QStringLiteral("risk.mandatory_report")) != nullptr);

    // Cancelling the report dialog leaves the visit a draft.
    bool sawDialog = false;
    QTimer::singleShot(0, [&] {
        if (auto* d = qobject_cast<ui::MandatoryReportDialog*>(QApplication::activeModalWidget())) {
            sawDialog = true;
            d->reject();
        }
    });
    submit->click();
    CHECK(sawDialog);
    CHECK_FALSE(form->isReadOnly());
    CHECK(blockers->count() >= 2);

    // Recording the report lets the visit through.
    QString dialogError;
    QTimer::singleShot(0, [&] {
        auto* d = qobject_cast<ui::MandatoryReportDialog*>(QApplication::activeModalWidget());
        if (!d)
            return;
        d->findChild<QLineEdit*>(QStringLiteral("reportedToLineEdit"))->setText(QStringLiteral("派出所值班民警"));
        d->findChild<QLineEdit*>(QStringLiteral("referenceLineEdit"))->setText(QStringLiteral("R-0001"));
        d->accept();
        if (d->isVisible()) {
            dialogError = d->findChild<QLabel*>(QStringLiteral("errorLabel"))->text();
            d->reject();
        }
    });
    submit->click();
    INFO(dialogError.toStdString());
    for (int i = 0; i < blockers->count(); ++i)
        UNSCOPED_INFO(blockers->item(i)->text().toStdString());
    CHECK(dialogError.isEmpty());
    REQUIRE(form->isReadOnly());
    CHECK(f.visits.mandatoryReport(form->visitId()).has_value());
    CHECK(f.visits.visitsOf(girl).first().status == QLatin1String("submitted"));
    CHECK_FALSE(form->editor(QStringLiteral("obs.private_injury"))->isEnabled());
    CHECK(find<QPushButton>(form.get(), "correctPushButton")->isVisible());
}
