// SPDX-License-Identifier: GPL-3.0-or-later
// The evaluate input ({"as_of": ..., "facts": {...}}) comes from scripts and other programs;
// whatever it reads is then evaluated, so the evaluator meets every fact value the reader lets in.
#include "core/rules/Evaluator.h"
#include "core/rules/FactsInput.h"
#include "tests/fuzz/FuzzSupport.h"

#include <cstdint>

using namespace tonghu::rules;

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    tonghu::fuzz::startQt();
    (void)Rulebook::builtin();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray json(reinterpret_cast<const char*>(data), qsizetype(size));
    tonghu::fuzz::refusesCleanly([&] {
        const EvaluateInput in = FactsInput::parse(json, Rulebook::builtin(), tonghu::fuzz::today());
        static const Evaluator evaluator(Rulebook::builtin());
        const Evaluation e = evaluator.evaluate(in.facts, in.asOf);
        (void)e.toJson();
    });
    return 0;
}
