// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <cstdint>

namespace tonghu::util {

// The id of a new record: a UUID of version 7 (RFC 9562), whose first 48 bits are the Unix time
// in milliseconds, then a 12-bit counter and 62 random bits. Ids made later sort after earlier ones, so the rows a
// device writes, and the events that carry them to the township and county, land at the end of
// every index keyed by id (the primary keys, the event log by record, the review queue) instead
// of on a random page of it: at county scale a random page is seldom in the page cache and must
// be read, decrypted, encrypted and written again for one new entry (docs/performance.md).
// Within this process each id sorts after the one before, even when the clock stands still or
// goes back. The random bits, and the counter's random start in each millisecond, keep ids of
// different devices apart.
QString newRecordId();

// The id of a given millisecond, counter (12 bits) and 8 random bytes (62 bits of them used).
QString recordIdFor(std::int64_t unixMs, std::uint16_t counter, const unsigned char random[8]);

} // namespace tonghu::util
