// SPDX-License-Identifier: GPL-3.0-or-later
// The audit trail: tampering with SQL is found wherever it happens and whatever is appended
// after it; the entries can be filtered; locking and deletions are entries.
#include "core/audit/AuditLog.h"
#include "core/model/RecordStore.h"
#include "core/storage/Database.h"
#include "core/util/Error.h"
#include "tests/support/TestSupport.h"

#include <catch2/catch_test_macros.hpp>

using namespace tonghu;

namespace {

// Closes the vault and opens it again, as someone who has the passphrase would with a tool of
// their own: the triggers that keep the log append-only are dropped in that connection.
std::unique_ptr<vault::Vault> reopenAsTamperer(test::TempVault& t)
{
    t.vault.reset();
    auto v = vault::Vault::unlock(t.path(), test::secret(test::kPassphrase));
    v->database().exec("DROP TRIGGER IF EXISTS audit_log_no_update");
    v->database().exec("DROP TRIGGER IF EXISTS audit_log_no_delete");
    return v;
}

std::unique_ptr<vault::Vault> reopen(test::TempVault& t)
{
    t.vault.reset();
    return vault::Vault::unlock(t.path(), test::secret(test::kPassphrase));
}

void appendSome(vault::Vault& v, int n)
{
    for (int i = 0; i < n; ++i)
        audit::AuditLog::recordView(v.database(), v.userId(), QStringLiteral("child"),
                                    QStringLiteral("c%1").arg(i), QStringLiteral("file"));
}

qint64 lastSeq(storage::Database& db)
{
    auto st = db.prepare("SELECT max(seq) FROM audit_log");
    st.step();
    return st.int64(0);
}

} // namespace

TEST_CASE("audit: an entry edited with SQL is found, and appending afterwards does not hide it", "[audit]")
{
    auto t = test::makeVault();
    appendSome(*t->vault, 5);
    REQUIRE(audit::AuditLog::firstBrokenEntry(t->vault->database()) == 0);
    qint64 target = 0;
    {
        auto v = reopenAsTamperer(*t);
        auto& db = v->database();
        auto st = db.prepare("SELECT seq FROM audit_log WHERE action = 'child.view' AND entity_id = 'c2'");
        REQUIRE(st.step());
        target = st.int64(0);
        db.exec("UPDATE audit_log SET entity_id = 'c9' WHERE action = 'child.view' AND entity_id = 'c2'");
        CHECK(audit::AuditLog::firstBrokenEntry(db) == target);
    }
    // Later sessions write on (unlock, views, lock): the edited entry stays the first broken one.
    t->vault = reopen(*t);
    appendSome(*t->vault, 3);
    CHECK(audit::AuditLog::firstBrokenEntry(t->vault->database()) == target);
}

TEST_CASE("audit: an entry removed with SQL is found, in the middle and at the end", "[audit]")
{
    auto t = test::makeVault();
    appendSome(*t->vault, 5);

    SECTION("in the middle: the missing number is reported")
    {
        qint64 removed = 0;
        {
            auto v = reopenAsTamperer(*t);
            auto& db = v->database();
            removed = lastSeq(db) - 3;
            auto del = db.prepare("DELETE FROM audit_log WHERE seq = ?");
            del.bind(1, static_cast<std::int64_t>(removed)).run();
            CHECK(audit::AuditLog::firstBrokenEntry(db) == removed);
        }
        t->vault = reopen(*t);
        appendSome(*t->vault, 2);
        CHECK(audit::AuditLog::firstBrokenEntry(t->vault->database()) == removed);
    }

    SECTION("the newest entries: the end of the log is kept beside it")
    {
        qint64 removed = 0;
        {
            auto v = reopenAsTamperer(*t);
            auto& db = v->database();
            appendSome(*v, 2);
            removed = lastSeq(db) - 1;
            auto del = db.prepare("DELETE FROM audit_log WHERE seq >= ?");
            del.bind(1, static_cast<std::int64_t>(removed)).run();
            // What remains is a whole chain by itself; only the head says entries are missing.
            CHECK(audit::AuditLog::firstBrokenEntry(db) == removed);
        }
        // The next entries follow the removed ones, so the gap stays in the middle of the log.
        t->vault = reopen(*t);
        appendSome(*t->vault, 2);
        CHECK(audit::AuditLog::firstBrokenEntry(t->vault->database()) == removed);
    }
}

TEST_CASE("audit: an entry slipped in with SQL is found", "[audit]")
{
    auto t = test::makeVault();
    appendSome(*t->vault, 2);
    auto& db = t->vault->database();
    // A copy of the last entry's fields under a new number: its chain link is even right, but the
    // log never wrote it.
    const qint64 last = lastSeq(db);
    auto forge = db.prepare("INSERT INTO audit_log (seq, id, at, user_id, action, entity, entity_id, detail, "
                            "prev_hash, hash) SELECT seq + 1, id || 'x', at, user_id, action, entity, entity_id, "
                            "detail, hash, hash FROM audit_log WHERE seq = ?");
    forge.bind(1, static_cast<std::int64_t>(last)).run();
    CHECK(audit::AuditLog::firstBrokenEntry(db) == last + 1);
}

TEST_CASE("audit: entries are listed oldest first and filtered by time, action group and user", "[audit]")
{
    auto t = test::makeVault();
    auto& db = t->vault->database();
    const QString me = t->vault->userId();
    audit::AuditLog::recordExport(db, me, audit::ExportKind::Pdf, QStringLiteral("child"), QStringLiteral("c1"));
    audit::AuditLog::recordExport(db, me, audit::ExportKind::Bundle);
    audit::AuditLog::append(db, QStringLiteral("someone-else"), QStringLiteral("exported.elsewhere"));

    const QList<audit::AuditEntry> all = audit::AuditLog::list(db);
    REQUIRE(all.size() == audit::AuditLog::count(db));
    for (qsizetype i = 1; i < all.size(); ++i)
        CHECK(all[i - 1].seq < all[i].seq);
    CHECK(all.first().action == QLatin1String("vault.create"));
    CHECK(all.first().userName == QStringLiteral("测试员"));

    audit::AuditFilter exports;
    exports.action = QStringLiteral("export");
    QStringList actions;
    for (const auto& e : audit::AuditLog::list(db, exports))
        actions << e.action;
    // The group, not a prefix of letters: "exported.elsewhere" is another action.
    CHECK(actions == QStringList{QStringLiteral("export.pdf"), QStringLiteral("export.bundle")});

    audit::AuditFilter exact;
    exact.action = QStringLiteral("export.pdf");
    CHECK(audit::AuditLog::list(db, exact).size() == 1);
    CHECK(audit::AuditLog::list(db, exact).first().entityId == QLatin1String("c1"));

    audit::AuditFilter someone;
    someone.userId = QStringLiteral("someone-else");
    CHECK(audit::AuditLog::list(db, someone).size() == 1);

    audit::AuditFilter later;
    later.since = QDateTime::currentDateTimeUtc().addDays(1);
    CHECK(audit::AuditLog::list(db, later).isEmpty());
    audit::AuditFilter earlier;
    earlier.since = QDateTime::currentDateTimeUtc().addDays(-1);
    CHECK(audit::AuditLog::list(db, earlier).size() == all.size());

    audit::AuditFilter newest;
    newest.limit = 2;
    const auto two = audit::AuditLog::list(db, newest);
    REQUIRE(two.size() == 2);
    CHECK(two.last().seq == all.last().seq);
}

TEST_CASE("audit: closing the vault is a lock entry that says why", "[audit]")
{
    auto t = test::makeVault();
    t->vault->setLockReason(vault::Vault::LockReason::Idle);
    auto v = reopen(*t);
    auto st = v->database().prepare("SELECT action, detail FROM audit_log ORDER BY seq DESC LIMIT 2");
    REQUIRE(st.step());
    CHECK(st.text(0) == QLatin1String("unlock"));
    REQUIRE(st.step());
    CHECK(st.text(0) == QLatin1String("lock"));
    CHECK(st.text(1) == QLatin1String("idle"));
}

TEST_CASE("audit: deleting a child, a member or a household is an entry naming the record", "[audit]")
{
    auto t = test::makeVault();
    auto& db = t->vault->database();
    model::RecordStore store(db, t->vault->userId(), t->vault->placeCode());
    const model::Child alone = test::addChild(store, QStringLiteral("测试甲"), "female", QDate(2015, 3, 1));
    model::Household h;
    h.address = QStringLiteral("测试路 1 号");
    h = store.saveHousehold(h);
    model::Person p;
    p.householdId = h.id;
    p.name = QStringLiteral("测试乙");
    p = store.savePerson(p);
    model::Person q = p;
    q.id.clear();
    q.name = QStringLiteral("测试丙");
    q = store.savePerson(q);
    const model::Child inHousehold = test::addChild(store, QStringLiteral("测试丁"), "male", QDate(2014, 1, 1), h);

    store.removeChild(alone.id);
    store.removePerson(p.id);
    store.removeHousehold(h.id);

    const auto entries = audit::AuditLog::list(db);
    const auto has = [&](const char* action, const QString& id) {
        for (const auto& e : entries)
            if (e.action == QLatin1String(action) && e.entityId == id)
                return true;
        return false;
    };
    CHECK(has("child.delete", alone.id));
    CHECK(has("person.delete", p.id));
    CHECK(has("child.delete", inHousehold.id));
    CHECK(has("household.delete", h.id));
    CHECK(audit::AuditLog::firstBrokenEntry(db) == 0);
}
