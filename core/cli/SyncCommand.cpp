// SPDX-License-Identifier: GPL-3.0-or-later
// `tonghu-cli export|verify|inspect`: bundles leaving this device, and checking one that arrived.
#include "core/cli/CliApp.h"
#include "core/cli/Command.h"
#include "core/cli/Console.h"
#include "core/cli/VaultAccess.h"
#include "core/storage/Database.h"
#include "core/sync/Bundle.h"
#include "core/sync/Exchange.h"
#include "core/sync/Inbox.h"
#include "core/sync/Outbox.h"
#include "core/sync/SyncTarget.h"
#include "core/sync/TrustStore.h"
#include "core/util/Error.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <optional>

namespace tonghu::cli {

namespace {

QJsonObject headerJson(const sync::BundleHeader& h)
{
    QJsonObject o;
    o.insert(QStringLiteral("format_version"), h.formatVersion);
    o.insert(QStringLiteral("bundle_id"), h.bundleId);
    o.insert(QStringLiteral("sender_device"), h.senderDeviceId);
    o.insert(QStringLiteral("sender_role"), h.senderRole);
    o.insert(QStringLiteral("sender_place"), h.senderPlace);
    o.insert(QStringLiteral("created_at"), h.createdAt.toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("first_sequence"), h.firstSequence);
    o.insert(QStringLiteral("last_sequence"), h.lastSequence);
    o.insert(QStringLiteral("event_count"), h.eventCount);
    o.insert(QStringLiteral("recipients"), QJsonArray::fromStringList(h.recipientDeviceIds));
    return o;
}

QString oneFile(const Context& context, const char* verb)
{
    if (context.positional.size() != 1)
        throw Error(Error::Kind::BadInput, CliApp::tr("%1 takes one bundle file.").arg(QLatin1String(verb)));
    return context.positional.first();
}

int runExport(Context& context)
{
    const QString dir = context.args.value("to");
    if (dir.isEmpty() || !context.positional.isEmpty())
        throw Error(Error::Kind::BadInput, CliApp::tr("export needs --to DIR and nothing else."));
    auto vault = VaultAccess::unlock(context);
    const QStringList paths = sync::Outbox(*vault).exportTo(dir);
    if (context.json) {
        printJson(QJsonDocument(QJsonArray::fromStringList(paths)));
        return ExitOk;
    }
    if (paths.isEmpty())
        printOut(CliApp::tr("Nothing is waiting to be sent."));
    for (const QString& p : paths)
        printOut(QDir::toNativeSeparators(p));
    return ExitOk;
}

// Exit 0 for a valid bundle from an enrolled device, 1 with the reason otherwise (the contract).
int runVerify(Context& context)
{
    const QString path = oneFile(context, "verify");
    auto vault = VaultAccess::unlock(context);
    sync::TrustStore trust(*vault);
    try {
        const sync::BundleHeader h = sync::Bundle::verify(
            sync::Bundle::readFile(path), [&](const QString& id) { return trust.signPublicKeyOf(id); });
        if (context.json) {
            QJsonObject o = headerJson(h);
            o.insert(QStringLiteral("valid"), true);
            printJson(QJsonDocument(o));
        } else {
            printOut(CliApp::tr("Valid: signed by enrolled device %1 (%2 %3), events %4 to %5.")
                         .arg(h.senderDeviceId, h.senderRole, h.senderPlace)
                         .arg(h.firstSequence)
                         .arg(h.lastSequence));
        }
        return ExitOk;
    } catch (const Error& e) {
        if (context.json) {
            QJsonObject o;
            o.insert(QStringLiteral("valid"), false);
            o.insert(QStringLiteral("reason"), e.message());
            printJson(QJsonDocument(o));
        }
        printError(e.message());
        return ExitFailed;
    }
}

int runInspect(Context& context)
{
    const QString path = oneFile(context, "inspect");
    const QByteArray bytes = sync::Bundle::readFile(path);
    QJsonObject o = headerJson(sync::Bundle::peekHeader(bytes));
    // With this device's vault, the signature is checked and, when the bundle is sealed to it,
    // the contents are counted; without one, only what anyone holding the file can read.
    if (vault::Vault::exists(context.vaultDir)) {
        auto vault = VaultAccess::unlock(context);
        sync::TrustStore trust(*vault);
        const auto lookup = [&](const QString& id) { return trust.signPublicKeyOf(id); };
        try {
            sync::Bundle::verify(bytes, lookup);
            o.insert(QStringLiteral("verified"), true);
            const sync::DevicePublicKeys own = sync::DeviceIdentity::ensure(vault->database());
            if (o.value(QLatin1String("recipients")).toArray().contains(own.deviceId)) {
                const QByteArray payload = sync::Bundle::open(bytes, own.deviceId, own.boxPublic,
                                                              sync::DeviceIdentity::boxSecret(vault->database()), lookup);
                QJsonObject counts;
                for (const QJsonValue& e : QJsonDocument::fromJson(payload).object().value(QLatin1String("events")).toArray()) {
                    const QString entity = e.toObject().value(QLatin1String("entity")).toString();
                    counts.insert(entity, counts.value(entity).toInt() + 1);
                }
                o.insert(QStringLiteral("contents"), counts);
            }
        } catch (const Error& e) {
            o.insert(QStringLiteral("verified"), false);
            o.insert(QStringLiteral("reason"), e.message());
        }
    }
    if (context.json) {
        printJson(QJsonDocument(o));
        return ExitOk;
    }
    printOut(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)).trimmed());
    return ExitOk;
}

// Each file on its own: one refused bundle does not stop the others. Exit 2 when any was refused.
int runImport(Context& context)
{
    if (context.positional.isEmpty())
        throw Error(Error::Kind::BadInput, CliApp::tr("import takes one or more bundle files."));
    auto vault = VaultAccess::unlock(context);
    sync::Inbox inbox(*vault);
    QJsonArray results;
    bool refused = false;
    // Each file is read once, one ahead, so that the next bundle is opened on the other core
    // while this one is applied; a file that cannot be read is refused in its turn.
    struct Read
    {
        QByteArray bytes;
        std::optional<Error> error;
    };
    const auto readAt = [&context](qsizetype i) -> Read {
        if (i >= context.positional.size())
            return {};
        try {
            return {sync::Bundle::readFile(context.positional.at(i)), std::nullopt};
        } catch (const Error& e) {
            return {{}, e};
        }
    };
    Read current = readAt(0);
    for (qsizetype i = 0; i < context.positional.size(); ++i) {
        const QString& path = context.positional.at(i);
        Read next = readAt(i + 1);
        QJsonObject o;
        o.insert(QStringLiteral("file"), path);
        QString line;
        try {
            if (current.error)
                throw *current.error;
            const sync::ImportResult r = inbox.import(current.bytes, next.bytes);
            switch (r.outcome) {
            case sync::ImportResult::Outcome::Applied:
                o.insert(QStringLiteral("result"), QStringLiteral("applied"));
                line = CliApp::tr("%1: %n change(s) applied.", nullptr, r.applied).arg(QDir::toNativeSeparators(path));
                break;
            case sync::ImportResult::Outcome::Duplicate:
                o.insert(QStringLiteral("result"), QStringLiteral("duplicate"));
                line = CliApp::tr("%1: already imported; nothing changed.").arg(QDir::toNativeSeparators(path));
                break;
            case sync::ImportResult::Outcome::Held:
                o.insert(QStringLiteral("result"), QStringLiteral("held"));
                o.insert(QStringLiteral("missing_from"), r.missingFrom);
                line = CliApp::tr("%1: held until the sender's change %2 arrives (an earlier bundle is missing).")
                           .arg(QDir::toNativeSeparators(path))
                           .arg(r.missingFrom);
                break;
            }
            o.insert(QStringLiteral("applied"), r.applied);
        } catch (const Error& e) {
            refused = true;
            o.insert(QStringLiteral("result"), QStringLiteral("refused"));
            o.insert(QStringLiteral("reason"), e.message());
            line = CliApp::tr("%1: refused, nothing changed: %2").arg(QDir::toNativeSeparators(path), e.message());
        }
        results.append(o);
        if (!context.json)
            (o.value(QLatin1String("result")).toString() == QLatin1String("refused") ? printError(line) : printOut(line));
        current = std::move(next);
    }
    if (context.json)
        printJson(QJsonDocument(results));
    return refused ? ExitBadInput : ExitOk;
}

// The target given, remembered for the next run without one ("the configured transport").
sync::SyncTarget syncTarget(const Context& context, vault::Vault& vault)
{
    storage::Database& db = vault.database();
    sync::SyncTarget target = sync::SyncTarget::load(db);
    if (context.args.isSet("folder") && context.args.isSet("server"))
        throw Error(Error::Kind::BadInput, CliApp::tr("Give either --folder or --server, not both."));
    if (context.args.isSet("folder")) {
        target.kind = sync::SyncTarget::Kind::Folder;
        target.folder = QFileInfo(context.args.value("folder")).absoluteFilePath();
        target.save(db);
    }
    if (context.args.isSet("server")) {
        target.kind = sync::SyncTarget::Kind::WebDav;
        target.url = QUrl(context.args.value("server"));
        target.user = context.args.value("user");
        // The server's password, like the vault's, never on the command line: a file or the environment.
        if (context.args.isSet("server-password-file")) {
            QFile f(context.args.value("server-password-file"));
            if (!f.open(QIODevice::ReadOnly))
                throw Error(Error::Kind::NotFound, CliApp::tr("The password file cannot be read."));
            target.password = QString::fromUtf8(f.readLine(4096)).trimmed();
        } else {
            target.password = qEnvironmentVariable("TONGHU_SYNC_PASSWORD");
        }
        target.save(db);
    }
    if (target.kind == sync::SyncTarget::Kind::None)
        throw Error(Error::Kind::BadInput,
                    CliApp::tr("No sync target is set yet: give a folder with --folder DIR or a server with --server URL."));
    return target;
}

int runSync(Context& context)
{
    if (!context.positional.isEmpty())
        throw Error(Error::Kind::BadInput, CliApp::tr("sync takes no arguments besides its options."));
    auto vault = VaultAccess::unlock(context);
    const sync::SyncTarget target = syncTarget(context, *vault);
    const std::unique_ptr<sync::Remote> remote = target.remote();
    const sync::SyncReport r = sync::Exchange::run(*vault, *remote);
    const QString folder = remote->location();
    QStringList written;
    for (const QString& name : r.written)
        written << (target.kind == sync::SyncTarget::Kind::Folder ? QDir(target.folder).filePath(name) : name);
    if (context.json) {
        QJsonObject o;
        o.insert(QStringLiteral("folder"), folder);
        o.insert(QStringLiteral("written"), QJsonArray::fromStringList(written));
        o.insert(QStringLiteral("imported"), r.imported);
        o.insert(QStringLiteral("changes"), r.changes);
        QJsonArray held;
        for (qint64 missing : r.heldWaitingFor)
            held.append(missing);
        o.insert(QStringLiteral("held_waiting_for"), held);
        QJsonArray refused;
        for (const auto& [file, reason] : r.refused)
            refused.append(QJsonObject{{QStringLiteral("file"), file}, {QStringLiteral("reason"), reason}});
        o.insert(QStringLiteral("refused"), refused);
        printJson(QJsonDocument(o));
    } else {
        printOut(CliApp::tr("Synced with %1: %2 bundle(s) imported with %3 change(s), %4 written.")
                     .arg(QDir::toNativeSeparators(folder))
                     .arg(r.imported)
                     .arg(r.changes)
                     .arg(r.written.size()));
        for (qint64 missing : r.heldWaitingFor)
            printOut(CliApp::tr("A bundle is held until the sender's change %1 arrives.").arg(missing));
        for (const auto& [file, reason] : r.refused)
            printError(CliApp::tr("%1: refused, nothing changed: %2").arg(file, reason));
    }
    return r.refused.isEmpty() ? ExitOk : ExitBadInput;
}

} // namespace

Command syncCommand()
{
    return {"sync",
            QT_TRANSLATE_NOOP("tonghu::cli::CliApp",
                              "[--folder DIR | --server URL [--user NAME] [--server-password-file FILE]] [--json]"),
            QT_TRANSLATE_NOOP("tonghu::cli::CliApp",
                              "Exchange bundles through a folder shared with the township or villages (a USB stick "
                              "or a shared drive) or a WebDAV server: import those for this device, leave this "
                              "device's. The target is remembered; the server password may also come from "
                              "TONGHU_SYNC_PASSWORD."),
            {{"folder", "DIR", QT_TRANSLATE_NOOP("tonghu::cli::CliApp", "The shared folder (remembered for next time).")},
             {"server", "URL", QT_TRANSLATE_NOOP("tonghu::cli::CliApp", "The WebDAV server (remembered for next time).")},
             {"user", "NAME", QT_TRANSLATE_NOOP("tonghu::cli::CliApp", "The user name on the server.")},
             {"server-password-file", "FILE",
              QT_TRANSLATE_NOOP("tonghu::cli::CliApp", "A file whose first line is the server password.")}},
            runSync};
}

Command importCommand()
{
    return {"import", QT_TRANSLATE_NOOP("tonghu::cli::CliApp", "FILE... [--json]"),
            QT_TRANSLATE_NOOP("tonghu::cli::CliApp",
                              "Import bundles from enrolled devices: each is verified, decrypted and applied whole, "
                              "or refused and nothing changes."),
            {},
            runImport};
}

Command exportCommand()
{
    return {"export", QT_TRANSLATE_NOOP("tonghu::cli::CliApp", "--to DIR [--json]"),
            QT_TRANSLATE_NOOP("tonghu::cli::CliApp",
                              "Write the changes not yet acknowledged by the township and county as bundles "
                              "into DIR, and print their paths."),
            {{"to", "DIR", QT_TRANSLATE_NOOP("tonghu::cli::CliApp", "The folder to write the bundles to.")}},
            runExport};
}

Command verifyCommand()
{
    return {"verify", QT_TRANSLATE_NOOP("tonghu::cli::CliApp", "FILE [--json]"),
            QT_TRANSLATE_NOOP("tonghu::cli::CliApp",
                              "Check a bundle's structure and signature without importing it: exit 0 valid, 1 "
                              "invalid with the reason."),
            {},
            runVerify};
}

Command inspectCommand()
{
    return {"inspect", QT_TRANSLATE_NOOP("tonghu::cli::CliApp", "FILE [--json]"),
            QT_TRANSLATE_NOOP("tonghu::cli::CliApp",
                              "Show a bundle's header and counts; its contents only when it is sealed to this "
                              "device."),
            {},
            runInspect};
}

} // namespace tonghu::cli
