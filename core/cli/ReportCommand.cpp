// SPDX-License-Identifier: GPL-3.0-or-later
// `tonghu-cli report ledger`: the ledger (台账) of a place as an Excel or CSV file. The other
// reports (`report township`, `report county`) are verbs of the same group, each a Command.
#include "core/cli/CliApp.h"
#include "core/cli/Command.h"
#include "core/cli/Console.h"
#include "core/cli/VaultAccess.h"
#include "core/reports/Ledger.h"
#include "core/rules/CountyRulebook.h"
#include "core/util/Error.h"
#include "core/util/Language.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace tonghu::cli {

namespace {

int runReportLedger(Context& context)
{
    if (!context.positional.isEmpty())
        throw Error(Error::Kind::BadInput, CliApp::tr("report ledger takes no arguments besides its options."));
    // Everything that can be checked without the vault is, before the passphrase is asked for.
    const QString format = context.args.isSet("format") ? context.args.value("format") : QStringLiteral("xlsx");
    if (format != QLatin1String("xlsx") && format != QLatin1String("csv"))
        throw Error(Error::Kind::BadInput, CliApp::tr("--format takes xlsx or csv."));
    const QString out = context.args.value("out");
    if (out.isEmpty())
        throw Error(Error::Kind::BadInput, CliApp::tr("Give the file to write with --out FILE."));
    if (!QFileInfo(QFileInfo(out).absolutePath()).isDir())
        throw Error(Error::Kind::BadInput, CliApp::tr("The folder of --out does not exist."));

    auto vault = VaultAccess::unlock(context);
    storage::Database& db = vault->database();
    reports::LedgerFilter filter;
    filter.placePrefix = context.args.isSet("place") ? context.args.value("place") : vault->placeCode();
    if (context.args.isSet("category"))
        filter.category =
            reports::Ledger::categoryId(rules::CountyRulebook::current(db), context.args.value("category"));
    reports::LedgerOptions options;
    options.showIdNumbers = context.args.isSet("show-id");
    options.showSensitiveNotes = context.args.isSet("show-notes");
    options.language = currentLanguage().startsWith(QLatin1String("en")) ? QStringLiteral("en") : QStringLiteral("zh");
    const qint64 rows = format == QLatin1String("xlsx")
                            ? reports::exportLedgerXlsx(db, vault->userId(), filter, options, out)
                            : reports::exportLedgerCsv(db, vault->userId(), filter, options, out);
    if (context.json)
        printJson(QJsonDocument(QJsonObject{{QStringLiteral("rows"), rows},
                                            {QStringLiteral("format"), format},
                                            {QStringLiteral("path"), QFileInfo(out).absoluteFilePath()}}));
    else
        printOut(CliApp::tr("Wrote the ledger of %n child(ren) to %1.", nullptr, int(rows)).arg(out));
    return ExitOk;
}

} // namespace

Command reportLedgerCommand()
{
    return {"report ledger",
            QT_TRANSLATE_NOOP("tonghu::cli::CliApp",
                              "--out FILE [--format xlsx|csv] [--place CODE] [--category NAME] [--show-id] "
                              "[--show-notes]"),
            QT_TRANSLATE_NOOP("tonghu::cli::CliApp",
                              "Write the ledger of the place's children as an Excel or CSV file; ID numbers and "
                              "notes masked unless asked for."),
            {{"out", "FILE", QT_TRANSLATE_NOOP("tonghu::cli::CliApp", "The file to write (replaced if it exists).")},
             {"format", "FORMAT", QT_TRANSLATE_NOOP("tonghu::cli::CliApp", "xlsx (the default) or csv.")},
             {"place", "CODE",
              QT_TRANSLATE_NOOP("tonghu::cli::CliApp",
                                "Only the children of this village (12 digits) or township (9); the vault's "
                                "place by default.")},
             {"category", "NAME",
              QT_TRANSLATE_NOOP("tonghu::cli::CliApp",
                                "Only the children of this category: its rule id (cat.orphan), short name "
                                "(orphan) or title.")},
             {"show-id", nullptr,
              QT_TRANSLATE_NOOP("tonghu::cli::CliApp",
                                "Write whole ID numbers (only for your own area); recorded in the audit log.")},
             {"show-notes", nullptr,
              QT_TRANSLATE_NOOP("tonghu::cli::CliApp",
                                "Write the children's sensitive notes (only for your own area); recorded in the "
                                "audit log.")}},
            runReportLedger};
}

} // namespace tonghu::cli
