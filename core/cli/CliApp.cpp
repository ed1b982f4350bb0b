// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cli/CliApp.h"

#include "core/cli/Command.h"
#include "core/cli/Console.h"
#include "core/util/Error.h"
#include "core/util/Language.h"
#include "core/vault/Vault.h"

#include <exception>

namespace tonghu::cli {

namespace {

const QList<OptionSpec>& globalOptions()
{
    static const QList<OptionSpec> specs{
        {"vault", "DIR", QT_TRANSLATE_NOOP("tonghu::cli::CliApp", "The vault folder.")},
        {"passphrase-file", "FILE",
         QT_TRANSLATE_NOOP("tonghu::cli::CliApp",
                           "Read the passphrase from the first line of FILE (else TONGHU_PASSPHRASE, else a "
                           "prompt).")},
        {"json", nullptr, QT_TRANSLATE_NOOP("tonghu::cli::CliApp", "Print data as JSON.")},
        {"lang", "LANGUAGE", QT_TRANSLATE_NOOP("tonghu::cli::CliApp", "Language of messages: zh_CN or en.")},
        {"help", nullptr,
         QT_TRANSLATE_NOOP("tonghu::cli::CliApp", "Show help (for a command after its name).")},
        {"version", nullptr, QT_TRANSLATE_NOOP("tonghu::cli::CliApp", "Show the version.")},
    };
    return specs;
}

QList<Command> allCommands()
{
    return {initCommand(),     demoCommand(),       childrenCommand(), checkIdCommand(),
            evaluateCommand(), rulesCheckCommand(), rulesShowCommand(), enrollExportCommand(),
            enrollImportCommand(), enrollListCommand(), exportCommand(), importCommand(), verifyCommand(), inspectCommand(),
            syncCommand(), rulesPublishCommand(), conflictsCommand(), conflictsResolveCommand(),
            retentionDueCommand(), retentionPurgeCommand(), auditVerifyCommand(), auditListCommand(),
            reportLedgerCommand(), reportTownshipCommand(), reportCountyCommand(), backupCommand(),
            backupVerifyCommand(), restoreCommand()};
}

// The command whose name matches the most leading words ("rules check" before "rules").
const Command* match(const QList<Command>& commands, const QStringList& words, qsizetype* used)
{
    const Command* best = nullptr;
    for (const Command& command : commands) {
        const QStringList name = QString::fromLatin1(command.name).split(QLatin1Char(' '));
        if (name.size() <= words.size() && words.mid(0, name.size()) == name &&
            (!best || name.size() > *used)) {
            best = &command;
            *used = name.size();
        }
    }
    return best;
}

QString usageLine()
{
    return CliApp::tr(
        "Usage: tonghu-cli [--vault DIR] COMMAND [OPTIONS]. `tonghu-cli --help` lists the commands.");
}


QString optionLines(const QList<OptionSpec>& specs)
{
    QStringList lines;
    for (const OptionSpec& spec : specs) {
        QString left = QStringLiteral("  --") + QLatin1String(spec.name);
        if (spec.valueName)
            left += QLatin1Char(' ') + QLatin1String(spec.valueName);
        lines << left.leftJustified(26) + QLatin1Char(' ') + CliApp::tr(spec.help);
    }
    return lines.join(QLatin1Char('\n'));
}

void printHelp(const QList<Command>& commands)
{
    QStringList lines{usageLine(), QString(), CliApp::tr("Commands:")};
    for (const Command& command : commands)
        lines << (QStringLiteral("  ") + QLatin1String(command.name)).leftJustified(26) + QLatin1Char(' ') +
                     CliApp::tr(command.summary);
    lines << QString() << CliApp::tr("Options for every command:") << optionLines(globalOptions());
    lines << QString() << CliApp::tr("Default vault folder: %1").arg(vault::Vault::defaultDirectory());
    lines << CliApp::tr("Exit codes: 0 done, 1 failed, 2 bad input (nothing was changed).");
    printOut(lines.join(QLatin1Char('\n')));
}

void printCommandHelp(const Command& command)
{
    QStringList lines{
        QStringLiteral("tonghu-cli %1 %2").arg(QLatin1String(command.name), CliApp::tr(command.synopsis)),
        CliApp::tr(command.summary)};
    if (!command.options.isEmpty())
        lines << QString() << optionLines(command.options);
    lines << QString() << CliApp::tr("Options for every command:") << optionLines(globalOptions());
    printOut(lines.join(QLatin1Char('\n')));
}

int exitCodeFor(Error::Kind kind)
{
    switch (kind) {
    case Error::Kind::BadInput:
    case Error::Kind::WrongSecret:
    case Error::Kind::Throttled:
        return ExitBadInput;
    default:
        return ExitFailed;
    }
}

int usageError(const QString& message)
{
    printError(message);
    printError(usageLine());
    return ExitBadInput;
}

} // namespace

bool CliApp::drawsPages(const QStringList& arguments)
{
    qsizetype used = 0;
    const QList<Command> commands = allCommands();
    const Command* command = match(commands, Arguments::leadingWords(arguments, globalOptions()), &used);
    if (!command)
        return false;
    const QLatin1String name(command->name);
    if (name != QLatin1String("report township") && name != QLatin1String("report county"))
        return false;
    // A workbook needs no painter.
    const qsizetype format = arguments.indexOf(QStringLiteral("--format"));
    const bool xlsx = arguments.contains(QStringLiteral("--format=xlsx")) ||
                      (format >= 0 && arguments.value(format + 1) == QLatin1String("xlsx"));
    return !xlsx;
}

int CliApp::run(const QStringList& arguments)
{
    const QString language = languageFromArguments(arguments);
    const bool knownLanguage =
        language.isEmpty() || language == QLatin1String("zh_CN") || language == QLatin1String("en");
    installTranslations(knownLanguage ? language : QString());
    if (!knownLanguage)
        return usageError(tr("--lang takes zh_CN or en."));

    const QList<Command> commands = allCommands();
    const QStringList words = Arguments::leadingWords(arguments, globalOptions());
    qsizetype used = 0;
    const Command* command = match(commands, words, &used);
    if (!words.isEmpty() && !command)
        return usageError(tr("Unknown command %1.").arg(words.first()));

    Context context;
    QList<OptionSpec> specs = globalOptions();
    if (command)
        specs += command->options;
    if (!context.args.parse(arguments, specs))
        return usageError(context.args.error());
    if (context.args.isSet("help")) {
        command ? printCommandHelp(*command) : printHelp(commands);
        return ExitOk;
    }
    if (context.args.isSet("version")) {
        printOut(QStringLiteral("tonghu-cli ") + QLatin1String(TONGHU_VERSION));
        return ExitOk;
    }
    if (!command)
        return usageError(tr("No command given."));

    context.positional = context.args.positional().mid(used);
    context.vaultDir =
        context.args.isSet("vault") ? context.args.value("vault") : vault::Vault::defaultDirectory();
    context.passphraseFile = context.args.value("passphrase-file");
    context.json = context.args.isSet("json");
    if (context.vaultDir.isEmpty())
        return usageError(tr("--vault needs a folder."));
    if (context.args.isSet("passphrase-file") && context.passphraseFile.isEmpty())
        return usageError(tr("--passphrase-file needs a file."));
    try {
        return command->run(context);
    } catch (const Error& e) {
        printError(e.message());
        return exitCodeFor(e.kind());
    } catch (const std::exception& e) {
        // A bug, not the user's doing; the text is the library's, free of personal data.
        printError(tr("Internal error: %1").arg(QString::fromLocal8Bit(e.what())));
        return ExitFailed;
    }
}

} // namespace tonghu::cli
