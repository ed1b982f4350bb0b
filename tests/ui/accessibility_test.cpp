// SPDX-License-Identifier: GPL-3.0-or-later
// Every control of the main screens and forms can be named by a screen reader and reached from
// the keyboard: an input has a label that is its buddy, an accessible name or a placeholder; a
// button without text has an accessible name or a tooltip.
#include "core/model/RecordStore.h"
#include "core/model/VisitStore.h"
#include "core/rules/Checklist.h"
#include "core/rules/Rulebook.h"
#include "tests/support/TestSupport.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/ChildDialog.h"
#include "ui/ChildFileDialog.h"
#include "ui/ConsentDialog.h"
#include "ui/HouseholdDialog.h"
#include "ui/MainWindow.h"
#include "ui/PersonDialog.h"
#include "ui/SettingsDialog.h"
#include "ui/SyncSettingsDialog.h"
#include "ui/TextSize.h"
#include "ui/VisitForm.h"

#include <catch2/catch_test_macros.hpp>

#include <QAbstractButton>
#include <QAction>
#include <QIcon>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTextEdit>

using namespace tonghu;

namespace {

bool visibleIn(const QWidget* w, const QWidget* top)
{
    return w->isVisibleTo(top);
}

// The controls of `top` that a screen reader could not name, by class and object name (never
// their text, which may be a child's).
QStringList unnamed(QWidget* top)
{
    QSet<const QWidget*> labelled;
    for (const QLabel* label : top->findChildren<QLabel*>())
        if (label->buddy())
            labelled.insert(label->buddy());
    QStringList out;
    const auto name = [](const QWidget* w) {
        return QString::fromLatin1(w->metaObject()->className()) + QLatin1Char(' ') + w->objectName();
    };
    for (QWidget* w : top->findChildren<QWidget*>()) {
        if (!visibleIn(w, top) || !w->isEnabled() || !w->accessibleName().isEmpty())
            continue;
        // Qt's own parts (a toolbar's overflow button) carry Qt's own accessible names.
        if (w->objectName().startsWith(QLatin1String("qt_")))
            continue;
        // An editor inside a combo box or spin box is named by its owner.
        if (qobject_cast<QComboBox*>(w->parentWidget()) || qobject_cast<QAbstractSpinBox*>(w->parentWidget()))
            continue;
        if (auto* button = qobject_cast<QAbstractButton*>(w)) {
            if (button->text().isEmpty() && button->toolTip().isEmpty())
                out << name(w);
            continue;
        }
        const bool input = qobject_cast<QLineEdit*>(w) || qobject_cast<QComboBox*>(w) ||
                           qobject_cast<QAbstractSpinBox*>(w) || qobject_cast<QPlainTextEdit*>(w) ||
                           (qobject_cast<QTextEdit*>(w) && !static_cast<QTextEdit*>(w)->isReadOnly());
        if (!input || labelled.contains(w))
            continue;
        if (auto* line = qobject_cast<QLineEdit*>(w); line && !line->placeholderText().isEmpty())
            continue;
        if (auto* text = qobject_cast<QPlainTextEdit*>(w); text && !text->placeholderText().isEmpty())
            continue;
        out << name(w);
    }
    return out;
}

struct Fixture
{
    std::unique_ptr<test::TempVault> t = test::makeVault(vault::Role::Village, QStringLiteral("621126103201"));
    storage::Database& db = t->vault->database();
    model::RecordStore records{db, t->vault->userId(), t->vault->placeCode()};
    model::VisitStore visits{db, rules::Rulebook::builtin(), rules::Checklist::builtin(), t->vault->userId()};
    model::Child child = test::addChild(records, QStringLiteral("测试小兰"), "female", QDate(2015, 6, 1));
};

} // namespace

TEST_CASE("accessibility: every tab of the main window names its controls", "[ui][a11y]")
{
    auto t = test::makeVault(vault::Role::Village, QStringLiteral("621126103201"));
    ui::MainWindow window(std::move(t->vault));
    window.show();
    auto* tabs = window.findChild<QTabWidget*>();
    REQUIRE(tabs);
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        INFO("tab " << i);
        CHECK(unnamed(&window).join(QStringLiteral(", ")).toStdString() == "");
    }
}

TEST_CASE("accessibility: the record forms, the visit form and the child's file name their controls", "[ui][a11y]")
{
    Fixture f;
    {
        ui::HouseholdDialog d(f.records, f.child.householdId);
        d.show();
        CHECK(unnamed(&d).join(QStringLiteral(", ")).toStdString() == "");
    }
    {
        ui::ChildDialog d(f.records, f.child.householdId, f.child.id);
        d.show();
        CHECK(unnamed(&d).join(QStringLiteral(", ")).toStdString() == "");
    }
    {
        ui::PersonDialog d(f.records, f.child.householdId);
        d.show();
        CHECK(unnamed(&d).join(QStringLiteral(", ")).toStdString() == "");
    }
    {
        const model::Visit v = ui::VisitForm::startVisit(f.db, f.visits, rules::Rulebook::builtin(),
                                                         rules::Checklist::builtin(), f.child.id);
        ui::VisitForm d(f.db, f.visits, rules::Rulebook::builtin(), rules::Checklist::builtin(), v.id);
        d.show();
        CHECK(unnamed(&d).join(QStringLiteral(", ")).toStdString() == "");
    }
    {
        ui::ChildFileDialog d(f.db, f.records, f.visits, f.t->vault->userId(), f.child.id);
        d.show();
        CHECK(unnamed(&d).join(QStringLiteral(", ")).toStdString() == "");
    }
    {
        model::ConsentStore store(f.db, f.t->vault->userId());
        model::Consent draft;
        draft.childId = f.child.id;
        ui::ConsentDialog d(store, draft);
        d.show();
        CHECK(unnamed(&d).join(QStringLiteral(", ")).toStdString() == "");
    }
    {
        ui::SyncSettingsDialog d(f.db);
        d.show();
        CHECK(unnamed(&d).join(QStringLiteral(", ")).toStdString() == "");
    }
    {
        ui::SettingsDialog d(f.db, f.t->vault->userId());
        d.show();
        CHECK(unnamed(&d).join(QStringLiteral(", ")).toStdString() == "");
    }
}

TEST_CASE("fit: at the largest text size the main window and the visit form still fit a 1366×768 screen",
          "[ui][a11y]")
{
    const int before = ui::TextSize::percent();
    ui::TextSize::setPercent(ui::TextSize::choices().last());
    ui::TextSize::apply();
    Fixture f;
    // What the desktop leaves of 1366×768 after its panel and the window's frame.
    const QSize screen(1366, 768 - 60);
    {
        auto t = test::makeVault(vault::Role::Village, QStringLiteral("621126103201"));
        ui::MainWindow window(std::move(t->vault));
        window.show();
        const QSize least = window.minimumSizeHint().expandedTo(window.minimumSize());
        INFO(least.width() << "×" << least.height());
        CHECK(least.width() <= screen.width());
        CHECK(least.height() <= screen.height());
    }
    {
        const model::Visit v = ui::VisitForm::startVisit(f.db, f.visits, rules::Rulebook::builtin(),
                                                         rules::Checklist::builtin(), f.child.id);
        ui::VisitForm form(f.db, f.visits, rules::Rulebook::builtin(), rules::Checklist::builtin(), v.id);
        form.show();
        const QSize least = form.minimumSizeHint().expandedTo(form.minimumSize());
        INFO(least.width() << "×" << least.height());
        CHECK(least.width() <= screen.width());
        CHECK(least.height() <= screen.height());
    }
    ui::TextSize::setPercent(before);
    ui::TextSize::apply();
}

TEST_CASE("icons: the toolbar's actions and the window have their SVG icons", "[ui][a11y]")
{
    auto t = test::makeVault(vault::Role::Village, QStringLiteral("621126103201"));
    ui::MainWindow window(std::move(t->vault));
    for (const char* name : {"newHouseholdAction", "newChildAction", "editAction", "visitAction", "openFileAction",
                             "lockAction", "syncNowAction", "helpAction"}) {
        INFO(name);
        auto* action = test::find<QAction>(&window, name);
        CHECK_FALSE(action->icon().pixmap(24, 24).isNull());
    }
    CHECK_FALSE(QIcon(QStringLiteral(":/icons/tonghu.svg")).pixmap(64, 64).isNull());
}
