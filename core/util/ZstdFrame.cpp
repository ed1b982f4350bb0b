// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/ZstdFrame.h"

#include <QtEndian>

#include <zstd.h>

#include <memory>
#include <new>

namespace tonghu::util {

namespace {

struct ContextDeleter
{
    void operator()(ZSTD_CCtx* c) const { ZSTD_freeCCtx(c); }
    void operator()(ZSTD_DCtx* d) const { ZSTD_freeDCtx(d); }
};

ZSTD_CCtx* compressor()
{
    thread_local std::unique_ptr<ZSTD_CCtx, ContextDeleter> c(ZSTD_createCCtx());
    if (!c)
        throw std::bad_alloc();
    return c.get();
}

ZSTD_DCtx* decompressor()
{
    thread_local std::unique_ptr<ZSTD_DCtx, ContextDeleter> d(ZSTD_createDCtx());
    if (!d)
        throw std::bad_alloc();
    return d.get();
}

} // namespace

bool startsZstdFrame(QByteArrayView bytes)
{
    return bytes.size() >= 4 && qFromLittleEndian<quint32>(bytes.data()) == ZSTD_MAGICNUMBER;
}

QByteArray packFrame(QByteArrayView bytes, int level)
{
    // ZSTD_compressCCtx writes the content size into the frame and uses no dictionary.
    QByteArray out(qsizetype(ZSTD_compressBound(std::size_t(bytes.size()))), Qt::Uninitialized);
    const std::size_t n =
        ZSTD_compressCCtx(compressor(), out.data(), std::size_t(out.size()), bytes.data(), std::size_t(bytes.size()), level);
    if (ZSTD_isError(n))
        return {};
    out.truncate(qsizetype(n));
    return out;
}

Unpacked unpackFrame(QByteArrayView frame, quint64 maxBytes)
{
    using Problem = Unpacked::Problem;
    if (!startsZstdFrame(frame))
        return {{}, Problem::NotOneFrame};
    const unsigned long long declared = ZSTD_getFrameContentSize(frame.data(), std::size_t(frame.size()));
    if (declared == ZSTD_CONTENTSIZE_UNKNOWN || declared == ZSTD_CONTENTSIZE_ERROR)
        return {{}, Problem::NotOneFrame};
    if (declared > maxBytes)
        return {{}, Problem::TooLarge};
    const std::size_t frameBytes = ZSTD_findFrameCompressedSize(frame.data(), std::size_t(frame.size()));
    if (ZSTD_isError(frameBytes) || frameBytes != std::size_t(frame.size()) ||
        ZSTD_getDictID_fromFrame(frame.data(), std::size_t(frame.size())) != 0)
        return {{}, Problem::NotOneFrame};

    QByteArray out(qsizetype(declared), Qt::Uninitialized);
    const std::size_t n =
        ZSTD_decompressDCtx(decompressor(), out.data(), std::size_t(out.size()), frame.data(), std::size_t(frame.size()));
    if (ZSTD_isError(n) || n != declared)
        return {{}, Problem::WrongSize};
    return {out, Problem::None};
}

} // namespace tonghu::util
