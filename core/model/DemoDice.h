// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <array>
#include <cstddef>
#include <initializer_list>
#include <random>

namespace tonghu::model {

// The random draws of the demo village and its history. std::mt19937's output sequence is fixed
// by the standard, but the std distributions are not: libstdc++, libc++ and MSVC turn the same
// engine output into different numbers. The draws below are our own, so a seed means the same
// village on every platform. Every draw is its own statement: the order in which a call's
// arguments are evaluated is unspecified.
class DemoDice
{
public:
    explicit DemoDice(quint32 seed) : m_engine(seed) {}

    // Uniform in [0, n), by rejection so no value is favoured.
    int below(int n)
    {
        const quint64 range = quint64(1) << 32;
        const quint64 bound = range - range % quint64(n);
        quint64 x = 0;
        do {
            x = m_engine();
        } while (x >= bound);
        return static_cast<int>(x % quint64(n));
    }
    int between(int low, int high) { return low + below(high - low + 1); }
    bool chance(int percent) { return below(100) < percent; }
    template <std::size_t N> QString pick(const std::array<const char*, N>& names)
    {
        return QString::fromUtf8(names[std::size_t(below(int(N)))]);
    }
    QString pick(const QList<QString>& names) { return names.at(below(int(names.size()))); }
    int weighted(std::initializer_list<int> weights)
    {
        int total = 0;
        for (int w : weights)
            total += w;
        int r = below(total);
        int index = 0;
        for (int w : weights) {
            if (r < w)
                return index;
            r -= w;
            ++index;
        }
        return index - 1;
    }
    template <typename T> void shuffle(QList<T>& list)
    {
        for (qsizetype i = list.size() - 1; i > 0; --i)
            list.swapItemsAt(i, below(int(i + 1)));
    }

private:
    std::mt19937 m_engine;
};

} // namespace tonghu::model
