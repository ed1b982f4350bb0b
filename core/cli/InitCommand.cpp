// SPDX-License-Identifier: GPL-3.0-or-later
// `tonghu-cli init`: a new vault for a village, township or county user.
#include "core/cli/CliApp.h"
#include "core/cli/Command.h"
#include "core/cli/Console.h"
#include "core/cli/VaultAccess.h"
#include "core/util/Error.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace tonghu::cli {

namespace {

int runInit(Context& context)
{
    const Arguments& a = context.args;
    if (!context.positional.isEmpty())
        throw Error(Error::Kind::BadInput, CliApp::tr("init takes no arguments besides its options."));
    if (!a.isSet("role") || !a.isSet("place") || !a.isSet("user"))
        throw Error(Error::Kind::BadInput, CliApp::tr("init needs --role, --place and --user."));
    vault::VaultSetup setup;
    if (!vault::roleFromCode(a.value("role"), &setup.role))
        throw Error(Error::Kind::BadInput, CliApp::tr("The role is village, township or county."));
    setup.placeCode = a.value("place").trimmed();
    setup.villageName = a.value("village-name").trimmed();
    setup.userName = a.value("user").trimmed();
    if (setup.userName.isEmpty())
        throw Error(Error::Kind::BadInput, CliApp::tr("Give the user's name with --user."));
    if (setup.role != vault::Role::Village && a.isSet("village-name"))
        throw Error(Error::Kind::BadInput, CliApp::tr("--village-name is only for a village."));
    VaultAccess::checkPlace(setup.role, setup.placeCode, setup.villageName);
    VaultAccess::checkAbsent(context.vaultDir);

    QJsonObject json;
    auto vault = VaultAccess::create(context, setup, &json);
    if (context.json) {
        json.insert(QStringLiteral("vault"), context.vaultDir);
        json.insert(QStringLiteral("role"), vault::roleCode(vault->role()));
        json.insert(QStringLiteral("place_code"), vault->placeCode());
        json.insert(QStringLiteral("place_name"), VaultAccess::placeDescription(*vault));
        printJson(QJsonDocument(json));
    }
    return ExitOk;
}

} // namespace

Command initCommand()
{
    return {
        "init",
        QT_TRANSLATE_NOOP("tonghu::cli::CliApp",
                          "--role village|township|county --place CODE --user NAME [--village-name NAME]"),
        QT_TRANSLATE_NOOP("tonghu::cli::CliApp", "Create a vault and show its recovery code once."),
        {{"role", "ROLE", QT_TRANSLATE_NOOP("tonghu::cli::CliApp", "village, township or county.")},
         {"place", "CODE",
          QT_TRANSLATE_NOOP("tonghu::cli::CliApp",
                            "12 digits for a village (township code + village number), 9 for a township, "
                            "6 for a county.")},
         {"user", "NAME",
          QT_TRANSLATE_NOOP("tonghu::cli::CliApp", "The name of the person using this vault.")},
         {"village-name", "NAME",
          QT_TRANSLATE_NOOP("tonghu::cli::CliApp", "The village's name (villages only).")}},
        runInit};
}

} // namespace tonghu::cli
