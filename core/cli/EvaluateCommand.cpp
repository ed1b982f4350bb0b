// SPDX-License-Identifier: GPL-3.0-or-later
// `tonghu-cli evaluate FILE|-`: the rulebook applied to one child's facts, printed as JSON
// (POLICY.md, "tonghu-cli evaluate contract"). Needs no vault: nothing is read from or stored in one.
#include "core/cli/CliApp.h"
#include "core/cli/Command.h"
#include "core/cli/Console.h"
#include "core/rules/Evaluator.h"
#include "core/rules/FactsInput.h"
#include "core/rules/Rulebook.h"
#include "core/util/Error.h"
#include "core/util/Language.h"

#include <QFile>
#include <QJsonDocument>

#include <cstdio>
#include <optional>

namespace tonghu::cli {

namespace {

// One child's facts are a few kilobytes; the cap keeps a wrong file (a video, /dev/zero) from
// exhausting memory before the JSON parser can refuse it.
constexpr qsizetype kMaxInput = 4 << 20;

QByteArray readInput(const QString& path)
{
    QFile file;
    const bool fromStdin = path == QLatin1String("-");
    if (fromStdin) {
        if (!file.open(stdin, QIODevice::ReadOnly))
            throw Error(Error::Kind::BadInput, CliApp::tr("The standard input cannot be read."));
    } else {
        file.setFileName(path);
        if (!file.open(QIODevice::ReadOnly))
            throw Error(Error::Kind::BadInput,
                        CliApp::tr("%1 cannot be read: %2").arg(path, file.errorString()));
    }
    QByteArray bytes;
    // Read in pieces: the standard input has no size to check beforehand.
    for (;;) {
        const QByteArray piece = file.read(64 * 1024);
        if (piece.isEmpty())
            break;
        bytes += piece;
        if (bytes.size() > kMaxInput)
            throw Error(Error::Kind::BadInput,
                        CliApp::tr("The input is larger than 4 MiB; it cannot be one child's facts."));
    }
    return bytes;
}

int runEvaluate(Context& context)
{
    if (context.positional.size() != 1)
        throw Error(Error::Kind::BadInput, CliApp::tr("Usage: tonghu-cli evaluate FILE|- [--rules DIR]"));
    if (context.args.isSet("rules") && context.args.value("rules").isEmpty())
        throw Error(Error::Kind::BadInput, CliApp::tr("--rules needs a folder."));

    // A county's own rulebook is checked in full before any fact is read: a broken rule must
    // never produce a finding.
    std::optional<rules::Rulebook> county;
    if (context.args.isSet("rules"))
        county = rules::Rulebook::load(context.args.value("rules"));
    const rules::Rulebook& rulebook = county ? *county : rules::Rulebook::builtin();

    const rules::EvaluateInput input =
        rules::FactsInput::parse(readInput(context.positional.first()), rulebook);
    for (const QString& warning : input.warnings)
        printError(CliApp::tr("warning: %1").arg(warning));

    // Titles, referrals and documents in the language of the messages (--lang, else the system).
    const QString language =
        currentLanguage().startsWith(QLatin1String("en")) ? QStringLiteral("en") : QStringLiteral("zh");
    const rules::Evaluation evaluation =
        rules::Evaluator(rulebook).evaluate(input.facts, input.asOf, language);
    printJson(QJsonDocument(evaluation.toJson()));
    return ExitOk;
}

} // namespace

Command evaluateCommand()
{
    return {
        "evaluate",
        QT_TRANSLATE_NOOP("tonghu::cli::CliApp", "FILE|- [--rules DIR]"),
        QT_TRANSLATE_NOOP("tonghu::cli::CliApp",
                          "Apply the rulebook to one child's facts (JSON from FILE, or - for standard "
                          "input) and print the findings as JSON."),
        {{"rules", "DIR",
          QT_TRANSLATE_NOOP("tonghu::cli::CliApp", "Use the rulebook in DIR instead of the built-in one.")}},
        runEvaluate};
}

} // namespace tonghu::cli
