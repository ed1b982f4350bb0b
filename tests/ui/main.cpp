// SPDX-License-Identifier: GPL-3.0-or-later
// UI tests drive real widgets on the offscreen platform.
#include "core/util/Language.h"
#include "tests/ui/DraftWriter.h"

#include <catch2/catch_session.hpp>
#include <catch2/reporters/catch_reporter_event_listener.hpp>
#include <catch2/reporters/catch_reporter_registrars.hpp>

#include <QApplication>
#include <QStandardPaths>

namespace {

// Every test case starts in English, the source language, whichever language the one before it
// installed (printouts and findings are checked in Chinese), so the cases pass in any order and
// in one process as well as one by one.
class EnglishBetweenCases final : public Catch::EventListenerBase
{
public:
    using Catch::EventListenerBase::EventListenerBase;
    void testCaseStarting(const Catch::TestCaseInfo&) override { tonghu::installTranslations(QStringLiteral("en")); }
};

} // namespace

CATCH_REGISTER_LISTENER(EnglishBetweenCases)

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    // The crash-safety test starts this binary again as the process it kills.
    if (qEnvironmentVariableIsSet("TONGHU_TEST_DRAFT_VAULT"))
        return tonghu::test::runDraftWriter();
    return Catch::Session().run(argc, argv);
}
