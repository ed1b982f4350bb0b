// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reports/ExportControl.h"
#include "core/reports/Table.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <utility>

namespace tonghu::storage {
class Database;
}
namespace tonghu::rules {
class Rulebook;
}

namespace tonghu::reports {

class SheetWriter;

// Which children a ledger lists.
struct LedgerFilter
{
    QString placePrefix; // empty (the whole vault) or a 6-, 9- or 12-digit place code
    QString category;    // a category's rule id ("cat.orphan"); empty: every active child
};

struct LedgerOptions
{
    // Whole ID numbers and child notes instead of masked ones. Only for a user whose area holds
    // the children (model::Masking::mayReveal); anyone else gets Error{BadInput}.
    bool showIdNumbers = false;
    bool showSensitiveNotes = false;
    QString language = QStringLiteral("zh"); // of the rulebook's titles: zh | en
    QDate today;                             // what "open" and "next due" are as of; null: today
};

// One child of the ledger (台账), in the words of the ledger's language.
struct LedgerRow
{
    QString childId; // not written to files; the window opens the child's file with it
    QString placeCode;
    QString village;
    QString address;
    QString head;    // the household's contact person
    QString name;
    QString sex;
    QDate birthDate;
    QString idNumber; // masked unless asked for and allowed
    QStringList categoryIds;
    QStringList categories;
    QString guardian;
    QString guardianRelation;
    QString guardianPhone;
    QDate lastVisit;
    QDate nextVisitDue;
    QString risks;     // open (met) risks: title and severity
    QString benefits;  // benefits the child qualifies for, with the documents gathered so far
    QString referrals; // every referral: agency and status, newest first
    QString notes;     // the child's notes: a placeholder unless asked for and allowed
};

// The ledger of a place: one row per active child with its household, categories, guardian,
// latest visit and next one due, open risks, benefits in progress and referrals. A village reads
// its own vault; a township or county reads the villages' records its vault holds after a sync.
//
// Categories, risks, benefits and the schedule come from evaluating each child with
// CountyRulebook::current as of `today`, as the statistics do (evaluations do not travel). The
// rows are streamed: the facts of all children are read in one scan and each row is handed on
// and forgotten, so a county's 30,000 children never sit in memory at once.
class Ledger final
{
    Q_DECLARE_TR_FUNCTIONS(tonghu::reports::Ledger)
public:
    // The columns of every file and of the window, headers translated (tr) in the current language.
    static QList<Column> columns();
    static QString title(); // 台账
    static Row cells(const LedgerRow& row);

    // Active children under the place, before any category filter: the total of the progress.
    static qint64 childCount(storage::Database& db, const QString& placePrefix);
    // The rulebook's categories, (rule id, title) in its order, for a filter.
    static QList<std::pair<QString, QString>> categories(const rules::Rulebook& rulebook, const QString& language);
    // A category named by its rule id, its id without "cat.", or its title in either language;
    // Error{BadInput} listing the names when none matches.
    static QString categoryId(const rules::Rulebook& rulebook, const QString& name);
    // The villages with children on file under the place: (code, name), by code.
    static QList<std::pair<QString, QString>> villages(storage::Database& db, const QString& placePrefix);

    // Calls `each` for every row, in village and name order, and returns how many. Progress counts
    // the children looked at; a cancel throws Error{Cancelled}. `userId` is who asks: whole ID
    // numbers and notes are checked against that user's area.
    static qint64 forEach(storage::Database& db, const QString& userId, const LedgerFilter& filter,
                          const LedgerOptions& options, const ExportControl& control,
                          const std::function<void(const LedgerRow&)>& each);
};

// Writes the ledger to `writer` and finishes it, then records the export in the audit log in
// the same step (ExportKind::Spreadsheet or Csv, detail "rows=N ids=full|masked notes=full|masked"):
// a ledger whose export cannot be recorded is not left behind. Returns the rows written.
qint64 exportLedger(storage::Database& db, const QString& userId, const LedgerFilter& filter,
                    const LedgerOptions& options, SheetWriter& writer, bool spreadsheet, const QString& path,
                    const ExportControl& control = {});
qint64 exportLedgerXlsx(storage::Database& db, const QString& userId, const LedgerFilter& filter,
                        const LedgerOptions& options, const QString& path, const ExportControl& control = {});
qint64 exportLedgerCsv(storage::Database& db, const QString& userId, const LedgerFilter& filter,
                       const LedgerOptions& options, const QString& path, const ExportControl& control = {});

} // namespace tonghu::reports
