// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/rules/Expression.h"
#include "core/util/Error.h"

namespace tonghu::rules {

// A problem in a rulebook, reported as "file:line:column: what is wrong".
class RuleError : public Error
{
public:
    RuleError(const SourcePos& pos, const QString& what)
        : Error(Kind::BadInput, pos.toString() + QStringLiteral(": ") + what), m_pos(pos), m_what(what)
    {
    }
    const SourcePos& pos() const { return m_pos; }
    const QString& what_() const { return m_what; }

private:
    SourcePos m_pos;
    QString m_what;
};

} // namespace tonghu::rules
