// SPDX-License-Identifier: GPL-3.0-or-later
// Runs tonghu-bench on a small county and checks its JSON: one object, every workload there with
// positive figures, the machine's limits beside them. Times are never compared with anything:
// the suite checks that the benchmark works, the benchmark itself says how fast Tonghu is.
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>

#include <cstdio>

namespace {

int failures = 0;

void check(bool ok, const QString& what)
{
    if (!ok) {
        std::fprintf(stderr, "FAILED: %s\n", qPrintable(what));
        ++failures;
    }
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_json_check <tonghu-bench> [its arguments]\n");
        return 2;
    }
    QProcess bench;
    bench.start(args.at(1), args.mid(2));
    if (!bench.waitForFinished(600000)) {
        std::fprintf(stderr, "tonghu-bench did not finish\n");
        return 1;
    }
    const QByteArray err = bench.readAllStandardError();
    std::fwrite(err.constData(), 1, size_t(err.size()), stderr);
    check(bench.exitStatus() == QProcess::NormalExit && bench.exitCode() == 0, QStringLiteral("exit code 0"));
    const QByteArray out = bench.readAllStandardOutput().trimmed();
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(out, &error);
    check(error.error == QJsonParseError::NoError && doc.isObject(), QStringLiteral("exactly one JSON object"));
    const QJsonObject root = doc.object();
    check(root.value(QLatin1String("children")).toInt() == 300, QStringLiteral("children = 300"));
    check(root.value(QLatin1String("visits")).toInt() == 1200, QStringLiteral("visits = 1200"));
    for (const char* key : {"crypto_limit_mb_s", "peak_rss_mb", "kdf_standard_ms", "database_mb", "scanned_mb"})
        check(root.value(QLatin1String(key)).toDouble() > 0, QStringLiteral("%1 > 0").arg(QLatin1String(key)));

    const QSet<QString> expected{
        QStringLiteral("bulk load"),          QStringLiteral("open and unlock"),
        QStringLiteral("worklist"),           QStringLiteral("child list (first page)"),
        QStringLiteral("search as you type"), QStringLiteral("child file load"),
        QStringLiteral("dashboard (county statistics)"), QStringLiteral("evaluate every child"),
        QStringLiteral("export events (Outbox)"), QStringLiteral("import events (Inbox)"),
        QStringLiteral("import floor (rows copied)"), QStringLiteral("ledger export (xlsx)"), QStringLiteral("full scan (cold)"),
        QStringLiteral("window shows the child list")};
    QSet<QString> seen;
    for (const QJsonValue& v : root.value(QLatin1String("workloads")).toArray()) {
        const QJsonObject w = v.toObject();
        const QString name = w.value(QLatin1String("name")).toString();
        seen << name;
        check(w.value(QLatin1String("unit")).toString() == QLatin1String("ms"), name + QStringLiteral(": unit ms"));
        for (const char* key : {"encrypted", "plain", "ratio"})
            check(w.value(QLatin1String(key)).toDouble() > 0, name + QStringLiteral(": %1 > 0").arg(QLatin1String(key)));
    }
    for (const QString& name : expected)
        check(seen.contains(name), QStringLiteral("workload \"%1\" present").arg(name));
    const auto workload = [&](const QString& name) {
        for (const QJsonValue& v : root.value(QLatin1String("workloads")).toArray())
            if (v.toObject().value(QLatin1String("name")).toString() == name)
                return v.toObject();
        return QJsonObject();
    };
    check(workload(QStringLiteral("search as you type")).value(QLatin1String("p95_ms")).toDouble() > 0,
          QStringLiteral("search p95"));
    check(workload(QStringLiteral("search as you type")).value(QLatin1String("p50_ms")).toDouble() > 0,
          QStringLiteral("search p50"));
    check(workload(QStringLiteral("import events (Inbox)")).value(QLatin1String("events_per_s")).toDouble() > 0,
          QStringLiteral("import events_per_s"));
    check(workload(QStringLiteral("evaluate every child")).value(QLatin1String("children_per_s")).toDouble() > 0,
          QStringLiteral("children_per_s"));
    // Every event written goes out and comes in again.
    check(workload(QStringLiteral("import events (Inbox)")).value(QLatin1String("events")).toInt() ==
              root.value(QLatin1String("events")).toInt(),
          QStringLiteral("every event imported"));
    // The floor writes the same events as the import, without its work.
    check(workload(QStringLiteral("import floor (rows copied)")).value(QLatin1String("events")).toInt() ==
              workload(QStringLiteral("import events (Inbox)")).value(QLatin1String("events")).toInt(),
          QStringLiteral("the floor copies every imported event"));
    if (failures == 0)
        std::printf("tonghu-bench JSON well formed: %lld workloads\n", static_cast<long long>(seen.size()));
    return failures == 0 ? 0 : 1;
}
