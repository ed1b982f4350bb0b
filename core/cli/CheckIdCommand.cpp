// SPDX-License-Identifier: GPL-3.0-or-later
// `tonghu-cli check-id`: is an identity-card number well formed? Needs no vault.
#include "core/cli/CliApp.h"
#include "core/cli/Command.h"
#include "core/cli/Console.h"
#include "core/model/Divisions.h"
#include "core/model/IdNumber.h"
#include "core/util/Error.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace tonghu::cli {

namespace {

int runCheckId(Context& context)
{
    if (context.positional.size() != 1)
        throw Error(Error::Kind::BadInput, CliApp::tr("Usage: tonghu-cli check-id NUMBER [--json]"));
    const model::IdNumberInfo info = model::IdNumber::parse(context.positional.first());
    if (!info.valid()) {
        // One line on stderr for people, and the same reason as JSON for scripts.
        printError(info.message());
        if (context.json)
            printJson(QJsonDocument(
                QJsonObject{{QStringLiteral("valid"), false}, {QStringLiteral("error"), info.message()}}));
        return ExitBadInput;
    }
    const QString regionName = model::Divisions::instance().fullName(info.regionCode);
    if (context.json) {
        QJsonObject o{{QStringLiteral("valid"), true},
                      {QStringLiteral("id_number"), info.normalized},
                      {QStringLiteral("birth_date"), info.birthDate.toString(Qt::ISODate)},
                      {QStringLiteral("sex"), info.sex},
                      {QStringLiteral("region"), info.regionCode}};
        // Codes of abolished counties stay valid on old cards but are no longer in the table.
        o.insert(QStringLiteral("region_name"), regionName.isEmpty() ? QJsonValue() : QJsonValue(regionName));
        printJson(QJsonDocument(o));
        return ExitOk;
    }
    const QString sex = info.sex == QLatin1String("male") ? CliApp::tr("male") : CliApp::tr("female");
    const QString region =
        regionName.isEmpty() ? info.regionCode : info.regionCode + QLatin1Char(' ') + regionName;
    printOut(CliApp::tr("Valid: born %1, %2, registered in %3.")
                 .arg(info.birthDate.toString(Qt::ISODate), sex, region));
    return ExitOk;
}

} // namespace

Command checkIdCommand()
{
    return {"check-id",
            QT_TRANSLATE_NOOP("tonghu::cli::CliApp", "NUMBER [--json]"),
            QT_TRANSLATE_NOOP("tonghu::cli::CliApp",
                              "Check an identity-card number: birth date, sex and check character."),
            {},
            runCheckId};
}

} // namespace tonghu::cli
