// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/bench/Runner.h"

#include "core/audit/AuditLog.h"
#include "core/model/AttachmentStore.h"
#include "core/model/RecordStore.h"
#include "core/model/ReferralStore.h"
#include "core/model/VisitHistory.h"
#include "core/model/VisitStore.h"
#include "core/model/Worklist.h"
#include "core/reports/Ledger.h"
#include "core/reports/Statistics.h"
#include "core/rules/Checklist.h"
#include "core/rules/ChildEvaluation.h"
#include "core/rules/CountyRulebook.h"
#include "core/storage/Database.h"
#include "core/storage/Migrations.h"
#include "core/sync/Enrollment.h"
#include "core/sync/Inbox.h"
#include "core/sync/Outbox.h"
#include "core/sync/TrustStore.h"
#include "core/util/SecureBuffer.h"
#include "core/vault/Vault.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include <array>
#include <unistd.h>
#include <random>
#include <utility>

namespace tonghu::bench {

namespace {

// Beside each workload on the village's connection: the pages it read from the file.
const QString kPagesRead = QStringLiteral("pages_read");

const char* kPassphrase = "benchmark passphrase, synthetic county";
SecureBuffer passphrase() { return SecureBuffer::fromText(kPassphrase); }

std::unique_ptr<vault::Vault> createVault(const QString& dir, vault::Role role, const QString& place, bool plain)
{
    vault::VaultSetup setup;
    setup.role = role;
    setup.placeCode = place;
    setup.villageName = QStringLiteral("第1村");
    setup.userName = role == vault::Role::County ? QStringLiteral("县民政") : QStringLiteral("儿童主任");
    setup.kdf = vault::KdfParams::fast();
    setup.plainDatabaseForBenchmark = plain;
    return vault::Vault::create(dir, setup, passphrase()).vault;
}

std::int64_t databaseBytes(const QString& dir)
{
    std::int64_t n = 0;
    for (const char* suffix : {"", "-wal"})
        n += QFileInfo(vault::Vault::databasePath(dir) + QLatin1String(suffix)).size();
    return n;
}

// What a director types, a keystroke at a time: the pinyin initials, a name's first characters
// and the last digits of an ID number, of children picked the same way on both databases. The
// queries stay in memory only; they are never printed.
QStringList searchQueries(storage::Database& db, int wanted, quint32 seed)
{
    QStringList queries;
    std::mt19937 rng(seed);
    auto st = db.prepare("SELECT name, name_initials, id_number FROM children ORDER BY id_number");
    QList<std::array<QString, 3>> children;
    while (st.step())
        children.append({st.text(0), st.text(1), st.text(2)});
    while (!children.isEmpty() && queries.size() < wanted) {
        const auto& c = children.at(int(rng() % children.size()));
        for (int i = 1; i <= std::min<qsizetype>(3, c[1].size()); ++i)
            queries << c[1].left(i);
        for (int i = 1; i <= std::min<qsizetype>(2, c[0].size()); ++i)
            queries << c[0].left(i);
        for (int i = 3; i <= 6; ++i)
            queries << c[2].right(i);
    }
    return queries.mid(0, wanted);
}

QStringList sampleChildren(storage::Database& db, int wanted)
{
    QStringList all;
    auto st = db.prepare("SELECT id, id_number FROM children ORDER BY id_number");
    while (st.step())
        all << st.text(0);
    QStringList picked;
    if (all.isEmpty())
        return picked;
    const int step = std::max(1, int(all.size()) / std::max(1, wanted));
    for (int i = 0; i < all.size() && picked.size() < wanted; i += step)
        picked << all.at(i);
    return picked;
}

// What ChildFileDialog::reload reads for one child: the record, its family, the evaluation as of
// today, attachments and gathered documents, visits with their history, referrals; and the view
// it writes to the audit log.
void loadChildFile(storage::Database& db, const QString& userId, const QString& placeCode, const QString& childId,
                   const QDate& today)
{
    model::RecordStore records(db, userId, placeCode);
    const auto child = records.child(childId);
    if (!child)
        return;
    audit::AuditLog::recordView(db, userId, QStringLiteral("child"), childId, QStringLiteral("file"));
    records.household(child->householdId);
    for (const QString& p : {child->fatherId, child->motherId, child->guardianId})
        if (!p.isEmpty())
            records.person(p);
    const rules::Rulebook& rb = rules::CountyRulebook::current(db);
    rules::ChildEvaluation evaluation(db, rb, userId);
    const rules::Evaluation ev = evaluation.evaluate(childId, today);
    model::AttachmentStore attachments(db, userId);
    attachments.forChild(childId);
    for (const rules::Finding& f : ev.findings)
        if (f.kind == QLatin1String("eligibility") && !f.documents.isEmpty())
            attachments.gathered(childId, f.id);
    model::VisitStore visits(db, rb, rules::Checklist::builtin(), userId);
    for (const model::Visit& v : visits.visitsOf(childId))
        model::VisitHistory::of(db, v.id);
    model::ReferralStore(db, userId).referralsOf(childId);
}

// The pages the connection reads from the file from its making on, which its page cache lacked
// (SQLite's cache misses): on the encrypted side each of them is decrypted and checked.
class PageReads
{
public:
    explicit PageReads(storage::Database& db) : m_db(db) { take(); }
    double count() { return take(); }

private:
    double take()
    {
        int miss = 0, highwater = 0;
        sqlite3_db_status(m_db.handle(), SQLITE_DBSTATUS_CACHE_MISS, &miss, &highwater, 1);
        return double(miss);
    }
    storage::Database& m_db;
};

// Reads every row of every table, every column, with a page cache emptied by a new connection;
// returns the bytes of pages read from the file (SQLite's cache misses).
std::int64_t fullScan(storage::Database& db)
{
    QStringList tables;
    auto list = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
    while (list.step())
        tables << list.text(0);
    PageReads reads(db);
    // Asking for every column's size makes SQLite read it, overflow pages included.
    std::int64_t bytes = 0;
    for (const QString& table : tables) {
        sqlite3_stmt* st = nullptr;
        const QByteArray sql = "SELECT * FROM \"" + table.toUtf8() + "\"";
        if (sqlite3_prepare_v2(db.handle(), sql.constData(), -1, &st, nullptr) != SQLITE_OK)
            continue;
        const int columns = sqlite3_column_count(st);
        while (sqlite3_step(st) == SQLITE_ROW)
            for (int c = 0; c < columns; ++c)
                bytes += sqlite3_column_bytes(st, c);
        sqlite3_finalize(st);
    }
    const double pages = reads.count();
    Q_UNUSED(bytes);
    auto pageSize = db.prepare("PRAGMA page_size");
    pageSize.step();
    return std::int64_t(pages) * pageSize.int64(0);
}

// The import's floor: the rows an import of the village's events writes (its records and their
// events), copied from the village into a fresh vault by prepared statements, 5,000 events to a
// transaction as the bundles carry them. Nothing is parsed, checked or merged; the target's
// triggers and indexes run as they do for an import. Returns the events copied.
std::int64_t copyImportedRows(storage::Database& from, storage::Database& to)
{
    constexpr int kBatch = 5000;
    std::int64_t events = 0;
    int inBatch = 0;
    to.exec("BEGIN");
    for (const char* table : {"users", "households", "persons", "children", "visits", "events"}) {
        std::string names;
        std::string marks;
        auto columns = to.prepare(std::string("SELECT name FROM pragma_table_info('") + table + "')");
        while (columns.step()) {
            names += (names.empty() ? "" : ", ") + columns.text(0).toStdString();
            marks += marks.empty() ? "?" : ", ?";
        }
        const std::string select = "SELECT " + names + " FROM " + table;
        // The fresh vault has its own user already; every other row is new there.
        const std::string insert = std::string(std::string_view(table) == "users" ? "INSERT OR IGNORE" : "INSERT")
                                   + " INTO " + table + " (" + names + ") VALUES (" + marks + ")";
        sqlite3_stmt* read = nullptr;
        sqlite3_stmt* write = nullptr;
        if (sqlite3_prepare_v2(from.handle(), select.c_str(), -1, &read, nullptr) != SQLITE_OK
            || sqlite3_prepare_v2(to.handle(), insert.c_str(), -1, &write, nullptr) != SQLITE_OK) {
            sqlite3_finalize(read);
            continue;
        }
        const int n = sqlite3_column_count(read);
        const bool isEvents = std::string_view(table) == "events";
        while (sqlite3_step(read) == SQLITE_ROW) {
            for (int c = 0; c < n; ++c)
                sqlite3_bind_value(write, c + 1, sqlite3_column_value(read, c));
            sqlite3_step(write);
            sqlite3_reset(write);
            events += isEvents ? 1 : 0;
            if (isEvents && ++inBatch == kBatch) {
                to.exec("COMMIT");
                to.exec("BEGIN");
                inBatch = 0;
            }
        }
        sqlite3_finalize(read);
        sqlite3_finalize(write);
    }
    to.exec("COMMIT");
    return events;
}

// Drops the kernel's page cache so the scan reads from the disk; only as root, and only when
// asked (--drop-caches), since it slows everyone else on a shared machine for a moment.
bool dropPageCache()
{
    if (geteuid() != 0)
        return false;
    ::sync();
    QFile f(QStringLiteral("/proc/sys/vm/drop_caches"));
    if (!f.open(QIODevice::WriteOnly))
        return false;
    return f.write("3\n") == 2;
}

} // namespace

ModeResult runMode(bool plain, const BenchOptions& options, const QStringList& answerTemplates)
{
    ModeResult r;
    const CountyShape& shape = options.shape;
    const QString base = options.dir + (plain ? QStringLiteral("/plain") : QStringLiteral("/encrypted"));
    QDir(base).removeRecursively();
    QDir().mkpath(base);
    const QString villageDir = base + QStringLiteral("/village");
    const QString countyDir = base + QStringLiteral("/county");
    const QString bundleDir = base + QStringLiteral("/bundles");
    QDir().mkpath(bundleDir);
    const auto add = [&](const QString& name, double ms, QList<std::pair<QString, double>> extra = {}) {
        r.workloads << Measurement{name, ms, std::move(extra)};
    };

    // The vault's place is the county's first village: the worklist and the child file are a
    // director's, the statistics and the ledger read the whole county.
    CountyShape one = shape;
    one.villages = 1;
    const QString firstVillage = [&] {
        storage::Database scratch(QStringLiteral(":memory:"), nullptr, storage::Database::Mode::Create);
        storage::Migrations::migrate(scratch);
        scratch.exec("INSERT INTO places (id, code, level, name, created_at, updated_at) "
                     "VALUES ('c', '621126', 'county', 'c', 't', 't')");
        return insertPlaces(scratch, one).constFirst();
    }();
    auto village = createVault(villageDir, vault::Role::Village, firstVillage, plain);
    storage::Database& db = village->database();
    const QString user = village->userId();
    {
        Stopwatch t;
        r.counts = generateCounty(db, user, shape, answerTemplates);
        add(QStringLiteral("bulk load"), t.ms(), {{QStringLiteral("rows_per_s"),
                                                   (r.counts.households + r.counts.persons + r.counts.children +
                                                    r.counts.visits) / (t.ms() / 1e3)}});
    }
    db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    r.databaseBytes = databaseBytes(villageDir);
    const QDate today = shape.today;

    {
        // What ChildListModel::reload asks for when the list first shows: its first page, and the
        // count for the status bar.
        model::RecordStore records(db, user, firstVillage);
        PageReads reads(db);
        Stopwatch t;
        const auto page = records.searchChildren(QString());
        records.childCount();
        add(QStringLiteral("child list (first page)"), t.ms(),
            {{QStringLiteral("rows"), double(page.size())}, {kPagesRead, reads.count()}});
    }
    {
        PageReads reads(db);
        Stopwatch t;
        const auto items = model::Worklist::build(db, today);
        add(QStringLiteral("worklist"), t.ms(),
            {{QStringLiteral("items"), double(items.size())}, {kPagesRead, reads.count()}});
    }
    {
        model::RecordStore records(db, user, firstVillage);
        const QStringList queries = searchQueries(db, options.searchQueries, shape.seed);
        QList<double> each;
        PageReads reads(db);
        Stopwatch all;
        for (const QString& q : queries) {
            Stopwatch t;
            records.searchChildren(q);
            each << t.ms();
        }
        const double total = all.ms();
        add(QStringLiteral("search as you type"), queries.isEmpty() ? 0 : total / queries.size(),
            {{QStringLiteral("p50_ms"), percentile(each, 0.5)},
             {QStringLiteral("p95_ms"), percentile(each, 0.95)},
             {QStringLiteral("queries"), double(queries.size())}, {kPagesRead, reads.count()}});
    }
    {
        const QStringList children = sampleChildren(db, options.childFiles);
        QList<double> each;
        PageReads reads(db);
        for (const QString& id : children) {
            Stopwatch t;
            loadChildFile(db, user, firstVillage, id, today);
            each << t.ms();
        }
        double sum = 0;
        for (double v : each)
            sum += v;
        add(QStringLiteral("child file load"), each.isEmpty() ? 0 : sum / each.size(),
            {{QStringLiteral("p95_ms"), percentile(each, 0.95)},
             {QStringLiteral("files"), double(each.size())},
             {kPagesRead, reads.count()}});
    }
    const rules::Rulebook& rb = rules::CountyRulebook::current(db);
    {
        PageReads reads(db);
        Stopwatch t;
        reports::Statistics::overview(db, rb, QStringLiteral("621126"), today);
        add(QStringLiteral("dashboard (county statistics)"), t.ms(), {{kPagesRead, reads.count()}});
    }
    {
        rules::Evaluator evaluator(rb);
        rules::ChildEvaluation children(db, rb, user);
        int n = 0;
        PageReads reads(db);
        Stopwatch t;
        children.forEachActiveChild(QStringLiteral("*"), [&](const rules::ChildFacts& c) {
            evaluator.evaluate(c.facts, today);
            ++n;
        });
        const double ms = t.ms();
        add(QStringLiteral("evaluate every child"), ms,
            {{QStringLiteral("children_per_s"), n / (ms / 1e3)}, {kPagesRead, reads.count()}});
    }
    {
        reports::LedgerOptions o;
        o.today = today;
        const QString path = base + QStringLiteral("/ledger.xlsx");
        PageReads reads(db);
        Stopwatch t;
        const qint64 rows = reports::exportLedgerXlsx(db, user, {}, o, path);
        add(QStringLiteral("ledger export (xlsx)"), t.ms(),
            {{QStringLiteral("rows"), double(rows)}, {kPagesRead, reads.count()}});
        QFile::remove(path);
    }

    // Sync: the village's events go up to a fresh county database, through real bundles.
    {
        auto county = createVault(countyDir, vault::Role::County, QStringLiteral("621126"), plain);
        {
            storage::Transaction tx(county->database());
            insertPlaces(county->database(), shape);
            tx.commit();
        }
        sync::TrustStore(*village).enroll(sync::Enrollment::read(sync::Enrollment::exportOwn(*county)));
        sync::TrustStore(*county).enroll(sync::Enrollment::read(sync::Enrollment::exportOwn(*village)));
        QStringList paths;
        {
            Stopwatch t;
            paths = sync::Outbox(*village).exportTo(bundleDir);
            const double ms = t.ms();
            add(QStringLiteral("export events (Outbox)"), ms,
                {{QStringLiteral("events_per_s"), r.counts.events / (ms / 1e3)},
                 {QStringLiteral("bundles"), double(paths.size())}});
        }
        int applied = 0;
        Stopwatch t;
        sync::Inbox inbox(*county);
        // As a sync does (sync::Exchange::importAll): the next bundle opened while one is applied.
        const auto read = [](const QString& path) {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        };
        QByteArray next = paths.isEmpty() ? QByteArray() : read(paths.first());
        for (qsizetype i = 0; i < paths.size(); ++i) {
            const QByteArray bytes = std::exchange(next, i + 1 < paths.size() ? read(paths.at(i + 1)) : QByteArray());
            applied += inbox.import(bytes, next).applied;
        }
        const double ms = t.ms();
        add(QStringLiteral("import events (Inbox)"), ms,
            {{QStringLiteral("events_per_s"), applied / (ms / 1e3)}, {QStringLiteral("events"), double(applied)}});
        county.reset();
        QDir(bundleDir).removeRecursively();
        QDir(countyDir).removeRecursively();

        // The same rows again, without the import's work: what SQLite alone takes to write them.
        auto floor = createVault(countyDir, vault::Role::County, QStringLiteral("621126"), plain);
        {
            storage::Transaction tx(floor->database());
            insertPlaces(floor->database(), shape);
            tx.commit();
        }
        Stopwatch copy;
        const std::int64_t copied = copyImportedRows(db, floor->database());
        const double copyMs = copy.ms();
        add(QStringLiteral("import floor (rows copied)"), copyMs,
            {{QStringLiteral("events_per_s"), copied / (copyMs / 1e3)}, {QStringLiteral("events"), double(copied)}});
        floor.reset();
        QDir(countyDir).removeRecursively();
    }

    // What the director waits for after the unlock: the window on the child list, drawn. The
    // window takes the open vault and closes it when it is done.
    if (options.showChildList)
        add(QStringLiteral("window shows the child list"), options.showChildList(std::move(village)));

    // Open and unlock after a lock: the key slot opened with the fast KDF (the standard one is
    // measured on its own), the database opened, its schema checked, the unlock audited. A plain
    // vault cannot be unlocked, so its side opens the file and runs the same steps after the key.
    village.reset();
    {
        Stopwatch t;
        if (!plain) {
            village = vault::Vault::unlock(villageDir, passphrase());
        } else {
            storage::Database again(vault::Vault::databasePath(villageDir), nullptr,
                                    storage::Database::Mode::OpenExisting);
            storage::Migrations::migrate(again);
            model::RecordStore(again, user, firstVillage).backfillSearchKeys();
            audit::AuditLog::append(again, user, QStringLiteral("unlock"));
        }
        add(QStringLiteral("open and unlock"), t.ms());
        village.reset();
    }

    // Cold full scan: a new connection starts with an empty page cache; the kernel's cache is
    // dropped too when asked and allowed, otherwise the file is read warm from memory.
    r.cacheDropped = options.dropCaches && dropPageCache();
    {
        std::unique_ptr<storage::Database> fresh;
        if (!plain)
            village = vault::Vault::unlock(villageDir, passphrase());
        else
            fresh = std::make_unique<storage::Database>(vault::Vault::databasePath(villageDir), nullptr,
                                                        storage::Database::Mode::OpenExisting);
        storage::Database& scan = plain ? *fresh : village->database();
        Stopwatch t;
        r.scannedBytes = fullScan(scan);
        const double ms = t.ms();
        add(QStringLiteral("full scan (cold)"), ms,
            {{QStringLiteral("mb_s"), r.scannedBytes / 1e6 / (ms / 1e3)},
             {QStringLiteral("os_cache_dropped"), r.cacheDropped ? 1.0 : 0.0}});
        fresh.reset();
        village.reset();
    }
    return r;
}

std::unique_ptr<vault::Vault> unlockKeptVault(const QString& dir)
{
    return vault::Vault::unlock(dir + QStringLiteral("/encrypted/village"), passphrase());
}

} // namespace tonghu::bench
