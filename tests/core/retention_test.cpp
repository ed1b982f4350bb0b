// SPDX-License-Identifier: GPL-3.0-or-later
// The end of retention: a child who left the system more than the county's
// retention.years_after_leaving ago is purged from the device with everything about them, the
// audit log says so, and a late bundle cannot bring the records back.
#include "core/model/AttachmentStore.h"
#include "core/model/ConsentStore.h"
#include "core/model/RecordStore.h"
#include "core/model/ReferralStore.h"
#include "core/model/Retention.h"
#include "core/storage/Database.h"
#include "core/sync/StoredChanges.h"
#include "core/util/Error.h"
#include "tests/support/SyncFixture.h"
#include "tests/support/TestSupport.h"

#include <catch2/catch_test_macros.hpp>

using namespace tonghu;

namespace {

QString text(storage::Database& db, const char* sql, const QString& bound = {})
{
    auto st = db.prepare(sql);
    if (!bound.isNull())
        st.bind(1, bound);
    return st.step() ? st.text(0) : QString();
}

// The events whose changes, read back as the event log keeps them (long ones compressed), say `what`.
int changesSaying(storage::Database& db, const QString& what)
{
    auto st = db.prepare("SELECT changes FROM events");
    int n = 0;
    while (st.step())
        n += QString::fromUtf8(sync::StoredChanges::text(st, 0)).contains(what) ? 1 : 0;
    return n;
}

int rows(storage::Database& db, const char* table)
{
    return test::count(db, (std::string("SELECT count(*) FROM ") + table).c_str());
}

// Marks the child as having left on `on`.
void leave(model::RecordStore& records, const QString& childId, const QDate& on)
{
    model::Child child = *records.child(childId);
    child.status = QStringLiteral("left");
    child.leftOn = on;
    records.saveChild(child);
}

} // namespace

TEST_CASE("A child's records are purged when retention after leaving is over, and not before", "[retention]")
{
    test::County c;
    storage::Database& db = c.a->vault->database();
    const QString visitId = c.submittedVisit();
    const QString childId = text(db, "SELECT child_id FROM visits WHERE id = ?", visitId);
    REQUIRE_FALSE(childId.isEmpty());
    model::RecordStore records(db, c.a->vault->userId(), test::kVillageA);
    model::Referral r;
    r.childId = childId;
    r.agency = QStringLiteral("township_civil_affairs");
    r.reason = QStringLiteral("需要救助");
    model::ReferralStore(db, c.a->vault->userId()).create(r);
    model::Consent k;
    k.childId = childId;
    k.givenBy = QStringLiteral("甲的父亲");
    k.givenOn = QDate::currentDate().addYears(-5);
    k.method = QStringLiteral("signed_form");
    model::ConsentStore(db, c.a->vault->userId()).record(k);
    model::Attachment photo;
    photo.childId = childId;
    photo.fileName = QStringLiteral("p.png");
    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    png += QByteArray(64, 'x');
    model::AttachmentStore(db, c.a->vault->userId()).add(photo, png);
    const QDate today = QDate::currentDate();
    const QString years = QString::number(model::Retention::yearsAfterLeaving(db));
    CHECK(years == QStringLiteral("3"));

    // Left two years ago: not due yet, and a purge is refused whole.
    leave(records, childId, today.addYears(-2));
    CHECK(model::Retention::due(db, today).isEmpty());
    CHECK_THROWS_AS(model::Retention::purge(*c.a->vault, {childId}, today), Error);
    CHECK(rows(db, "children") == 1);

    leave(records, childId, today.addYears(-4));
    REQUIRE(model::Retention::due(db, today) == QStringList{childId});
    const int eventsBefore = rows(db, "events");
    REQUIRE(changesSaying(db, QStringLiteral("甲")) > 0);
    model::Retention::purge(*c.a->vault, {childId}, today);
    for (const char* table : {"children", "visits", "mandatory_reports", "referrals", "consents", "attachments",
                              "evaluations", "latest_visits", "households", "persons"})
        CHECK(rows(db, table) == 0);
    // The event log keeps every event's place in its stream, and none of what they said.
    CHECK(rows(db, "events") == eventsBefore);
    CHECK(changesSaying(db, QStringLiteral("甲")) == 0);
    CHECK(test::count(db, "SELECT count(*) FROM events WHERE changes != '{}' AND entity_id = ?", childId) == 0);
    CHECK(test::count(db, "SELECT count(*) FROM audit_log WHERE action = 'records.purge' AND entity_id = ?",
                      childId) == 1);
    CHECK(model::Retention::isPurged(db, QStringLiteral("children"), childId));
    CHECK(text(db, "PRAGMA integrity_check") == QStringLiteral("ok"));
}

TEST_CASE("A purged child does not come back with a late bundle", "[retention][sync]")
{
    test::County c;
    storage::Database& village = c.a->vault->database();
    storage::Database& town = c.township->vault->database();
    model::RecordStore records(village, c.a->vault->userId(), test::kVillageA);
    const model::Child child = test::addChild(records, QStringLiteral("戊"), "male", QDate(2008, 1, 1));
    leave(records, child.id, QDate::currentDate().addYears(-4));
    c.roundTrip();
    REQUIRE(test::count(town, "SELECT count(*) FROM children WHERE id = ?", child.id) == 1);
    model::Retention::purge(*c.township->vault, {child.id}, QDate::currentDate());
    REQUIRE(test::count(town, "SELECT count(*) FROM children WHERE id = ?", child.id) == 0);

    // The village, which has not purged yet, changes the record and sends it.
    model::Child changed = *records.child(child.id);
    changed.notes = QStringLiteral("搬去外省");
    records.saveChild(changed);
    c.roundTrip();
    CHECK(test::count(town, "SELECT count(*) FROM children WHERE id = ?", child.id) == 0);
    REQUIRE(changesSaying(village, QStringLiteral("外省")) > 0);
    CHECK(changesSaying(town, QStringLiteral("外省")) == 0);
    // The stream stays whole: the township has everything the village sent, in place.
    const QString villageDevice = text(village, "SELECT id FROM device_identity");
    CHECK(test::count(town, "SELECT max(seq) FROM events WHERE origin_device = ?", villageDevice)
          == test::count(village, "SELECT max(seq) FROM events WHERE origin_device = ?", villageDevice));
}
