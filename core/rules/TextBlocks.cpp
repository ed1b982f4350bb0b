// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rules/TextBlocks.h"

#include "core/rules/RuleError.h"

#include <QCoreApplication>
#include <QFile>

namespace tonghu::rules {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(tonghu::rules::Rulebook)
};
} // namespace

QString readRuleText(const QString& path, const QString& displayName)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw RuleError({displayName, 0, 0}, Text::tr("The file cannot be read."));
    const QByteArray bytes = f.read(4 << 20);
    if (!f.atEnd())
        throw RuleError({displayName, 0, 0}, Text::tr("The file is too large for a rulebook."));
    return QString::fromUtf8(bytes);
}

QList<Section> readSections(const QString& path, const QString& displayName)
{
    const QStringList lines = readRuleText(path, displayName).split(QLatin1Char('\n'));
    QList<Section> sections{Section{}};
    sections.front().pos = {displayName, 1, 1};
    Entry* open = nullptr;
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines[i];
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        const QString trimmed = line.trimmed();
        const SourcePos here{displayName, i + 1, 1};
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')))
            continue;
        if (line[0].isSpace()) {
            if (!open)
                throw RuleError({displayName, i + 1, 1}, Text::tr("An indented line must continue a value."));
            open->value += QLatin1Char('\n') + line;
            continue;
        }
        if (trimmed.startsWith(QLatin1Char('['))) {
            if (!trimmed.endsWith(QLatin1Char(']')))
                throw RuleError(here, Text::tr("A section header must end with ']'."));
            Section s;
            s.header = trimmed.mid(1, trimmed.size() - 2).trimmed();
            s.pos = {displayName, i + 1, static_cast<int>(line.indexOf(QLatin1Char('['))) + 2};
            sections << s;
            open = nullptr;
            continue;
        }
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq < 0)
            throw RuleError(here, Text::tr("Expected 'name = value'."));
        Entry e;
        e.key = line.left(eq).trimmed();
        e.keyPos = here;
        qsizetype v = eq + 1;
        while (v < line.size() && line[v].isSpace())
            ++v;
        e.value = line.mid(v);
        e.valuePos = {displayName, i + 1, static_cast<int>(v) + 1};
        if (e.key.isEmpty())
            throw RuleError(here, Text::tr("The name before '=' is missing."));
        sections.back().entries << e;
        open = &sections.back().entries.back();
    }
    return sections;
}

} // namespace tonghu::rules
