// SPDX-License-Identifier: GPL-3.0-or-later
// A county may publish its own visit checklist; it is checked against the rulebook when loaded.
#include "core/rules/Checklist.h"
#include "core/rules/Evaluator.h"
#include "tests/fuzz/FuzzSupport.h"

#include <QFile>
#include <QTemporaryDir>

#include <cstdint>

using namespace tonghu::rules;

namespace {
QString path;
}

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    tonghu::fuzz::startQt();
    (void)Rulebook::builtin();
    static QTemporaryDir dir;
    path = dir.filePath(QStringLiteral("visit.checklist"));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        std::abort();
    f.write(reinterpret_cast<const char*>(data), qint64(size));
    f.close();
    tonghu::fuzz::refusesCleanly([&] {
        const Checklist c = Checklist::load(path, Rulebook::builtin());
        // A checklist that loads is shown: every question's show_if is evaluated.
        static const Evaluator evaluator(Rulebook::builtin());
        for (const ChecklistQuestion& q : c.questions)
            (void)c.visible(q, evaluator, Facts{}, tonghu::fuzz::today());
        (void)c.problems(evaluator, Facts{}, tonghu::fuzz::today(), QStringLiteral("zh"));
    });
    return 0;
}
