// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/vault/UnlockThrottle.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>

namespace tonghu::vault {

UnlockThrottle::UnlockThrottle(const QString& vaultDir)
    : m_path(vaultDir + QStringLiteral("/unlock-attempts.json"))
{
    QFile f(m_path);
    if (!f.open(QIODevice::ReadOnly))
        return;
    const QJsonObject o = QJsonDocument::fromJson(f.read(4096)).object();
    m_failures = std::max(0, o.value(QLatin1String("failures")).toInt());
    m_last = QDateTime::fromString(o.value(QLatin1String("last")).toString(), Qt::ISODate);
}

int UnlockThrottle::secondsToWait(const QDateTime& now) const
{
    if (m_failures < kFreeAttempts || !m_last.isValid())
        return 0;
    const int steps = std::min(m_failures - kFreeAttempts, 5);
    const qint64 wait = std::min<qint64>(30LL << steps, 900);
    // A clock set backwards must not shorten the wait: count from whichever is later.
    const qint64 elapsed = std::max<qint64>(0, m_last.secsTo(now));
    return static_cast<int>(std::max<qint64>(0, wait - elapsed));
}

void UnlockThrottle::recordFailure(const QDateTime& now)
{
    ++m_failures;
    m_last = now;
    save();
}

void UnlockThrottle::reset()
{
    if (m_failures == 0)
        return;
    m_failures = 0;
    m_last = {};
    QFile::remove(m_path);
}

void UnlockThrottle::save() const
{
    QSaveFile f(m_path);
    if (!f.open(QIODevice::WriteOnly))
        return; // a read-only vault folder still refuses wrong passphrases, just without delay
    const QJsonObject o{{QStringLiteral("failures"), m_failures},
                        {QStringLiteral("last"), m_last.toString(Qt::ISODate)}};
    f.write(QJsonDocument(o).toJson(QJsonDocument::Compact));
    f.commit();
}

} // namespace tonghu::vault
