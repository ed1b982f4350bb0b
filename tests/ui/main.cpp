// SPDX-License-Identifier: GPL-3.0-or-later
// UI tests drive real widgets on the offscreen platform.
#include "tests/ui/DraftWriter.h"

#include <catch2/catch_session.hpp>

#include <QApplication>
#include <QStandardPaths>

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
