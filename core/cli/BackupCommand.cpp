// SPDX-License-Identifier: GPL-3.0-or-later
// `backup --out FILE`, `backup verify FILE` and `restore FILE --to DIR [--overwrite]`: one
// encrypted file holding the vault, checked and put back from a script.
#include "core/backup/Backup.h"
#include "core/cli/CliApp.h"
#include "core/cli/Command.h"
#include "core/cli/Console.h"
#include "core/cli/PassphraseInput.h"
#include "core/cli/VaultAccess.h"
#include "core/util/Error.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace tonghu::cli {

namespace {

Error bad(const QString& message) { return Error(Error::Kind::BadInput, message); }

// A backup opens with a user's passphrase or the recovery code; either comes from the usual
// sources (file, variable, prompt), never from the arguments.
backup::BackupSecret readSecret(const Context& context)
{
    SecureBuffer secret = PassphraseInput(context.passphraseFile).read(PassphraseInput::Purpose::Unlock);
    if (!context.args.isSet("recovery-code"))
        return backup::BackupSecret::passphrase(std::move(secret));
    return backup::BackupSecret::recoveryCode(QString::fromUtf8(secret.view().data(), qsizetype(secret.size())));
}

QJsonObject reportJson(const backup::BackupReport& r)
{
    return QJsonObject{{QStringLiteral("bytes"), r.fileBytes},
                       {QStringLiteral("created_at"), r.header.createdAt},
                       {QStringLiteral("role"), r.header.role},
                       {QStringLiteral("place_code"), r.header.placeCode},
                       {QStringLiteral("schema_version"), r.schemaVersion},
                       {QStringLiteral("children"), r.children},
                       {QStringLiteral("households"), r.households},
                       {QStringLiteral("visits"), r.visits},
                       {QStringLiteral("events"), r.events}};
}

void printCounts(const backup::BackupReport& r)
{
    printOut(CliApp::tr("Children: %1, households: %2, visits: %3, events: %4; schema version %5.")
                 .arg(r.children)
                 .arg(r.households)
                 .arg(r.visits)
                 .arg(r.events)
                 .arg(r.schemaVersion));
}

int runBackup(Context& context)
{
    const QString out = context.args.value("out");
    if (!context.positional.isEmpty() || out.isEmpty())
        throw bad(CliApp::tr("Usage: tonghu-cli backup --out FILE [--json]"));
    // A script that names an existing file most likely made a mistake; the window asks instead.
    if (QFileInfo::exists(out))
        throw bad(CliApp::tr("%1 already exists; choose another name. Nothing was written.").arg(out));
    auto vault = VaultAccess::unlock(context);
    const backup::BackupReport report = backup::Backup::create(backup::Backup::source(*vault), out);
    if (context.json) {
        QJsonObject o = reportJson(report);
        o.insert(QStringLiteral("file"), QFileInfo(out).absoluteFilePath());
        printJson(QJsonDocument(o));
        return ExitOk;
    }
    printOut(CliApp::tr("Backup written to %1 (%2 bytes).").arg(QDir::toNativeSeparators(out)).arg(report.fileBytes));
    printCounts(report);
    return ExitOk;
}

int runBackupVerify(Context& context)
{
    if (context.positional.size() != 1)
        throw bad(CliApp::tr("Usage: tonghu-cli backup verify FILE [--recovery-code] [--json]"));
    const QString file = context.positional.first();
    if (!QFileInfo(file).isFile())
        throw bad(CliApp::tr("There is no file %1.").arg(file));
    const backup::BackupReport report = backup::Backup::verify(file, readSecret(context));
    if (context.json) {
        QJsonObject o = reportJson(report);
        o.insert(QStringLiteral("intact"), true);
        printJson(QJsonDocument(o));
        return ExitOk;
    }
    printOut(CliApp::tr("The backup is intact and opens: made %1 for place %2.")
                 .arg(report.header.createdAt, report.header.placeCode));
    printCounts(report);
    return ExitOk;
}

int runRestore(Context& context)
{
    const QString to = context.args.value("to");
    if (context.positional.size() != 1 || to.isEmpty())
        throw bad(CliApp::tr("Usage: tonghu-cli restore FILE --to DIR [--overwrite] [--recovery-code] [--json]"));
    const QString file = context.positional.first();
    if (!QFileInfo(file).isFile())
        throw bad(CliApp::tr("There is no file %1.").arg(file));
    const bool overwrite = context.args.isSet("overwrite");
    // Before the passphrase is asked for: nobody should type it only to learn the folder is taken.
    backup::Backup::checkRestoreTarget(to, overwrite);
    const backup::BackupReport report = backup::Backup::restore(file, to, readSecret(context), overwrite);
    if (context.json) {
        QJsonObject o = reportJson(report);
        o.insert(QStringLiteral("vault"), QFileInfo(to).absoluteFilePath());
        printJson(QJsonDocument(o));
        return ExitOk;
    }
    printOut(CliApp::tr("Restored the backup of %1 into %2.").arg(report.header.createdAt, QDir::toNativeSeparators(to)));
    printCounts(report);
    return ExitOk;
}

const OptionSpec kRecoveryCodeOption{
    "recovery-code", nullptr,
    QT_TRANSLATE_NOOP("tonghu::cli::CliApp",
                      "The secret given (file, TONGHU_PASSPHRASE or prompt) is the recovery code, not a passphrase.")};

} // namespace

Command backupCommand()
{
    return {"backup", QT_TRANSLATE_NOOP("tonghu::cli::CliApp", "--out FILE [--json]"),
            QT_TRANSLATE_NOOP("tonghu::cli::CliApp",
                              "Write one encrypted backup file of the vault (a consistent copy taken while it is in "
                              "use, and its key slots); audited."),
            {{"out", "FILE", QT_TRANSLATE_NOOP("tonghu::cli::CliApp", "The backup file to write; must not exist.")}},
            runBackup};
}

Command backupVerifyCommand()
{
    return {"backup verify", QT_TRANSLATE_NOOP("tonghu::cli::CliApp", "FILE [--recovery-code] [--json]"),
            QT_TRANSLATE_NOOP("tonghu::cli::CliApp",
                              "Check that a backup is whole and opens with the passphrase: exit 0 intact, 1 damaged, 2 "
                              "wrong passphrase."),
            {kRecoveryCodeOption},
            runBackupVerify};
}

Command restoreCommand()
{
    return {"restore", QT_TRANSLATE_NOOP("tonghu::cli::CliApp", "FILE --to DIR [--overwrite] [--recovery-code] [--json]"),
            QT_TRANSLATE_NOOP("tonghu::cli::CliApp",
                              "Restore a backup as the vault of a new or empty folder; an existing vault there is "
                              "replaced only with --overwrite, and only once the restored one opened."),
            {{"to", "DIR", QT_TRANSLATE_NOOP("tonghu::cli::CliApp", "The folder of the restored vault.")},
             {"overwrite", nullptr,
              QT_TRANSLATE_NOOP("tonghu::cli::CliApp", "Replace the vault in that folder, if there is one.")},
             kRecoveryCodeOption},
            runRestore};
}

} // namespace tonghu::cli
