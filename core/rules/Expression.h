// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/rules/Value.h"

#include <QString>

#include <memory>
#include <vector>

namespace tonghu::rules {

// Where a piece of a rulebook came from, for error messages a county officer can follow.
struct SourcePos
{
    QString file;
    int line = 0;
    int column = 0;
    QString toString() const;
};

struct Expr;
using ExprPtr = std::shared_ptr<const Expr>;

// The condition language: literals ('text', 12, true, [1, 2]), dotted names (facts, settings,
// rule ids, definitions), calls, not/and/or, comparisons, `in`, `contains`, + and -.
struct Expr
{
    enum class Kind { Literal, List, Name, Call, Not, And, Or, Compare, Arith, In, Contains };
    Kind kind = Kind::Literal;
    SourcePos pos;
    Value literal;         // Literal
    QString name;          // Name, Call (function), Compare/Arith (operator)
    std::vector<ExprPtr> args;
};

// Parses `text`, whose first character sits at `start`. Continuation lines keep their leading
// blanks so columns stay those of the file. Throws RuleError (see Rulebook.h) on a syntax error.
ExprPtr parseExpression(const QString& text, const SourcePos& start);

} // namespace tonghu::rules
