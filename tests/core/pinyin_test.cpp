// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/Pinyin.h"

#include <catch2/catch_test_macros.hpp>

#include <QRegularExpression>

#include <thread>
#include <vector>

using tonghu::text::Pinyin;
using tonghu::text::PinyinKeys;

namespace {

void checkKeys(const QString& name, const char* full, const char* initials)
{
    const PinyinKeys keys = Pinyin::keys(name);
    // Test names are fictional, so printing them on failure exposes no one.
    INFO("name: " << name.toStdString());
    CHECK(keys.full == QLatin1String(full));
    CHECK(keys.initials == QLatin1String(initials));
}

} // namespace

TEST_CASE("A Chinese name gives its toneless pinyin and the initial of each syllable", "[pinyin]")
{
    checkKeys(QStringLiteral("张三"), "zhangsan", "zs");
    checkKeys(QStringLiteral("李小龙"), "lixiaolong", "lxl");
    checkKeys(QStringLiteral("欧阳娜娜"), "ouyangnana", "oynn");
}

TEST_CASE("Surnames with a special reading are read as surnames at the start of the name", "[pinyin]")
{
    // Verified with ICU 72's Han-Latin/Names: 单 shan (plain Han-Latin says dan), 曾 zeng
    // (céng), 区 ou (qū), 尉迟 yuchi (wèichí), 仇 qiu (chóu), 解 xie (jiě), 查 zha (chá).
    checkKeys(QStringLiteral("单雄信"), "shanxiongxin", "sxx");
    checkKeys(QStringLiteral("曾国藩"), "zengguofan", "zgf");
    checkKeys(QStringLiteral("区小明"), "ouxiaoming", "oxm");
    checkKeys(QStringLiteral("尉迟敬德"), "yuchijingde", "ycjd");
    checkKeys(QStringLiteral("仇英"), "qiuying", "qy");
    checkKeys(QStringLiteral("解缙"), "xiejin", "xj");
    checkKeys(QStringLiteral("查良镛"), "zhaliangyong", "zly");
}

TEST_CASE("The surname reading applies only at the start: later in the name the common reading is used",
          "[pinyin]")
{
    // ICU 72 reads 单 and 区 inside a given name as dan and qu; 曾 stays zeng everywhere.
    checkKeys(QStringLiteral("张单"), "zhangdan", "zd");
    checkKeys(QStringLiteral("陈区"), "chenqu", "cq");
    checkKeys(QStringLiteral("单单"), "shandan", "sd");
}

TEST_CASE("The middle dot and spaces of minority and foreign names are dropped", "[pinyin]")
{
    checkKeys(QStringLiteral("阿依古丽·买买提"), "ayigulimaimaiti", "ayglmmt");
    checkKeys(QStringLiteral("欧阳 娜娜"), "ouyangnana", "oynn");
    checkKeys(QStringLiteral("  张三  "), "zhangsan", "zs");
    checkKeys(QStringLiteral("张　三"), "zhangsan", "zs"); // ideographic space
}

TEST_CASE("Latin letters and digits in a name are kept lower-cased, one initial per word", "[pinyin]")
{
    checkKeys(QStringLiteral("李Anna"), "lianna", "la");
    checkKeys(QStringLiteral("Anna李"), "annali", "al");
    checkKeys(QStringLiteral("王2"), "wang2", "w2");
    checkKeys(QStringLiteral("Mary Ann"), "maryann", "ma");
    checkKeys(QStringLiteral("Zoë王"), "zoewang", "zw");
    // Full-width letters and digits, as a Chinese input method in full-width mode types them.
    checkKeys(QStringLiteral("Ａｎｎａ李"), "annali", "al");
    checkKeys(QStringLiteral("王１"), "wang1", "w1");
}

TEST_CASE("Tone marks and the umlaut of ü are dropped", "[pinyin]")
{
    checkKeys(QStringLiteral("吕女"), "lunu", "ln");
}

TEST_CASE("Rare name characters outside the Basic Multilingual Plane are read", "[pinyin]")
{
    // U+2A6A5 (CJK Extension B), which ICU 72 reads zhé.
    checkKeys(QStringLiteral("张\U0002A6A5三"), "zhangzhesan", "zzs");
}

TEST_CASE("An empty or punctuation-only name gives empty keys", "[pinyin]")
{
    checkKeys(QString(), "", "");
    checkKeys(QStringLiteral(" · "), "", "");
}

TEST_CASE("Keys of Chinese names are plain lower-case ASCII letters", "[pinyin]")
{
    const QRegularExpression plain(QStringLiteral("^[a-z]+$"));
    for (const QString& name : {QStringLiteral("诸葛亮"), QStringLiteral("绿珠"), QStringLiteral("覃嘉懿"),
                                QStringLiteral("长孙无忌"), QStringLiteral("〇")}) {
        const PinyinKeys keys = Pinyin::keys(name);
        INFO("name: " << name.toStdString());
        CHECK(plain.match(keys.full).hasMatch());
        CHECK(plain.match(keys.initials).hasMatch());
        CHECK(keys.initials.size() == name.size());
    }
}

// Guards the result, not the lock: ICU 72's rule-based transliterators serialise internally,
// so even without Pinyin's own mutex this passed (and ThreadSanitizer stayed quiet). The lock
// stays because ICU does not promise that.
TEST_CASE("Keys can be computed from several threads at once", "[pinyin]")
{
    std::vector<std::thread> threads;
    std::vector<int> wrong(6, 0);
    for (size_t t = 0; t < wrong.size(); ++t) {
        threads.emplace_back([&wrong, t] {
            for (int i = 0; i < 200; ++i) {
                const PinyinKeys keys = Pinyin::keys(QStringLiteral("单雄信"));
                if (keys.full != QLatin1String("shanxiongxin") || keys.initials != QLatin1String("sxx"))
                    ++wrong[t];
            }
        });
    }
    for (auto& thread : threads)
        thread.join();
    for (const int w : wrong)
        CHECK(w == 0);
}
