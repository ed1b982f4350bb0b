// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/Vocabulary.h"

namespace tonghu::model {

namespace {
Choice c(const char* code, const QString& label) { return {QString::fromLatin1(code), label}; }
} // namespace

QList<Choice> Vocabulary::sexes() { return {c("male", tr("Male")), c("female", tr("Female"))}; }

QList<Choice> Vocabulary::hukou()
{
    return {c("local", tr("This county")), c("other_county", tr("Another county")),
            c("none", tr("No household registration"))};
}

QList<Choice> Vocabulary::schools()
{
    return {c("not_school_age", tr("Not yet of school age")), c("preschool", tr("Kindergarten")),
            c("primary", tr("Primary school")),          c("junior", tr("Junior middle school")),
            c("senior", tr("Senior high school")),       c("vocational", tr("Vocational school")),
            c("higher", tr("College or university")),    c("not_enrolled", tr("Not enrolled"))};
}

QList<Choice> Vocabulary::disabilityTypes()
{
    return {c("visual", tr("Visual")),       c("hearing", tr("Hearing")),
            c("speech", tr("Speech")),       c("physical", tr("Physical")),
            c("intellectual", tr("Intellectual")), c("mental", tr("Mental")),
            c("autism", tr("Autism")),       c("multiple", tr("Multiple"))};
}

QList<Choice> Vocabulary::parentStatuses()
{
    return {c("alive", tr("Alive")), c("deceased", tr("Deceased")),
            c("declared_missing", tr("Declared missing by a court")),
            c("unknown", tr("Cannot be found"))};
}

QList<Choice> Vocabulary::assistance()
{
    return {c("none", tr("None")), c("dibao", tr("Minimum living allowance (dibao)")),
            c("tekun", tr("Extreme-poverty support (tekun)")),
            c("dibao_edge", tr("Near the dibao line"))};
}

QList<Choice> Vocabulary::crises()
{
    return {c("none", tr("None")), c("accident", tr("Accident")), c("acute_illness", tr("Sudden serious illness")),
            c("disaster", tr("Disaster")), c("domestic_violence", tr("Domestic violence"))};
}

QList<Choice> Vocabulary::relations()
{
    return {c("father", tr("Father")),   c("mother", tr("Mother")),     c("grandparent", tr("Grandparent")),
            c("sibling", tr("Sibling")), c("relative", tr("Other relative")), c("other", tr("Other"))};
}

bool Vocabulary::contains(const QList<Choice>& choices, const QString& code)
{
    for (const auto& choice : choices)
        if (choice.code == code)
            return true;
    return false;
}

QString Vocabulary::label(const QList<Choice>& choices, const QString& code)
{
    for (const auto& choice : choices)
        if (choice.code == code)
            return choice.label;
    return code;
}

} // namespace tonghu::model
