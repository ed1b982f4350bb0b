// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/RecordStore.h"
#include "core/model/VisitStore.h"
#include "core/rules/Checklist.h"
#include "core/rules/Rulebook.h"
#include "tests/support/TestSupport.h"
#include "core/util/Language.h"
#include "ui/FindingLabels.h"
#include "ui/FindingsPanel.h"
#include "ui/MandatoryReportDialog.h"
#include "ui/QuestionEditors.h"
#include "ui/CommentDialog.h"
#include "ui/VisitForm.h"

#include "tests/ui/UiTestSupport.h"
#include "tests/ui/VisitFormTestSupport.h"

#include <catch2/catch_test_macros.hpp>

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QPlainTextEdit>
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

using tonghu::test::answerEverything;
using tonghu::test::driveModal;
using tonghu::test::findingItem;
using tonghu::test::VisitFixture;

TEST_CASE("visit form: sections, autosave, show_if and live findings", "[ui]")
{
    VisitFixture f;
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
    VisitFixture f;
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

TEST_CASE("visit form: findings say why in questions and answers, in the interface's language", "[ui]")
{
    installTranslations(QStringLiteral("zh_CN"));
    VisitFixture f;
    const QString girl = f.child("female", 12);
    auto form = f.form(girl);
    form->editor(QStringLiteral("obs.self_harm_talk"))->answer(true);
    QListWidgetItem* risk = findingItem(*form, QStringLiteral("risk.self_harm_talk"));
    REQUIRE(risk);
    const QString text = risk->text();
    INFO(text.toStdString());
    // The question as the director read it and her answer, not the fact's code.
    CHECK(text.contains(f.checklist.question(QStringLiteral("obs.self_harm_talk"))->localized(QStringLiteral("label"),
                                                                                            QStringLiteral("zh"))));
    CHECK_FALSE(text.contains(QLatin1String("obs.self_harm_talk")));
    CHECK_FALSE(text.contains(QLatin1String("= true")));
    // The severity is a word of the interface's language.
    CHECK(ui::FindingLabels::severity(QStringLiteral("critical")) != QLatin1String("critical"));
    CHECK(text.contains(ui::FindingLabels::severity(QStringLiteral("critical"))));
    CHECK_FALSE(text.contains(QLatin1String("[critical]")));
}

TEST_CASE("visit form: 'none of these' answers a list question with an empty list", "[ui]")
{
    VisitFixture f;
    const QString boy = f.child("male", 11);
    auto form = f.form(boy);
    const QString fact = QStringLiteral("obs.mh_signs");
    ui::QuestionEditor* signs = form->editor(fact);
    REQUIRE(signs);
    const auto stored = [&] { return f.visits.visit(form->visitId())->answers.value(fact); };
    CHECK(stored().isUndefined()); // not asked yet

    auto* none = find<QCheckBox>(signs, "noneCheckBox");
    none->click();
    CHECK(stored() == QJsonValue(QJsonArray{}));

    // Ticking a sign takes "none" back; ticking "none" again clears the signs.
    const QString code = f.checklist.question(fact)->values.first();
    auto* sign = signs->findChild<QCheckBox*>(code + QStringLiteral("CheckBox"));
    REQUIRE(sign);
    sign->click();
    CHECK_FALSE(none->isChecked());
    CHECK(stored() == QJsonValue(QJsonArray{code}));
    none->click();
    CHECK_FALSE(sign->isChecked());
    CHECK(stored() == QJsonValue(QJsonArray{}));
    // Unticking "none" leaves the question unanswered again.
    none->click();
    CHECK(stored().isUndefined());
    none->click();

    // The draft reopens with "none" ticked.
    ui::VisitForm again(f.t->vault->database(), f.visits, f.rulebook, f.checklist, form->visitId());
    CHECK(find<QCheckBox>(again.editor(fact), "noneCheckBox")->isChecked());
}

TEST_CASE("visit form: a submitted visit is corrected through the form as a new version", "[ui]")
{
    VisitFixture f;
    const QString boy = f.child("male", 9);
    auto form = f.form(boy);
    answerEverything(*form, f.checklist);
    REQUIRE(form->submitVisit());
    const QString submittedId = form->visitId();
    const QJsonObject submittedAnswers = f.visits.visit(submittedId)->answers;

    // Cancelling the reason asks nothing more and changes nothing.
    driveModal<ui::CommentDialog>([&] { find<QPushButton>(form.get(), "correctPushButton")->click(); },
                                  [](ui::CommentDialog* d) { d->reject(); });
    CHECK(form->visitId() == submittedId);
    CHECK(f.visits.visitsOf(boy).size() == 1);

    driveModal<ui::CommentDialog>([&] { find<QPushButton>(form.get(), "correctPushButton")->click(); },
                                  [](ui::CommentDialog* d) {
                                      QPushButton* ok = find<QDialogButtonBox>(d, "buttonBox")->button(QDialogButtonBox::Ok);
                                      CHECK_FALSE(ok->isEnabled()); // no reason, no correction
                                      find<QPlainTextEdit>(d, "commentPlainTextEdit")->setPlainText(QStringLiteral("学校填错了"));
                                      REQUIRE(ok->isEnabled());
                                      ok->click();
                                  });
    REQUIRE(form->visitId() != submittedId);
    CHECK_FALSE(form->isReadOnly());
    CHECK(find<QLabel>(form.get(), "statusLabel")->text().contains(QLatin1Char('2')));
    const auto correction = f.visits.visit(form->visitId());
    REQUIRE(correction);
    CHECK(correction->version == 2);
    CHECK(correction->supersedesId == submittedId);
    CHECK(correction->correctionReason == QStringLiteral("学校填错了"));

    // The correction is edited and submitted; the first version stays as it was.
    form->editor(QStringLiteral("child.school"))->answer(QStringLiteral("junior"));
    REQUIRE(form->submitVisit());
    CHECK(f.visits.visit(form->visitId())->answers.value(QStringLiteral("child.school")) == QJsonValue(QStringLiteral("junior")));
    CHECK(f.visits.visit(submittedId)->answers == submittedAnswers);
    CHECK(f.visits.visit(submittedId)->status == QLatin1String("submitted"));
}
