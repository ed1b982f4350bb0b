// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QString>

#include <algorithm>
#include <cmath>
#include <utility>

namespace tonghu::bench {

// One workload's figure on one database, in milliseconds, with what it may add beside it: a
// rate (events_per_s, children_per_s) or latency percentiles (p50_ms, p95_ms).
struct Measurement
{
    QString name;
    double ms = 0;
    QList<std::pair<QString, double>> extra;
};

// Wall-clock time, which is what a user waits for; the machine is shared, so a figure can be
// slowed by others' work, which is why the two databases run in the same process, one after the
// other, on the same data.
class Stopwatch
{
public:
    Stopwatch() { m_t.start(); }
    double ms() const { return double(m_t.nsecsElapsed()) / 1e6; }

private:
    QElapsedTimer m_t;
};

inline double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype i = std::min<qsizetype>(values.size() - 1, qsizetype(std::ceil(p * double(values.size()))) - 1);
    return values.at(std::max<qsizetype>(0, i));
}

} // namespace tonghu::bench
