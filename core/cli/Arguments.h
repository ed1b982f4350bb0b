// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace tonghu::cli {

// One `--name` option. Help texts are QT_TRANSLATE_NOOP'd in the context "tonghu::cli::CliApp"
// and translated when printed.
struct OptionSpec
{
    const char* name;      // without the leading dashes
    const char* valueName; // nullptr for a flag
    const char* help;
};

// Options may come before or after the verb, as `--name value` or `--name=value`; `--` ends
// the options. A parse is strict: an unknown option, a flag given a value or an option missing
// its value is refused, because a typo must not silently change what a command does.
class Arguments final
{
    Q_DECLARE_TR_FUNCTIONS(tonghu::cli::Arguments)
public:
    // False with error() set when the arguments do not fit the specs.
    bool parse(const QStringList& arguments, const QList<OptionSpec>& specs);
    const QString& error() const { return m_error; }

    bool isSet(const char* name) const { return m_values.contains(QLatin1String(name)); }
    QString value(const char* name) const { return m_values.value(QLatin1String(name)); }
    const QStringList& positional() const { return m_positional; }

    // The leading words before any option that is not one of `globals`: the verb, possibly of
    // two words ("rules check"). Values of global options are skipped.
    static QStringList leadingWords(const QStringList& arguments, const QList<OptionSpec>& globals);

private:
    QHash<QString, QString> m_values;
    QStringList m_positional;
    QString m_error;
};

} // namespace tonghu::cli
