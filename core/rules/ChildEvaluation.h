// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/rules/Evaluator.h"
#include "core/rules/FactRow.h"

#include <QDate>
#include <QDateTime>
#include <QByteArrayList>
#include <QString>

#include <functional>
#include <optional>

namespace tonghu::storage {
class Database;
class Statement;
}

namespace tonghu::rules {

class VisitAnswers;

struct StoredEvaluation
{
    QString id;
    QString childId;
    QString visitId;
    QString ruleset;
    QDate asOf;
    QDate nextVisitDue;
    QJsonObject result;
    QDateTime createdAt;
};

// A child's facts as ChildEvaluation::forEachActiveChild reads them.
struct ChildFacts
{
    QString childId;
    QString name;
    QString placeCode; // of the child's household
    FactRow facts;
};

// Which children a scan reads, and which visit's answers it overlays on each record.
struct ChildScan
{
    QString placePattern; // GLOB pattern of the household's place code, such as "621126101*"
    // The latest submitted visit dated before this day; null: the latest of all.
    QDate visitsBefore;
    // Null: the children active now. Otherwise the children on file at the end of this day:
    // not left by then, and entered by then or visited by then (a record typed in later for a
    // child visited earlier, as the demo history does, was on file at that visit).
    QDate onFileOn;
};

// One submitted visit with the facts ChildEvaluation::evaluateVisit gives it.
struct VisitFacts
{
    QString visitId;
    QString childId;
    QString placeCode;
    QDate visitDate;
    FactRow facts;
};

// Evaluates a stored child: the facts of its record, its household and its parents, overlaid
// with the answers of its latest submitted visit (which also gives visit.last_date). Stored
// evaluations record the rulebook version they used.
class ChildEvaluation final
{
public:
    ChildEvaluation(storage::Database& db, const Rulebook& rulebook, QString userId = {});

    // Throws tonghu::Error{NotFound} for an unknown child.
    Facts factsFor(const QString& childId);
    // The facts of the record alone (child, household, parents), without any visit's answers:
    // what a new visit form starts from.
    Facts recordFacts(const QString& childId);
    // The date of the child's latest submitted visit, or a null date.
    QDate lastVisitDate(const QString& childId);
    Evaluation evaluate(const QString& childId, const QDate& asOf, const QString& language = QStringLiteral("zh"));
    // One visit as it was submitted: the child's record overlaid with that visit's answers (not
    // the latest visit's), as of the visit's date, with the visit before it as visit.last_date.
    // What a reviewer weighs; a township evaluates here, since evaluations do not travel.
    // Throws tonghu::Error{NotFound} for an unknown visit.
    Evaluation evaluateVisit(const QString& visitId, const QString& language = QStringLiteral("zh"));
    // visitId names the visit whose submission produced it, if any.
    StoredEvaluation evaluateAndStore(const QString& childId, const QDate& asOf, const QString& visitId = {},
                                      const QString& language = QStringLiteral("zh"));
    // Stores an evaluation of the child made already (by a scan, say), as evaluateAndStore does.
    StoredEvaluation store(const QString& childId, const Evaluation& ev, const QString& visitId = {});
    std::optional<StoredEvaluation> latest(const QString& childId);
    // The met risks of critical or high severity as a stored evaluation keeps them for the
    // worklist: `[["risk.lives_alone","critical","<title>"], ...]`, "[]" for none; the same text
    // migration 0020 wrote for the evaluations stored before it.
    static QString openRisks(const Evaluation& ev);

    // Calls `each` for every active child whose household's place code matches `placePattern` (a
    // GLOB pattern such as "621126101*"), in place-code and name order, with the facts factsFor()
    // gives that child. It reads them in one scan instead of several lookups per child, for the
    // statistics of a township or county: every statement run has a fixed cost that dominates a
    // lookup of one row. One ChildFacts is filled again for each child: what `each` keeps of it,
    // it copies.
    void forEachActiveChild(const QString& placePattern, const std::function<void(const ChildFacts&)>& each);
    // The same scan for the children and the visit a ChildScan names (for a month's summary:
    // the schedule as it stood when the month began, the findings as they stood at its end).
    void forEachChild(const ChildScan& scan, const std::function<void(const ChildFacts&)>& each);
    // Every submitted visit dated from `from` to `to` of the children under `placePattern`, the
    // latest version only (a corrected visit once), with the facts evaluateVisit gives it: the
    // record overlaid with that visit's answers and the visit before it as visit.last_date. In
    // place, child and date order; one scan, as forEachActiveChild.
    void forEachVisit(const QString& placePattern, const QDate& from, const QDate& to,
                      const std::function<void(const VisitFacts&)>& each);

private:
    struct RecordColumn
    {
        QString fact;
        const FactSpec* spec;
        QByteArrayList values; // an enum's values in UTF-8, to find the stored one among them
        int slot;              // VisitAnswers::slotOf(fact)
    };
    // The columns of the record's facts, selected as `c.hukou, h.crisis, f.status, ...` from
    // children c, households h and the parents f and m.
    QList<RecordColumn> recordColumns(QString* selectList, const VisitAnswers& vocabulary);
    // The record's facts the answers did not set.
    void readRecord(const storage::Statement& st, int first, const QList<RecordColumn>& columns,
                    FactRow& facts) const;
    void overlayAnswers(Facts& facts, const QString& answersJson) const;

    storage::Database& m_db;
    const Rulebook& m_rb;
    QString m_userId;
};

} // namespace tonghu::rules
