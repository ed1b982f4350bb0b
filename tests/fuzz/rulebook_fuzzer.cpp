// SPDX-License-Identifier: GPL-3.0-or-later
// A county's rulebook is text a person wrote. The input's first byte picks one file of the
// built-in rulebook and the rest replaces it; a rulebook that still loads is then evaluated, so
// that whatever conditions the loader lets through are bounded in the evaluator too.
#include "core/rules/Evaluator.h"
#include "core/rules/Rulebook.h"
#include "tests/fuzz/FuzzSupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdint>

using namespace tonghu::rules;

namespace {
QString folder;
QStringList names;
QHash<QString, QByteArray> original;

void write(const QString& name, const QByteArray& bytes)
{
    QFile f(QDir(folder).filePath(name));
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        std::abort();
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    tonghu::fuzz::startQt();
    static QTemporaryDir dir;
    folder = dir.path();
    names = QDir(QStringLiteral(":/rules")).entryList(QDir::Files, QDir::Name);
    for (const QString& name : names) {
        QFile f(QStringLiteral(":/rules/") + name);
        if (!f.open(QIODevice::ReadOnly))
            std::abort();
        original.insert(name, f.readAll());
        write(name, original.value(name));
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0 || names.isEmpty())
        return 0;
    const QString name = names.at(data[0] % names.size());
    write(name, QByteArray(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1)));
    tonghu::fuzz::refusesCleanly([&] {
        const Rulebook rb = Rulebook::load(folder);
        const Evaluator evaluator(rb);
        // Every fact known, each with the first value its type allows, then every fact unknown.
        Facts facts;
        for (const FactSpec& spec : rb.facts) {
            switch (spec.type) {
            case FactSpec::Type::Bool: facts.insert(spec.name, Value::boolean(true)); break;
            case FactSpec::Type::Number: facts.insert(spec.name, Value::number(spec.hasRange ? spec.min : 1)); break;
            case FactSpec::Type::Date: facts.insert(spec.name, Value::date(QDate(2016, 2, 29))); break;
            case FactSpec::Type::Enum:
                if (!spec.values.isEmpty())
                    facts.insert(spec.name, Value::text(spec.values.first()));
                break;
            case FactSpec::Type::List: facts.insert(spec.name, Value::ofList(spec.values.mid(0, 1))); break;
            }
        }
        (void)evaluator.evaluate(facts, tonghu::fuzz::today()).toJson();
        (void)evaluator.evaluate(Facts{}, tonghu::fuzz::today(), QStringLiteral("en"));
    });
    write(name, original.value(name));
    return 0;
}
