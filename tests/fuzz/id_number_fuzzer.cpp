// SPDX-License-Identifier: GPL-3.0-or-later
// The ID-number parser reads whatever a child director types or a spreadsheet holds.
#include "core/model/IdNumber.h"
#include "tests/fuzz/FuzzSupport.h"

#include <cstdint>

using tonghu::model::IdNumber;

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    tonghu::fuzz::startQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto info = IdNumber::parse(text, tonghu::fuzz::today());
    // What the parser promises: a valid number is 18 characters that check, with a birth date
    // and a sex; an invalid one says why in a sentence.
    if (info.valid()) {
        if (info.normalized.size() != 18 || !info.birthDate.isValid() || info.sex.isEmpty()
            || IdNumber::checkCharacter(info.normalized.left(17)) != info.normalized.at(17)
            || !IdNumber::parse(info.normalized, tonghu::fuzz::today()).valid())
            std::abort();
    } else if (info.message().isEmpty()) {
        std::abort();
    }
    const QString masked = IdNumber::masked(text);
    (void)masked;
    return 0;
}
