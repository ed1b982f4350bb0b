// SPDX-License-Identifier: GPL-3.0-or-later
// The in-app help: a page in each language with a section for every screen, opened at the
// section asked for.
#include "core/util/Language.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/HelpDialog.h"

#include <catch2/catch_test_macros.hpp>

#include <QRegularExpression>
#include <QScrollBar>
#include <QTextBrowser>

using namespace tonghu;

namespace {

QStringList anchors(const QString& html)
{
    QStringList out;
    const QRegularExpression name(QStringLiteral(R"re(<a name="([a-z]+)">)re"));
    for (auto it = name.globalMatch(html); it.hasNext();)
        out << it.next().captured(1);
    return out;
}

} // namespace

TEST_CASE("help: the Chinese and English pages have the same sections, one for every screen", "[ui][help]")
{
    installTranslations(QStringLiteral("zh_CN"));
    const QString zh = ui::HelpDialog::pageHtml();
    installTranslations(QStringLiteral("en"));
    const QString en = ui::HelpDialog::pageHtml();
    REQUIRE_FALSE(zh.isEmpty());
    REQUIRE_FALSE(en.isEmpty());
    CHECK(zh.contains(QStringLiteral("工作清单")));
    CHECK_FALSE(en.contains(QStringLiteral("工作清单")));
    CHECK(en.contains(QLatin1String("Worklist")));
    const QStringList sections{QStringLiteral("worklist"), QStringLiteral("children"), QStringLiteral("visit"),
                               QStringLiteral("file"),     QStringLiteral("print"),    QStringLiteral("sync"),
                               QStringLiteral("review"),   QStringLiteral("oversight"), QStringLiteral("dashboard"),
                               QStringLiteral("ledger"),   QStringLiteral("backup"),   QStringLiteral("privacy")};
    CHECK(anchors(zh) == sections);
    CHECK(anchors(en) == sections);
    // Every link of the index leads to a section of the page.
    const QRegularExpression link(QStringLiteral(R"re(href="#([a-z]+)")re"));
    for (const QString& page : {zh, en})
        for (auto it = link.globalMatch(page); it.hasNext();)
            CHECK(sections.contains(it.next().captured(1)));
}

TEST_CASE("help: the dialog opens at the section of the screen", "[ui][help]")
{
    ui::HelpDialog top;
    top.show();
    ui::HelpDialog privacy(QStringLiteral("privacy"));
    privacy.show();
    CHECK(test::waitUntil([&] { return privacy.browser()->verticalScrollBar()->value() > 0; }, 5000));
    CHECK(top.browser()->verticalScrollBar()->maximum() > 0);
    CHECK(top.browser()->verticalScrollBar()->value() == 0);
}
