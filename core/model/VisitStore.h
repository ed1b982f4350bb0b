// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace tonghu::storage {
class Database;
}
namespace tonghu::rules {
class Checklist;
class Rulebook;
}

namespace tonghu::model {

struct Visit
{
    QString id;
    QString childId;
    QDate visitDate;
    QString status; // draft | submitted
    QJsonObject answers; // fact name → JSON value, as in `tonghu-cli evaluate`
    QString authorId;
    int version = 1;
    QString supersedesId;
    QString correctionReason;
    QDateTime submittedAt;
    QDateTime updatedAt;
};

// What the director records when a finding requires a report to the police or civil affairs.
struct MandatoryReport
{
    enum class Outcome { Reported, NotPossible };
    Outcome outcome = Outcome::Reported;
    QDateTime reportedAt;
    QString reportedTo;
    QString reference;
    QString reason; // why it could not be made (NotPossible)
};

// Home visits: a draft saved answer by answer as the director types (so a crash or a flat
// battery loses nothing), submitted once, immutable after, corrected only by a new version.
class VisitStore final : public QObject
{
    Q_OBJECT
public:
    // The findings that block submission until a MandatoryReport is recorded (POLICY.md).
    static const QStringList kReportingFindings;

    VisitStore(storage::Database& db, const rules::Rulebook& rulebook, const rules::Checklist& checklist,
               QString userId, QObject* parent = nullptr);

    const QString& userId() const { return m_userId; }
    // The rulebook of later evaluations: the county's, when new settings have arrived by sync.
    void setRulebook(const rules::Rulebook& rulebook) { m_rulebook = &rulebook; }

    // The child's open draft, or a new one dated visitDate.
    Visit openDraft(const QString& childId, const QDate& visitDate = QDate::currentDate());
    std::optional<Visit> visit(const QString& id);
    QList<Visit> visitsOf(const QString& childId); // newest first

    // Checks the value against the fact's type and saves it at once; a null value clears it.
    void setAnswer(const QString& visitId, const QString& fact, const QJsonValue& value);
    // Several answers in one write, each checked as setAnswer checks it: all are saved or, when
    // one is refused, none. For a form filled in from the record, and the demo's history.
    void setAnswers(const QString& visitId, const QJsonObject& answers);
    void setVisitDate(const QString& visitId, const QDate& date);

    void recordMandatoryReport(const QString& visitId, const MandatoryReport& report);
    std::optional<MandatoryReport> mandatoryReport(const QString& visitId);

    // Why the draft cannot be submitted yet: unanswered required questions, invalid answers, a
    // missing mandatory report. Empty when it can.
    QStringList submitBlockers(const QString& visitId, const QString& language = QStringLiteral("zh"));
    // Submits (throws tonghu::Error{BadInput} listing the blockers), writes the answered facts
    // back to the child's record, and stores the evaluation with its rulebook version.
    Visit submit(const QString& visitId);
    // A new draft that supersedes a submitted visit, with its answers, for a stated reason.
    Visit correct(const QString& visitId, const QString& reason);

signals:
    void visitsChanged(const QString& childId);

private:
    Visit requireDraft(const QString& visitId);
    QString placeOfChild(const QString& childId);
    void writeBack(const Visit& v);
    QString mandatoryReportId(const QString& visitId);

    storage::Database& m_db;
    const rules::Rulebook* m_rulebook;
    const rules::Checklist& m_checklist;
    QString m_userId;
};

} // namespace tonghu::model
