// SPDX-License-Identifier: GPL-3.0-or-later
// `tonghu-cli demo`: a synthetic village to try Tonghu and to test with, never real people.
#include "core/cli/CliApp.h"
#include "core/cli/Command.h"
#include "core/cli/Console.h"
#include "core/cli/VaultAccess.h"
#include "core/model/DemoVillage.h"
#include "core/util/Error.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace tonghu::cli {

namespace {

// 甘肃省 定西市 岷县 梅川镇: a rural township in a county that was on the national poverty
// list until 2020, with many left-behind children. The village number 201 is made up.
constexpr const char* kDemoPlace = "621126103201";
constexpr const char* kDemoUser = "演示儿童主任";
constexpr const char* kDemoVillageName = "红旗村";

int number(const Arguments& a, const char* name, int fallback, int low, int high)
{
    if (!a.isSet(name))
        return fallback;
    bool ok = false;
    const qlonglong n = a.value(name).toLongLong(&ok);
    if (!ok || n < low || n > high)
        throw Error(Error::Kind::BadInput, CliApp::tr("--%1 takes a whole number from %2 to %3.")
                                               .arg(QLatin1String(name))
                                               .arg(low)
                                               .arg(high));
    return int(n);
}

quint32 seed(const Arguments& a)
{
    if (!a.isSet("seed"))
        return 1;
    bool ok = false;
    const quint32 s = a.value("seed").toUInt(&ok);
    if (!ok)
        throw Error(Error::Kind::BadInput, CliApp::tr("--seed takes a whole number from 0 to 4294967295."));
    return s;
}

int runDemo(Context& context)
{
    const Arguments& a = context.args;
    if (!context.positional.isEmpty())
        throw Error(Error::Kind::BadInput, CliApp::tr("demo takes no arguments besides its options."));
    model::DemoOptions options;
    options.children = number(a, "children", 30, 1, model::DemoVillage::kMaxChildren);
    options.seed = seed(a);

    QJsonObject json;
    std::unique_ptr<vault::Vault> vault;
    const bool create = !vault::Vault::exists(context.vaultDir);
    if (create) {
        vault::VaultSetup setup;
        setup.role = vault::Role::Village;
        setup.placeCode = a.isSet("place") ? a.value("place").trimmed() : QString::fromLatin1(kDemoPlace);
        setup.villageName =
            a.isSet("village-name") ? a.value("village-name").trimmed() : QString::fromUtf8(kDemoVillageName);
        setup.userName = QString::fromUtf8(kDemoUser);
        VaultAccess::checkPlace(setup.role, setup.placeCode, setup.villageName);
        vault = VaultAccess::create(context, setup, &json);
    } else {
        if (a.isSet("village-name"))
            throw Error(Error::Kind::BadInput,
                        CliApp::tr("--village-name only applies when demo creates the vault."));
        vault = VaultAccess::unlock(context);
        if (vault->role() != vault::Role::Village)
            throw Error(Error::Kind::BadInput,
                        CliApp::tr("A demo village can only be added to a village's vault."));
        if (a.isSet("place") && a.value("place").trimmed() != vault->placeCode())
            throw Error(Error::Kind::BadInput,
                        CliApp::tr("This vault belongs to the village %1; --place cannot change it.")
                            .arg(vault->placeCode()));
    }
    options.placeCode = vault->placeCode();
    options.villageName = vault->placeName();
    const model::DemoResult result =
        model::DemoVillage::generate(vault->database(), vault->userId(), options);

    if (context.json) {
        json.insert(QStringLiteral("vault_created"), create);
        json.insert(QStringLiteral("place_code"), options.placeCode);
        json.insert(QStringLiteral("households"), result.households);
        json.insert(QStringLiteral("persons"), result.persons);
        json.insert(QStringLiteral("children"), result.children);
        json.insert(QStringLiteral("visits"), result.visits);
        json.insert(QStringLiteral("drafts"), result.drafts);
        json.insert(QStringLiteral("referrals"), result.referrals);
        json.insert(QStringLiteral("consents"), result.consents);
        printJson(QJsonDocument(json));
    } else {
        printOut(
            CliApp::tr("Added a demo village with %1 households and %2 children. All names and ID numbers "
                       "are made up.")
                .arg(result.households)
                .arg(result.children));
        // Counts with a label each read right in every language whatever the number.
        printOut(CliApp::tr("History of the past year: submitted visits: %1, open drafts: %2, referrals: %3, "
                            "guardians' consents: %4.")
                     .arg(result.visits)
                     .arg(result.drafts)
                     .arg(result.referrals)
                     .arg(result.consents));
    }
    return ExitOk;
}

} // namespace

Command demoCommand()
{
    return {
        "demo",
        QT_TRANSLATE_NOOP("tonghu::cli::CliApp", "[--children N] [--seed S] [--place CODE]"),
        QT_TRANSLATE_NOOP("tonghu::cli::CliApp",
                          "Add a made-up village with a year of visits and referrals (creating the vault if "
                          "needed); the same seed on the same day gives the same village."),
        {{"children", "N", QT_TRANSLATE_NOOP("tonghu::cli::CliApp", "Number of children (default 30).")},
         {"seed", "S", QT_TRANSLATE_NOOP("tonghu::cli::CliApp", "Seed of the generator (default 1).")},
         {"place", "CODE",
          QT_TRANSLATE_NOOP("tonghu::cli::CliApp",
                            "12-digit village code for a new vault (default 621126103201, Minxian, Gansu).")},
         {"village-name", "NAME",
          QT_TRANSLATE_NOOP("tonghu::cli::CliApp", "The village's name for a new vault (default 红旗村).")}},
        runDemo};
}

} // namespace tonghu::cli
