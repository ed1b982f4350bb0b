// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/TestSupport.h"
#include "ui/PassphraseStrength.h"

#include <catch2/catch_test_macros.hpp>

using namespace tonghu::ui;
using Level = PassphraseStrength::Level;

TEST_CASE("passphrase strength: short, repeated and sequential passphrases are weak", "[ui]")
{
    CHECK(estimatePassphraseStrength(QString()).bits == 0);
    CHECK(estimatePassphraseStrength(QString()).level == Level::Weak);
    for (const char* weak : {"aaaaaaaaaaaaaaaa", "1234567890", "abcdefghijklmn", "qwerty", "Ab3$"})
        CHECK(estimatePassphraseStrength(QString::fromLatin1(weak)).level == Level::Weak);
    CHECK_FALSE(isAcceptablePassphrase(QStringLiteral("1234567890")));
    // Long enough but a run of one key is no passphrase.
    CHECK_FALSE(passphraseProblem(QStringLiteral("zzzzzzzzzzzzzzzzzzzz")).isEmpty());
}

TEST_CASE("passphrase strength: at least ten characters and medium are required", "[ui]")
{
    // Strong by character mix but too short.
    CHECK_FALSE(isAcceptablePassphrase(QStringLiteral("K7#p!q2Z")));
    CHECK(passphraseProblem(QStringLiteral("K7#p!q2Z")).contains(QLatin1String("10")));
    CHECK(isAcceptablePassphrase(QStringLiteral("river7mountain")));
    CHECK(estimatePassphraseStrength(QStringLiteral("river7mountain")).level != Level::Weak);
    CHECK(estimatePassphraseStrength(QStringLiteral("correct horse battery staple")).level == Level::Strong);
    CHECK(isAcceptablePassphrase(QString::fromUtf8(tonghu::test::kPassphrase)));
}

TEST_CASE("passphrase strength: Chinese characters count as a large alphabet", "[ui]")
{
    const auto chinese = estimatePassphraseStrength(QStringLiteral("我家门前有小河流水"));
    const auto latin = estimatePassphraseStrength(QStringLiteral("wjmqyxhls"));
    CHECK(chinese.bits > latin.bits);
}

TEST_CASE("passphrase strength: adding a character never lowers the estimate", "[ui]")
{
    const QString text = QStringLiteral("Tonghu village 2024, group 3!");
    double previous = 0;
    for (qsizetype n = 1; n <= text.size(); ++n) {
        const double bits = estimatePassphraseStrength(text.left(n)).bits;
        CHECK(bits >= previous);
        previous = bits;
    }
}

TEST_CASE("passphrase strength: every level has a label", "[ui]")
{
    for (Level level : {Level::Weak, Level::Medium, Level::Strong})
        CHECK_FALSE(strengthLabel(level).isEmpty());
}
