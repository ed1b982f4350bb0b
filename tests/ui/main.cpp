// SPDX-License-Identifier: GPL-3.0-or-later
// UI tests drive real widgets on the offscreen platform.
#include <catch2/catch_session.hpp>

#include <QApplication>
#include <QStandardPaths>

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    return Catch::Session().run(argc, argv);
}
