// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rules/VisitAnswers.h"

#include "core/rules/FactRow.h"
#include "core/rules/FactsInput.h"
#include "core/rules/IsoDate.h"
#include "core/util/Error.h"

#include <QJsonDocument>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <optional>
#include <utility>
#include <vector>

namespace tonghu::rules {

namespace {

// A scalar of the plain shape: null, true, false, a whole number of at most 15 digits (exactly
// a double, as QJsonValue holds it), or a string of printable ASCII without escapes.
struct Scalar
{
    enum class Kind { Null, True, False, Number, String, Array };
    Kind kind = Kind::Null;
    std::string_view text;
    double number = 0;
    std::size_t first = 0; // Array: its items in `items`
    std::size_t count = 0;
};

struct Member
{
    std::string_view key;
    Scalar value;
    int slot = -1; // the fact of the vocabulary it answers
};

// JSON of the shape {"key": scalar or [scalars], ...}. Anything else makes parse() return false.
// (A key answered twice, which QJsonDocument would resolve itself, is found when the keys are
// matched to facts.)
class PlainScanner
{
public:
    explicit PlainScanner(std::string_view json) : m_p(json.data()), m_end(json.data() + json.size()) {}

    bool parse(std::vector<Member>& members, std::vector<Scalar>& items)
    {
        // The plain shape has only printable ASCII and no backslash, and JSON's white space
        // between tokens; checked here at once, eight bytes at a time, so that a string below
        // is only looked through for its closing quote.
        const char* p = m_p;
        while (m_end - p >= 8 && !outside(p))
            p += 8;
        for (; p < m_end; ++p) { // from the first eight bytes with anything else in them
            const auto c = static_cast<unsigned char>(*p);
            if (c == '\\' || c > 0x7e || (c < 0x20 && c != '\t' && c != '\n' && c != '\r'))
                return false;
            m_spaces = m_spaces || c < 0x20;
        }
        blanks();
        if (!take('{'))
            return false;
        blanks();
        if (!take('}')) {
            for (;;) {
                Member& m = members.emplace_back(); // filled in place
                if (!string(m.key))
                    return false;
                blanks();
                if (!take(':'))
                    return false;
                blanks();
                if (take('[')) {
                    m.value.kind = Scalar::Kind::Array;
                    m.value.first = items.size();
                    blanks();
                    if (!take(']')) {
                        for (;;) {
                            if (!scalar(items.emplace_back()))
                                return false;
                            blanks();
                            if (take(']'))
                                break;
                            if (!take(','))
                                return false;
                            blanks();
                        }
                    }
                    m.value.count = items.size() - m.value.first;
                } else if (!scalar(m.value)) {
                    return false;
                }
                blanks();
                if (take('}'))
                    break;
                if (!take(','))
                    return false;
                blanks();
            }
        }
        blanks();
        return m_p == m_end;
    }

private:
    bool take(char c)
    {
        if (m_p < m_end && *m_p == c) {
            ++m_p;
            return true;
        }
        return false;
    }

    // JSON's white space, as QJsonDocument skips it.
    void blanks()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\t' || *m_p == '\n' || *m_p == '\r'))
            ++m_p;
    }

    bool string(std::string_view& out)
    {
        if (!take('"'))
            return false;
        const char* begin = m_p;
        const auto* quote = static_cast<const char*>(std::memchr(m_p, '"', std::size_t(m_end - m_p)));
        if (!quote)
            return false;
        // Tabs and line breaks may stand between tokens, not inside a string.
        if (m_spaces)
            for (const char* c = begin; c < quote; ++c)
                if (static_cast<unsigned char>(*c) < 0x20)
                    return false;
        out = std::string_view(begin, std::size_t(quote - begin));
        m_p = quote + 1;
        return true;
    }

    // Nonzero when one of the eight bytes at p is a backslash, below 0x20 or above 0x7e (the
    // tests of "Bit Twiddling Hacks", each exact about whether such a byte is there).
    static std::uint64_t outside(const char* p)
    {
        constexpr std::uint64_t ones = 0x0101010101010101ULL;
        constexpr std::uint64_t highs = 0x8080808080808080ULL;
        std::uint64_t w;
        std::memcpy(&w, p, 8);
        const std::uint64_t below = (w - ones * 0x20) & ~w & highs;
        const std::uint64_t above = ((w + ones * (0x7f - 0x7e)) | w) & highs;
        const std::uint64_t b = w ^ (ones * '\\');
        const std::uint64_t backslash = (b - ones) & ~b & highs;
        return below | above | backslash;
    }

    // What may follow a value: white space, a comma, or the end of an array or object.
    bool ended() const
    {
        return m_p == m_end || *m_p == ' ' || *m_p == '\t' || *m_p == '\n' || *m_p == '\r' || *m_p == ',' ||
               *m_p == '}' || *m_p == ']';
    }

    bool word(std::string_view w)
    {
        if (std::size_t(m_end - m_p) < w.size() || std::string_view(m_p, w.size()) != w)
            return false;
        m_p += w.size();
        return ended();
    }

    bool scalar(Scalar& out)
    {
        if (m_p == m_end)
            return false;
        switch (*m_p) {
        case '"':
            out.kind = Scalar::Kind::String;
            return string(out.text);
        case 't':
            out.kind = Scalar::Kind::True;
            return word("true");
        case 'f':
            out.kind = Scalar::Kind::False;
            return word("false");
        case 'n':
            out.kind = Scalar::Kind::Null;
            return word("null");
        default:
            return number(out);
        }
    }

    bool number(Scalar& out)
    {
        const bool negative = take('-');
        const char* digits = m_p;
        long long n = 0;
        while (m_p < m_end && *m_p >= '0' && *m_p <= '9') {
            n = n * 10 + (*m_p - '0');
            ++m_p;
            if (m_p - digits > 15)
                return false;
        }
        // No leading zero ("01"), fraction or exponent: those are read by QJsonDocument.
        if (m_p == digits || (*digits == '0' && m_p - digits > 1) || !ended())
            return false;
        out.kind = Scalar::Kind::Number;
        out.number = double(negative ? -n : n); // "-0" is the whole number 0, as QJsonDocument reads it
        return true;
    }

    const char* m_p;
    const char* m_end;
    bool m_spaces = false; // bytes below 0x20 (tabs, line breaks) are in the text
};

// The ASCII text `s` as one of the vocabulary's `values` (shared, not copied), or null; `utf8`
// are the same values in UTF-8.
const QString* oneOf(const QStringList& values, const std::vector<std::string>& utf8, std::string_view s)
{
    for (std::size_t i = 0; i < utf8.size(); ++i)
        if (utf8[i] == s)
            return &values[qsizetype(i)];
    return nullptr;
}

// FactsInput::factValue for a value of the plain shape: nothing where it would throw.
std::optional<Value> plainValue(const FactSpec& spec, const std::vector<std::string>& values, const Scalar& v,
                                const std::vector<Scalar>& items)
{
    switch (spec.type) {
    case FactSpec::Type::Bool:
        if (v.kind != Scalar::Kind::True && v.kind != Scalar::Kind::False)
            return std::nullopt;
        return Value::boolean(v.kind == Scalar::Kind::True);
    case FactSpec::Type::Number:
        // A whole number already; the range as factValue checks it.
        if (v.kind != Scalar::Kind::Number || (spec.hasRange && (v.number < spec.min || v.number > spec.max)))
            return std::nullopt;
        return Value::number(v.number);
    case FactSpec::Type::Date: {
        // factValue wants ^\d{4}-\d{2}-\d{2}$, then a real date; a plain string holds no line
        // break, so `$` is its end.
        if (v.kind != Scalar::Kind::String || v.text.size() != 10)
            return std::nullopt;
        for (std::size_t i = 0; i < 10; ++i) {
            const bool dash = i == 4 || i == 7;
            if (dash ? v.text[i] != '-' : (v.text[i] < '0' || v.text[i] > '9'))
                return std::nullopt;
        }
        const QDate d = isoDate(QByteArrayView(v.text.data(), 10));
        if (!d.isValid())
            return std::nullopt;
        return Value::date(d);
    }
    case FactSpec::Type::Enum: {
        const QString* value = v.kind == Scalar::Kind::String ? oneOf(spec.values, values, v.text) : nullptr;
        if (!value)
            return std::nullopt;
        return Value::text(*value);
    }
    case FactSpec::Type::List: {
        if (v.kind != Scalar::Kind::Array)
            return std::nullopt;
        QStringList list;
        for (std::size_t i = v.first; i < v.first + v.count; ++i) {
            const QString* value = items[i].kind == Scalar::Kind::String ? oneOf(spec.values, values, items[i].text) : nullptr;
            if (!value)
                return std::nullopt;
            if (!list.contains(*value))
                list << *value;
        }
        return Value::ofList(list);
    }
    }
    return std::nullopt;
}

} // namespace

VisitAnswers::VisitAnswers(const Rulebook& rb) : m_rb(rb)
{
    for (const FactSpec& spec : rb.facts) {
        Spec s{spec.name.toStdString(), &spec, {}};
        for (const QString& v : spec.values)
            s.values.push_back(v.toStdString());
        m_specs.push_back(std::move(s));
    }
    std::sort(m_specs.begin(), m_specs.end(), [](const Spec& a, const Spec& b) { return a.name < b.name; });
    // Open addressing at most a quarter full.
    std::size_t size = 16;
    while (size < 4 * m_specs.size())
        size *= 2;
    m_table.assign(size, -1);
    for (std::size_t slot = 0; slot < m_specs.size(); ++slot) {
        std::size_t b = bucket(m_specs[slot].name);
        while (m_table[b] >= 0)
            b = (b + 1) & (size - 1);
        m_table[b] = int(slot);
    }
}

std::size_t VisitAnswers::bucket(std::string_view name) const
{
    // The length and the first and last eight bytes tell the vocabulary's names apart well.
    std::uint64_t head = 0, tail = 0;
    if (name.size() >= 8) {
        std::memcpy(&head, name.data(), 8);
        std::memcpy(&tail, name.data() + name.size() - 8, 8);
    } else if (!name.empty()) {
        std::memcpy(&head, name.data(), name.size());
    }
    const std::uint64_t h = head * 0x9E3779B97F4A7C15ULL ^ tail * 0xC2B2AE3D27D4EB4FULL ^ name.size() * 0x165667B19E3779F9ULL;
    return std::size_t(h >> 40) & (m_table.size() - 1);
}

int VisitAnswers::slotOf(std::string_view name) const
{
    for (std::size_t b = bucket(name);; b = (b + 1) & (m_table.size() - 1)) {
        const int slot = m_table[b];
        if (slot < 0)
            return -1;
        if (m_specs[std::size_t(slot)].name == name)
            return slot;
    }
}

int VisitAnswers::slotOf(const QString& fact) const
{
    const std::string name = fact.toStdString();
    const auto it = std::lower_bound(m_specs.cbegin(), m_specs.cend(), name,
                                     [](const Spec& spec, const std::string& n) { return spec.name < n; });
    return it != m_specs.cend() && it->name == name ? int(it - m_specs.cbegin()) : -1;
}

template <typename Put>
bool VisitAnswers::overlayPlain(std::string_view json, const Put& put) const
{
    // The whole text is read before anything is overlaid: text that turns out not to be of the
    // plain shape is read again by QJsonDocument, from the facts as they were.
    thread_local std::vector<Member> members;
    thread_local std::vector<Scalar> items;
    members.clear();
    items.clear();
    if (!PlainScanner(json).parse(members, items))
        return false;
    // Each answer's fact; a fact answered twice is left to QJsonDocument.
    thread_local std::vector<char> seen;
    seen.assign(m_specs.size(), 0);
    for (Member& m : members) {
        m.slot = slotOf(m.key);
        if (m.slot >= 0 && std::exchange(seen[std::size_t(m.slot)], 1))
            return false;
    }
    for (const Member& m : members) {
        if (m.slot < 0 || m.value.kind == Scalar::Kind::Null)
            continue;
        const Spec& spec = m_specs[std::size_t(m.slot)];
        if (std::optional<Value> v = plainValue(*spec.spec, spec.values, m.value, items))
            put(m.slot, std::move(*v));
    }
    return true;
}

template <typename Put>
void VisitAnswers::overlayObject(const QJsonObject& answers, const Put& put) const
{
    for (auto it = answers.begin(); it != answers.end(); ++it) {
        const FactSpec* spec = m_rb.fact(it.key());
        if (!spec || it.value().isNull())
            continue; // an answer of an older checklist whose fact this rulebook no longer has
        try {
            put(slotOf(it.key()), FactsInput::factValue(*spec, it.value()));
        } catch (const Error&) {
            // An answer that no longer fits the vocabulary is treated as unanswered, so the
            // question is asked again rather than the child evaluated on a wrong value.
        }
    }
}

void VisitAnswers::overlay(Facts& facts, const QByteArray& json) const
{
    const auto put = [&](int slot, Value&& v) { facts.insert(factOf(slot), std::move(v)); };
    if (!overlayPlain(std::string_view(json.constData(), std::size_t(json.size())), put))
        overlayObject(QJsonDocument::fromJson(json).object(), put);
}

void VisitAnswers::overlayStored(FactRow& row, QByteArrayView text) const
{
    const auto put = [&row](int slot, Value&& v) { row.set(slot, std::move(v)); };
    if (!overlayPlain(std::string_view(text.data(), std::size_t(text.size())), put))
        overlayObject(QJsonDocument::fromJson(QString::fromUtf8(text).toUtf8()).object(), put);
}

} // namespace tonghu::rules
