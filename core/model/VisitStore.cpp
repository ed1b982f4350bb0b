// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/VisitStore.h"

#include "core/audit/AuditLog.h"
#include "core/model/RecordStore.h"
#include "core/rules/Checklist.h"
#include "core/rules/ChildEvaluation.h"
#include "core/rules/FactsInput.h"
#include "core/storage/Database.h"
#include "core/storage/SqlText.h"
#include "core/sync/EventLog.h"
#include "core/util/Error.h"
#include "core/util/RecordId.h"
#include "core/vault/Access.h"

#include <QJsonDocument>

namespace tonghu::model {

const QStringList VisitStore::kReportingFindings{QStringLiteral("risk.mandatory_report"),
                                                 QStringLiteral("risk.unsafe_alone"),
                                                 QStringLiteral("risk.temporary_guardianship")};

namespace {

QString now() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs); }
QString json(const QJsonObject& o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); }

constexpr const char* kColumns = "id, child_id, visit_date, status, answers, author_id, version, supersedes_id, "
                                 "correction_reason, submitted_at, updated_at";

Visit visitFrom(const storage::Statement& st)
{
    Visit v;
    v.id = st.text(0);
    v.childId = st.text(1);
    v.visitDate = QDate::fromString(st.text(2), Qt::ISODate);
    v.status = st.text(3);
    v.answers = QJsonDocument::fromJson(st.text(4).toUtf8()).object();
    v.authorId = st.text(5);
    v.version = st.integer(6);
    v.supersedesId = st.text(7);
    v.correctionReason = st.text(8);
    v.submittedAt = QDateTime::fromString(st.text(9), Qt::ISODateWithMs);
    v.updatedAt = QDateTime::fromString(st.text(10), Qt::ISODateWithMs);
    return v;
}

std::optional<bool> boolAnswer(const QJsonObject& a, const char* fact)
{
    const QJsonValue v = a.value(QLatin1String(fact));
    return v.isBool() ? std::optional<bool>(v.toBool()) : std::nullopt;
}

std::optional<int> intAnswer(const QJsonObject& a, const char* fact)
{
    const QJsonValue v = a.value(QLatin1String(fact));
    return v.isDouble() ? std::optional<int>(v.toInt()) : std::nullopt;
}

// Sets `field` from the answer to `fact` when the visit answered it; leaves it otherwise.
template <typename T> void take(std::optional<T>& field, const std::optional<T>& answer)
{
    if (answer)
        field = answer;
}

void takeText(QString& field, const QJsonObject& a, const QString& fact)
{
    const QJsonValue v = a.value(fact);
    if (v.isString())
        field = v.toString();
}

} // namespace

QString VisitStore::mandatoryReportId(const QString& visitId)
{
    auto st = m_db.prepare("SELECT id FROM mandatory_reports WHERE visit_id = ?");
    st.bind(1, visitId);
    return st.step() ? st.text(0) : QString();
}

VisitStore::VisitStore(storage::Database& db, const rules::Rulebook& rulebook, const rules::Checklist& checklist,
                       QString userId, QObject* parent)
    : QObject(parent), m_db(db), m_rulebook(&rulebook), m_checklist(checklist), m_userId(std::move(userId))
{
}

Visit VisitStore::openDraft(const QString& childId, const QDate& visitDate)
{
    {
        auto st = m_db.prepare(
            storage::sqlJoin({"SELECT ", kColumns, " FROM visits WHERE child_id = ? AND status = 'draft'"}));
        st.bind(1, childId);
        if (st.step())
            return visitFrom(st);
    }
    if (!RecordStore(m_db, m_userId, {}).child(childId))
        throw Error(Error::Kind::NotFound, tr("The child's record no longer exists."));
    vault::Access::require(m_db, vault::Action::VisitChildren, placeOfChild(childId));
    const QString t = now();
    const QString id = util::newRecordId();
    auto st = m_db.prepare("INSERT INTO visits (id, child_id, visit_date, status, answers, author_id, created_at, "
                           "updated_at) VALUES (?, ?, ?, 'draft', '{}', ?, ?, ?)");
    st.bind(1, id).bind(2, childId).bind(3, visitDate.toString(Qt::ISODate)).bindOrNull(4, m_userId);
    st.bind(5, t).bind(6, t).run();
    emit visitsChanged(childId);
    return *visit(id);
}

std::optional<Visit> VisitStore::visit(const QString& id)
{
    auto st = m_db.prepare(storage::sqlJoin({"SELECT ", kColumns, " FROM visits WHERE id = ?"}));
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return visitFrom(st);
}

QList<Visit> VisitStore::visitsOf(const QString& childId)
{
    auto st = m_db.prepare(storage::sqlJoin(
        {"SELECT ", kColumns,
         " FROM visits WHERE child_id = ? ORDER BY visit_date DESC, version DESC, created_at DESC"}));
    st.bind(1, childId);
    QList<Visit> out;
    while (st.step())
        out << visitFrom(st);
    return out;
}

Visit VisitStore::requireDraft(const QString& visitId)
{
    const auto v = visit(visitId);
    if (!v)
        throw Error(Error::Kind::NotFound, tr("The visit record no longer exists."));
    if (v->status != QLatin1String("draft"))
        throw Error(Error::Kind::BadInput,
                    tr("This visit was submitted and cannot be changed; make a correction instead."));
    vault::Access::require(m_db, vault::Action::VisitChildren, placeOfChild(v->childId));
    return *v;
}

QString VisitStore::placeOfChild(const QString& childId)
{
    auto st = m_db.prepare("SELECT h.place_code FROM children c JOIN households h ON h.id = c.household_id "
                           "WHERE c.id = ?");
    st.bind(1, childId);
    return st.step() ? st.text(0) : QString();
}

void VisitStore::setAnswer(const QString& visitId, const QString& fact, const QJsonValue& value)
{
    const rules::FactSpec* spec = m_rulebook->fact(fact);
    if (!spec)
        throw Error(Error::Kind::BadInput, tr("The checklist has no question '%1'.").arg(fact));
    if (!value.isNull() && !value.isUndefined())
        rules::FactsInput::factValue(*spec, value); // throws with the fact's name
    storage::Transaction tx(m_db);
    Visit v = requireDraft(visitId);
    if (value.isNull() || value.isUndefined())
        v.answers.remove(fact);
    else
        v.answers.insert(fact, value);
    auto st = m_db.prepare("UPDATE visits SET answers = ?, updated_at = ? WHERE id = ?");
    st.bind(1, json(v.answers)).bind(2, now()).bind(3, visitId).run();
    tx.commit();
}

void VisitStore::setAnswers(const QString& visitId, const QJsonObject& answers)
{
    for (auto it = answers.begin(); it != answers.end(); ++it) {
        const rules::FactSpec* spec = m_rulebook->fact(it.key());
        if (!spec)
            throw Error(Error::Kind::BadInput, tr("The checklist has no question '%1'.").arg(it.key()));
        if (!it->isNull() && !it->isUndefined())
            rules::FactsInput::factValue(*spec, *it);
    }
    storage::Transaction tx(m_db);
    Visit v = requireDraft(visitId);
    for (auto it = answers.begin(); it != answers.end(); ++it) {
        if (it->isNull() || it->isUndefined())
            v.answers.remove(it.key());
        else
            v.answers.insert(it.key(), *it);
    }
    auto st = m_db.prepare("UPDATE visits SET answers = ?, updated_at = ? WHERE id = ?");
    st.bind(1, json(v.answers)).bind(2, now()).bind(3, visitId).run();
    tx.commit();
}

void VisitStore::setVisitDate(const QString& visitId, const QDate& date)
{
    if (!date.isValid() || date > QDate::currentDate())
        throw Error(Error::Kind::BadInput, tr("The visit date cannot be in the future."));
    storage::Transaction tx(m_db);
    const Visit v = requireDraft(visitId);
    auto st = m_db.prepare("UPDATE visits SET visit_date = ?, updated_at = ? WHERE id = ?");
    st.bind(1, date.toString(Qt::ISODate)).bind(2, now()).bind(3, visitId).run();
    tx.commit();
    emit visitsChanged(v.childId);
}

void VisitStore::recordMandatoryReport(const QString& visitId, const MandatoryReport& r)
{
    const bool reported = r.outcome == MandatoryReport::Outcome::Reported;
    if (reported && (!r.reportedAt.isValid() || r.reportedTo.trimmed().isEmpty()))
        throw Error(Error::Kind::BadInput, tr("Record when the report was made and to whom."));
    if (!reported && r.reason.trimmed().isEmpty())
        throw Error(Error::Kind::BadInput, tr("Record why the report could not be made."));
    storage::Transaction tx(m_db);
    requireDraft(visitId);
    const QString t = now();
    auto st = m_db.prepare(
        "INSERT INTO mandatory_reports (id, visit_id, outcome, reported_at, reported_to, reference, reason, "
        "created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (visit_id) DO UPDATE SET outcome = excluded.outcome, reported_at = excluded.reported_at, "
        "reported_to = excluded.reported_to, reference = excluded.reference, reason = excluded.reason, "
        "updated_at = excluded.updated_at");
    st.bind(1, util::newRecordId())
        .bind(2, visitId)
        .bind(3, reported ? QStringLiteral("reported") : QStringLiteral("not_possible"));
    st.bindOrNull(4, reported ? r.reportedAt.toUTC().toString(Qt::ISODate) : QString());
    st.bindOrNull(5, reported ? r.reportedTo.trimmed() : QString());
    st.bindOrNull(6, r.reference.trimmed().isEmpty() ? QString() : r.reference.trimmed());
    st.bindOrNull(7, reported ? QString() : r.reason.trimmed());
    st.bindOrNull(8, m_userId).bind(9, t).bind(10, t).run();
    tx.commit();
}

std::optional<MandatoryReport> VisitStore::mandatoryReport(const QString& visitId)
{
    auto st = m_db.prepare("SELECT outcome, reported_at, reported_to, reference, reason FROM mandatory_reports "
                           "WHERE visit_id = ?");
    st.bind(1, visitId);
    if (!st.step())
        return std::nullopt;
    MandatoryReport r;
    r.outcome = st.text(0) == QLatin1String("reported") ? MandatoryReport::Outcome::Reported
                                                        : MandatoryReport::Outcome::NotPossible;
    r.reportedAt = QDateTime::fromString(st.text(1), Qt::ISODate);
    r.reportedTo = st.text(2);
    r.reference = st.text(3);
    r.reason = st.text(4);
    return r;
}

QStringList VisitStore::submitBlockers(const QString& visitId, const QString& language)
{
    const Visit v = requireDraft(visitId);
    rules::ChildEvaluation children(m_db, *m_rulebook, m_userId);
    // What the form shows: the record's facts, overlaid with this visit's answers. Earlier visits'
    // observations do not count: the safety questions are asked anew at every visit.
    rules::Facts facts = children.recordFacts(v.childId);
    const QDate last = children.lastVisitDate(v.childId);
    if (last.isValid())
        facts.insert(QStringLiteral("visit.last_date"), rules::Value::date(last));
    for (auto it = v.answers.begin(); it != v.answers.end(); ++it)
        if (const rules::FactSpec* spec = m_rulebook->fact(it.key()))
            facts.insert(it.key(), rules::FactsInput::factValue(*spec, it.value()));

    QStringList blockers;
    const rules::Evaluator evaluator(*m_rulebook);
    for (const rules::AnswerProblem& p : m_checklist.problems(evaluator, facts, v.visitDate, language)) {
        const rules::ChecklistQuestion* q = m_checklist.question(p.fact);
        blockers << (q ? q->localized(QStringLiteral("label"), language) : p.fact) + QStringLiteral(": ") + p.message;
    }
    if (!mandatoryReport(visitId)) {
        const rules::Evaluation ev = evaluator.evaluate(facts, v.visitDate, language);
        for (const QString& id : kReportingFindings)
            if (const rules::Finding* f = ev.find(id); f && f->status == QLatin1String("met"))
                blockers << tr("%1: record the report that was made (when, to whom, reference number) or why it "
                               "could not be made.")
                                .arg(f->title);
    }
    return blockers;
}

Visit VisitStore::submit(const QString& visitId)
{
    const QStringList blockers = submitBlockers(visitId);
    if (!blockers.isEmpty())
        throw Error(Error::Kind::BadInput,
                    tr("The visit cannot be submitted yet:") + QLatin1Char('\n') + blockers.join(QLatin1Char('\n')));
    storage::Transaction tx(m_db);
    Visit v = requireDraft(visitId);
    const QString t = now();
    auto st = m_db.prepare("UPDATE visits SET status = 'submitted', submitted_at = ?, updated_at = ? WHERE id = ?");
    st.bind(1, t).bind(2, t).bind(3, visitId).run();
    // A draft stays on the laptop; the visit travels once submitted, whole, with its report record.
    sync::EventLog::record(m_db, m_userId, QStringLiteral("visits"), visitId, {},
                           sync::EventLog::row(m_db, "visits", visitId));
    if (const auto report = mandatoryReportId(visitId); !report.isEmpty())
        sync::EventLog::record(m_db, m_userId, QStringLiteral("mandatory_reports"), report, {},
                               sync::EventLog::row(m_db, "mandatory_reports", report));
    writeBack(v);
    rules::ChildEvaluation(m_db, *m_rulebook, m_userId).evaluateAndStore(v.childId, v.visitDate, visitId);
    audit::AuditLog::append(m_db, m_userId, QStringLiteral("visit.submit"), QStringLiteral("visit"), visitId);
    tx.commit();
    emit visitsChanged(v.childId);
    return *visit(visitId);
}

Visit VisitStore::correct(const QString& visitId, const QString& reason)
{
    if (reason.trimmed().isEmpty())
        throw Error(Error::Kind::BadInput, tr("Give the reason for the correction."));
    const auto old = visit(visitId);
    if (!old)
        throw Error(Error::Kind::NotFound, tr("The visit record no longer exists."));
    if (old->status != QLatin1String("submitted"))
        throw Error(Error::Kind::BadInput, tr("Only a submitted visit is corrected; a draft can simply be edited."));
    vault::Access::require(m_db, vault::Action::VisitChildren, placeOfChild(old->childId));
    {
        auto draft = m_db.prepare("SELECT 1 FROM visits WHERE child_id = ? AND status = 'draft'");
        draft.bind(1, old->childId);
        if (draft.step())
            throw Error(Error::Kind::BadInput,
                        tr("This child has an unfinished visit; submit or finish it before making a correction."));
    }
    const QString t = now();
    const QString id = util::newRecordId();
    storage::Transaction tx(m_db);
    auto st = m_db.prepare("INSERT INTO visits (id, child_id, visit_date, status, answers, author_id, version, "
                           "supersedes_id, correction_reason, created_at, updated_at) "
                           "VALUES (?, ?, ?, 'draft', ?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, id).bind(2, old->childId).bind(3, old->visitDate.toString(Qt::ISODate)).bind(4, json(old->answers));
    st.bindOrNull(5, m_userId).bind(6, old->version + 1).bind(7, visitId).bind(8, reason.trimmed());
    st.bind(9, t).bind(10, t).run();
    audit::AuditLog::append(m_db, m_userId, QStringLiteral("visit.correct"), QStringLiteral("visit"), visitId, id);
    tx.commit();
    emit visitsChanged(old->childId);
    return *visit(id);
}

// Facts answered at the visit are the newest knowledge of the child, its household and its
// parents: they update the record, so the next visit starts from them. A record the answers
// leave as it was is not saved again: its change stamp stays the day it last changed, and
// nothing is written that would have to travel to the township as a change.
void VisitStore::writeBack(const Visit& v)
{
    const QJsonObject& a = v.answers;
    RecordStore records(m_db, m_userId, {});
    auto child = records.child(v.childId);
    if (!child)
        return;
    const Child childBefore = *child;
    if (a.value(QLatin1String("child.birth_date")).isString())
        child->birthDate = QDate::fromString(a.value(QLatin1String("child.birth_date")).toString(), Qt::ISODate);
    takeText(child->sex, a, QStringLiteral("child.sex"));
    takeText(child->hukou, a, QStringLiteral("child.hukou"));
    take(child->monthsAtResidence, intAnswer(a, "child.months_at_residence"));
    takeText(child->school, a, QStringLiteral("child.school"));
    take(child->disabilityLevel, intAnswer(a, "child.disability_level"));
    takeText(child->disabilityType, a, QStringLiteral("child.disability_type"));
    take(child->seriousIllness, boolAnswer(a, "child.serious_illness"));
    take(child->medicalInsurance, boolAnswer(a, "child.medical_insurance"));
    take(child->livesAlone, boolAnswer(a, "child.lives_alone"));
    take(child->inInstitution, boolAnswer(a, "child.in_institution"));
    if (!(*child == childBefore))
        records.saveChild(*child);

    if (auto h = records.household(child->householdId)) {
        const Household before = *h;
        takeText(h->assistance, a, QStringLiteral("household.assistance"));
        take(h->povertyMonitored, boolAnswer(a, "household.poverty_monitored"));
        takeText(h->crisis, a, QStringLiteral("household.crisis"));
        take(h->entrustmentSigned, boolAnswer(a, "household.entrustment_signed"));
        take(h->guardianCapable, boolAnswer(a, "household.guardian_capable"));
        if (!(*h == before))
            records.saveHousehold(*h);
    }
    const auto parent = [&](const QString& personId, const QString& prefix) {
        if (personId.isEmpty())
            return;
        auto p = records.person(personId);
        if (!p)
            return;
        const Person before = *p;
        const auto f = [&](const char* name) { return (prefix + QLatin1String(name)).toLatin1(); };
        takeText(p->status, a, QString::fromLatin1(f(".status")));
        take(p->disabilityLevel, intAnswer(a, f(".disability_level").constData()));
        takeText(p->disabilityType, a, QString::fromLatin1(f(".disability_type")));
        take(p->seriousIllness, boolAnswer(a, f(".serious_illness").constData()));
        take(p->imprisonedMonths, intAnswer(a, f(".imprisoned_months").constData()));
        take(p->compulsoryRehabMonths, intAnswer(a, f(".compulsory_rehab_months").constData()));
        take(p->detainedMonths, intAnswer(a, f(".detained_months").constData()));
        take(p->lostContactMonths, intAnswer(a, f(".lost_contact_months").constData()));
        take(p->guardianshipRevoked, boolAnswer(a, f(".guardianship_revoked").constData()));
        take(p->deported, boolAnswer(a, f(".deported").constData()));
        take(p->migrantWorker, boolAnswer(a, f(".migrant_worker").constData()));
        take(p->monthsSinceContact, intAnswer(a, f(".months_since_contact").constData()));
        if (!(*p == before))
            records.savePerson(*p);
    };
    parent(child->fatherId, QStringLiteral("father"));
    parent(child->motherId, QStringLiteral("mother"));
}

} // namespace tonghu::model
