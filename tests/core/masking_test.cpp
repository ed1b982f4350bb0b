// SPDX-License-Identifier: GPL-3.0-or-later
// One masking rule for ID numbers and sensitive notes, and reveals that are audit entries
// carrying no value.
#include "core/audit/AuditLog.h"
#include "core/model/IdNumber.h"
#include "core/model/Masking.h"
#include "core/model/RecordStore.h"
#include "core/storage/Database.h"
#include "core/util/Error.h"
#include "tests/support/TestSupport.h"

#include <catch2/catch_test_macros.hpp>

using namespace tonghu;

namespace {

QString idNumber(const char* first17)
{
    const QString s = QString::fromLatin1(first17);
    return s + model::IdNumber::checkCharacter(s);
}

} // namespace

TEST_CASE("masking: lists and printouts mask for every role; only the director's own editor shows whole",
          "[audit][masking]")
{
    using model::Masking;
    const QString id = idNumber("11010519491231002");
    CHECK(Masking::masked(model::SensitiveKind::IdNumber, id) == QLatin1String("110105********002X"));
    const QString note = QStringLiteral("测试备注ABC");
    const QString hidden = Masking::masked(model::SensitiveKind::Note, note);
    CHECK_FALSE(hidden.isEmpty());
    CHECK_FALSE(hidden.contains(QStringLiteral("ABC")));
    CHECK(Masking::masked(model::SensitiveKind::Note, QString()).isEmpty());

    const QString village = QStringLiteral("620423101201");
    const model::Viewer director{QStringLiteral("u1"), vault::Role::Village, village, true};
    const model::Viewer supervisor{QStringLiteral("u2"), vault::Role::Township, village.left(9), true};
    const model::Viewer county{QStringLiteral("u3"), vault::Role::County, village.left(6), true};
    for (const auto& viewer : {director, supervisor, county}) {
        for (auto surface : {Masking::Surface::List, Masking::Surface::File, Masking::Surface::Print,
                             Masking::Surface::Cli}) {
            CHECK_FALSE(Masking::showsWhole(viewer, surface, village));
            CHECK(Masking::shown(viewer, surface, model::SensitiveKind::IdNumber, id, village) != id);
        }
        // Each may ask for a value of a record of their own area, and of no other.
        CHECK(Masking::mayReveal(viewer, village));
        CHECK_FALSE(Masking::mayReveal(viewer, QStringLiteral("650102001001")));
    }
    CHECK(Masking::showsWhole(director, Masking::Surface::Editor, village));
    CHECK_FALSE(Masking::showsWhole(director, Masking::Surface::Editor, QStringLiteral("620423101202")));
    CHECK_FALSE(Masking::showsWhole(supervisor, Masking::Surface::Editor, village));
    CHECK_FALSE(Masking::showsWhole(county, Masking::Surface::Editor, village));
    CHECK_FALSE(Masking::mayReveal(director, QStringLiteral("620423101202"))); // the next village
    CHECK_FALSE(Masking::mayReveal(model::Viewer{}, village));                 // an unknown user
}

TEST_CASE("masking: a reveal returns one value and is an entry without the value", "[audit][masking]")
{
    auto t = test::makeVault();
    auto& db = t->vault->database();
    const QString me = t->vault->userId();
    model::RecordStore store(db, me, t->vault->placeCode());
    model::Household h;
    h.address = QStringLiteral("测试路 2 号");
    h.notes = QStringLiteral("测试家庭备注XYZ");
    const QString childId = idNumber("62042320150715881");
    const QString childNote = QStringLiteral("测试儿童备注QRS");
    model::Child c = test::addChild(store, QStringLiteral("测试戊"), "male", QDate(2015, 7, 15), h);
    c.idNumber = childId;
    c.notes = childNote;
    c = store.saveChild(c);

    const qint64 before = audit::AuditLog::count(db);
    CHECK(model::Masking::reveal(db, me, QStringLiteral("child"), c.id, QStringLiteral("id_number")) == childId);
    CHECK(model::Masking::reveal(db, me, QStringLiteral("child"), c.id, QStringLiteral("notes")) == childNote);
    CHECK(model::Masking::reveal(db, me, QStringLiteral("household"), c.householdId, QStringLiteral("notes"))
          == h.notes);
    CHECK(audit::AuditLog::count(db) == before + 3);
    const auto entries = audit::AuditLog::list(db);
    const audit::AuditEntry& last = entries.last();
    CHECK(last.action == QLatin1String("reveal"));
    CHECK(last.entity == QLatin1String("household"));
    CHECK(last.entityId == c.householdId);
    CHECK(last.detail == QLatin1String("notes"));

    // A field that is not masked, or a record that does not exist, reveals nothing and writes nothing.
    CHECK_THROWS_AS(model::Masking::reveal(db, me, QStringLiteral("child"), c.id, QStringLiteral("name")), Error);
    CHECK_THROWS_AS(model::Masking::reveal(db, me, QStringLiteral("child"), QStringLiteral("nope"),
                                           QStringLiteral("id_number")),
                    Error);
    // A record of another village (here written straight into the table) stays masked for this director.
    db.exec("INSERT INTO places (id, code, level, name, parent_code, created_at, updated_at) VALUES "
            "('p-other', '620423101202', 'village', '测试二村', '620423101', '2025-01-01', '2025-01-01')");
    db.exec("UPDATE households SET place_code = '620423101202'");
    CHECK_THROWS_AS(model::Masking::reveal(db, me, QStringLiteral("child"), c.id, QStringLiteral("id_number")), Error);
    CHECK(audit::AuditLog::count(db) == before + 3);

    // Nothing personal in any column of any entry: names, ID numbers, notes, addresses.
    auto st = db.prepare("SELECT coalesce(user_id,'') || action || coalesce(entity,'') || coalesce(entity_id,'') || "
                         "coalesce(detail,'') FROM audit_log");
    while (st.step()) {
        const QString row = st.text(0);
        for (const QString& secret : {childId, childId.right(8), childNote, h.notes, QStringLiteral("测试戊"),
                                      h.address, QStringLiteral("测试员")})
            CHECK_FALSE(row.contains(secret));
    }
}

TEST_CASE("masking: the sensitive columns, as sync names them", "[audit][masking]")
{
    using model::Masking;
    CHECK(Masking::sensitiveColumn(QStringLiteral("children"), QStringLiteral("id_number")) == model::SensitiveKind::IdNumber);
    CHECK(Masking::sensitiveColumn(QStringLiteral("persons"), QStringLiteral("id_number")) == model::SensitiveKind::IdNumber);
    for (const char* table : {"children", "households", "referrals"})
        CHECK(Masking::sensitiveColumn(QLatin1String(table), QStringLiteral("notes")) == model::SensitiveKind::Note);
    CHECK_FALSE(Masking::sensitiveColumn(QStringLiteral("children"), QStringLiteral("name")));
    CHECK_FALSE(Masking::sensitiveColumn(QStringLiteral("referrals"), QStringLiteral("status")));
}
