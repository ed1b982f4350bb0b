// SPDX-License-Identifier: GPL-3.0-or-later
// `tonghu-cli rules check DIR` and `tonghu-cli rules show [DIR]`: what a county officer runs
// after editing a rulebook, before publishing it. Needs no vault.
#include "core/cli/CliApp.h"
#include "core/cli/Command.h"
#include "core/cli/Console.h"
#include "core/rules/Checklist.h"
#include "core/rules/RuleError.h"
#include "core/rules/Rulebook.h"
#include "core/util/Error.h"
#include "core/util/Language.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace tonghu::cli {

namespace {

// The problem as "file:line:column: what", at the start of the line and without the program
// prefix, as compilers write it: editors and CI logs jump straight to the place.
void printProblem(const QString& text)
{
    const QByteArray bytes = (text + QLatin1Char('\n')).toUtf8();
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

void requireFolder(const QString& dir)
{
    if (!QFileInfo(dir).isDir())
        throw Error(Error::Kind::BadInput, CliApp::tr("%1 is not a folder.").arg(dir));
}

int runRulesCheck(Context& context)
{
    if (context.positional.size() != 1)
        throw Error(Error::Kind::BadInput, CliApp::tr("Usage: tonghu-cli rules check DIR [--checklists DIR] [--json]"));
    const QString dir = context.positional.first();
    requireFolder(dir);
    // The checklists are checked against the rulebook they ask facts for: --checklists DIR, or
    // the checklists/ folder beside the rulebook folder (resources/rules, resources/checklists).
    QString checklistDir = context.args.value("checklists");
    if (context.args.isSet("checklists"))
        requireFolder(checklistDir);
    else if (QFileInfo(QDir(dir).filePath(QStringLiteral("../checklists"))).isDir())
        checklistDir = QDir::cleanPath(QDir(dir).filePath(QStringLiteral("../checklists")));
    rules::Rulebook rulebook;
    int checklists = 0;
    try {
        rulebook = rules::Rulebook::load(dir);
        if (!checklistDir.isEmpty()) {
            const QDir folder(checklistDir);
            for (const QString& file : folder.entryList({QStringLiteral("*.checklist")}, QDir::Files, QDir::Name)) {
                rules::Checklist::load(folder.filePath(file), rulebook);
                ++checklists;
            }
        }
    } catch (const rules::RuleError& e) {
        printProblem(e.message());
        if (context.json)
            printJson(QJsonDocument(QJsonObject{{QStringLiteral("ok"), false},
                                                {QStringLiteral("file"), e.pos().file},
                                                {QStringLiteral("line"), e.pos().line},
                                                {QStringLiteral("column"), e.pos().column},
                                                {QStringLiteral("error"), e.what_()}}));
        return ExitBadInput;
    }
    if (context.json) {
        printJson(QJsonDocument(QJsonObject{{QStringLiteral("ok"), true},
                                            {QStringLiteral("ruleset"), rulebook.tag()},
                                            {QStringLiteral("rules"), rulebook.rules.size()},
                                            {QStringLiteral("facts"), rulebook.facts.size()},
                                            {QStringLiteral("settings"), rulebook.settings.size()},
                                            {QStringLiteral("checklists"), checklists}}));
        return ExitOk;
    }
    printOut(CliApp::tr("OK: %1, %2 rules, %3 facts, %4 settings, %5 checklists")
                 .arg(rulebook.tag())
                 .arg(rulebook.rules.size())
                 .arg(rulebook.facts.size())
                 .arg(rulebook.settings.size())
                 .arg(checklists));
    return ExitOk;
}

int runRulesShow(Context& context)
{
    if (context.positional.size() > 1)
        throw Error(Error::Kind::BadInput, CliApp::tr("Usage: tonghu-cli rules show [DIR] [--json]"));
    rules::Rulebook loaded;
    if (!context.positional.isEmpty()) {
        requireFolder(context.positional.first());
        loaded = rules::Rulebook::load(context.positional.first());
    }
    const rules::Rulebook& rulebook = context.positional.isEmpty() ? rules::Rulebook::builtin() : loaded;
    const QString language =
        currentLanguage().startsWith(QLatin1String("en")) ? QStringLiteral("en") : QStringLiteral("zh");
    if (context.json) {
        QJsonArray list;
        for (const rules::Rule& r : rulebook.rules)
            list.append(
                QJsonObject{{QStringLiteral("id"), r.id},
                            {QStringLiteral("kind"), r.kind},
                            {QStringLiteral("title"), r.localized(QStringLiteral("title"), language)},
                            {QStringLiteral("cite"), r.cite.isEmpty() ? QJsonValue() : QJsonValue(r.cite)}});
        printJson(QJsonDocument(
            QJsonObject{{QStringLiteral("ruleset"), rulebook.tag()}, {QStringLiteral("rules"), list}}));
        return ExitOk;
    }
    QList<QStringList> rows;
    for (const rules::Rule& r : rulebook.rules)
        rows << QStringList{r.id, r.kind, r.localized(QStringLiteral("title"), language)};
    printOut(rulebook.tag());
    printOut(formatTable({CliApp::tr("Rule"), CliApp::tr("Kind"), CliApp::tr("Title")}, rows));
    return ExitOk;
}

} // namespace

Command rulesCheckCommand()
{
    return {
        "rules check",
        QT_TRANSLATE_NOOP("tonghu::cli::CliApp", "DIR [--checklists DIR] [--json]"),
        QT_TRANSLATE_NOOP("tonghu::cli::CliApp",
                          "Check a rulebook folder and its checklists: syntax, facts, settings, types, values, "
                          "rule references and cycles. Prints the first problem as file:line:column."),
        {{"checklists", "DIR",
          QT_TRANSLATE_NOOP("tonghu::cli::CliApp",
                            "The checklists to check with it (default: the checklists folder beside DIR).")}},
        runRulesCheck};
}

Command rulesShowCommand()
{
    return {"rules show",
            QT_TRANSLATE_NOOP("tonghu::cli::CliApp", "[DIR] [--json]"),
            QT_TRANSLATE_NOOP("tonghu::cli::CliApp",
                              "List the rules of a rulebook folder (default: the built-in one)."),
            {},
            runRulesShow};
}

} // namespace tonghu::cli
