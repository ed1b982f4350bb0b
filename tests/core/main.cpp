// SPDX-License-Identifier: GPL-3.0-or-later
// Core tests run without any GUI application object: only what tonghu_core itself needs.
#include <catch2/catch_session.hpp>

#include <QCoreApplication>
#include <QStandardPaths>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    return Catch::Session().run(argc, argv);
}
