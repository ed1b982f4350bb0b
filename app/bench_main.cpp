// SPDX-License-Identifier: GPL-3.0-or-later
// `tonghu-bench`: builds a synthetic county and runs each workload on Tonghu's encrypted vault
// and on the same schema in a plain SQLite file (docs/performance.md). Not part of the GUI.
#include "core/bench/CryptoLimit.h"
#include "core/bench/Report.h"
#include "core/bench/Runner.h"
#include "core/bench/SyntheticCounty.h"
#include "core/util/Error.h"
#include "core/vault/KdfParams.h"
#include "core/vault/Vault.h"
#include "ui/ChildListModel.h"
#include "ui/MainWindow.h"
#include "ui/WorklistPage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>

#include <cstdio>
#include <exception>

#include <sys/resource.h>

using namespace tonghu;

namespace {

bool positive(const QCommandLineParser& p, const QString& name, int minimum, int* out)
{
    bool ok = false;
    const int v = p.value(name).toInt(&ok);
    if (!ok || v < minimum) {
        std::fprintf(stderr, "tonghu-bench: --%s needs a whole number of at least %d\n", qPrintable(name), minimum);
        return false;
    }
    *out = v;
    return true;
}

// The window as a director sees it after unlocking: the main window on the children tab, its
// list loaded and drawn. grab() paints the whole window once, as the first expose would.
double showChildList(std::unique_ptr<vault::Vault> vault)
{
    QElapsedTimer t;
    t.start();
    double ms = 0;
    {
        ui::MainWindow window(std::move(vault));
        window.resize(1366, 768);
        auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("recordsTabWidget"));
        tabs->setCurrentIndex(tabs->indexOf(window.worklistPage()) + 1);
        window.show();
        QCoreApplication::processEvents();
        window.grab();
        ms = double(t.nsecsElapsed()) / 1e6;
        if (window.childModel()->rowCount() == 0)
            throw std::runtime_error("the child list stayed empty");
    }
    return ms;
}

} // namespace

int main(int argc, char* argv[])
{
    // The benchmark's vaults hold only synthetic records, but it runs the product's code: the same
    // habit as tonghu-cli, no core dump of a process that holds a database key.
    const rlimit none{0, 0};
    setrlimit(RLIMIT_CORE, &none);
    // The window workload needs no screen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Tonghu"));
    QCoreApplication::setApplicationName(QStringLiteral("tonghu-bench"));

    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Tonghu benchmark: a synthetic county, encrypted vault beside plain SQLite"));
    p.addHelpOption();
    p.addOption({QStringLiteral("children"), QStringLiteral("Children in the county."), QStringLiteral("N"), QStringLiteral("30000")});
    p.addOption({QStringLiteral("visits"), QStringLiteral("Submitted visits."), QStringLiteral("N"), QStringLiteral("360000")});
    p.addOption({QStringLiteral("villages"), QStringLiteral("Villages."), QStringLiteral("N"), QStringLiteral("300")});
    p.addOption({QStringLiteral("seed"), QStringLiteral("Seed of the synthetic county."), QStringLiteral("N"), QStringLiteral("1")});
    p.addOption({QStringLiteral("dir"), QStringLiteral("Working folder (kept); default a private temporary one, removed."),
                 QStringLiteral("DIR")});
    p.addOption({QStringLiteral("json"), QStringLiteral("Print one JSON object instead of a table.")});
    p.addOption({QStringLiteral("no-window"), QStringLiteral("Skip the workload that opens the main window.")});
    p.addOption({QStringLiteral("window-of"),
                 QStringLiteral("Only open the main window on the county an earlier --dir run kept in DIR, three "
                                "times, and print the milliseconds of each."),
                 QStringLiteral("DIR")});
    p.addOption({QStringLiteral("drop-caches"),
                 QStringLiteral("Before the cold scan, drop the kernel's page cache (root only; affects the whole machine).")});
    p.process(app);

    if (p.isSet(QStringLiteral("window-of"))) {
        const QString kept = QDir(p.value(QStringLiteral("window-of"))).absolutePath();
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, kept + QStringLiteral("/settings"));
        try {
            for (int i = 0; i < 3; ++i)
                std::printf("window shows the child list: %.1f ms\n", showChildList(bench::unlockKeptVault(kept)));
        } catch (const std::exception& e) {
            std::fprintf(stderr, "tonghu-bench: %s\n", e.what());
            return 1;
        }
        return 0;
    }

    bench::BenchOptions o;
    int seed = 1;
    if (!positive(p, QStringLiteral("children"), 1, &o.shape.children) ||
        !positive(p, QStringLiteral("visits"), 0, &o.shape.visits) ||
        !positive(p, QStringLiteral("villages"), 1, &o.shape.villages) || !positive(p, QStringLiteral("seed"), 0, &seed))
        return 2;
    o.shape.seed = quint32(seed);
    o.shape.today = QDate::currentDate();
    o.dropCaches = p.isSet(QStringLiteral("drop-caches"));

    QTemporaryDir temp;
    if (p.isSet(QStringLiteral("dir"))) {
        o.dir = QDir(p.value(QStringLiteral("dir"))).absolutePath();
        if (!QDir().mkpath(o.dir)) {
            std::fprintf(stderr, "tonghu-bench: the working folder could not be made\n");
            return 2;
        }
    } else {
        if (!temp.isValid()) {
            std::fprintf(stderr, "tonghu-bench: no temporary folder\n");
            return 1;
        }
        o.dir = temp.path();
    }
    // What the window keeps between runs (its layout) goes to the working folder, not to the
    // settings of the person running the benchmark.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, o.dir + QStringLiteral("/settings"));
    if (!p.isSet(QStringLiteral("no-window")))
        o.showChildList = showChildList;

    try {
        bench::BenchReport report;
        report.shape = o.shape;
        // Plain first, and nothing keyed before it: should a build turn SQLCipher's
        // cipher_memory_security on, it stays on for the rest of the process (all of SQLite's
        // allocations then locked and wiped) and would slow the plain baseline too.
        const QStringList templates = bench::harvestAnswerTemplates(o.dir + QStringLiteral("/templates"), o.shape.today);
        QDir(o.dir + QStringLiteral("/templates")).removeRecursively();
        report.plain = bench::runMode(true, o, templates);
        // The peak of the encrypted run alone: what Tonghu itself needs for this county.
        bench::resetPeakRss();
        report.encrypted = bench::runMode(false, o, templates);
        // Before the crypto measurement below, whose buffers are the benchmark's own.
        report.peakRssMb = bench::peakRssMb();
        // The vaults it made authenticate their pages with HMAC-SHA256 (storage::Database).
        report.cryptoLimitMbS = bench::cryptoLimitMbPerSecond(report.encrypted.databaseBytes, false);
        report.cryptoLimitSha512MbS = bench::cryptoLimitMbPerSecond(report.encrypted.databaseBytes, true);
        const vault::KdfParams standard = vault::KdfParams::standard();
        const vault::KdfParams fast = vault::KdfParams::fast();
        report.kdfStandardMs = bench::kdfMilliseconds(standard.opsLimit, standard.memLimit);
        report.kdfFastMs = bench::kdfMilliseconds(fast.opsLimit, fast.memLimit);
        const QByteArray out = p.isSet(QStringLiteral("json")) ? bench::toJson(report) : bench::toTable(report);
        std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "tonghu-bench: %s\n", e.what());
        return 1;
    }
    return 0;
}
