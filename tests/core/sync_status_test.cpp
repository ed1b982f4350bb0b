// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/Outbox.h"
#include "core/sync/SyncStatus.h"
#include "tests/support/SyncFixture.h"
#include "tests/support/TestSupport.h"

#include <catch2/catch_test_macros.hpp>

using namespace tonghu;

TEST_CASE("The changes waiting to leave are the ones the outbox would send, before and after a sync",
          "[sync][status]")
{
    test::County c;
    storage::Database& village = c.a->vault->database();
    const auto waiting = [&] { return sync::SyncStatus::read(village).pendingEvents; };
    const auto outbox = [&] { return int(sync::Outbox(*c.a->vault).pending().size()); };

    c.submittedVisit();
    const int first = waiting();
    REQUIRE(first > 0);
    CHECK(first == outbox());

    // Everything arrived and was acknowledged: nothing waits.
    c.roundTrip();
    CHECK(waiting() == 0);
    CHECK(outbox() == 0);

    // New changes wait again, and only they do.
    c.submittedVisit();
    const int second = waiting();
    CHECK(second > 0);
    CHECK(second == outbox());

    // The county sends up to nobody: its own changes never wait.
    CHECK(sync::SyncStatus::read(c.county->vault->database()).pendingEvents == 0);
}
