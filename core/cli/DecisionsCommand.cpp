// SPDX-License-Identifier: GPL-3.0-or-later
// Decisions that travel down: `rules publish` (the county's settings) and `conflicts` (fields
// changed on two sides, waiting for a person to choose).
#include "core/cli/CliApp.h"
#include "core/cli/Command.h"
#include "core/cli/Console.h"
#include "core/cli/VaultAccess.h"
#include "core/model/Masking.h"
#include "core/rules/CountyRulebook.h"
#include "core/rules/RuleError.h"
#include "core/rules/Rulebook.h"
#include "core/sync/Conflicts.h"
#include "core/util/Error.h"
#include "core/vault/Vault.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tonghu::cli {

namespace {

int runRulesPublish(Context& context)
{
    if (context.positional.size() != 1)
        throw Error(Error::Kind::BadInput, CliApp::tr("Usage: tonghu-cli rules publish DIR"));
    const QString dir = context.positional.first();
    if (!QFileInfo(dir).isDir())
        throw Error(Error::Kind::NotFound, CliApp::tr("%1 is not a folder.").arg(dir));
    rules::Rulebook rulebook;
    try {
        rulebook = rules::Rulebook::load(dir);
    } catch (const rules::RuleError& e) {
        printError(e.message());
        return ExitBadInput;
    }
    auto vault = VaultAccess::unlock(context);
    rules::CountyRulebook::publish(*vault, rulebook);
    printOut(CliApp::tr("Published the settings of %1; they go to the townships and villages at the next sync.")
                 .arg(rulebook.tag()));
    return ExitOk;
}

int runConflicts(Context& context)
{
    if (!context.positional.isEmpty())
        throw Error(Error::Kind::BadInput, CliApp::tr("Usage: tonghu-cli conflicts [--json]"));
    auto vault = VaultAccess::unlock(context);
    QList<sync::Conflict> open = sync::Conflicts::open(vault->database());
    // An ID number or a note is printed masked, as in every list.
    for (sync::Conflict& c : open)
        if (const auto kind = model::Masking::sensitiveColumn(c.entity, c.field))
            for (QJsonValue* v : {&c.shownValue, &c.otherValue})
                if (v->isString())
                    *v = model::Masking::masked(*kind, v->toString());
    if (context.json) {
        QJsonArray list;
        for (const sync::Conflict& c : open)
            list.append(QJsonObject{{QStringLiteral("id"), c.id},
                                    {QStringLiteral("entity"), c.entity},
                                    {QStringLiteral("record"), c.entityId},
                                    {QStringLiteral("field"), c.field},
                                    {QStringLiteral("shown"), c.shownValue},
                                    {QStringLiteral("other"), c.otherValue},
                                    {QStringLiteral("detected_at"), c.detectedAt.toString(Qt::ISODateWithMs)}});
        printJson(QJsonDocument(list));
        return ExitOk;
    }
    if (open.isEmpty())
        printOut(CliApp::tr("No conflicts are waiting."));
    // Identifiers and field names only: the values may be personal data and stay out of a terminal log.
    for (const sync::Conflict& c : open)
        printOut(QStringLiteral("%1  %2 %3 %4").arg(c.id, c.entity, c.entityId, c.field));
    return ExitOk;
}

int runConflictsResolve(Context& context)
{
    const QString keep = context.args.value("keep");
    if (context.positional.size() != 1 || (keep != QLatin1String("shown") && keep != QLatin1String("other")))
        throw Error(Error::Kind::BadInput, CliApp::tr("Usage: tonghu-cli conflicts resolve ID --keep shown|other"));
    auto vault = VaultAccess::unlock(context);
    sync::Conflicts::resolve(*vault, context.positional.first(),
                             keep == QLatin1String("other") ? sync::Conflicts::Choice::Other
                                                            : sync::Conflicts::Choice::Shown);
    printOut(CliApp::tr("Settled."));
    return ExitOk;
}

} // namespace

Command rulesPublishCommand()
{
    return {"rules publish", QT_TRANSLATE_NOOP("tonghu::cli::CliApp", "DIR"),
            QT_TRANSLATE_NOOP("tonghu::cli::CliApp",
                              "County only: check the rulebook folder DIR and publish its settings under its "
                              "version to every township and village of the county."),
            {},
            runRulesPublish};
}

Command conflictsCommand()
{
    return {"conflicts", QT_TRANSLATE_NOOP("tonghu::cli::CliApp", "[--json]"),
            QT_TRANSLATE_NOOP("tonghu::cli::CliApp",
                              "List the fields changed on two devices at once, waiting for a decision."),
            {},
            runConflicts};
}

Command conflictsResolveCommand()
{
    return {"conflicts resolve", QT_TRANSLATE_NOOP("tonghu::cli::CliApp", "ID --keep shown|other"),
            QT_TRANSLATE_NOOP("tonghu::cli::CliApp",
                              "Settle a conflict: keep the value shown, or write the other device's value."),
            {{"keep", "shown|other", QT_TRANSLATE_NOOP("tonghu::cli::CliApp", "Which value to keep.")}},
            runConflictsResolve};
}

} // namespace tonghu::cli
