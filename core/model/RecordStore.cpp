// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/RecordStore.h"


#include "core/audit/AuditLog.h"
#include "core/model/IdNumber.h"
#include "core/model/Vocabulary.h"
#include "core/storage/Database.h"
#include "core/sync/EventLog.h"
#include "core/text/Pinyin.h"
#include "core/util/Error.h"
#include "core/util/RecordId.h"
#include "core/vault/Access.h"

#include <QCoreApplication>

#include <algorithm>

namespace tonghu::model {

namespace {

Error bad(const QString& message) { return Error(Error::Kind::BadInput, message); }

QString nowText() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs); }
QString dateText(const QDate& d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); }
QDate dateFrom(const QString& s) { return QDate::fromString(s, Qt::ISODate); }
QDateTime stampFrom(const QString& s) { return QDateTime::fromString(s, Qt::ISODateWithMs); }

std::optional<bool> optBool(const storage::Statement& st, int col)
{
    if (st.isNull(col))
        return std::nullopt;
    return st.int64(col) != 0;
}

QString reversed(const QString& s)
{
    QString r = s;
    std::reverse(r.begin(), r.end());
    return r;
}

// GLOB treats these as wildcards; a search box must match them literally or not at all.
QString globSafe(const QString& s)
{
    QString out;
    for (QChar c : s)
        if (c != QLatin1Char('*') && c != QLatin1Char('?') && c != QLatin1Char('[') && c != QLatin1Char(']'))
            out += c;
    return out;
}

void requireChoice(const QList<Choice>& choices, const QString& code, bool allowEmpty, const QString& message)
{
    if ((code.isEmpty() && allowEmpty) || Vocabulary::contains(choices, code))
        return;
    throw bad(message);
}

void requireMonths(const std::optional<int>& v)
{
    if (v && (*v < 0 || *v > 1200))
        throw bad(RecordStore::tr("A number of months must be between 0 and 1200."));
}

void requireLevel(const std::optional<int>& v)
{
    if (v && (*v < 0 || *v > 4))
        throw bad(RecordStore::tr("The disability level must be 0 (none) or 1 to 4."));
}

// Checks an ID number and fills birth date and sex from it where they were left empty. A typed
// value that differs from the number is kept: registration errors exist, and the form shows the
// difference to the director instead of silently overwriting what they entered.
void applyIdNumber(QString& idNumber, QDate& birthDate, QString& sex)
{
    idNumber = idNumber.trimmed();
    if (idNumber.isEmpty())
        return;
    const IdNumberInfo info = IdNumber::parse(idNumber);
    if (!info.valid())
        throw Error(Error::Kind::BadInput, info.message());
    idNumber = info.normalized;
    if (!birthDate.isValid())
        birthDate = info.birthDate;
    if (sex.isEmpty())
        sex = info.sex;
}

constexpr const char* kChildColumns =
    "id, household_id, name, id_number, sex, birth_date, hukou, months_at_residence, school, disability_level, "
    "disability_type, serious_illness, medical_insurance, lives_alone, in_institution, father_id, mother_id, "
    "guardian_id, status, notes, created_at, updated_at, left_on";

Child childFrom(const storage::Statement& st)
{
    Child c;
    c.id = st.text(0);
    c.householdId = st.text(1);
    c.name = st.text(2);
    c.idNumber = st.text(3);
    c.sex = st.text(4);
    c.birthDate = dateFrom(st.text(5));
    c.hukou = st.text(6);
    c.monthsAtResidence = st.optionalInt(7);
    c.school = st.text(8);
    c.disabilityLevel = st.optionalInt(9);
    c.disabilityType = st.text(10);
    c.seriousIllness = optBool(st, 11);
    c.medicalInsurance = optBool(st, 12);
    c.livesAlone = optBool(st, 13);
    c.inInstitution = optBool(st, 14);
    c.fatherId = st.text(15);
    c.motherId = st.text(16);
    c.guardianId = st.text(17);
    c.status = st.text(18);
    c.notes = st.text(19);
    c.createdAt = stampFrom(st.text(20));
    c.updatedAt = stampFrom(st.text(21));
    c.leftOn = dateFrom(st.text(22));
    return c;
}

constexpr const char* kPersonColumns =
    "id, household_id, name, relation, is_guardian, id_number, sex, birth_date, phone, status, disability_level, "
    "disability_type, serious_illness, imprisoned_months, compulsory_rehab_months, detained_months, "
    "lost_contact_months, guardianship_revoked, deported, migrant_worker, months_since_contact, created_at, "
    "updated_at";

Person personFrom(const storage::Statement& st)
{
    Person p;
    p.id = st.text(0);
    p.householdId = st.text(1);
    p.name = st.text(2);
    p.relation = st.text(3);
    p.isGuardian = st.int64(4) != 0;
    p.idNumber = st.text(5);
    p.sex = st.text(6);
    p.birthDate = dateFrom(st.text(7));
    p.phone = st.text(8);
    p.status = st.text(9);
    p.disabilityLevel = st.optionalInt(10);
    p.disabilityType = st.text(11);
    p.seriousIllness = optBool(st, 12);
    p.imprisonedMonths = st.optionalInt(13);
    p.compulsoryRehabMonths = st.optionalInt(14);
    p.detainedMonths = st.optionalInt(15);
    p.lostContactMonths = st.optionalInt(16);
    p.guardianshipRevoked = optBool(st, 17);
    p.deported = optBool(st, 18);
    p.migrantWorker = optBool(st, 19);
    p.monthsSinceContact = st.optionalInt(20);
    p.createdAt = stampFrom(st.text(21));
    p.updatedAt = stampFrom(st.text(22));
    return p;
}

constexpr const char* kHouseholdColumns =
    "id, place_code, address, contact_name, contact_phone, assistance, poverty_monitored, crisis, "
    "entrustment_signed, guardian_capable, notes, created_at, updated_at";

Household householdFrom(const storage::Statement& st)
{
    Household h;
    h.id = st.text(0);
    h.placeCode = st.text(1);
    h.address = st.text(2);
    h.contactName = st.text(3);
    h.contactPhone = st.text(4);
    h.assistance = st.text(5);
    h.povertyMonitored = optBool(st, 6);
    h.crisis = st.text(7);
    h.entrustmentSigned = optBool(st, 8);
    h.guardianCapable = optBool(st, 9);
    h.notes = st.text(10);
    h.createdAt = stampFrom(st.text(11));
    h.updatedAt = stampFrom(st.text(12));
    return h;
}

} // namespace

RecordStore::RecordStore(storage::Database& db, QString userId, QString placeCode, QObject* parent)
    : QObject(parent), m_db(db), m_userId(std::move(userId)), m_placeCode(std::move(placeCode))
{
}

Household RecordStore::saveHousehold(Household h)
{
    h.address = h.address.trimmed();
    if (h.address.isEmpty())
        throw bad(RecordStore::tr("Enter the household's address."));
    if (h.assistance.isEmpty())
        h.assistance = QStringLiteral("none");
    requireChoice(Vocabulary::assistance(), h.assistance, false, RecordStore::tr("Choose the household's assistance status."));
    requireChoice(Vocabulary::crises(), h.crisis, true, RecordStore::tr("Choose the kind of crisis from the list."));
    if (h.placeCode.isEmpty())
        h.placeCode = m_placeCode;
    const bool isNew = h.id.isEmpty();
    vault::Access::require(m_db, vault::Action::EditRecords, isNew ? h.placeCode : placeOfHousehold(h.id));
    vault::Access::require(m_db, vault::Action::EditRecords, h.placeCode);
    const QString t = nowText();
    if (isNew) {
        h.id = util::newRecordId();
        h.createdAt = stampFrom(t);
    } else if (!household(h.id)) {
        throw Error(Error::Kind::NotFound, RecordStore::tr("The household no longer exists."));
    }
    h.updatedAt = stampFrom(t);
    auto st = m_db.prepare(isNew ? "INSERT INTO households (place_code, address, contact_name, contact_phone, "
                                   "assistance, poverty_monitored, crisis, entrustment_signed, guardian_capable, "
                                   "notes, updated_at, id, created_at, created_by) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                                 : "UPDATE households SET place_code = ?, address = ?, contact_name = ?, "
                                   "contact_phone = ?, assistance = ?, poverty_monitored = ?, crisis = ?, "
                                   "entrustment_signed = ?, guardian_capable = ?, notes = ?, updated_at = ? "
                                   "WHERE id = ?");
    st.bind(1, h.placeCode).bind(2, h.address).bindOrNull(3, h.contactName.trimmed());
    st.bindOrNull(4, h.contactPhone.trimmed()).bind(5, h.assistance).bind(6, h.povertyMonitored);
    st.bindOrNull(7, h.crisis.isEmpty() ? QString() : h.crisis).bind(8, h.entrustmentSigned);
    st.bind(9, h.guardianCapable).bindOrNull(10, h.notes).bind(11, t).bind(12, h.id);
    if (isNew)
        st.bind(13, t).bindOrNull(14, m_userId);
    sync::EventLog::tracked(m_db, m_userId, "households", h.id, [&] { st.run(); });
    emit householdsChanged();
    return h;
}

Person RecordStore::savePerson(Person p)
{
    p.name = p.name.trimmed();
    if (p.name.isEmpty())
        throw bad(RecordStore::tr("Enter the person's name."));
    if (!household(p.householdId))
        throw bad(RecordStore::tr("Choose the household this person belongs to."));
    vault::Access::require(m_db, vault::Action::EditRecords, placeOfHousehold(p.householdId));
    requireChoice(Vocabulary::relations(), p.relation, false, RecordStore::tr("Choose how the person is related to the child."));
    applyIdNumber(p.idNumber, p.birthDate, p.sex);
    requireChoice(Vocabulary::sexes(), p.sex, true, RecordStore::tr("Choose the sex from the list."));
    requireChoice(Vocabulary::parentStatuses(), p.status, true, RecordStore::tr("Choose the parent's status from the list."));
    requireChoice(Vocabulary::disabilityTypes(), p.disabilityType, true, RecordStore::tr("Choose the disability type from the list."));
    requireLevel(p.disabilityLevel);
    for (const auto& m : {p.imprisonedMonths, p.compulsoryRehabMonths, p.detainedMonths, p.lostContactMonths,
                          p.monthsSinceContact})
        requireMonths(m);
    if (p.birthDate.isValid() && p.birthDate > QDate::currentDate())
        throw bad(RecordStore::tr("The birth date is in the future."));

    const bool isNew = p.id.isEmpty();
    const QString t = nowText();
    if (isNew) {
        p.id = util::newRecordId();
        p.createdAt = stampFrom(t);
    } else if (!person(p.id)) {
        throw Error(Error::Kind::NotFound, RecordStore::tr("The person no longer exists."));
    }
    p.updatedAt = stampFrom(t);
    const text::PinyinKeys keys = text::Pinyin::keys(p.name);
    auto st = m_db.prepare(
        isNew ? "INSERT INTO persons (household_id, name, relation, is_guardian, id_number, sex, birth_date, phone, "
                "status, disability_level, disability_type, serious_illness, imprisoned_months, "
                "compulsory_rehab_months, detained_months, lost_contact_months, guardianship_revoked, deported, "
                "migrant_worker, months_since_contact, name_pinyin, name_initials, id_reversed, updated_at, id, "
                "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
              : "UPDATE persons SET household_id = ?, name = ?, relation = ?, is_guardian = ?, id_number = ?, "
                "sex = ?, birth_date = ?, phone = ?, status = ?, disability_level = ?, disability_type = ?, "
                "serious_illness = ?, imprisoned_months = ?, compulsory_rehab_months = ?, detained_months = ?, "
                "lost_contact_months = ?, guardianship_revoked = ?, deported = ?, migrant_worker = ?, "
                "months_since_contact = ?, name_pinyin = ?, name_initials = ?, id_reversed = ?, updated_at = ? "
                "WHERE id = ?");
    st.bind(1, p.householdId).bind(2, p.name).bind(3, p.relation).bind(4, p.isGuardian);
    st.bindOrNull(5, p.idNumber.isEmpty() ? QString() : p.idNumber);
    st.bindOrNull(6, p.sex.isEmpty() ? QString() : p.sex).bindOrNull(7, dateText(p.birthDate));
    st.bindOrNull(8, p.phone.trimmed().isEmpty() ? QString() : p.phone.trimmed());
    st.bindOrNull(9, p.status.isEmpty() ? QString() : p.status).bind(10, p.disabilityLevel);
    st.bindOrNull(11, p.disabilityType.isEmpty() ? QString() : p.disabilityType).bind(12, p.seriousIllness);
    st.bind(13, p.imprisonedMonths).bind(14, p.compulsoryRehabMonths).bind(15, p.detainedMonths);
    st.bind(16, p.lostContactMonths).bind(17, p.guardianshipRevoked).bind(18, p.deported);
    st.bind(19, p.migrantWorker).bind(20, p.monthsSinceContact).bind(21, keys.full).bind(22, keys.initials);
    st.bindOrNull(23, p.idNumber.isEmpty() ? QString() : reversed(p.idNumber)).bind(24, t).bind(25, p.id);
    if (isNew)
        st.bind(26, t);
    sync::EventLog::tracked(m_db, m_userId, "persons", p.id, [&] { st.run(); });
    emit personsChanged(p.householdId);
    return p;
}

Child RecordStore::saveChild(Child c)
{
    c.name = c.name.trimmed();
    if (c.name.isEmpty())
        throw bad(RecordStore::tr("Enter the child's name."));
    if (!household(c.householdId))
        throw bad(RecordStore::tr("Choose the household the child lives in."));
    vault::Access::require(m_db, vault::Action::EditRecords, placeOfHousehold(c.householdId));
    applyIdNumber(c.idNumber, c.birthDate, c.sex);
    if (!c.birthDate.isValid())
        throw bad(RecordStore::tr("Enter the child's birth date or ID number."));
    if (c.birthDate > QDate::currentDate())
        throw bad(RecordStore::tr("The birth date is in the future."));
    if (c.sex.isEmpty())
        throw bad(RecordStore::tr("Choose the child's sex."));
    requireChoice(Vocabulary::sexes(), c.sex, false, RecordStore::tr("Choose the sex from the list."));
    requireChoice(Vocabulary::hukou(), c.hukou, true, RecordStore::tr("Choose the household registration from the list."));
    requireChoice(Vocabulary::schools(), c.school, true, RecordStore::tr("Choose the schooling from the list."));
    requireChoice(Vocabulary::disabilityTypes(), c.disabilityType, true, RecordStore::tr("Choose the disability type from the list."));
    requireLevel(c.disabilityLevel);
    requireMonths(c.monthsAtResidence);
    if (c.status.isEmpty())
        c.status = QStringLiteral("active");
    if (c.status != QLatin1String("active") && c.status != QLatin1String("left"))
        throw bad(RecordStore::tr("A child's status is either active or left."));
    // The day a child left starts the time their records are kept (model::Retention).
    if (c.status == QLatin1String("active"))
        c.leftOn = {};
    else if (!c.leftOn.isValid())
        c.leftOn = QDate::currentDate();
    if (c.leftOn.isValid() && (c.leftOn > QDate::currentDate() || c.leftOn < c.birthDate))
        throw bad(RecordStore::tr("The day the child left cannot be in the future or before the birth date."));
    for (const QString* pid : {&c.fatherId, &c.motherId, &c.guardianId}) {
        if (pid->isEmpty())
            continue;
        const auto p = person(*pid);
        if (!p || p->householdId != c.householdId)
            throw bad(RecordStore::tr("Parents and guardians must be members of the child's household."));
    }

    const bool isNew = c.id.isEmpty();
    const QString t = nowText();
    if (isNew) {
        c.id = util::newRecordId();
        c.createdAt = stampFrom(t);
    } else if (!child(c.id)) {
        throw Error(Error::Kind::NotFound, RecordStore::tr("The child's record no longer exists."));
    }
    c.updatedAt = stampFrom(t);
    const text::PinyinKeys keys = text::Pinyin::keys(c.name);
    auto st = m_db.prepare(
        isNew ? "INSERT INTO children (household_id, name, id_number, sex, birth_date, hukou, months_at_residence, "
                "school, disability_level, disability_type, serious_illness, medical_insurance, lives_alone, "
                "in_institution, father_id, mother_id, guardian_id, status, notes, name_pinyin, name_initials, "
                "id_reversed, updated_at, id, created_at, created_by, left_on) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?27)"
              : "UPDATE children SET household_id = ?, name = ?, id_number = ?, sex = ?, birth_date = ?, hukou = ?, "
                "months_at_residence = ?, school = ?, disability_level = ?, disability_type = ?, "
                "serious_illness = ?, medical_insurance = ?, lives_alone = ?, in_institution = ?, father_id = ?, "
                "mother_id = ?, guardian_id = ?, status = ?, notes = ?, name_pinyin = ?, name_initials = ?, "
                "id_reversed = ?, updated_at = ?, left_on = ?27 WHERE id = ?24");
    const auto orNull = [](const QString& s) { return s.isEmpty() ? QString() : s; };
    st.bind(1, c.householdId).bind(2, c.name).bindOrNull(3, orNull(c.idNumber)).bind(4, c.sex);
    st.bind(5, dateText(c.birthDate)).bindOrNull(6, orNull(c.hukou)).bind(7, c.monthsAtResidence);
    st.bindOrNull(8, orNull(c.school)).bind(9, c.disabilityLevel).bindOrNull(10, orNull(c.disabilityType));
    st.bind(11, c.seriousIllness).bind(12, c.medicalInsurance).bind(13, c.livesAlone).bind(14, c.inInstitution);
    st.bindOrNull(15, orNull(c.fatherId)).bindOrNull(16, orNull(c.motherId)).bindOrNull(17, orNull(c.guardianId));
    st.bind(18, c.status).bindOrNull(19, orNull(c.notes)).bind(20, keys.full).bind(21, keys.initials);
    st.bindOrNull(22, c.idNumber.isEmpty() ? QString() : reversed(c.idNumber)).bind(23, t).bind(24, c.id);
    if (isNew)
        st.bind(25, t).bindOrNull(26, m_userId);
    // left_on is ?27 in both statements, after the columns the insert alone has.
    st.bindOrNull(27, dateText(c.leftOn));
    sync::EventLog::tracked(m_db, m_userId, "children", c.id, [&] { st.run(); });
    emit childrenChanged();
    return c;
}

std::optional<Household> RecordStore::household(const QString& id)
{
    auto st = m_db.prepare(std::string("SELECT ") + kHouseholdColumns + " FROM households WHERE id = ?");
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return householdFrom(st);
}

std::optional<Person> RecordStore::person(const QString& id)
{
    auto st = m_db.prepare(std::string("SELECT ") + kPersonColumns + " FROM persons WHERE id = ?");
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return personFrom(st);
}

std::optional<Child> RecordStore::child(const QString& id)
{
    auto st = m_db.prepare(std::string("SELECT ") + kChildColumns + " FROM children WHERE id = ?");
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return childFrom(st);
}

QList<Person> RecordStore::persons(const QString& householdId)
{
    auto st = m_db.prepare(std::string("SELECT ") + kPersonColumns +
                           " FROM persons WHERE household_id = ? ORDER BY created_at, id");
    st.bind(1, householdId);
    QList<Person> out;
    while (st.step())
        out << personFrom(st);
    return out;
}

QList<Child> RecordStore::childrenOf(const QString& householdId)
{
    auto st = m_db.prepare(std::string("SELECT ") + kChildColumns +
                           " FROM children WHERE household_id = ? ORDER BY birth_date, id");
    st.bind(1, householdId);
    QList<Child> out;
    while (st.step())
        out << childFrom(st);
    return out;
}

namespace {

enum class QueryKind { All, IdDigits, Latin, Name };

QueryKind classify(const QString& q)
{
    if (q.isEmpty())
        return QueryKind::All;
    bool digits = true, latin = true;
    for (int i = 0; i < q.size(); ++i) {
        const QChar c = q[i];
        const bool isDigit = c >= QLatin1Char('0') && c <= QLatin1Char('9');
        const bool isX = (c == QLatin1Char('x') || c == QLatin1Char('X')) && i == q.size() - 1 && q.size() > 1;
        digits = digits && (isDigit || isX);
        latin = latin && ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || c == QLatin1Char(' '));
    }
    if (digits)
        return QueryKind::IdDigits;
    return latin ? QueryKind::Latin : QueryKind::Name;
}

} // namespace

QList<ChildSummary> RecordStore::searchChildren(const QString& query, int limit, const ChildSummary* after)
{
    const QString q = globSafe(query.trimmed().toLower());
    const QueryKind kind = classify(q);
    // Rows after the cursor in ORDER BY's order, where a pinyin not worked out yet (NULL) sorts
    // first: a seek on the index instead of reading and skipping the pages before.
    const std::string rest = !after                  ? ""
                             : after->sortKey.isNull() ? " AND (name_pinyin IS NOT NULL OR (name, id) > (?3, ?4))"
                                                       : " AND (name_pinyin, name, id) > (?2, ?3, ?4)";
    // The page is chosen from index entries alone (migration 0018): each search key's index
    // ends with the list's order, so only the page's children are read and joined.
    const auto keysWhere = [&rest](const char* condition) {
        return std::string("SELECT name_pinyin, name, id FROM children WHERE ") + condition + rest;
    };
    const std::string pageLimit = std::to_string(std::max(1, limit));
    std::string keys;
    QString a;
    switch (kind) {
    case QueryKind::All:
        keys = keysWhere("1");
        break;
    case QueryKind::IdDigits:
        keys = keysWhere("id_reversed GLOB ?1");
        a = reversed(q.toUpper()) + QLatin1Char('*');
        break;
    case QueryKind::Latin:
        // Two searches, each on its own index, rather than an OR, which reads every match's row;
        // each keeps only its own first page, so the pinyin one stops after it and neither sorts
        // more than a page ("z" matches a sixth of a county in both).
        keys = "SELECT * FROM (" + keysWhere("name_initials GLOB ?1") + " ORDER BY 1, 2, 3 LIMIT " + pageLimit +
               ") UNION SELECT * FROM (" + keysWhere("name_pinyin GLOB ?1") + " ORDER BY 1, 2, 3 LIMIT " + pageLimit +
               ")";
        a = QString(q).remove(QLatin1Char(' ')) + QLatin1Char('*');
        break;
    case QueryKind::Name:
        keys = keysWhere("name GLOB ?1");
        a = globSafe(query.trimmed()) + QLatin1Char('*');
        break;
    }
    auto st = m_db.prepare(
        "WITH page(pinyin, name, id) AS (" + keys + " ORDER BY 1, 2, 3 LIMIT " + pageLimit +
        ") SELECT c.id, c.name, c.sex, c.birth_date, c.id_number, c.household_id, h.address, g.name, c.name_pinyin "
        // Each child found again by the list's order in the list's index, which holds what is
        // shown (migration 0022): no page of the children's rows is read.
        "FROM page JOIN children c INDEXED BY children_list_order "
        "ON c.name_pinyin IS page.pinyin AND c.name = page.name AND c.id = page.id "
        "JOIN households h ON h.id = c.household_id "
        "LEFT JOIN persons g ON g.id = c.guardian_id ORDER BY page.pinyin, page.name, page.id");
    if (!a.isEmpty())
        st.bind(1, a);
    if (after) {
        if (!after->sortKey.isNull())
            st.bind(2, after->sortKey);
        st.bind(3, after->name).bind(4, after->id);
    }
    QList<ChildSummary> out;
    while (st.step())
        out << ChildSummary{st.text(0), st.text(1), st.text(2), dateFrom(st.text(3)), st.text(4),
                            st.text(5), st.text(6), st.text(7), st.isNull(8) ? QString() : st.text(8)};
    return out;
}

QList<HouseholdSummary> RecordStore::searchHouseholds(const QString& query, int limit, const HouseholdSummary* after)
{
    const QString trimmed = query.trimmed();
    const QString q = globSafe(trimmed.toLower());
    const QueryKind kind = classify(q);
    std::string where = "1";
    QString a, b;
    if (kind == QueryKind::IdDigits) {
        where = "(h.id IN (SELECT household_id FROM children WHERE id_reversed GLOB ?1) OR "
                "h.id IN (SELECT household_id FROM persons WHERE id_reversed GLOB ?1) OR "
                "h.contact_phone GLOB ?2)";
        a = reversed(q.toUpper()) + QLatin1Char('*');
        b = QLatin1Char('*') + q;
    } else if (kind == QueryKind::Latin) {
        where = "(h.id IN (SELECT household_id FROM children WHERE name_initials GLOB ?1 OR name_pinyin GLOB ?1) OR "
                "h.id IN (SELECT household_id FROM persons WHERE name_initials GLOB ?1 OR name_pinyin GLOB ?1))";
        a = QString(q).remove(QLatin1Char(' ')) + QLatin1Char('*');
    } else if (kind == QueryKind::Name) {
        where = "(h.id IN (SELECT household_id FROM children WHERE name GLOB ?1) OR "
                "h.id IN (SELECT household_id FROM persons WHERE name GLOB ?1) OR "
                "h.contact_name GLOB ?1 OR instr(h.address, ?2) > 0)";
        a = globSafe(trimmed) + QLatin1Char('*');
        b = trimmed;
    }
    if (after)
        where += " AND (h.address, h.id) > (?3, ?4)";
    auto st = m_db.prepare(
        "SELECT h.id, h.address, h.contact_name, h.contact_phone, h.assistance, "
        "(SELECT count(*) FROM children c WHERE c.household_id = h.id), "
        "(SELECT count(*) FROM persons p WHERE p.household_id = h.id) "
        "FROM households h WHERE " +
        where + " ORDER BY h.address, h.id LIMIT " + std::to_string(std::max(1, limit)));
    if (!a.isEmpty())
        st.bind(1, a);
    if (!b.isEmpty())
        st.bind(2, b);
    if (after)
        st.bind(3, after->address).bind(4, after->id);
    QList<HouseholdSummary> out;
    while (st.step())
        out << HouseholdSummary{st.text(0), st.text(1), st.text(2),     st.text(3),
                                st.text(4), st.integer(5), st.integer(6)};
    return out;
}

namespace {

// Kept by triggers (migration 0023): one row instead of a whole index.
int storedCount(storage::Database& db, const char* table)
{
    auto st = db.prepare("SELECT n FROM record_counts WHERE table_name = ?");
    st.bind(1, table);
    st.step();
    return st.integer(0);
}

} // namespace

int RecordStore::childCount()
{
    return storedCount(m_db, "children");
}

int RecordStore::householdCount()
{
    return storedCount(m_db, "households");
}

void RecordStore::removeHousehold(const QString& id)
{
    vault::Access::require(m_db, vault::Action::EditRecords, placeOfHousehold(id));
    storage::Transaction tx(m_db);
    auto visits = m_db.prepare("SELECT count(*) FROM visits v JOIN children c ON c.id = v.child_id "
                               "WHERE c.household_id = ?");
    visits.bind(1, id);
    visits.step();
    if (visits.integer(0) > 0)
        throw bad(RecordStore::tr("A household whose children have visit records cannot be deleted."));
    QStringList childIds;
    for (const Child& c : childrenOf(id))
        childIds << c.id;
    const qsizetype members = persons(id).size();
    for (const QString& childId : childIds) {
        sync::EventLog::tracked(m_db, m_userId, "children", childId, [&] {
            auto kid = m_db.prepare("DELETE FROM children WHERE id = ?");
            kid.bind(1, childId).run();
        });
        audit::AuditLog::append(m_db, m_userId, QStringLiteral("child.delete"), QStringLiteral("child"), childId);
    }
    sync::EventLog::tracked(m_db, m_userId, "households", id, [&] {
        auto st = m_db.prepare("DELETE FROM households WHERE id = ?");
        st.bind(1, id).run();
    });
    // Its members go with it (ON DELETE CASCADE); the entry counts them.
    audit::AuditLog::append(m_db, m_userId, QStringLiteral("household.delete"), QStringLiteral("household"), id,
                            QStringLiteral("members=%1").arg(members));
    tx.commit();
    emit childrenChanged();
    emit personsChanged(id);
    emit householdsChanged();
}

void RecordStore::removePerson(const QString& id)
{
    const auto p = person(id);
    if (!p)
        return;
    vault::Access::require(m_db, vault::Action::EditRecords, placeOfHousehold(p->householdId));
    storage::Transaction tx(m_db);
    sync::EventLog::tracked(m_db, m_userId, "persons", id, [&] {
        auto st = m_db.prepare("DELETE FROM persons WHERE id = ?");
        st.bind(1, id).run();
    });
    audit::AuditLog::append(m_db, m_userId, QStringLiteral("person.delete"), QStringLiteral("person"), id);
    tx.commit();
    emit personsChanged(p->householdId);
    emit childrenChanged();
}

void RecordStore::removeChild(const QString& id)
{
    if (const auto c = child(id))
        vault::Access::require(m_db, vault::Action::EditRecords, placeOfHousehold(c->householdId));
    storage::Transaction tx(m_db);
    auto visits = m_db.prepare("SELECT count(*) FROM visits WHERE child_id = ?");
    visits.bind(1, id);
    visits.step();
    if (visits.integer(0) > 0)
        throw bad(RecordStore::tr("A child with visit records cannot be deleted; mark the child as having left instead."));
    sync::EventLog::tracked(m_db, m_userId, "children", id, [&] {
        auto st = m_db.prepare("DELETE FROM children WHERE id = ?");
        st.bind(1, id).run();
    });
    audit::AuditLog::append(m_db, m_userId, QStringLiteral("child.delete"), QStringLiteral("child"), id);
    tx.commit();
    emit childrenChanged();
    emit householdsChanged();
}

QString RecordStore::placeOfHousehold(const QString& householdId)
{
    auto st = m_db.prepare("SELECT place_code FROM households WHERE id = ?");
    st.bind(1, householdId);
    return st.step() ? st.text(0) : QString();
}

int RecordStore::backfillSearchKeys()
{
    int n = 0;
    storage::Transaction tx(m_db);
    for (const char* table : {"children", "persons"}) {
        QList<std::pair<QString, QString>> rows; // id, name
        QList<QString> idNumbers;
        {
            auto st = m_db.prepare(std::string("SELECT id, name, id_number FROM ") + table +
                                   " WHERE name_pinyin IS NULL");
            while (st.step()) {
                rows.append({st.text(0), st.text(1)});
                idNumbers << st.text(2);
            }
        }
        auto up = m_db.prepare(std::string("UPDATE ") + table +
                               " SET name_pinyin = ?, name_initials = ?, id_reversed = ? WHERE id = ?");
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const text::PinyinKeys keys = text::Pinyin::keys(rows[i].second);
            up.bind(1, keys.full).bind(2, keys.initials);
            up.bindOrNull(3, idNumbers[i].isEmpty() ? QString() : reversed(idNumbers[i])).bind(4, rows[i].first);
            up.run();
            ++n;
        }
    }
    tx.commit();
    return n;
}

} // namespace tonghu::model
