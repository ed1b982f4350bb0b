// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/rules/Rulebook.h"
#include "core/rules/Value.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QStringList>

namespace tonghu::rules {

struct EvaluateInput
{
    QDate asOf;
    Facts facts;
    QStringList warnings; // unknown fact names: reported, not fatal
};

// Reads the `tonghu-cli evaluate` input {"as_of": "...", "facts": {...}} and checks every fact
// against the rulebook's vocabulary. Malformed input throws tonghu::Error{BadInput} with one
// sentence naming the fact; null means unknown.
class FactsInput final
{
    Q_DECLARE_TR_FUNCTIONS(tonghu::rules::FactsInput)
public:
    static EvaluateInput parse(const QByteArray& json, const Rulebook& rulebook,
                               const QDate& today = QDate::currentDate());
    static EvaluateInput fromObject(const QJsonObject& root, const Rulebook& rulebook,
                                    const QDate& today = QDate::currentDate());
    // One fact's JSON value; throws on a wrong type or an unknown value.
    static Value factValue(const FactSpec& spec, const QJsonValue& v);
};

} // namespace tonghu::rules
