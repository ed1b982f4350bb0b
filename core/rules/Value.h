// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QHash>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace tonghu::rules {

// A fact's value, or Unknown when the fact has not been answered. Rules never treat an unknown
// fact as false: it makes a finding "possible" and becomes a question to ask.
struct Value
{
    enum class Type { Unknown, Bool, Number, Text, Date, List };

    Type type = Type::Unknown;
    bool b = false;
    double n = 0;
    QString s;
    QDate d;
    QStringList list;

    static Value unknown() { return {}; }
    static Value boolean(bool v) { Value x; x.type = Type::Bool; x.b = v; return x; }
    static Value number(double v) { Value x; x.type = Type::Number; x.n = v; return x; }
    static Value text(const QString& v) { Value x; x.type = Type::Text; x.s = v; return x; }
    static Value date(const QDate& v) { Value x; x.type = Type::Date; x.d = v; return x; }
    static Value ofList(const QStringList& v) { Value x; x.type = Type::List; x.list = v; return x; }

    bool known() const { return type != Type::Unknown; }
    bool isTrue() const { return type == Type::Bool && b; }
    bool isFalse() const { return type == Type::Bool && !b; }
    // As written in an explanation: deceased, 6, 2016-04-01, [withdrawal, bullied], true.
    QString display() const;
    // As an answer of a visit or a fact of `tonghu-cli evaluate` is written: null when unknown.
    QJsonValue toJson() const;
    bool operator==(const Value& o) const;
};

// The facts of one evaluation, by name (child.birth_date, father.status, ...).
using Facts = QHash<QString, Value>;

} // namespace tonghu::rules

// Its members may all be moved as bytes, so Qt's containers move a Value so (a Facts' storage
// grows by copying bytes instead of moving each value in turn).
Q_DECLARE_TYPEINFO(tonghu::rules::Value, Q_RELOCATABLE_TYPE);
