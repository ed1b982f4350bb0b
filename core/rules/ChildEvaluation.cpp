// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rules/ChildEvaluation.h"

#include "core/model/RecordStore.h"
#include "core/rules/IsoDate.h"
#include "core/rules/VisitAnswers.h"
#include "core/storage/Database.h"
#include "core/storage/Statement.h"
#include "core/util/Error.h"
#include "core/util/RecordId.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace tonghu::rules {

namespace {

void putText(Facts& f, const char* name, const QString& v)
{
    if (!v.isEmpty())
        f.insert(QString::fromLatin1(name), Value::text(v));
}

void putBool(Facts& f, const QString& name, const std::optional<bool>& v)
{
    if (v)
        f.insert(name, Value::boolean(*v));
}

void putNumber(Facts& f, const QString& name, const std::optional<int>& v)
{
    if (v)
        f.insert(name, Value::number(*v));
}

void putParent(Facts& f, const QString& prefix, const model::Person& p)
{
    const auto n = [&](const char* fact) { return prefix + QLatin1String(fact); };
    if (!p.status.isEmpty())
        f.insert(n(".status"), Value::text(p.status));
    putNumber(f, n(".disability_level"), p.disabilityLevel);
    if (!p.disabilityType.isEmpty())
        f.insert(n(".disability_type"), Value::text(p.disabilityType));
    putBool(f, n(".serious_illness"), p.seriousIllness);
    putNumber(f, n(".imprisoned_months"), p.imprisonedMonths);
    putNumber(f, n(".compulsory_rehab_months"), p.compulsoryRehabMonths);
    putNumber(f, n(".detained_months"), p.detainedMonths);
    putNumber(f, n(".lost_contact_months"), p.lostContactMonths);
    putBool(f, n(".guardianship_revoked"), p.guardianshipRevoked);
    putBool(f, n(".deported"), p.deported);
    putBool(f, n(".migrant_worker"), p.migrantWorker);
    putNumber(f, n(".months_since_contact"), p.monthsSinceContact);
}

QString now() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs); }

} // namespace

ChildEvaluation::ChildEvaluation(storage::Database& db, const Rulebook& rulebook, QString userId)
    : m_db(db), m_rb(rulebook), m_userId(std::move(userId))
{
}

Facts ChildEvaluation::recordFacts(const QString& childId)
{
    model::RecordStore store(m_db, m_userId, {});
    const auto child = store.child(childId);
    if (!child)
        throw Error(Error::Kind::NotFound,
                    QCoreApplication::translate("tonghu::rules::ChildEvaluation", "The child's record no longer exists."));
    Facts f;
    if (child->birthDate.isValid())
        f.insert(QStringLiteral("child.birth_date"), Value::date(child->birthDate));
    putText(f, "child.sex", child->sex);
    putText(f, "child.hukou", child->hukou);
    putNumber(f, QStringLiteral("child.months_at_residence"), child->monthsAtResidence);
    putText(f, "child.school", child->school);
    putNumber(f, QStringLiteral("child.disability_level"), child->disabilityLevel);
    putText(f, "child.disability_type", child->disabilityType);
    putBool(f, QStringLiteral("child.serious_illness"), child->seriousIllness);
    putBool(f, QStringLiteral("child.medical_insurance"), child->medicalInsurance);
    putBool(f, QStringLiteral("child.lives_alone"), child->livesAlone);
    putBool(f, QStringLiteral("child.in_institution"), child->inInstitution);
    if (const auto h = store.household(child->householdId)) {
        putText(f, "household.assistance", h->assistance);
        putBool(f, QStringLiteral("household.poverty_monitored"), h->povertyMonitored);
        putText(f, "household.crisis", h->crisis);
        putBool(f, QStringLiteral("household.entrustment_signed"), h->entrustmentSigned);
        putBool(f, QStringLiteral("household.guardian_capable"), h->guardianCapable);
    }
    if (!child->fatherId.isEmpty())
        if (const auto p = store.person(child->fatherId))
            putParent(f, QStringLiteral("father"), *p);
    if (!child->motherId.isEmpty())
        if (const auto p = store.person(child->motherId))
            putParent(f, QStringLiteral("mother"), *p);

    return f;
}

QDate ChildEvaluation::lastVisitDate(const QString& childId)
{
    auto st = m_db.prepare("SELECT max(visit_date) FROM visits WHERE child_id = ? AND status = 'submitted'");
    st.bind(1, childId);
    st.step();
    return QDate::fromString(st.text(0), Qt::ISODate);
}

Facts ChildEvaluation::factsFor(const QString& childId)
{
    Facts f = recordFacts(childId);
    // The latest submitted visit: its answers are the newest observations of this child.
    auto st = m_db.prepare("SELECT visit_date, answers FROM latest_visits WHERE child_id = ?");
    st.bind(1, childId);
    if (st.step()) {
        f.insert(QStringLiteral("visit.last_date"), Value::date(QDate::fromString(st.text(0), Qt::ISODate)));
        overlayAnswers(f, st.text(1));
    }
    return f;
}

QList<ChildEvaluation::RecordColumn> ChildEvaluation::recordColumns(QString* selectList,
                                                                    const VisitAnswers& vocabulary)
{
    // The record's facts are columns of the same name: child.hukou is children.hukou,
    // father.status is the father's persons.status, household.crisis is households.crisis, as
    // recordFacts() reads them (a test compares the two for every child of a demo village).
    const auto columnsOf = [this](const char* table) {
        QSet<QString> names;
        auto st = m_db.prepare(std::string("PRAGMA table_info(") + table + ")");
        while (st.step())
            names << st.text(1);
        return names;
    };
    const QSet<QString> childColumns = columnsOf("children");
    const QSet<QString> householdColumns = columnsOf("households");
    const QSet<QString> personColumns = columnsOf("persons");
    QList<RecordColumn> columns;
    for (const FactSpec& spec : m_rb.facts) {
        const QString owner = spec.name.section(QLatin1Char('.'), 0, 0);
        const QString column = spec.name.section(QLatin1Char('.'), 1);
        const char* alias = owner == QLatin1String("child") && childColumns.contains(column)              ? "c"
                            : owner == QLatin1String("household") && householdColumns.contains(column)    ? "h"
                            : owner == QLatin1String("father") && personColumns.contains(column)          ? "f"
                            : owner == QLatin1String("mother") && personColumns.contains(column)          ? "m"
                                                                                                           : nullptr;
        if (!alias || spec.type == FactSpec::Type::List)
            continue;
        *selectList += QStringLiteral(", %1.%2").arg(QLatin1String(alias), column);
        QByteArrayList values;
        for (const QString& v : spec.values)
            values << v.toUtf8();
        columns << RecordColumn{spec.name, &spec, values, vocabulary.slotOf(spec.name)};
    }
    return columns;
}

void ChildEvaluation::readRecord(const storage::Statement& st, int first, const QList<RecordColumn>& columns,
                                 FactRow& facts) const
{
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const int col = first + int(i);
        const RecordColumn& column = columns.at(i);
        if (facts.isSet(column.slot) || st.isNull(col))
            continue; // answered at the visit, or not on record
        switch (column.spec->type) {
        case FactSpec::Type::Bool:
            facts.set(column.slot, Value::boolean(st.int64(col) != 0));
            break;
        case FactSpec::Type::Number:
            facts.set(column.slot, Value::number(double(st.int64(col))));
            break;
        case FactSpec::Type::Date:
            if (const QDate d = isoDate(st.textView(col)); d.isValid())
                facts.set(column.slot, Value::date(d));
            break;
        case FactSpec::Type::Enum:
            // One of the vocabulary's values as the rulebook holds it, rather than a new copy
            // of the text for every child; anything else as it is stored.
            if (const QByteArrayView text = st.textView(col); !text.isEmpty()) {
                qsizetype v = 0;
                while (v < column.values.size() && QByteArrayView(column.values.at(v)) != text)
                    ++v;
                facts.set(column.slot, Value::text(v < column.values.size() ? column.spec->values.at(v)
                                                                             : QString::fromUtf8(text)));
            }
            break;
        case FactSpec::Type::List:
            break;
        }
    }
}

void ChildEvaluation::forEachActiveChild(const QString& placePattern,
                                         const std::function<void(const ChildFacts&)>& each)
{
    forEachChild(ChildScan{placePattern, {}, {}}, each);
}

void ChildEvaluation::forEachChild(const ChildScan& scan, const std::function<void(const ChildFacts&)>& each)
{
    const auto answers = std::make_shared<const VisitAnswers>(m_rb);
    QString select = QStringLiteral("SELECT c.id, c.name, h.place_code, v.visit_date, v.answers");
    const QList<RecordColumn> columns = recordColumns(&select, *answers);
    select += QStringLiteral(
        " FROM children c JOIN households h ON h.id = c.household_id "
        "LEFT JOIN persons f ON f.id = c.father_id LEFT JOIN persons m ON m.id = c.mother_id ");
    // The latest visit of each child lies beside the others' in latest_visits (migration 0021);
    // a visit before a day is looked for among all of the child's visits.
    select += scan.visitsBefore.isValid()
                  ? QStringLiteral("LEFT JOIN visits v ON v.rowid = (SELECT rowid FROM visits WHERE child_id = c.id "
                                   "AND status = 'submitted' AND visit_date < ?2 "
                                   "ORDER BY visit_date DESC, submitted_at DESC LIMIT 1) ")
                  : QStringLiteral("LEFT JOIN latest_visits v ON v.child_id = c.id ");
    select += QStringLiteral("WHERE h.place_code GLOB ?1 AND ");
    select += scan.onFileOn.isValid()
                  ? QStringLiteral(
                        "(c.status = 'active' OR c.left_on > ?3) AND (substr(c.created_at, 1, 10) <= ?3 OR EXISTS "
                        "(SELECT 1 FROM visits WHERE child_id = c.id AND status = 'submitted' AND visit_date <= ?3)) ")
                  : QStringLiteral("c.status = 'active' ");
    select += QStringLiteral("ORDER BY h.place_code, c.name, c.id");
    auto st = m_db.prepare(select.toStdString());
    st.bind(1, scan.placePattern);
    if (scan.visitsBefore.isValid())
        st.bind(2, scan.visitsBefore.toString(Qt::ISODate));
    if (scan.onFileOn.isValid())
        st.bind(3, scan.onFileOn.toString(Qt::ISODate));
    constexpr int kFirst = 5;
    ChildFacts c{{}, {}, {}, FactRow(answers)};
    while (st.step()) {
        c.childId = st.text(0);
        c.name = st.text(1);
        c.placeCode = st.text(2);
        c.facts.clear();
        // The answers first: what they answer replaces the record's visit.last_date and
        // columns, which are then read only for the facts the answers leave unset.
        if (!st.isNull(3)) {
            c.facts.overlay(st.textView(4));
            c.facts.setLastVisit(isoDate(st.textView(3)));
        }
        readRecord(st, kFirst, columns, c.facts);
        each(c);
    }
}

void ChildEvaluation::forEachVisit(const QString& placePattern, const QDate& from, const QDate& to,
                                   const std::function<void(const VisitFacts&)>& each)
{
    QString select = QStringLiteral(
        "SELECT v.id, c.id, h.place_code, v.visit_date, v.answers, (SELECT max(p.visit_date) FROM visits p "
        "WHERE p.child_id = c.id AND p.status = 'submitted' AND p.visit_date < v.visit_date)");
    const auto answers = std::make_shared<const VisitAnswers>(m_rb);
    const QList<RecordColumn> columns = recordColumns(&select, *answers);
    // A version some later submitted version supersedes is not counted: the correction is the visit.
    select += QStringLiteral(
        " FROM visits v JOIN children c ON c.id = v.child_id JOIN households h ON h.id = c.household_id "
        "LEFT JOIN persons f ON f.id = c.father_id LEFT JOIN persons m ON m.id = c.mother_id "
        "WHERE v.status = 'submitted' AND v.visit_date >= ? AND v.visit_date <= ? AND h.place_code GLOB ? "
        "AND NOT EXISTS (SELECT 1 FROM visits n WHERE n.supersedes_id = v.id AND n.status = 'submitted') "
        "ORDER BY h.place_code, c.id, v.visit_date, v.submitted_at");
    auto st = m_db.prepare(select.toStdString());
    st.bind(1, from.toString(Qt::ISODate)).bind(2, to.toString(Qt::ISODate)).bind(3, placePattern);
    constexpr int kFirst = 6;
    VisitFacts v{{}, {}, {}, {}, FactRow(answers)};
    while (st.step()) {
        v.visitId = st.text(0);
        v.childId = st.text(1);
        v.placeCode = st.text(2);
        v.visitDate = isoDate(st.textView(3));
        v.facts.clear();
        // As forEachChild: the answers first, then what they leave unset.
        v.facts.overlay(st.textView(4));
        if (!st.isNull(5))
            v.facts.setLastVisit(isoDate(st.textView(5)));
        readRecord(st, kFirst, columns, v.facts);
        each(v);
    }
}

void ChildEvaluation::overlayAnswers(Facts& f, const QString& answersJson) const
{
    VisitAnswers(m_rb).overlay(f, answersJson.toUtf8());
}

Evaluation ChildEvaluation::evaluateVisit(const QString& visitId, const QString& language)
{
    auto st = m_db.prepare("SELECT child_id, visit_date, answers FROM visits WHERE id = ?");
    st.bind(1, visitId);
    if (!st.step())
        throw Error(Error::Kind::NotFound,
                    QCoreApplication::translate("tonghu::rules::ChildEvaluation", "The visit record no longer exists."));
    const QString childId = st.text(0);
    const QString date = st.text(1);
    const QString answers = st.text(2);
    st.reset();
    Facts f = recordFacts(childId);
    // The schedule counts from the visit before this one, as the director saw it that day.
    auto before = m_db.prepare("SELECT max(visit_date) FROM visits WHERE child_id = ? AND status = 'submitted' "
                               "AND visit_date < ?");
    before.bind(1, childId).bind(2, date);
    if (before.step() && !before.isNull(0))
        f.insert(QStringLiteral("visit.last_date"), Value::date(QDate::fromString(before.text(0), Qt::ISODate)));
    before.reset();
    overlayAnswers(f, answers);
    return Evaluator(m_rb).evaluate(f, QDate::fromString(date, Qt::ISODate), language);
}

Evaluation ChildEvaluation::evaluate(const QString& childId, const QDate& asOf, const QString& language)
{
    return Evaluator(m_rb).evaluate(factsFor(childId), asOf, language);
}

StoredEvaluation ChildEvaluation::evaluateAndStore(const QString& childId, const QDate& asOf, const QString& visitId,
                                                   const QString& language)
{
    return store(childId, evaluate(childId, asOf, language), visitId);
}

StoredEvaluation ChildEvaluation::store(const QString& childId, const Evaluation& ev, const QString& visitId)
{
    const QDate& asOf = ev.asOf;
    StoredEvaluation s;
    s.id = util::newRecordId();
    s.childId = childId;
    s.visitId = visitId;
    s.ruleset = ev.ruleset;
    s.asOf = asOf;
    s.nextVisitDue = ev.nextVisitDue;
    s.result = ev.toJson();
    s.createdAt = QDateTime::fromString(now(), Qt::ISODateWithMs);
    auto st = m_db.prepare("INSERT INTO evaluations (id, child_id, ruleset, as_of, result, next_visit_due, created_by, "
                           "created_at, visit_id, open_risks) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, s.id).bind(2, childId).bind(3, s.ruleset).bind(4, asOf.toString(Qt::ISODate));
    st.bind(5, QString::fromUtf8(QJsonDocument(s.result).toJson(QJsonDocument::Compact)));
    st.bindOrNull(6, ev.nextVisitDue.isValid() ? ev.nextVisitDue.toString(Qt::ISODate) : QString());
    st.bindOrNull(7, m_userId).bind(8, s.createdAt.toString(Qt::ISODateWithMs)).bindOrNull(9, visitId);
    st.bind(10, openRisks(ev));
    st.run();
    return s;
}

QString ChildEvaluation::openRisks(const Evaluation& ev)
{
    QJsonArray risks;
    for (const Finding& f : ev.findings)
        if (f.kind == QLatin1String("risk") && f.status == QLatin1String("met")
            && (f.severity == QLatin1String("critical") || f.severity == QLatin1String("high")))
            risks.append(QJsonArray{f.id, f.severity, f.title});
    return QString::fromUtf8(QJsonDocument(risks).toJson(QJsonDocument::Compact));
}

std::optional<StoredEvaluation> ChildEvaluation::latest(const QString& childId)
{
    auto st = m_db.prepare("SELECT id, visit_id, ruleset, as_of, result, next_visit_due, created_at FROM evaluations "
                           "WHERE child_id = ? ORDER BY created_at DESC, rowid DESC LIMIT 1");
    st.bind(1, childId);
    if (!st.step())
        return std::nullopt;
    StoredEvaluation s;
    s.id = st.text(0);
    s.childId = childId;
    s.visitId = st.text(1);
    s.ruleset = st.text(2);
    s.asOf = QDate::fromString(st.text(3), Qt::ISODate);
    s.result = QJsonDocument::fromJson(st.text(4).toUtf8()).object();
    s.nextVisitDue = QDate::fromString(st.text(5), Qt::ISODate);
    s.createdAt = QDateTime::fromString(st.text(6), Qt::ISODateWithMs);
    return s;
}

} // namespace tonghu::rules
