// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/StoredChanges.h"

#include "core/util/Error.h"

#include <QJsonDocument>
#include <QtEndian>

#include <zstd.h>

#include <memory>

namespace tonghu::sync {

namespace {

// zstd's fastest level: the event is written inside the change's transaction, and at level 1
// visit answers already come to about 40%.
constexpr int kLevel = 1;
// No event's changes come near this; a frame declaring more is damaged, not allocated.
constexpr unsigned long long kMaxText = 64ull << 20;

struct ContextDeleter
{
    void operator()(ZSTD_CCtx* c) const { ZSTD_freeCCtx(c); }
    void operator()(ZSTD_DCtx* d) const { ZSTD_freeDCtx(d); }
};

// One context per thread, made on first use: making one costs more than compressing an event.
ZSTD_CCtx* compressor()
{
    thread_local std::unique_ptr<ZSTD_CCtx, ContextDeleter> c(ZSTD_createCCtx());
    return c.get();
}

ZSTD_DCtx* decompressor()
{
    thread_local std::unique_ptr<ZSTD_DCtx, ContextDeleter> d(ZSTD_createDCtx());
    return d.get();
}

Error damaged()
{
    return Error(Error::Kind::Corrupt, StoredChanges::tr("A change in this vault's event log is damaged."));
}

} // namespace

void StoredChanges::bind(storage::Statement& st, int index, QByteArrayView json)
{
    ZSTD_CCtx* c = json.size() >= kCompressFrom ? compressor() : nullptr;
    if (c) {
        QByteArray frame(qsizetype(ZSTD_compressBound(std::size_t(json.size()))), Qt::Uninitialized);
        const std::size_t n =
            ZSTD_compressCCtx(c, frame.data(), std::size_t(frame.size()), json.data(), std::size_t(json.size()), kLevel);
        if (!ZSTD_isError(n) && qsizetype(n) < json.size()) {
            frame.truncate(qsizetype(n));
            st.bindBlob(index, frame);
            return;
        }
    }
    st.bindUtf8(index, json);
}

QByteArray StoredChanges::text(const storage::Statement& st, int column)
{
    const QByteArrayView raw = st.textView(column);
    if (raw.size() < 4 || qFromLittleEndian<quint32>(raw.data()) != ZSTD_MAGICNUMBER)
        return raw.toByteArray();
    const unsigned long long declared = ZSTD_getFrameContentSize(raw.data(), std::size_t(raw.size()));
    if (declared == ZSTD_CONTENTSIZE_UNKNOWN || declared == ZSTD_CONTENTSIZE_ERROR || declared > kMaxText)
        throw damaged();
    QByteArray out(qsizetype(declared), Qt::Uninitialized);
    ZSTD_DCtx* d = decompressor();
    if (!d)
        throw std::bad_alloc();
    const std::size_t n = ZSTD_decompressDCtx(d, out.data(), std::size_t(out.size()), raw.data(), std::size_t(raw.size()));
    if (ZSTD_isError(n) || n != declared)
        throw damaged();
    return out;
}

QJsonObject StoredChanges::object(const storage::Statement& st, int column)
{
    return QJsonDocument::fromJson(text(st, column)).object();
}

} // namespace tonghu::sync
