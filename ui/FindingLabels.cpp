// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/FindingLabels.h"

#include "core/rules/Checklist.h"
#include "core/rules/Rulebook.h"
#include "core/util/Language.h"

#include <QJsonArray>
#include <QLocale>

namespace tonghu::ui {

QString FindingLabels::rulesLanguage()
{
    return currentLanguage().startsWith(QLatin1String("en")) ? QStringLiteral("en") : QStringLiteral("zh");
}

QString FindingLabels::severity(const QString& code)
{
    if (code == QLatin1String("critical"))
        return tr("critical");
    if (code == QLatin1String("high"))
        return tr("high");
    if (code == QLatin1String("medium"))
        return tr("medium");
    if (code == QLatin1String("low"))
        return tr("low");
    return code;
}

QString FindingLabels::kind(const QString& code)
{
    if (code == QLatin1String("category"))
        return tr("Category");
    if (code == QLatin1String("eligibility"))
        return tr("Support");
    if (code == QLatin1String("risk"))
        return tr("Risk");
    return code;
}

QString FindingLabels::findingStatus(const QString& code)
{
    if (code == QLatin1String("met"))
        return tr("Applies");
    if (code == QLatin1String("possible"))
        return tr("Possible, to be checked");
    return code;
}

QString FindingLabels::referralStatus(const QString& code)
{
    if (code == QLatin1String("open"))
        return tr("open");
    if (code == QLatin1String("accepted"))
        return tr("accepted");
    if (code == QLatin1String("resolved"))
        return tr("resolved");
    if (code == QLatin1String("closed"))
        return tr("closed");
    return code;
}

QString FindingLabels::answer(const rules::ChecklistQuestion& q, const QJsonValue& v, const QString& language)
{
    using T = rules::FactSpec::Type;
    switch (q.type) {
    case T::Bool:
        return v.toBool() ? tr("Yes") : tr("No");
    case T::Number:
        return QLocale::c().toString(v.toDouble(), 'g', 10);
    case T::Date:
        return v.toString();
    case T::Enum:
        return q.valueLabel(v.toString(), language);
    case T::List: {
        QStringList labels;
        for (const QJsonValue& item : v.toArray())
            labels << q.valueLabel(item.toString(), language);
        return labels.isEmpty() ? tr("None") : labels.join(language == QLatin1String("en") ? QStringLiteral(", ")
                                                                                             : QStringLiteral("、"));
    }
    }
    return v.toVariant().toString();
}

QString FindingLabels::reason(const QString& reason, const rules::Rulebook& rulebook,
                              const rules::Checklist& checklist, const QString& language)
{
    const qsizetype eq = reason.indexOf(QStringLiteral(" = "));
    if (eq < 0) {
        const rules::Rule* rule = rulebook.rule(reason);
        return rule ? rule->localized(QStringLiteral("title"), language) : reason;
    }
    const QString name = reason.left(eq);
    const QString value = reason.mid(eq + 3);
    if (name == QLatin1String("age"))
        return tr("age %1").arg(value);
    const rules::ChecklistQuestion* q = checklist.question(name);
    const rules::FactSpec* spec = rulebook.fact(name);
    if (!q || !spec)
        return reason;
    // Back from the evaluator's display form to the answer's JSON, then to its label.
    QJsonValue json;
    using T = rules::FactSpec::Type;
    if (spec->type == T::Bool)
        json = value == QLatin1String("true");
    else if (spec->type == T::Number)
        json = value.toDouble();
    else if (spec->type == T::List) {
        QJsonArray items;
        for (const QString& part : value.mid(1, value.size() - 2).split(QStringLiteral(", "), Qt::SkipEmptyParts))
            items << part;
        json = items;
    } else
        json = value;
    const QString label = q->localized(QStringLiteral("label"), language);
    return tr("%1: %2").arg(label, answer(*q, json, language));
}

QStringList FindingLabels::reasons(const QStringList& reasons, const rules::Rulebook& rulebook,
                                   const rules::Checklist& checklist, const QString& language)
{
    QStringList out;
    for (const QString& r : reasons)
        out << reason(r, rulebook, checklist, language);
    return out;
}

} // namespace tonghu::ui
