// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/RecordId.h"

#include <QDateTime>
#include <QRandomGenerator>

#include <array>
#include <mutex>

namespace tonghu::util {

QString recordIdFor(std::int64_t unixMs, std::uint16_t counter, const unsigned char random[8])
{
    std::array<unsigned char, 16> b{};
    for (int i = 0; i < 6; ++i)
        b[i] = static_cast<unsigned char>(std::uint64_t(unixMs) >> (8 * (5 - i)));
    // Version 7 and a 12-bit counter in rand_a (RFC 9562, 6.2 method 1), then the variant and
    // 62 random bits.
    b[6] = static_cast<unsigned char>(0x70 | ((counter >> 8) & 0x0f));
    b[7] = static_cast<unsigned char>(counter & 0xff);
    b[8] = static_cast<unsigned char>(0x80 | (random[0] & 0x3f));
    for (int i = 1; i < 8; ++i)
        b[8 + i] = random[i];
    static constexpr char kHex[] = "0123456789abcdef";
    QString text;
    text.reserve(36);
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            text += QLatin1Char('-');
        text += QLatin1Char(kHex[b[i] >> 4]);
        text += QLatin1Char(kHex[b[i] & 0x0f]);
    }
    return text;
}

QString newRecordId()
{
    static std::mutex mutex;
    static std::int64_t lastMs = 0;
    static std::uint16_t counter = 0;
    std::int64_t ms = QDateTime::currentMSecsSinceEpoch();
    std::uint16_t c = 0;
    {
        const std::lock_guard lock(mutex);
        if (ms > lastMs) {
            // A new millisecond starts the counter low, with room to count up in it.
            counter = static_cast<std::uint16_t>(QRandomGenerator::system()->bounded(0x80));
        } else if (++counter > 0x0fff) {
            // A full millisecond, or a clock that went back: the id takes the next millisecond.
            ms = lastMs + 1;
            counter = 0;
        } else {
            ms = lastMs;
        }
        lastMs = ms;
        c = counter;
    }
    // The operating system's generator, as QUuid::createUuid uses.
    quint32 words[2];
    QRandomGenerator::system()->fillRange(words);
    unsigned char random[8];
    for (int i = 0; i < 8; ++i)
        random[i] = static_cast<unsigned char>(words[i / 4] >> (8 * (i % 4)));
    return recordIdFor(ms, c, random);
}

} // namespace tonghu::util
