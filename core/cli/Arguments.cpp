// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cli/Arguments.h"

namespace tonghu::cli {

namespace {

const OptionSpec* find(const QList<OptionSpec>& specs, const QString& name)
{
    for (const OptionSpec& spec : specs)
        if (name == QLatin1String(spec.name))
            return &spec;
    return nullptr;
}

bool isOption(const QString& arg)
{
    return arg.startsWith(QLatin1String("--")) && arg.size() > 2;
}

} // namespace

bool Arguments::parse(const QStringList& arguments, const QList<OptionSpec>& specs)
{
    m_values.clear();
    m_positional.clear();
    m_error.clear();
    bool optionsEnded = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& arg = arguments.at(i);
        if (optionsEnded || !arg.startsWith(QLatin1Char('-')) || arg == QLatin1String("-")) {
            m_positional << arg;
            continue;
        }
        if (arg == QLatin1String("--")) {
            optionsEnded = true;
            continue;
        }
        if (!isOption(arg)) {
            m_error = tr("Unknown option %1.").arg(arg);
            return false;
        }
        const qsizetype eq = arg.indexOf(QLatin1Char('='));
        const QString name = arg.mid(2, eq < 0 ? -1 : eq - 2);
        const OptionSpec* spec = find(specs, name);
        if (!spec) {
            m_error = tr("Unknown option --%1.").arg(name);
            return false;
        }
        if (!spec->valueName) {
            if (eq >= 0) {
                m_error = tr("The option --%1 takes no value.").arg(name);
                return false;
            }
            m_values.insert(name, QString());
            continue;
        }
        if (eq >= 0) {
            m_values.insert(name, arg.mid(eq + 1));
        } else if (i + 1 < arguments.size()) {
            m_values.insert(name, arguments.at(++i));
        } else {
            m_error = tr("The option --%1 needs a value.").arg(name);
            return false;
        }
    }
    return true;
}

QStringList Arguments::leadingWords(const QStringList& arguments, const QList<OptionSpec>& globals)
{
    QStringList words;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& arg = arguments.at(i);
        if (!arg.startsWith(QLatin1Char('-'))) {
            words << arg;
            continue;
        }
        if (!isOption(arg))
            break;
        const QString name = arg.mid(2).section(QLatin1Char('='), 0, 0);
        const OptionSpec* spec = find(globals, name);
        if (!spec)
            break;
        if (spec->valueName && !arg.contains(QLatin1Char('=')))
            ++i;
    }
    return words;
}

} // namespace tonghu::cli
