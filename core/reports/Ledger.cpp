// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/Ledger.h"

#include "core/audit/AuditLog.h"
#include "core/model/Masking.h"
#include "core/model/Vocabulary.h"
#include "core/reports/CsvWriter.h"
#include "core/reports/Statistics.h"
#include "core/reports/XlsxWriter.h"
#include "core/rules/ChildEvaluation.h"
#include "core/rules/CountyRulebook.h"
#include "core/rules/Evaluator.h"
#include "core/rules/Rulebook.h"
#include "core/storage/Database.h"
#include "core/storage/SqlText.h"
#include "core/util/Error.h"

#include <QFile>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace tonghu::reports {

namespace {

QString placePattern(const QString& prefix)
{
    const bool digits = std::all_of(prefix.begin(), prefix.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    if (!digits || !(prefix.isEmpty() || prefix.size() == 6 || prefix.size() == 9 || prefix.size() == 12))
        throw Error(Error::Kind::BadInput,
                    Ledger::tr("A place is a county (6 digits), a township (9) or a village (12)."));
    return prefix + QLatin1Char('*');
}

QDate dateFrom(const QString& s) { return QDate::fromString(s.left(10), Qt::ISODate); }

QString severityLabel(const QString& code)
{
    if (code == QLatin1String("critical"))
        return Ledger::tr("critical");
    if (code == QLatin1String("high"))
        return Ledger::tr("high");
    if (code == QLatin1String("medium"))
        return Ledger::tr("medium");
    if (code == QLatin1String("low"))
        return Ledger::tr("low");
    return code;
}

QString referralStatusLabel(const QString& code)
{
    if (code == QLatin1String("open"))
        return Ledger::tr("open");
    if (code == QLatin1String("accepted"))
        return Ledger::tr("accepted");
    if (code == QLatin1String("resolved"))
        return Ledger::tr("resolved");
    if (code == QLatin1String("closed"))
        return Ledger::tr("closed");
    return code;
}

// The household, guardian and the two sensitive values of each child, read in the same order as
// ChildEvaluation::forEachActiveChild reads the facts, so the two scans walk side by side: one
// more statement for the whole ledger instead of one more per child (with cipher_memory_security
// each statement run has a fixed cost that dwarfs reading a row).
constexpr const char* kDetailsColumns =
    "c.id, h.place_code, h.address, h.contact_name, c.sex, c.birth_date, c.id_number, c.notes, g.name, "
    "g.relation, g.phone FROM children c JOIN households h ON h.id = c.household_id "
    "LEFT JOIN persons g ON g.id = c.guardian_id ";

struct Details
{
    QString address, head, sex, idNumber, notes, guardian, relation, phone;
    QDate birthDate;
};

Details readDetails(storage::Statement& st)
{
    Details d;
    d.address = st.text(2);
    d.head = st.text(3);
    d.sex = st.text(4);
    d.birthDate = dateFrom(st.text(5));
    d.idNumber = st.text(6);
    d.notes = st.text(7);
    d.guardian = st.text(8);
    d.relation = st.text(9);
    d.phone = st.text(10);
    return d;
}

// The ids of the children under the place that have at least one row in `table`: referrals and
// gathered documents are rare, so only those children are looked up one by one.
QSet<QString> childrenWith(storage::Database& db, const char* table, const QString& pattern)
{
    QSet<QString> out;
    auto st = db.prepare(storage::sqlJoin(
        {"SELECT DISTINCT t.child_id FROM ", table,
         " t JOIN children c ON c.id = t.child_id JOIN households h ON h.id = c.household_id "
         "WHERE h.place_code GLOB ?"}));
    st.bind(1, pattern);
    while (st.step())
        out.insert(st.text(0));
    return out;
}

QString whole(bool full) { return full ? QStringLiteral("full") : QStringLiteral("masked"); }

} // namespace

QString Ledger::title() { return tr("Ledger"); }

QList<Column> Ledger::columns()
{
    return {{tr("Village"), 14},       {tr("Address"), 24},        {tr("Household head"), 10},
            {tr("Name"), 10},          {tr("Sex"), 6},             {tr("Date of birth"), 12},
            {tr("ID number"), 21},     {tr("Categories"), 24},     {tr("Guardian"), 10},
            {tr("Relation"), 10},      {tr("Guardian's phone"), 14}, {tr("Latest visit"), 12},
            {tr("Next visit due"), 12}, {tr("Open risks"), 30},     {tr("Benefits in progress"), 30},
            {tr("Referrals"), 24},     {tr("Notes"), 20}};
}

Row Ledger::cells(const LedgerRow& r)
{
    const auto text = [](const QString& s) -> Cell { return s.isEmpty() ? Cell{} : Cell{s}; };
    const auto date = [](const QDate& d) -> Cell { return d.isValid() ? Cell{d} : Cell{}; };
    const QString separator = tr("; ");
    return {text(r.village),   text(r.address),          text(r.head),          text(r.name),
            text(r.sex),       date(r.birthDate),        text(r.idNumber),      text(r.categories.join(separator)),
            text(r.guardian),  text(r.guardianRelation), text(r.guardianPhone), date(r.lastVisit),
            date(r.nextVisitDue), text(r.risks),         text(r.benefits),      text(r.referrals),
            text(r.notes)};
}

qint64 Ledger::childCount(storage::Database& db, const QString& placePrefix)
{
    auto st = db.prepare("SELECT count(*) FROM children c JOIN households h ON h.id = c.household_id "
                         "WHERE c.status = 'active' AND h.place_code GLOB ?");
    st.bind(1, placePattern(placePrefix));
    st.step();
    return st.int64(0);
}

QList<std::pair<QString, QString>> Ledger::categories(const rules::Rulebook& rulebook, const QString& language)
{
    QList<std::pair<QString, QString>> out;
    for (const rules::Rule& r : rulebook.rules)
        if (r.kind == QLatin1String("category"))
            out.append({r.id, r.localized(QStringLiteral("title"), language)});
    return out;
}

QString Ledger::categoryId(const rules::Rulebook& rulebook, const QString& name)
{
    const QString wanted = name.trimmed();
    QStringList known;
    for (const rules::Rule& r : rulebook.rules) {
        if (r.kind != QLatin1String("category"))
            continue;
        known << r.id.section(QLatin1Char('.'), 1);
        if (wanted == r.id || wanted == r.id.section(QLatin1Char('.'), 1) ||
            wanted == r.localized(QStringLiteral("title"), QStringLiteral("zh")) ||
            wanted.compare(r.localized(QStringLiteral("title"), QStringLiteral("en")), Qt::CaseInsensitive) == 0)
            return r.id;
    }
    throw Error(Error::Kind::BadInput, tr("There is no category %1. The categories are: %2.")
                                           .arg(wanted, known.join(QStringLiteral(", "))));
}

QList<std::pair<QString, QString>> Ledger::villages(storage::Database& db, const QString& placePrefix)
{
    QList<std::pair<QString, QString>> out;
    QStringList codes;
    {
        auto st = db.prepare("SELECT DISTINCT h.place_code FROM households h JOIN children c ON c.household_id = h.id "
                             "WHERE c.status = 'active' AND h.place_code GLOB ? ORDER BY h.place_code");
        st.bind(1, placePattern(placePrefix));
        while (st.step())
            codes << st.text(0);
    }
    for (const QString& code : codes)
        out.append({code, Statistics::placeName(db, code)});
    return out;
}

qint64 Ledger::forEach(storage::Database& db, const QString& userId, const LedgerFilter& filter,
                       const LedgerOptions& options, const ExportControl& control,
                       const std::function<void(const LedgerRow&)>& each)
{
    const QString pattern = placePattern(filter.placePrefix);
    const QDate today = options.today.isValid() ? options.today : QDate::currentDate();
    const QString& language = options.language;
    const QString separator = tr("; ");

    // Whole values leave the vault only for whom may see them whole one by one (model::Masking,
    // as printouts decide): a user whose area holds the children. The check is here, not only in
    // the window, and per row as well, so a record of another area stays masked.
    const bool wantsWhole = options.showIdNumbers || options.showSensitiveNotes;
    model::Viewer viewer;
    if (wantsWhole) {
        viewer = model::Masking::viewer(db, userId);
        if (!viewer.known ||
            (!filter.placePrefix.isEmpty() && !model::Masking::mayReveal(viewer, filter.placePrefix)))
            throw Error(Error::Kind::BadInput,
                        tr("Whole ID numbers and notes can be exported only for the children of your own area."));
    }

    const rules::Rulebook& rulebook = rules::CountyRulebook::current(db);
    const rules::Evaluator evaluator(rulebook);
    const qint64 total = childCount(db, filter.placePrefix);
    const QSet<QString> withReferrals = childrenWith(db, "referrals", pattern);
    const QSet<QString> withDocuments = childrenWith(db, "gathered_documents", pattern);
    const QList<model::Choice> sexes = model::Vocabulary::sexes();
    const QList<model::Choice> relations = model::Vocabulary::relations();
    QHash<QString, QString> villageNames;

    auto details = db.prepare(storage::sqlJoin(
        {"SELECT ", kDetailsColumns,
         "WHERE c.status = 'active' AND h.place_code GLOB ? ORDER BY h.place_code, c.name, c.id"}));
    details.bind(1, pattern);
    auto detailsOf = db.prepare(storage::sqlJoin({"SELECT ", kDetailsColumns, "WHERE c.id = ?"}));
    auto referralsOf = db.prepare("SELECT agency, status FROM referrals WHERE child_id = ? "
                                  "ORDER BY opened_on DESC, created_at DESC, rowid DESC");
    auto documentsOf = db.prepare("SELECT document FROM gathered_documents WHERE child_id = ? AND finding_id = ?");
    bool detailsAhead = false; // the side scan holds a row not yet matched

    qint64 done = 0;
    qint64 rows = 0;
    control.report(0, total);
    rules::ChildEvaluation children(db, rulebook);
    children.forEachActiveChild(pattern, [&](const rules::ChildFacts& child) {
        control.check();
        ++done;
        if (done % 64 == 0)
            control.report(done, total);

        const rules::Evaluation ev = evaluator.evaluate(child.facts, today, language);
        if (!filter.category.isEmpty()) {
            const rules::Finding* f = ev.find(filter.category);
            if (!f || f->status != QLatin1String("met"))
                return;
        }

        // Both scans run in one read transaction of this connection, so they see the same rows in
        // the same order; a mismatch would only mean a bug, and costs a lookup, not a wrong row.
        Details d;
        if (!detailsAhead)
            detailsAhead = details.step();
        while (detailsAhead && details.text(0) != child.childId) {
            // Rows the category filter skipped, or (never expected) an order that differs.
            if (details.text(1) > child.placeCode)
                break;
            detailsAhead = details.step();
        }
        if (detailsAhead && details.text(0) == child.childId) {
            d = readDetails(details);
            detailsAhead = false;
        } else {
            detailsOf.bind(1, child.childId);
            if (detailsOf.step())
                d = readDetails(detailsOf);
            detailsOf.reset();
        }

        LedgerRow r;
        r.childId = child.childId;
        r.placeCode = child.placeCode;
        auto name = villageNames.constFind(child.placeCode);
        if (name == villageNames.cend())
            name = villageNames.insert(child.placeCode, Statistics::placeName(db, child.placeCode));
        r.village = *name;
        r.address = d.address;
        r.head = d.head;
        r.name = child.name;
        r.sex = model::Vocabulary::label(sexes, d.sex);
        r.birthDate = d.birthDate;
        const bool mayWhole = wantsWhole && model::Masking::mayReveal(viewer, child.placeCode);
        r.idNumber = options.showIdNumbers && mayWhole ? d.idNumber.trimmed()
                                                       : model::Masking::masked(model::SensitiveKind::IdNumber, d.idNumber);
        r.notes = options.showSensitiveNotes && mayWhole ? d.notes
                                                         : model::Masking::masked(model::SensitiveKind::Note, d.notes);
        r.guardian = d.guardian;
        r.guardianRelation = d.relation.isEmpty() ? QString() : model::Vocabulary::label(relations, d.relation);
        r.guardianPhone = d.phone;
        if (const rules::Value* last = child.facts.lastVisit())
            r.lastVisit = last->d;
        r.nextVisitDue = ev.nextVisitDue;

        QStringList risks, benefits;
        for (const rules::Finding& f : ev.findings) {
            if (f.status != QLatin1String("met"))
                continue;
            if (f.kind == QLatin1String("category")) {
                r.categoryIds << f.id;
                r.categories << f.title;
            } else if (f.kind == QLatin1String("risk")) {
                risks << tr("%1 (%2)").arg(f.title, severityLabel(f.severity));
            } else if (f.kind == QLatin1String("eligibility")) {
                int gathered = 0;
                if (withDocuments.contains(child.childId)) {
                    documentsOf.bind(1, child.childId).bind(2, f.id);
                    while (documentsOf.step())
                        gathered += f.documents.contains(documentsOf.text(0)) ? 1 : 0;
                    documentsOf.reset();
                }
                benefits << tr("%1 (documents %2/%3)").arg(f.title).arg(gathered).arg(f.documents.size());
            }
        }
        r.risks = risks.join(separator);
        r.benefits = benefits.join(separator);
        if (withReferrals.contains(child.childId)) {
            QStringList referrals;
            referralsOf.bind(1, child.childId);
            while (referralsOf.step())
                referrals << tr("%1: %2").arg(referralsOf.text(0), referralStatusLabel(referralsOf.text(1)));
            referralsOf.reset();
            r.referrals = referrals.join(separator);
        }
        ++rows;
        each(r);
    });
    control.report(done, total);
    return rows;
}

qint64 exportLedger(storage::Database& db, const QString& userId, const LedgerFilter& filter,
                    const LedgerOptions& options, SheetWriter& writer, bool spreadsheet, const QString& path,
                    const ExportControl& control)
{
    writer.addSheet(Ledger::title(), Ledger::columns());
    const qint64 rows = Ledger::forEach(db, userId, filter, options, control,
                                        [&](const LedgerRow& row) { writer.writeRow(Ledger::cells(row)); });
    control.check();
    // The entry and the file go together: the entry is written, the file moved into place, and
    // only then the entry committed; if the commit fails, the file is taken back.
    storage::Transaction tx(db);
    audit::AuditLog::recordExport(db, userId, spreadsheet ? audit::ExportKind::Spreadsheet : audit::ExportKind::Csv,
                                  QStringLiteral("place"), filter.placePrefix,
                                  QStringLiteral("rows=%1 ids=%2 notes=%3")
                                      .arg(rows)
                                      .arg(whole(options.showIdNumbers), whole(options.showSensitiveNotes)));
    writer.finish();
    try {
        tx.commit();
    } catch (...) {
        QFile::remove(path);
        throw;
    }
    return rows;
}

qint64 exportLedgerXlsx(storage::Database& db, const QString& userId, const LedgerFilter& filter,
                        const LedgerOptions& options, const QString& path, const ExportControl& control)
{
    XlsxWriter writer(path);
    return exportLedger(db, userId, filter, options, writer, true, path, control);
}

qint64 exportLedgerCsv(storage::Database& db, const QString& userId, const LedgerFilter& filter,
                       const LedgerOptions& options, const QString& path, const ExportControl& control)
{
    CsvWriter writer(path);
    return exportLedger(db, userId, filter, options, writer, false, path, control);
}

} // namespace tonghu::reports
