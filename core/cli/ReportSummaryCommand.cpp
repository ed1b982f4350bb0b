// SPDX-License-Identifier: GPL-3.0-or-later
// `report township` and `report county`: a month's summary of a township or a county as a PDF
// or an Excel workbook (a sheet per table), written whole or not at all, and audited.
#include "core/cli/CliApp.h"
#include "core/cli/Command.h"
#include "core/cli/Console.h"
#include "core/cli/SummaryPdf.h"
#include "core/cli/VaultAccess.h"
#include "core/reports/ReportText.h"
#include "core/reports/Summary.h"
#include "core/reports/SummaryExport.h"
#include "core/rules/CountyRulebook.h"
#include "core/storage/Database.h"
#include "core/util/Error.h"
#include "core/util/Language.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace tonghu::cli {

namespace {

using reports::Summary;

const QList<OptionSpec> kOptions{
    {"month", "YYYY-MM",
     QT_TRANSLATE_NOOP("tonghu::cli::CliApp", "The month to summarize, such as 2026-03.")},
    {"format", "FORMAT", QT_TRANSLATE_NOOP("tonghu::cli::CliApp", "pdf or xlsx.")},
    {"out", "FILE",
     QT_TRANSLATE_NOOP("tonghu::cli::CliApp", "The file to write (replaced only once it is whole).")},
    {"place", "CODE",
     QT_TRANSLATE_NOOP(
         "tonghu::cli::CliApp",
         "The township or county, when it is not the vault's own (a county's vault names a township).")},
};

// The place to summarize, checked against what this vault can hold: after a sync a township's
// vault holds its own villages and a county's every township; a village's holds its own records only.
QString placeFor(Summary::Level level, const vault::Vault& vault, const QString& asked)
{
    const bool county = level == Summary::Level::County;
    if (vault.role() == vault::Role::Village)
        throw Error(
            Error::Kind::BadInput,
            county ? CliApp::tr("A county summary is made in the county's vault; this vault is a village's.")
                   : CliApp::tr("A township summary is made in the township's or the county's vault; this "
                                "vault is a village's."));
    if (county && vault.role() != vault::Role::County)
        throw Error(
            Error::Kind::BadInput,
            CliApp::tr(
                "A county summary is made in the county's vault; a township's vault holds only its own "
                "villages."));
    QString place = asked;
    if (place.isEmpty()) {
        if (!county && vault.role() == vault::Role::County)
            throw Error(
                Error::Kind::BadInput,
                CliApp::tr("Name the township with --place CODE (9 digits): this vault is the county's."));
        place = vault.placeCode();
    }
    if (!place.startsWith(vault.placeCode()))
        throw Error(Error::Kind::BadInput,
                    CliApp::tr("%1 is not %2 or a place under it: this vault holds no records of it.")
                        .arg(place, vault.placeCode()));
    return place;
}

QJsonObject figures(const Summary& s, const QString& path)
{
    const reports::SummaryGroup& t = s.total;
    return {{QStringLiteral("report"),
             s.level == Summary::Level::County ? QStringLiteral("county") : QStringLiteral("township")},
            {QStringLiteral("place_code"), s.placeCode},
            {QStringLiteral("month"), s.month()},
            {QStringLiteral("as_of"), s.asOf.toString(Qt::ISODate)},
            {QStringLiteral("out"), path},
            {QStringLiteral("children"), t.children},
            {QStringLiteral("due"), t.due},
            {QStringLiteral("due_visited"), t.dueVisited},
            {QStringLiteral("visits"), t.visits},
            {QStringLiteral("risks_found"), t.risksFound},
            {QStringLiteral("risks_resolved"), t.risksResolved},
            {QStringLiteral("referrals_made"), t.referralsMade},
            {QStringLiteral("benefit_applications"), t.benefitApplications}};
}

int runSummary(Context& context, Summary::Level level)
{
    const bool county = level == Summary::Level::County;
    const char* usage =
        county ? QT_TRANSLATE_NOOP(
                     "tonghu::cli::CliApp",
                     "Usage: tonghu-cli report county --month YYYY-MM --format pdf|xlsx --out FILE")
               : QT_TRANSLATE_NOOP("tonghu::cli::CliApp",
                                   "Usage: tonghu-cli report township --month YYYY-MM --format "
                                   "pdf|xlsx --out FILE [--place CODE]");
    // Everything about the arguments is checked before the passphrase is asked for.
    if (!context.positional.isEmpty() || !context.args.isSet("month") || !context.args.isSet("out"))
        throw Error(Error::Kind::BadInput, CliApp::tr(usage));
    const QDate month = reports::Summaries::parseMonth(context.args.value("month"));
    if (month > QDate::currentDate())
        throw Error(
            Error::Kind::BadInput,
            CliApp::tr("The month %1 has not begun yet.").arg(month.toString(QStringLiteral("yyyy-MM"))));
    const QString format =
        context.args.isSet("format") ? context.args.value("format").toLower() : QStringLiteral("pdf");
    if (format != QLatin1String("pdf") && format != QLatin1String("xlsx"))
        throw Error(Error::Kind::BadInput, CliApp::tr("--format takes pdf or xlsx."));
    const QString path = context.args.value("out");
    if (path.isEmpty())
        throw Error(Error::Kind::BadInput, CliApp::tr("--out needs a file."));
    if (!QFileInfo(QFileInfo(path).absolutePath()).isDir())
        throw Error(Error::Kind::BadInput, CliApp::tr("The folder of --out does not exist."));
    const QString asked = context.args.value("place");
    if (context.args.isSet("place") &&
        (asked.size() != (county ? 6 : 9) ||
         !std::all_of(asked.begin(), asked.end(), [](QChar c) { return c.isDigit(); })))
        throw Error(Error::Kind::BadInput, county ? CliApp::tr("--place takes a county's 6-digit code.")
                                                  : CliApp::tr("--place takes a township's 9-digit code."));
    const bool pdf = format == QLatin1String("pdf");
    if (pdf && !summaryPdfWriter())
        throw Error(Error::Kind::Internal,
                    CliApp::tr("This program was built without PDF drawing; use tonghu-cli."));

    auto vault = VaultAccess::unlock(context);
    const QString place = placeFor(level, *vault, asked);
    storage::Database& db = vault->database();
    const QString language = reports::reportLanguage(currentLanguage());
    const Summary summary = reports::Summaries::compute(db, rules::CountyRulebook::current(db), level, place,
                                                        month, QDate::currentDate(), language);
    // The file and its audit entry go together (reports::exportSummary*).
    if (pdf)
        reports::exportSummaryPdf(db, vault->userId(), summary, language, path, summaryPdfWriter());
    else
        reports::exportSummaryXlsx(db, vault->userId(), summary, language, path);
    if (context.json) {
        printJson(QJsonDocument(figures(summary, path)));
        return ExitOk;
    }
    printOut(CliApp::tr("%1 of %2 for %3 written to %4.")
                 .arg(summary.title(language), summary.placeName, summary.month(),
                      QDir::toNativeSeparators(path)));
    return ExitOk;
}

int runTownship(Context& context)
{
    return runSummary(context, Summary::Level::Township);
}
int runCounty(Context& context)
{
    return runSummary(context, Summary::Level::County);
}

} // namespace

Command reportTownshipCommand()
{
    return {"report township",
            QT_TRANSLATE_NOOP("tonghu::cli::CliApp",
                              "--month YYYY-MM --format pdf|xlsx --out FILE [--place CODE]"),
            QT_TRANSLATE_NOOP(
                "tonghu::cli::CliApp",
                "A township's summary of a month: visits done and due, categories, risks, referrals and "
                "benefits, per village; audited."),
            kOptions, runTownship};
}

Command reportCountyCommand()
{
    return {
        "report county",
        QT_TRANSLATE_NOOP("tonghu::cli::CliApp", "--month YYYY-MM --format pdf|xlsx --out FILE"),
        QT_TRANSLATE_NOOP("tonghu::cli::CliApp",
                          "A county's summary of a month, per township, from the county's vault; audited."),
        kOptions, runCounty};
}

} // namespace tonghu::cli
