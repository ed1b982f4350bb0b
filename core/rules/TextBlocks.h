// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/rules/Expression.h"

#include <QList>
#include <QString>

namespace tonghu::rules {

// The text format shared by rule files and checklists: "[header]" lines open a block, then
// "key = value" entries; an indented line continues the value above it; '#' starts a comment line.

// One "key = value" of a file, the value possibly continued on indented lines.
struct Entry
{
    QString key;
    QString value;
    SourcePos keyPos;
    SourcePos valuePos;
};

// A [header] and its entries; the header is empty for entries before the first block.
struct Section
{
    QString header;
    SourcePos pos;
    QList<Entry> entries;
};

// Reads a UTF-8 text file of at most 4 MiB; throws RuleError naming displayName.
QString readRuleText(const QString& path, const QString& displayName);
QList<Section> readSections(const QString& path, const QString& displayName);

} // namespace tonghu::rules
