// SPDX-License-Identifier: GPL-3.0-or-later
// `tonghu-cli children`: the children on file, for scripts (--json) or a quick look.
#include "core/audit/AuditLog.h"
#include "core/cli/CliApp.h"
#include "core/cli/Command.h"
#include "core/cli/Console.h"
#include "core/cli/VaultAccess.h"
#include "core/model/Masking.h"
#include "core/model/RecordStore.h"
#include "core/storage/Database.h"
#include "core/model/Vocabulary.h"
#include "core/util/Error.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace tonghu::cli {

namespace {

QJsonValue textOrNull(const QString& s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

QJsonObject toJson(const model::ChildSummary& c)
{
    // c.idNumber is already in the form to print: masked, or revealed on request.
    QJsonObject o;
    o.insert(QStringLiteral("id"), c.id);
    o.insert(QStringLiteral("name"), c.name);
    o.insert(QStringLiteral("sex"), c.sex);
    o.insert(QStringLiteral("birth_date"), c.birthDate.toString(Qt::ISODate));
    o.insert(QStringLiteral("id_number"), textOrNull(c.idNumber));
    o.insert(QStringLiteral("household_id"), c.householdId);
    o.insert(QStringLiteral("household_address"), textOrNull(c.householdAddress));
    o.insert(QStringLiteral("guardian_name"), textOrNull(c.guardianName));
    return o;
}

int runChildren(Context& context)
{
    if (!context.positional.isEmpty())
        throw Error(Error::Kind::BadInput, CliApp::tr("children takes no arguments besides its options."));
    auto vault = VaultAccess::unlock(context);
    model::RecordStore store(vault->database(), vault->userId(), vault->placeCode());
    QList<model::ChildSummary> children =
        store.searchChildren(context.args.value("search"), std::max(1, store.childCount()));
    storage::Database& db = vault->database();
    {
        storage::Transaction tx(db);
        // A list of names leaving the vault for a terminal or a file is an export: it goes in the
        // audit log, by count only.
        audit::AuditLog::recordExport(db, vault->userId(), audit::ExportKind::List, QStringLiteral("child"), {},
                                      QString::number(children.size()));
        // Masked unless asked, in JSON too: a script that needs the numbers says so, and each one
        // shown whole is a reveal of its own in the log.
        const bool showIds = context.args.isSet("show-id");
        for (model::ChildSummary& c : children)
            if (!c.idNumber.isEmpty())
                c.idNumber = showIds ? model::Masking::reveal(db, vault->userId(), QStringLiteral("child"), c.id,
                                                              QStringLiteral("id_number"))
                                     : model::Masking::masked(model::SensitiveKind::IdNumber, c.idNumber);
        tx.commit();
    }

    if (context.json) {
        QJsonArray array;
        for (const auto& c : children)
            array.append(toJson(c));
        printJson(QJsonDocument(array));
        return ExitOk;
    }
    if (children.isEmpty()) {
        printOut(context.args.isSet("search") ? CliApp::tr("No child matches.")
                                              : CliApp::tr("No children on file."));
        return ExitOk;
    }
    const QList<model::Choice> sexes = model::Vocabulary::sexes();
    QList<QStringList> rows;
    for (const auto& c : children)
        rows << QStringList{c.name, model::Vocabulary::label(sexes, c.sex), c.birthDate.toString(Qt::ISODate),
                            c.idNumber};
    printOut(formatTable({CliApp::tr("Name"), CliApp::tr("Sex"), CliApp::tr("Born"), CliApp::tr("ID number")},
                         rows));
    return ExitOk;
}

} // namespace

Command childrenCommand()
{
    return {"children",
            QT_TRANSLATE_NOOP("tonghu::cli::CliApp", "[--search TEXT] [--show-id] [--json]"),
            QT_TRANSLATE_NOOP("tonghu::cli::CliApp",
                              "List the children on file, ID numbers masked unless --show-id."),
            {{"search", "TEXT",
              QT_TRANSLATE_NOOP(
                  "tonghu::cli::CliApp",
                  "Only children whose name, pinyin, initials or last ID digits start with TEXT.")},
             {"show-id", nullptr,
              QT_TRANSLATE_NOOP("tonghu::cli::CliApp",
                                "Show the ID numbers whole; each one shown is written to the audit log.")}},
            runChildren};
}

} // namespace tonghu::cli
