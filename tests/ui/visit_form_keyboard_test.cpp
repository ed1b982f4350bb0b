// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/ui/UiTestSupport.h"
#include "tests/ui/VisitFormTestSupport.h"
#include "ui/ChildFileDialog.h"

#include <catch2/catch_test_macros.hpp>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QPushButton>
#include <QSet>
#include <QTest>

using namespace tonghu;
using tonghu::test::find;

namespace {

// What Tab reaches, in order, from `start` round the window.
QList<QWidget*> tabChain(QWidget* window, QWidget* start)
{
    QList<QWidget*> chain;
    QWidget* w = start;
    do {
        if ((w->focusPolicy() & Qt::TabFocus) && w->isVisibleTo(window) && w->isEnabled() && !w->focusProxy())
            chain << w;
        w = w->nextInFocusChain();
    } while (w && w != start);
    return chain;
}

// The laptops in village offices: 1366×768, less a taskbar.
const QSize kSmallScreen(1366, 728);

} // namespace

TEST_CASE("visit form: every question is reached with Tab and answered with the keyboard", "[ui]")
{
    test::VisitFixture f;
    const QString girl = f.child("female", 13);
    auto form = f.form(girl);
    QApplication::setActiveWindow(form.get());

    const QList<QWidget*> chain = tabChain(form.get(), find<QDateEdit>(form.get(), "visitDateEdit"));
    const QSet<QWidget*> reachable(chain.begin(), chain.end());
    for (const rules::ChecklistQuestion& q : f.checklist.questions) {
        ui::QuestionEditor* editor = form->editor(q.fact);
        if (!editor->isVisibleTo(form.get()))
            continue;
        bool reached = false;
        for (QWidget* w : editor->findChildren<QWidget*>())
            reached = reached || reachable.contains(w);
        INFO("question " << q.fact.toStdString());
        CHECK(reached);
    }
    CHECK(reachable.contains(find<QPushButton>(form.get(), "submitPushButton")));
    CHECK(reachable.contains(find<QPushButton>(form.get(), "addAttachmentPushButton")));

    // Arrow keys choose an answer, and it is saved at once.
    const QString hukou = QStringLiteral("child.hukou");
    auto* combo = form->editor(hukou)->findChild<QComboBox*>();
    REQUIRE(combo);
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Down);
    const QString first = f.checklist.question(hukou)->values.first();
    CHECK(f.visits.visit(form->visitId())->answers.value(hukou) == QJsonValue(first));

    // Tab moves on to the next field; Space ticks a list item.
    QTest::keyClick(combo, Qt::Key_Tab);
    CHECK(QApplication::focusWidget() != combo);
    const QString signs = QStringLiteral("obs.mh_signs");
    auto* box = form->editor(signs)->findChild<QCheckBox*>(f.checklist.question(signs)->values.first()
                                                           + QStringLiteral("CheckBox"));
    REQUIRE(box);
    box->setFocus();
    QTest::keyClick(box, Qt::Key_Space);
    CHECK(f.visits.visit(form->visitId())->answers.value(signs).toArray().size() == 1);
}

TEST_CASE("visit form and child file fit a 1366x768 screen", "[ui]")
{
    test::VisitFixture f;
    const QString boy = f.child("male", 8);
    auto form = f.form(boy);
    const QSize formMin = form->minimumSizeHint();
    INFO("visit form minimum " << formMin.width() << "x" << formMin.height());
    CHECK(formMin.width() <= kSmallScreen.width());
    CHECK(formMin.height() <= kSmallScreen.height());
    CHECK(form->width() <= kSmallScreen.width());
    CHECK(form->height() <= kSmallScreen.height());
    // At that size the buttons are on screen, not cut off below the questions.
    form->resize(kSmallScreen);
    QApplication::processEvents();
    auto* submit = find<QPushButton>(form.get(), "submitPushButton");
    const QRect inForm(submit->mapTo(form.get(), QPoint(0, 0)), submit->size());
    CHECK(form->rect().contains(inForm));

    ui::ChildFileDialog file(f.t->vault->database(), f.records, f.visits, f.t->vault->userId(), boy);
    file.show();
    const QSize fileMin = file.minimumSizeHint();
    INFO("child file minimum " << fileMin.width() << "x" << fileMin.height());
    CHECK(fileMin.width() <= kSmallScreen.width());
    CHECK(fileMin.height() <= kSmallScreen.height());
    CHECK(file.width() <= kSmallScreen.width());
    CHECK(file.height() <= kSmallScreen.height());
}
