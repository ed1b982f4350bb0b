// SPDX-License-Identifier: GPL-3.0-or-later
// `tonghu-cli enroll export|import|list`: the devices this installation exchanges bundles with.
#include "core/cli/CliApp.h"
#include "core/cli/Command.h"
#include "core/cli/Console.h"
#include "core/cli/VaultAccess.h"
#include "core/sync/TrustStore.h"
#include "core/util/Error.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace tonghu::cli {

namespace {

QJsonObject toJson(const sync::EnrollmentRecord& r)
{
    QJsonObject o;
    o.insert(QStringLiteral("device_id"), r.keys.deviceId);
    o.insert(QStringLiteral("role"), vault::roleCode(r.role));
    o.insert(QStringLiteral("place_code"), r.placeCode);
    o.insert(QStringLiteral("place_name"), r.placeName);
    o.insert(QStringLiteral("fingerprint"), sync::DeviceIdentity::fingerprint(r.keys.signPublic, r.keys.boxPublic));
    return o;
}

QString describe(const sync::EnrollmentRecord& r)
{
    return CliApp::tr("%1 %2 (%3), device %4\nFingerprint: %5")
        .arg(vault::roleTitle(r.role), r.placeName, r.placeCode, r.keys.deviceId,
             sync::DeviceIdentity::fingerprint(r.keys.signPublic, r.keys.boxPublic));
}

int runExport(Context& context)
{
    const QString out = context.args.value("out");
    if (out.isEmpty() || !context.positional.isEmpty())
        throw Error(Error::Kind::BadInput, CliApp::tr("enroll export needs --out FILE and nothing else."));
    auto vault = VaultAccess::unlock(context);
    const QByteArray file = sync::Enrollment::exportOwn(*vault);
    QSaveFile save(out);
    if (!save.open(QIODevice::WriteOnly) || save.write(file) != file.size() || !save.commit())
        throw Error(Error::Kind::Io,
                    CliApp::tr("Could not write %1: %2").arg(QDir::toNativeSeparators(out), save.errorString()));
    const sync::EnrollmentRecord own = sync::Enrollment::read(file);
    if (context.json) {
        QJsonObject o = toJson(own);
        o.insert(QStringLiteral("file"), QFileInfo(out).absoluteFilePath());
        printJson(QJsonDocument(o));
    } else {
        printOut(CliApp::tr("Wrote this device's enrollment to %1.").arg(QDir::toNativeSeparators(out)));
        printOut(describe(own));
        printOut(CliApp::tr("Read the fingerprint to the person who imports the file, so they can check it."));
    }
    return ExitOk;
}

int runImport(Context& context)
{
    if (context.positional.size() != 1)
        throw Error(Error::Kind::BadInput, CliApp::tr("enroll import takes one enrollment file."));
    QFile file(context.positional.first());
    if (!file.open(QIODevice::ReadOnly))
        throw Error(Error::Kind::BadInput, CliApp::tr("Could not read %1: %2")
                                               .arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
    const sync::EnrollmentRecord record = sync::Enrollment::read(file.read(sync::Enrollment::kMaxFileBytes + 1));
    auto vault = VaultAccess::unlock(context);
    const sync::TrustedDevice trusted = sync::TrustStore(*vault).enroll(record);
    if (context.json) {
        QJsonObject o = toJson(trusted.record);
        o.insert(QStringLiteral("relation"), trusted.relation == sync::TrustedDevice::Relation::Parent
                                                 ? QStringLiteral("parent")
                                                 : QStringLiteral("child"));
        printJson(QJsonDocument(o));
    } else {
        printOut(CliApp::tr("Enrolled: %1").arg(describe(trusted.record)));
        printOut(CliApp::tr("Compare the fingerprint with the one the other device shows, by phone. If they "
                            "differ, revoke this device at once."));
    }
    return ExitOk;
}

int runList(Context& context)
{
    if (!context.positional.isEmpty())
        throw Error(Error::Kind::BadInput, CliApp::tr("enroll list takes no arguments besides its options."));
    auto vault = VaultAccess::unlock(context);
    const sync::DevicePublicKeys own = sync::DeviceIdentity::ensure(vault->database());
    const QList<sync::TrustedDevice> devices = sync::TrustStore(*vault).devices();
    if (context.json) {
        QJsonArray array;
        for (const sync::TrustedDevice& d : devices) {
            QJsonObject o = toJson(d.record);
            o.insert(QStringLiteral("relation"), d.relation == sync::TrustedDevice::Relation::Parent
                                                     ? QStringLiteral("parent")
                                                     : QStringLiteral("child"));
            o.insert(QStringLiteral("revoked"), d.revoked());
            array.append(o);
        }
        QJsonObject out;
        out.insert(QStringLiteral("device_id"), own.deviceId);
        out.insert(QStringLiteral("fingerprint"), sync::DeviceIdentity::fingerprint(own.signPublic, own.boxPublic));
        out.insert(QStringLiteral("trusted"), array);
        printJson(QJsonDocument(out));
        return ExitOk;
    }
    printOut(CliApp::tr("This device: %1\nFingerprint: %2")
                 .arg(own.deviceId, sync::DeviceIdentity::fingerprint(own.signPublic, own.boxPublic)));
    if (devices.isEmpty())
        printOut(CliApp::tr("No device is enrolled yet."));
    for (const sync::TrustedDevice& d : devices)
        printOut((d.revoked() ? CliApp::tr("Revoked: %1") : CliApp::tr("Trusted: %1")).arg(describe(d.record)));
    return ExitOk;
}

} // namespace

Command enrollExportCommand()
{
    return {"enroll export", QT_TRANSLATE_NOOP("tonghu::cli::CliApp", "--out FILE [--json]"),
            QT_TRANSLATE_NOOP("tonghu::cli::CliApp",
                              "Write this device's enrollment file (public keys, role, place) for the township "
                              "or county, or the villages, to import."),
            {{"out", "FILE", QT_TRANSLATE_NOOP("tonghu::cli::CliApp", "Where to write the enrollment file.")}},
            runExport};
}

Command enrollImportCommand()
{
    return {"enroll import", QT_TRANSLATE_NOOP("tonghu::cli::CliApp", "FILE [--json]"),
            QT_TRANSLATE_NOOP("tonghu::cli::CliApp",
                              "Trust the device of an enrollment file: a village's, or the township's or "
                              "county's above this one."),
            {},
            runImport};
}

Command enrollListCommand()
{
    return {"enroll list", QT_TRANSLATE_NOOP("tonghu::cli::CliApp", "[--json]"),
            QT_TRANSLATE_NOOP("tonghu::cli::CliApp", "This device's fingerprint and the devices it trusts."),
            {},
            runList};
}

} // namespace tonghu::cli
