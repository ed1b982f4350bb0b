// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/PassphraseStrength.h"

#include <QCoreApplication>

#include <cmath>

namespace tonghu::ui {

namespace {

int poolSize(const QList<uint>& chars)
{
    bool lower = false, upper = false, digit = false, symbol = false, other = false;
    for (uint c : chars) {
        if (c >= 'a' && c <= 'z')
            lower = true;
        else if (c >= 'A' && c <= 'Z')
            upper = true;
        else if (c >= '0' && c <= '9')
            digit = true;
        else if (c < 128)
            symbol = true;
        else
            other = true;
    }
    // Chinese characters typed through an input method come from a few thousand common ones.
    return (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (symbol ? 33 : 0) + (other ? 3000 : 0);
}

} // namespace

PassphraseStrength estimatePassphraseStrength(const QString& passphrase)
{
    const QList<uint> chars = passphrase.toUcs4();
    PassphraseStrength s;
    if (chars.isEmpty())
        return s;
    const double perChar = std::log2(static_cast<double>(std::max(poolSize(chars), 2)));
    double bits = perChar;
    for (qsizetype i = 1; i < chars.size(); ++i) {
        const auto step = static_cast<long long>(chars[i]) - static_cast<long long>(chars[i - 1]);
        // "aaaa", "1234" and "dcba" add almost nothing for someone guessing.
        const bool pattern = step >= -1 && step <= 1;
        bits += pattern ? 1.0 : perChar;
    }
    s.bits = bits;
    s.level = bits >= kStrongBits   ? PassphraseStrength::Level::Strong
              : bits >= kMediumBits ? PassphraseStrength::Level::Medium
                                    : PassphraseStrength::Level::Weak;
    return s;
}

QString strengthLabel(PassphraseStrength::Level level)
{
    switch (level) {
    case PassphraseStrength::Level::Weak:
        return QCoreApplication::translate("tonghu::ui::PassphraseStrength", "Weak");
    case PassphraseStrength::Level::Medium:
        return QCoreApplication::translate("tonghu::ui::PassphraseStrength", "Medium");
    case PassphraseStrength::Level::Strong:
        return QCoreApplication::translate("tonghu::ui::PassphraseStrength", "Strong");
    }
    return {};
}

QString passphraseProblem(const QString& passphrase)
{
    if (passphrase.toUcs4().size() < kMinPassphraseLength)
        return QCoreApplication::translate("tonghu::ui::PassphraseStrength", "Use at least %n characters.",
                                           nullptr, kMinPassphraseLength);
    if (estimatePassphraseStrength(passphrase).level == PassphraseStrength::Level::Weak)
        return QCoreApplication::translate("tonghu::ui::PassphraseStrength",
                                           "Too easy to guess: add more words, digits or symbols.");
    return {};
}

bool isAcceptablePassphrase(const QString& passphrase)
{
    return passphraseProblem(passphrase).isEmpty();
}

} // namespace tonghu::ui
