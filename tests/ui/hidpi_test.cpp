// SPDX-License-Identifier: GPL-3.0-or-later
// At 200% (a HiDPI laptop, or a low-vision user's scaling): icons are drawn from their SVG at the
// screen's full resolution, not a small picture blown up and blurred, and the windows still fit a
// 1366×768 screen in logical pixels. Hidden from the normal run ("[.hidpi]"): ctest runs these
// with QT_SCALE_FACTOR=2 ("ui at 200%: …" in tests/CMakeLists.txt), and each case first checks
// that the scale really is 2.
#include "core/model/RecordStore.h"
#include "core/model/VisitStore.h"
#include "core/rules/Checklist.h"
#include "core/rules/Rulebook.h"
#include "tests/support/TestSupport.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/ChildFileDialog.h"
#include "ui/DevicesDialog.h"
#include "ui/HouseholdDialog.h"
#include "ui/MainWindow.h"
#include "ui/SetupWizard.h"
#include "ui/UnlockDialog.h"
#include "ui/VisitForm.h"

#include <catch2/catch_test_macros.hpp>

#include <QAction>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QToolBar>
#include <QToolButton>

#include <optional>

using namespace tonghu;

namespace {

constexpr qreal kScale = 2.0;
// What the desktop leaves of 1366×768 (logical pixels) after its panel and the window's frame.
const QSize kScreen(1366, 768 - 60);

// The SVG drawn straight at `devicePixels`: what a sharp icon of that size looks like.
QImage svgAt(const QString& file, const QSize& devicePixels)
{
    QImage image(devicePixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QSvgRenderer renderer(file);
    QPainter painter(&image);
    renderer.render(&painter);
    return image;
}

// The largest difference of one colour channel between two images of the same size.
int largestDifference(const QImage& a, const QImage& b)
{
    const QImage x = a.convertToFormat(QImage::Format_ARGB32_Premultiplied);
    const QImage y = b.convertToFormat(QImage::Format_ARGB32_Premultiplied);
    int worst = 0;
    for (int row = 0; row < x.height(); ++row)
        for (int col = 0; col < x.width(); ++col) {
            const QRgb p = x.pixel(col, row);
            const QRgb q = y.pixel(col, row);
            worst = std::max({worst, std::abs(qRed(p) - qRed(q)), std::abs(qGreen(p) - qGreen(q)),
                              std::abs(qBlue(p) - qBlue(q)), std::abs(qAlpha(p) - qAlpha(q))});
        }
    return worst;
}

// An icon at `logical` size as the window draws it: twice as many pixels each way, marked as
// such, and the SVG's own drawing at that size. A picture drawn small and scaled up differs from
// it along every edge.
void checkSharp(const QIcon& icon, const QString& svg, const QSize& logical)
{
    const QPixmap pixmap = icon.pixmap(logical, kScale);
    CHECK(pixmap.devicePixelRatio() == kScale);
    REQUIRE(pixmap.size() == logical * kScale);
    CHECK(largestDifference(pixmap.toImage(), svgAt(svg, logical * kScale)) <= 8);
    // ...while the same SVG drawn at 1× and enlarged is visibly not the same picture: the check
    // above would notice an upscaled icon.
    const QImage upscaled =
        svgAt(svg, logical).scaled(logical * kScale, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    CHECK(largestDifference(upscaled, svgAt(svg, logical * kScale)) > 8);
}

void checkFits(QWidget* window)
{
    const QSize least = window->minimumSizeHint().expandedTo(window->minimumSize());
    INFO(window->objectName().toStdString() << " needs at least " << least.width() << "×" << least.height());
    CHECK(least.width() <= kScreen.width());
    CHECK(least.height() <= kScreen.height());
}

// Shown at 2×: its pixels are twice its logical size each way.
void checkDrawnAt2x(QWidget* window)
{
    INFO(window->objectName().toStdString());
    CHECK(window->devicePixelRatio() == kScale);
    const QPixmap shot = window->grab();
    CHECK(shot.devicePixelRatio() == kScale);
    CHECK(shot.size() == window->size() * kScale);
}

} // namespace

TEST_CASE("ui at 200%: the main window's icons are drawn from SVG at full resolution, and it fits 1366×768",
          "[.hidpi]")
{
    REQUIRE(qApp->devicePixelRatio() == kScale);
    auto t = test::makeVault(vault::Role::Village, QStringLiteral("621126103201"));
    ui::MainWindow window(std::move(t->vault));
    window.show();
    checkDrawnAt2x(&window);
    checkFits(&window);

    auto* toolBar = test::find<QToolBar>(&window, "mainToolBar");
    const QSize iconSize = toolBar->iconSize();
    const QList<std::pair<const char*, const char*>> icons{
        {"newHouseholdAction", "household-add"}, {"newChildAction", "child-add"}, {"editAction", "edit"},
        {"visitAction", "visit"},                {"openFileAction", "child-file"}, {"lockAction", "lock"},
        {"syncNowAction", "sync"},               {"helpAction", "help"}};
    for (const auto& [name, file] : icons) {
        INFO(name);
        auto* action = test::find<QAction>(&window, name);
        checkSharp(action->icon(), QStringLiteral(":/icons/%1.svg").arg(QLatin1String(file)), iconSize);
        // The toolbar draws that pixmap: its button is drawn at 2× too.
        if (auto* button = qobject_cast<QToolButton*>(toolBar->widgetForAction(action)))
            checkDrawnAt2x(button);
    }
    checkSharp(window.windowIcon(), QStringLiteral(":/icons/tonghu.svg"), QSize(64, 64));
}

TEST_CASE("ui at 200%: the unlock dialog's logo is sharp, and the forms fit 1366×768", "[.hidpi]")
{
    REQUIRE(qApp->devicePixelRatio() == kScale);
    QTemporaryDir empty;
    {
        ui::UnlockDialog unlock(empty.path() + QStringLiteral("/vault"));
        unlock.show();
        checkDrawnAt2x(&unlock);
        // The logo beside the title: a pixmap made for this screen, 40×40 logical.
        std::optional<QPixmap> logo;
        for (const QLabel* label : unlock.findChildren<QLabel*>())
            if (!label->pixmap().isNull())
                logo = label->pixmap();
        REQUIRE(logo);
        CHECK(logo->devicePixelRatio() == kScale);
        REQUIRE(logo->size() == QSize(40, 40) * kScale);
        CHECK(largestDifference(logo->toImage(), svgAt(QStringLiteral(":/icons/tonghu.svg"), QSize(80, 80))) <= 8);
        checkFits(&unlock);
    }
    {
        ui::SetupWizard wizard(empty.path() + QStringLiteral("/vault"));
        wizard.show();
        checkDrawnAt2x(&wizard);
        checkFits(&wizard);
    }

    auto t = test::makeVault(vault::Role::Village, QStringLiteral("621126103201"));
    storage::Database& db = t->vault->database();
    model::RecordStore records(db, t->vault->userId(), t->vault->placeCode());
    model::VisitStore visits(db, rules::Rulebook::builtin(), rules::Checklist::builtin(), t->vault->userId());
    const model::Child child = test::addChild(records, QStringLiteral("测试小兰"), "female", QDate(2015, 6, 1));
    {
        ui::HouseholdDialog household(records, child.householdId);
        household.show();
        checkDrawnAt2x(&household);
        checkFits(&household);
    }
    {
        const model::Visit v = ui::VisitForm::startVisit(db, visits, rules::Rulebook::builtin(),
                                                         rules::Checklist::builtin(), child.id);
        ui::VisitForm form(db, visits, rules::Rulebook::builtin(), rules::Checklist::builtin(), v.id);
        form.show();
        checkDrawnAt2x(&form);
        checkFits(&form);
    }
    {
        ui::ChildFileDialog file(db, records, visits, t->vault->userId(), child.id);
        file.show();
        checkDrawnAt2x(&file);
        checkFits(&file);
    }
    {
        ui::DevicesDialog devices(*t->vault);
        devices.show();
        checkDrawnAt2x(&devices);
        checkFits(&devices);
    }
}
