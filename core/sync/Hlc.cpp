// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/Hlc.h"

#include "core/storage/Database.h"
#include "core/storage/VaultInfo.h"

#include <QDateTime>

#include <algorithm>

namespace tonghu::sync {

namespace {

constexpr const char* kKey = "hlc_last";

QString last(storage::Database& db)
{
    return storage::readInfo(db, kKey);
}

void store(storage::Database& db, const QString& value)
{
    storage::writeInfo(db, kKey, value);
}

} // namespace

QString Hlc::format(qint64 ms, int counter)
{
    return QStringLiteral("%1.%2").arg(ms, 15, 10, QLatin1Char('0')).arg(counter, 5, 10, QLatin1Char('0'));
}

bool Hlc::parse(const QString& text, qint64* ms, int* counter)
{
    if (text.size() != 21 || text.at(15) != QLatin1Char('.'))
        return false;
    bool okMs = false, okCounter = false;
    const qint64 m = text.left(15).toLongLong(&okMs);
    const int c = text.mid(16).toInt(&okCounter);
    if (!okMs || !okCounter || m < 0 || c < 0)
        return false;
    *ms = m;
    *counter = c;
    return true;
}

QString Hlc::next(storage::Database& db, qint64 nowMs)
{
    if (nowMs < 0)
        nowMs = QDateTime::currentMSecsSinceEpoch();
    qint64 ms = 0;
    int counter = 0;
    if (!parse(last(db), &ms, &counter))
        ms = 0, counter = 0;
    // The wall clock moves the time on; when it stands still or went back, the counter does.
    // (A counter past five digits, a hundred thousand events in one millisecond, moves the
    // millisecond on instead, so the text form stays sortable.)
    const QString t = nowMs > ms            ? format(nowMs, 0)
                      : counter + 1 > 99999 ? format(ms + 1, 0)
                                            : format(ms, counter + 1);
    store(db, t);
    return t;
}

void Hlc::observe(storage::Database& db, const QString& remote)
{
    qint64 rms = 0, ms = 0;
    int rc = 0, c = 0;
    if (!parse(remote, &rms, &rc))
        return;
    if (!parse(last(db), &ms, &c) || remote > format(ms, c))
        store(db, remote);
}

} // namespace tonghu::sync
