// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace tonghu::rules {
class Checklist;
class Rulebook;
struct ChecklistQuestion;
}

namespace tonghu::ui {

// The words a person reads in place of the rulebook's codes: severities, finding kinds and
// states, referral states, answers, and the facts behind a finding. The evaluator's reasons
// ("father.status = deceased") are a contract of `tonghu-cli evaluate`; a director reads them as
// the question and the answer she gave ("父亲状况：已故").
class FindingLabels final
{
    Q_DECLARE_TR_FUNCTIONS(tonghu::ui::FindingLabels)
public:
    // "zh" or "en": the rulebook language that matches the interface.
    static QString rulesLanguage();

    static QString severity(const QString& code);
    static QString kind(const QString& code);
    static QString findingStatus(const QString& code);
    static QString referralStatus(const QString& code);

    // One answer as the form shows it: value labels, not codes.
    static QString answer(const rules::ChecklistQuestion& question, const QJsonValue& value, const QString& language);
    // One reason of a finding: "fact = value" as question and answer, "age = 9" as the age, a
    // rule id as that rule's title. Anything else is returned as it is.
    static QString reason(const QString& reason, const rules::Rulebook& rulebook, const rules::Checklist& checklist,
                          const QString& language);
    static QStringList reasons(const QStringList& reasons, const rules::Rulebook& rulebook,
                               const rules::Checklist& checklist, const QString& language);
};

} // namespace tonghu::ui
