// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace tonghu::model {

// The allowed codes of each enumerated fact (POLICY.md) with their translated labels, in the
// order a form should offer them.
struct Choice
{
    QString code;
    QString label;
};

class Vocabulary final
{
    Q_DECLARE_TR_FUNCTIONS(tonghu::model::Vocabulary)
public:
    static QList<Choice> sexes();
    static QList<Choice> hukou();
    static QList<Choice> schools();
    static QList<Choice> disabilityTypes();
    static QList<Choice> parentStatuses();
    static QList<Choice> assistance();
    static QList<Choice> crises();
    static QList<Choice> relations();

    static bool contains(const QList<Choice>& choices, const QString& code);
    // The label of a code, or the code itself when it is not in the list.
    static QString label(const QList<Choice>& choices, const QString& code);
};

} // namespace tonghu::model
