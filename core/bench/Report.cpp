// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/bench/Report.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tonghu::bench {

namespace {

double ratio(double encrypted, double plain) { return plain > 0 ? encrypted / plain : 0; }
double round3(double v) { return std::round(v * 1000.0) / 1000.0; }

const Measurement* find(const ModeResult& r, const QString& name)
{
    for (const Measurement& m : r.workloads)
        if (m.name == name)
            return &m;
    return nullptr;
}

} // namespace

QByteArray toJson(const BenchReport& report)
{
    QJsonObject root;
    root.insert(QStringLiteral("children"), report.encrypted.counts.children);
    root.insert(QStringLiteral("visits"), report.encrypted.counts.visits);
    root.insert(QStringLiteral("villages"), report.shape.villages);
    root.insert(QStringLiteral("households"), report.encrypted.counts.households);
    root.insert(QStringLiteral("persons"), report.encrypted.counts.persons);
    root.insert(QStringLiteral("events"), report.encrypted.counts.events);
    QJsonArray workloads;
    for (const Measurement& e : report.encrypted.workloads) {
        const Measurement* p = find(report.plain, e.name);
        QJsonObject w;
        w.insert(QStringLiteral("name"), e.name);
        w.insert(QStringLiteral("unit"), QStringLiteral("ms"));
        w.insert(QStringLiteral("encrypted"), round3(e.ms));
        w.insert(QStringLiteral("plain"), round3(p ? p->ms : 0));
        w.insert(QStringLiteral("ratio"), round3(ratio(e.ms, p ? p->ms : 0)));
        // A rate or a percentile beside it: "<key>" for the encrypted database, "plain_<key>".
        for (const auto& [key, value] : e.extra)
            w.insert(key, round3(value));
        if (p)
            for (const auto& [key, value] : p->extra)
                w.insert(QStringLiteral("plain_") + key, round3(value));
        workloads.append(w);
    }
    root.insert(QStringLiteral("workloads"), workloads);
    root.insert(QStringLiteral("database_mb"), round3(report.encrypted.databaseBytes / 1e6));
    root.insert(QStringLiteral("plain_database_mb"), round3(report.plain.databaseBytes / 1e6));
    root.insert(QStringLiteral("scanned_mb"), round3(report.encrypted.scannedBytes / 1e6));
    root.insert(QStringLiteral("crypto_limit_mb_s"), round3(report.cryptoLimitMbS));
    root.insert(QStringLiteral("crypto_limit_hmac_sha512_mb_s"), round3(report.cryptoLimitSha512MbS));
    // The least time any encrypted scan of those pages can take on this machine.
    root.insert(QStringLiteral("crypto_floor_scan_ms"),
                round3(report.cryptoLimitMbS > 0 ? report.encrypted.scannedBytes / 1e3 / report.cryptoLimitMbS : 0));
    root.insert(QStringLiteral("os_cache_dropped"), report.encrypted.cacheDropped);
    root.insert(QStringLiteral("kdf_standard_ms"), round3(report.kdfStandardMs));
    root.insert(QStringLiteral("kdf_fast_ms"), round3(report.kdfFastMs));
    root.insert(QStringLiteral("peak_rss_mb"), round3(report.peakRssMb));
    return QJsonDocument(root).toJson(QJsonDocument::Compact) + '\n';
}

QByteArray toTable(const BenchReport& report)
{
    QString out;
    out += QStringLiteral("Synthetic county: %1 children, %2 visits, %3 villages, %4 events; database %5 MB\n\n")
               .arg(report.encrypted.counts.children)
               .arg(report.encrypted.counts.visits)
               .arg(report.shape.villages)
               .arg(report.encrypted.counts.events)
               .arg(report.encrypted.databaseBytes / 1e6, 0, 'f', 1);
    out += QStringLiteral("%1 %2 %3 %4  %5\n")
               .arg(QStringLiteral("workload"), -34)
               .arg(QStringLiteral("encrypted ms"), 13)
               .arg(QStringLiteral("plain ms"), 11)
               .arg(QStringLiteral("ratio"), 6)
               .arg(QStringLiteral("beside it (encrypted)"));
    for (const Measurement& e : report.encrypted.workloads) {
        const Measurement* p = find(report.plain, e.name);
        QStringList extra;
        for (const auto& [key, value] : e.extra)
            extra << QStringLiteral("%1 %2").arg(key).arg(value, 0, 'f', value < 100 ? 2 : 0);
        out += QStringLiteral("%1 %2 %3 %4  %5\n")
                   .arg(e.name, -34)
                   .arg(e.ms, 13, 'f', 2)
                   .arg(p ? p->ms : 0, 11, 'f', 2)
                   .arg(ratio(e.ms, p ? p->ms : 0), 6, 'f', 2)
                   .arg(extra.join(QStringLiteral(", ")));
    }
    out += QStringLiteral("\ncrypto limit (AES-256-CBC + HMAC-SHA256, new vaults): %1 MB/s; with HMAC-SHA512 "
                          "(older vaults): %2 MB/s\n")
               .arg(report.cryptoLimitMbS, 0, 'f', 0)
               .arg(report.cryptoLimitSha512MbS, 0, 'f', 0);
    out += QStringLiteral("cold scan read %1 MB (OS cache %2); crypto floor %3 ms\n")
               .arg(report.encrypted.scannedBytes / 1e6, 0, 'f', 1)
               .arg(report.encrypted.cacheDropped ? QStringLiteral("dropped") : QStringLiteral("warm"))
               .arg(report.cryptoLimitMbS > 0 ? report.encrypted.scannedBytes / 1e3 / report.cryptoLimitMbS : 0, 0,
                    'f', 1);
    out += QStringLiteral("key derivation: standard %1 ms, fast (used here) %2 ms\n")
               .arg(report.kdfStandardMs, 0, 'f', 0)
               .arg(report.kdfFastMs, 0, 'f', 2);
    out += QStringLiteral("peak RSS of the encrypted run: %1 MB\n").arg(report.peakRssMb, 0, 'f', 1);
    return out.toUtf8();
}

} // namespace tonghu::bench
