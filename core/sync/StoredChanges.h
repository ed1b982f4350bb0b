// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/Statement.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QJsonObject>

namespace tonghu::sync {

// How the event log keeps an event's changes: as the JSON text, or, when that is long, as the
// text compressed into one zstd frame. A visit's event carries its answers, 1–2 KB of JSON that
// compresses to about 40%, and the event log is almost half of a county's database. Readers
// get the JSON back either way; a text always starts with '{', a frame with zstd's magic number.
class StoredChanges final
{
    Q_DECLARE_TR_FUNCTIONS(tonghu::sync::StoredChanges)

public:
    // Shorter texts are kept as they are: a frame's header would eat most of what it saves.
    static constexpr qsizetype kCompressFrom = 256;

    // Binds `json` to parameter `index`: a frame when that is smaller, the text otherwise.
    static void bind(storage::Statement& st, int index, QByteArrayView json);
    // The JSON text of `column`, whichever way it was kept. Throws Error::Corrupt for a frame
    // that does not unpack.
    static QByteArray text(const storage::Statement& st, int column);
    static QJsonObject object(const storage::Statement& st, int column);
};

} // namespace tonghu::sync
