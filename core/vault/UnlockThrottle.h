// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace tonghu::vault {

// Counts failed unlocks in a small file beside the key slots. After kFreeAttempts failures in a
// row every further attempt must wait, doubling from 30 s up to 15 min, so guessing a
// passphrase on a stolen laptop through the app is slow on top of Argon2id's cost. The file is
// not secret and not authenticated: deleting it only removes the delay, never a protection.
class UnlockThrottle final
{
public:
    static constexpr int kFreeAttempts = 3;

    explicit UnlockThrottle(const QString& vaultDir);
    int failures() const { return m_failures; }
    int secondsToWait(const QDateTime& now = QDateTime::currentDateTimeUtc()) const;
    void recordFailure(const QDateTime& now = QDateTime::currentDateTimeUtc());
    void reset();

private:
    void save() const;

    QString m_path;
    int m_failures = 0;
    QDateTime m_last;
};

} // namespace tonghu::vault
