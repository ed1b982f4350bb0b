// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rules/FactsInput.h"

#include "core/util/Error.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>

namespace tonghu::rules {

namespace {

QDate parseDate(const QString& s)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!shape.match(s).hasMatch())
        return {};
    return QDate::fromString(s, Qt::ISODate);
}

} // namespace

Value FactsInput::factValue(const FactSpec& spec, const QJsonValue& v)
{
    const auto bad = [&](const QString& what) { return Error(Error::Kind::BadInput, spec.name + QStringLiteral(": ") + what); };
    switch (spec.type) {
    case FactSpec::Type::Bool:
        if (!v.isBool())
            throw bad(tr("must be true or false."));
        return Value::boolean(v.toBool());
    case FactSpec::Type::Number: {
        if (!v.isDouble())
            throw bad(tr("must be a number."));
        const double n = v.toDouble();
        if (n != std::floor(n))
            throw bad(tr("must be a whole number."));
        if (spec.hasRange && (n < spec.min || n > spec.max))
            throw bad(tr("must be between %1 and %2.").arg(spec.min).arg(spec.max));
        return Value::number(n);
    }
    case FactSpec::Type::Date: {
        const QDate d = v.isString() ? parseDate(v.toString()) : QDate();
        if (!d.isValid())
            throw bad(tr("must be a real date written YYYY-MM-DD."));
        return Value::date(d);
    }
    case FactSpec::Type::Enum:
        if (!v.isString() || !spec.values.contains(v.toString()))
            throw bad(tr("must be one of: %1.").arg(spec.values.join(QStringLiteral(", "))));
        return Value::text(v.toString());
    case FactSpec::Type::List: {
        if (!v.isArray())
            throw bad(tr("must be a list of: %1.").arg(spec.values.join(QStringLiteral(", "))));
        QStringList items;
        for (const QJsonValue& item : v.toArray()) {
            if (!item.isString() || !spec.values.contains(item.toString()))
                throw bad(tr("must be a list of: %1.").arg(spec.values.join(QStringLiteral(", "))));
            if (!items.contains(item.toString()))
                items << item.toString();
        }
        return Value::ofList(items);
    }
    }
    return {};
}

EvaluateInput FactsInput::parse(const QByteArray& json, const Rulebook& rulebook, const QDate& today)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError)
        throw Error(Error::Kind::BadInput, tr("The input is not valid JSON (at character %1: %2).")
                                               .arg(err.offset)
                                               .arg(err.errorString()));
    if (!doc.isObject())
        throw Error(Error::Kind::BadInput, tr("The input must be a JSON object with \"as_of\" and \"facts\"."));
    return fromObject(doc.object(), rulebook, today);
}

EvaluateInput FactsInput::fromObject(const QJsonObject& root, const Rulebook& rulebook, const QDate& today)
{
    EvaluateInput in;
    const QJsonValue asOf = root.value(QLatin1String("as_of"));
    if (asOf.isUndefined() || asOf.isNull()) {
        in.asOf = today;
    } else {
        in.asOf = asOf.isString() ? parseDate(asOf.toString()) : QDate();
        if (!in.asOf.isValid())
            throw Error(Error::Kind::BadInput, tr("as_of: must be a real date written YYYY-MM-DD."));
    }
    const QJsonValue factsValue = root.value(QLatin1String("facts"));
    if (!factsValue.isUndefined() && !factsValue.isObject())
        throw Error(Error::Kind::BadInput, tr("facts: must be a JSON object of fact names and values."));
    for (auto it = root.begin(); it != root.end(); ++it)
        if (it.key() != QLatin1String("as_of") && it.key() != QLatin1String("facts"))
            in.warnings << tr("Unknown key '%1' was ignored: the input has \"as_of\" and \"facts\".").arg(it.key());
    const QJsonObject facts = factsValue.toObject();
    for (auto it = facts.begin(); it != facts.end(); ++it) {
        const FactSpec* spec = rulebook.fact(it.key());
        if (!spec) {
            in.warnings << tr("Unknown fact '%1' was ignored.").arg(it.key());
            continue;
        }
        if (it.value().isNull())
            continue; // explicitly unknown
        in.facts.insert(it.key(), factValue(*spec, it.value()));
    }
    const auto dateAfter = [&](const char* name) {
        const Value v = in.facts.value(QString::fromLatin1(name));
        if (v.known() && v.d > in.asOf)
            throw Error(Error::Kind::BadInput,
                        QString::fromLatin1(name) + QStringLiteral(": ") + tr("is after as_of (%1).").arg(in.asOf.toString(Qt::ISODate)));
    };
    dateAfter("child.birth_date");
    dateAfter("visit.last_date");
    return in;
}

} // namespace tonghu::rules
