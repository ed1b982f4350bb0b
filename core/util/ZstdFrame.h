// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace tonghu::util {

// One zstd frame that declares its content size and carries no dictionary: the form in which
// bundles carry their payload and the event log keeps long changes. Both pack and unpack many
// frames, so each thread keeps one compression and one decompression context, made on first
// use (making one costs more than packing an event).

// Whether `bytes` start with zstd's magic number (which refuses skippable frames too).
bool startsZstdFrame(QByteArrayView bytes);

// `bytes` as one frame at `level`, or an empty array when zstd fails.
QByteArray packFrame(QByteArrayView bytes, int level);

struct Unpacked
{
    enum class Problem { None, NotOneFrame, TooLarge, WrongSize };
    QByteArray bytes;
    Problem problem = Problem::None;
};

// Unpacks exactly one frame into a buffer of the size it declares, so that a frame claiming
// little and producing much stops at the claim, and one claiming more than `maxBytes` is
// refused before anything is allocated. Callers say what a problem means in their own words.
Unpacked unpackFrame(QByteArrayView frame, quint64 maxBytes);

} // namespace tonghu::util
