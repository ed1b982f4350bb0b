// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/StoredChanges.h"

#include "core/util/Error.h"
#include "core/util/ZstdFrame.h"

#include <QJsonDocument>

namespace tonghu::sync {

namespace {

// zstd's fastest level: the event is written inside the change's transaction, and at level 1
// visit answers already come to about 40%.
constexpr int kLevel = 1;
// No event's changes come near this; a frame declaring more is damaged, not allocated.
constexpr unsigned long long kMaxText = 64ull << 20;

Error damaged()
{
    return Error(Error::Kind::Corrupt, StoredChanges::tr("A change in this vault's event log is damaged."));
}

} // namespace

void StoredChanges::bind(storage::Statement& st, int index, QByteArrayView json)
{
    if (json.size() >= kCompressFrom) {
        const QByteArray frame = util::packFrame(json, kLevel);
        if (!frame.isEmpty() && frame.size() < json.size()) {
            st.bindBlob(index, frame);
            return;
        }
    }
    st.bindUtf8(index, json);
}

QByteArray StoredChanges::text(const storage::Statement& st, int column)
{
    const QByteArrayView raw = st.textView(column);
    if (!util::startsZstdFrame(raw))
        return raw.toByteArray();
    util::Unpacked u = util::unpackFrame(raw, kMaxText);
    if (u.problem != util::Unpacked::Problem::None)
        throw damaged();
    return std::move(u.bytes);
}

QJsonObject StoredChanges::object(const storage::Statement& st, int column)
{
    return QJsonDocument::fromJson(text(st, column)).object();
}

} // namespace tonghu::sync
