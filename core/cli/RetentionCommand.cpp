// SPDX-License-Identifier: GPL-3.0-or-later
// `retention due` and `retention purge`: the children whose records have been kept as long as
// the county's setting allows, and purging them from this device.
#include "core/cli/CliApp.h"
#include "core/cli/Command.h"
#include "core/cli/Console.h"
#include "core/cli/VaultAccess.h"
#include "core/model/Retention.h"
#include "core/util/Error.h"
#include "core/vault/Vault.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tonghu::cli {

namespace {

int runRetentionDue(Context& context)
{
    if (!context.positional.isEmpty())
        throw Error(Error::Kind::BadInput, CliApp::tr("Usage: tonghu-cli retention due [--json]"));
    auto vault = VaultAccess::unlock(context);
    const QStringList due = model::Retention::due(vault->database(), QDate::currentDate());
    const int years = model::Retention::yearsAfterLeaving(vault->database());
    if (context.json) {
        printJson(QJsonDocument(QJsonObject{{QStringLiteral("years_after_leaving"), years},
                                            {QStringLiteral("children"), QJsonArray::fromStringList(due)}}));
        return ExitOk;
    }
    // Record ids only: names stay out of a terminal's scrollback.
    printOut(CliApp::tr("Children who left more than %1 years ago and can be purged: %2").arg(years).arg(due.size()));
    for (const QString& id : due)
        printOut(id);
    return ExitOk;
}

int runRetentionPurge(Context& context)
{
    if (!context.positional.isEmpty() || !context.args.isSet("confirm"))
        throw Error(Error::Kind::BadInput,
                    CliApp::tr("Purging cannot be undone: run tonghu-cli retention purge --confirm to purge every "
                               "child listed by retention due."));
    auto vault = VaultAccess::unlock(context);
    const QDate today = QDate::currentDate();
    const QStringList due = model::Retention::due(vault->database(), today);
    model::Retention::purge(*vault, due, today);
    printOut(CliApp::tr("Children whose records were purged from this device: %1").arg(due.size()));
    return ExitOk;
}

} // namespace

Command retentionDueCommand()
{
    return {"retention due", QT_TRANSLATE_NOOP("tonghu::cli::CliApp", "[--json]"),
            QT_TRANSLATE_NOOP("tonghu::cli::CliApp",
                              "List the children who left longer ago than the county's retention setting."),
            {},
            runRetentionDue};
}

Command retentionPurgeCommand()
{
    return {"retention purge", QT_TRANSLATE_NOOP("tonghu::cli::CliApp", "--confirm"),
            QT_TRANSLATE_NOOP("tonghu::cli::CliApp",
                              "Purge from this device every record of the children retention due lists; audited."),
            {{"confirm", nullptr, QT_TRANSLATE_NOOP("tonghu::cli::CliApp", "Yes, purge them.")}},
            runRetentionPurge};
}

} // namespace tonghu::cli
