// SPDX-License-Identifier: GPL-3.0-or-later
// `tonghu-cli children`: the children on file, for scripts (--json) or a quick look.
#include "core/audit/AuditLog.h"
#include "core/cli/CliApp.h"
#include "core/cli/Command.h"
#include "core/cli/Console.h"
#include "core/cli/VaultAccess.h"
#include "core/model/IdNumber.h"
#include "core/model/RecordStore.h"
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
    const QList<model::ChildSummary> children =
        store.searchChildren(context.args.value("search"), std::max(1, store.childCount()));
    // A list of names and ID numbers leaving the vault is an export: it goes in the audit log,
    // by count only.
    audit::AuditLog::append(vault->database(), vault->userId(), QStringLiteral("cli.children"), {}, {},
                            QString::number(children.size()));

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
                            c.idNumber.isEmpty() ? QString() : model::IdNumber::masked(c.idNumber)};
    printOut(formatTable({CliApp::tr("Name"), CliApp::tr("Sex"), CliApp::tr("Born"), CliApp::tr("ID number")},
                         rows));
    return ExitOk;
}

} // namespace

Command childrenCommand()
{
    return {"children",
            QT_TRANSLATE_NOOP("tonghu::cli::CliApp", "[--search TEXT] [--json]"),
            QT_TRANSLATE_NOOP("tonghu::cli::CliApp",
                              "List the children on file (ID numbers masked unless --json)."),
            {{"search", "TEXT",
              QT_TRANSLATE_NOOP(
                  "tonghu::cli::CliApp",
                  "Only children whose name, pinyin, initials or last ID digits start with TEXT.")}},
            runChildren};
}

} // namespace tonghu::cli
