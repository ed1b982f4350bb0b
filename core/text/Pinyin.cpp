// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/Pinyin.h"

#include <QList>
#include <QLoggingCategory>
#include <QStringView>

#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>

#include <memory>
#include <mutex>

namespace tonghu::text {

namespace {

Q_LOGGING_CATEGORY(lcPinyin, "tonghu.pinyin")

// ICU transliterators are not safe to share between threads, and building one parses rule
// files (milliseconds), so there is one, built on first use and used under a lock.
struct Engine
{
    std::unique_ptr<icu::Transliterator> transliterator;
    std::mutex mutex;
};

Engine& engine()
{
    static Engine e;
    static std::once_flag built;
    std::call_once(built, [] {
        // Han-Latin/Names reads a character at the start of a name as a surname (单 shan,
        // 曾 zeng, 区 ou); plain Han-Latin is the fallback for an ICU built without it.
        // Latin-ASCII drops the tone marks and turns ü into u; Lower makes the key case-free.
        for (const char* id : {"Han-Latin/Names; Latin-ASCII; Lower", "Han-Latin; Latin-ASCII; Lower"}) {
            UErrorCode status = U_ZERO_ERROR;
            std::unique_ptr<icu::Transliterator> t(icu::Transliterator::createInstance(
                icu::UnicodeString::fromUTF8(id), UTRANS_FORWARD, status));
            if (U_SUCCESS(status) && t) {
                e.transliterator = std::move(t);
                return;
            }
            qCWarning(lcPinyin) << "ICU transliterator" << id << "is not available:" << u_errorName(status);
        }
    });
    return e;
}

enum class Kind { Han, Word, Separator };

Kind kindOf(char32_t cp)
{
    UErrorCode status = U_ZERO_ERROR;
    if (uscript_getScript(static_cast<UChar32>(cp), &status) == USCRIPT_HAN && U_SUCCESS(status))
        return Kind::Han;
    // Marks belong to the letter before them (a decomposed é stays one word).
    if (u_isalnum(static_cast<UChar32>(cp)) || (U_GET_GC_MASK(static_cast<UChar32>(cp)) & U_GC_M_MASK))
        return Kind::Word;
    return Kind::Separator;
}

struct Run
{
    Kind kind;
    QString text;
};

// Han characters and other letters/digits are cut into separate runs, so each Han character
// gives exactly one syllable and "王2" gives the words "wang" and "2", not one word "wang2".
// Separators (spaces, the '·' of minority names, punctuation) end a run and are dropped.
QList<Run> runsOf(const QString& name)
{
    QList<Run> runs;
    bool separated = true;
    for (qsizetype i = 0; i < name.size();) {
        // Rare name characters live outside the BMP (CJK Extension B and later): read whole
        // code points, not UTF-16 units.
        qsizetype length = 1;
        char32_t cp = name.at(i).unicode();
        if (name.at(i).isHighSurrogate() && i + 1 < name.size() && name.at(i + 1).isLowSurrogate()) {
            cp = QChar::surrogateToUcs4(name.at(i), name.at(i + 1));
            length = 2;
        }
        const Kind kind = kindOf(cp);
        if (kind == Kind::Separator) {
            separated = true;
        } else {
            if (separated || runs.last().kind != kind)
                runs.append({kind, {}});
            runs.last().text.append(QStringView(name).mid(i, length));
            separated = false;
        }
        i += length;
    }
    return runs;
}

QString transliterate(const icu::Transliterator& t, const QString& text)
{
    icu::UnicodeString u(reinterpret_cast<const UChar*>(text.utf16()), static_cast<int32_t>(text.size()));
    t.transliterate(u);
    return QString(reinterpret_cast<const QChar*>(u.getBuffer()), u.length());
}

QString lettersAndDigits(const QString& text, bool asciiOnly)
{
    QString out;
    for (const QChar c : text) {
        if (asciiOnly ? (c.isLetterOrNumber() && c.unicode() < 0x80) : c.isLetterOrNumber())
            out.append(c);
    }
    return out;
}

// Without ICU, Chinese characters cannot be read, but a name typed in Latin letters ("Anna",
// a romanised name) stays findable. Digits are kept as the ICU path keeps them.
PinyinKeys asciiKeys(const QString& name)
{
    PinyinKeys keys;
    bool inWord = false;
    for (const QChar c : name.toLower()) {
        const bool keep = c.unicode() < 0x80 && c.isLetterOrNumber();
        if (keep) {
            keys.full.append(c);
            if (!inWord)
                keys.initials.append(c);
        }
        inWord = keep;
    }
    return keys;
}

} // namespace

PinyinKeys Pinyin::keys(const QString& name)
{
    // No NFKC first: Latin-ASCII already folds full-width letters and digits ("Ａｎｎａ", "王１",
    // typed with the input method in full-width mode), and Han-Latin reads compatibility
    // ideographs as the characters they stand for (checked with ICU 72).
    Engine& e = engine();
    if (!e.transliterator)
        return asciiKeys(name);

    const QList<Run> runs = runsOf(name);
    PinyinKeys keys;
    std::lock_guard lock(e.mutex);
    for (const Run& run : runs) {
        const QString latin = transliterate(*e.transliterator, run.text);
        if (run.kind == Kind::Han) {
            // Han-Latin separates the syllables with spaces; anything else left over (a
            // character ICU has no reading for) is dropped rather than put into the key.
            for (const QString& syllable : latin.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                const QString s = lettersAndDigits(syllable, true);
                if (s.isEmpty())
                    continue;
                keys.full += s;
                keys.initials += s.front();
            }
        } else {
            // Already lower-cased by the chain. Non-Latin scripts (Cyrillic, Uyghur) are kept:
            // the key must not lose them, even though no one searches them by pinyin.
            const QString word = lettersAndDigits(latin, false);
            if (word.isEmpty())
                continue;
            keys.full += word;
            keys.initials += word.front();
        }
    }
    return keys;
}

} // namespace tonghu::text
