// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace tonghu::cli {

// tonghu-cli: parses the arguments, dispatches to a verb, prints tonghu::Error messages as one
// line on stderr and turns them into the exit codes of the contract. Also the translation
// context of the verbs' texts (CliApp::tr).
class CliApp final
{
    Q_DECLARE_TR_FUNCTIONS(tonghu::cli::CliApp)
public:
    // `arguments` without the program name. Installs the translations first (--lang, else the
    // system language). Needs a QCoreApplication.
    static int run(const QStringList& arguments);
    // Whether the verb the arguments name draws pages (the PDF of a summary): that needs a
    // QGuiApplication, which tonghu-cli makes (on the offscreen platform) only then: every other
    // verb keeps a QCoreApplication, with no platform plugin, fonts or display to load.
    static bool drawsPages(const QStringList& arguments);
};

} // namespace tonghu::cli
