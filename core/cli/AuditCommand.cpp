// SPDX-License-Identifier: GPL-3.0-or-later
// `tonghu-cli audit verify` and `audit list`: the audit trail checked and read from a script.
#include "core/audit/AuditLog.h"
#include "core/cli/CliApp.h"
#include "core/cli/Command.h"
#include "core/cli/Console.h"
#include "core/cli/VaultAccess.h"
#include "core/util/Error.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace tonghu::cli {

namespace {

int runAuditVerify(Context& context)
{
    if (!context.positional.isEmpty())
        throw Error(Error::Kind::BadInput, CliApp::tr("Usage: tonghu-cli audit verify [--json]"));
    auto vault = VaultAccess::unlock(context);
    storage::Database& db = vault->database();
    const qint64 broken = audit::AuditLog::firstBrokenEntry(db);
    const qint64 entries = audit::AuditLog::count(db);
    if (context.json) {
        QJsonObject o{{QStringLiteral("intact"), broken == 0}, {QStringLiteral("entries"), entries}};
        if (broken > 0)
            o.insert(QStringLiteral("first_broken"), broken);
        printJson(QJsonDocument(o));
    } else if (broken == 0) {
        printOut(CliApp::tr("The audit log is intact: %n entries.", nullptr, int(entries)));
    } else {
        // One line on standard output: a script reads the number from it.
        printOut(CliApp::tr("The audit log was tampered with at entry %1: it was changed, removed or added "
                            "outside Tonghu.")
                     .arg(broken));
    }
    return broken == 0 ? ExitOk : ExitFailed;
}

// A day (from its start, local time) or a moment in ISO 8601.
QDateTime parseSince(const QString& text)
{
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (day.isValid() && text.size() == 10)
        return day.startOfDay();
    const QDateTime moment = QDateTime::fromString(text, Qt::ISODate);
    if (moment.isValid())
        return moment;
    throw Error(Error::Kind::BadInput, CliApp::tr("--since takes a date such as 2025-03-01."));
}

QJsonValue textOrNull(const QString& s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); }

int runAuditList(Context& context)
{
    if (!context.positional.isEmpty())
        throw Error(Error::Kind::BadInput,
                    CliApp::tr("Usage: tonghu-cli audit list [--since DATE] [--action A] [--user ID] [--json]"));
    audit::AuditFilter filter;
    if (context.args.isSet("since"))
        filter.since = parseSince(context.args.value("since"));
    filter.action = context.args.value("action");
    filter.userId = context.args.value("user");
    auto vault = VaultAccess::unlock(context);
    const QList<audit::AuditEntry> entries = audit::AuditLog::list(vault->database(), filter);
    if (context.json) {
        QJsonArray array;
        for (const audit::AuditEntry& e : entries)
            array.append(QJsonObject{{QStringLiteral("seq"), e.seq},
                                     {QStringLiteral("at"), e.at.toUTC().toString(Qt::ISODateWithMs)},
                                     {QStringLiteral("user_id"), textOrNull(e.userId)},
                                     {QStringLiteral("user_name"), textOrNull(e.userName)},
                                     {QStringLiteral("action"), e.action},
                                     {QStringLiteral("entity"), textOrNull(e.entity)},
                                     {QStringLiteral("entity_id"), textOrNull(e.entityId)},
                                     {QStringLiteral("detail"), textOrNull(e.detail)}});
        printJson(QJsonDocument(array));
        return ExitOk;
    }
    if (entries.isEmpty()) {
        printOut(CliApp::tr("No entry matches."));
        return ExitOk;
    }
    QList<QStringList> rows;
    for (const audit::AuditEntry& e : entries)
        rows << QStringList{QString::number(e.seq),
                            QLocale::c().toString(e.at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                            e.userName.isEmpty() ? e.userId : e.userName, e.action,
                            (e.entity + QLatin1Char(' ') + e.entityId).trimmed(), e.detail};
    printOut(formatTable({CliApp::tr("No."), CliApp::tr("Time"), CliApp::tr("User"), CliApp::tr("Action"),
                          CliApp::tr("Record"), CliApp::tr("Detail")},
                         rows));
    return ExitOk;
}

} // namespace

Command auditVerifyCommand()
{
    return {"audit verify", QT_TRANSLATE_NOOP("tonghu::cli::CliApp", "[--json]"),
            QT_TRANSLATE_NOOP("tonghu::cli::CliApp",
                              "Check the audit log's hash chain: exit 0 intact, 1 with the first entry that was "
                              "changed, removed or added."),
            {},
            runAuditVerify};
}

Command auditListCommand()
{
    return {"audit list", QT_TRANSLATE_NOOP("tonghu::cli::CliApp", "[--since DATE] [--action A] [--user ID] [--json]"),
            QT_TRANSLATE_NOOP("tonghu::cli::CliApp",
                              "List the audit log, oldest first: who did what to which record, by id only."),
            {{"since", "DATE", QT_TRANSLATE_NOOP("tonghu::cli::CliApp", "Only entries from this day (YYYY-MM-DD) on.")},
             {"action", "A",
              QT_TRANSLATE_NOOP("tonghu::cli::CliApp",
                                "Only this action, or this group of actions (export finds export.pdf).")},
             {"user", "ID", QT_TRANSLATE_NOOP("tonghu::cli::CliApp", "Only entries of the user with this id.")}},
            runAuditList};
}

} // namespace tonghu::cli
