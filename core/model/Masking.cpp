// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/Masking.h"

#include "core/audit/AuditLog.h"
#include "core/model/IdNumber.h"
#include "core/storage/Database.h"
#include "core/util/Error.h"
#include "core/vault/Access.h"

namespace tonghu::model {

namespace {

// How to read each sensitive value and the village its record belongs to. Every record reaches a
// household, and a household has its village's code.
struct FieldQuery
{
    SensitiveField field;
    const char* sql; // (value, village code) of the record with id ?1
};

const QList<FieldQuery>& queries()
{
    static const QList<FieldQuery> list{
        {{"child", "id_number", SensitiveKind::IdNumber},
         "SELECT c.id_number, h.place_code FROM children c JOIN households h ON h.id = c.household_id WHERE c.id = ?"},
        {{"child", "notes", SensitiveKind::Note},
         "SELECT c.notes, h.place_code FROM children c JOIN households h ON h.id = c.household_id WHERE c.id = ?"},
        {{"person", "id_number", SensitiveKind::IdNumber},
         "SELECT p.id_number, h.place_code FROM persons p JOIN households h ON h.id = p.household_id WHERE p.id = ?"},
        {{"household", "notes", SensitiveKind::Note}, "SELECT notes, place_code FROM households WHERE id = ?"},
        // A mandatory report belongs to its visit (one per visit): the police or civil-affairs case
        // number, and why no report could be made, which tends to say what happened.
        {{"visit", "report_reference", SensitiveKind::Note},
         "SELECT m.reference, h.place_code FROM mandatory_reports m JOIN visits v ON v.id = m.visit_id "
         "JOIN children c ON c.id = v.child_id JOIN households h ON h.id = c.household_id WHERE m.visit_id = ?"},
        {{"visit", "report_reason", SensitiveKind::Note},
         "SELECT m.reason, h.place_code FROM mandatory_reports m JOIN visits v ON v.id = m.visit_id "
         "JOIN children c ON c.id = v.child_id JOIN households h ON h.id = c.household_id WHERE m.visit_id = ?"},
        {{"referral", "notes", SensitiveKind::Note},
         "SELECT r.notes, h.place_code FROM referrals r JOIN children c ON c.id = r.child_id "
         "JOIN households h ON h.id = c.household_id WHERE r.id = ?"},
    };
    return list;
}

const FieldQuery* findQuery(const QString& entity, const QString& field)
{
    for (const FieldQuery& q : queries())
        if (entity == QLatin1String(q.field.entity) && field == QLatin1String(q.field.field))
            return &q;
    return nullptr;
}

// The village of a record without reading any sensitive value.
const char* placeSql(const QString& entity)
{
    if (entity == QLatin1String("child"))
        return "SELECT h.place_code FROM children c JOIN households h ON h.id = c.household_id WHERE c.id = ?";
    if (entity == QLatin1String("person"))
        return "SELECT h.place_code FROM persons p JOIN households h ON h.id = p.household_id WHERE p.id = ?";
    if (entity == QLatin1String("household"))
        return "SELECT place_code FROM households WHERE id = ?";
    if (entity == QLatin1String("visit"))
        return "SELECT h.place_code FROM visits v JOIN children c ON c.id = v.child_id "
               "JOIN households h ON h.id = c.household_id WHERE v.id = ?";
    if (entity == QLatin1String("referral"))
        return "SELECT h.place_code FROM referrals r JOIN children c ON c.id = r.child_id "
               "JOIN households h ON h.id = c.household_id WHERE r.id = ?";
    return nullptr;
}

} // namespace

const QList<SensitiveField>& sensitiveFields()
{
    static const QList<SensitiveField> list = [] {
        QList<SensitiveField> out;
        for (const FieldQuery& q : queries())
            out << q.field;
        return out;
    }();
    return list;
}

QString Masking::masked(SensitiveKind kind, const QString& value)
{
    if (value.trimmed().isEmpty())
        return {};
    if (kind == SensitiveKind::IdNumber)
        return IdNumber::masked(value);
    return tr("[sensitive note hidden]");
}

std::optional<SensitiveKind> Masking::sensitiveColumn(const QString& table, const QString& column)
{
    static const QList<std::pair<const char*, const char*>> ids{{"children", "id_number"}, {"persons", "id_number"}};
    static const QList<std::pair<const char*, const char*>> notes{
        {"children", "notes"}, {"households", "notes"}, {"referrals", "notes"},
        {"mandatory_reports", "reference"}, {"mandatory_reports", "reason"}};
    for (const auto& [t, c] : ids)
        if (table == QLatin1String(t) && column == QLatin1String(c))
            return SensitiveKind::IdNumber;
    for (const auto& [t, c] : notes)
        if (table == QLatin1String(t) && column == QLatin1String(c))
            return SensitiveKind::Note;
    return std::nullopt;
}

bool Masking::mayReveal(const Viewer& viewer, const QString& recordPlaceCode)
{
    // Place codes nest: a village's 12 digits start with its township's 9 and its county's 6.
    return viewer.known && !viewer.placeCode.isEmpty() && !recordPlaceCode.isEmpty()
           && recordPlaceCode.startsWith(viewer.placeCode);
}

bool Masking::showsWhole(const Viewer& viewer, Surface surface, const QString& recordPlaceCode)
{
    if (surface != Surface::Editor)
        return false;
    // Whole only to whom may change the record (vault::Access): the village's own director. A new
    // record has no place yet: it is hers, being typed.
    return viewer.known && vault::Access::allows(viewer.role, vault::Action::EditRecords)
           && (recordPlaceCode.isEmpty() || recordPlaceCode == viewer.placeCode);
}

QString Masking::shown(const Viewer& viewer, Surface surface, SensitiveKind kind, const QString& value,
                       const QString& recordPlaceCode)
{
    return showsWhole(viewer, surface, recordPlaceCode) ? value : masked(kind, value);
}

Viewer Masking::viewer(storage::Database& db, const QString& userId)
{
    Viewer v;
    v.userId = userId;
    if (userId.isEmpty())
        return v;
    auto st = db.prepare("SELECT role, place_code FROM users WHERE id = ?");
    st.bind(1, userId);
    if (st.step() && vault::roleFromCode(st.text(0), &v.role)) {
        v.placeCode = st.text(1);
        v.known = true;
    }
    return v;
}

QString Masking::placeOf(storage::Database& db, const QString& entity, const QString& id)
{
    const char* sql = placeSql(entity);
    if (!sql)
        return {};
    auto st = db.prepare(sql);
    st.bind(1, id);
    return st.step() ? st.text(0) : QString();
}

QString Masking::maskedValue(storage::Database& db, const QString& entity, const QString& id, const QString& field)
{
    const FieldQuery* query = findQuery(entity, field);
    if (!query)
        return {};
    auto st = db.prepare(query->sql);
    st.bind(1, id);
    return st.step() ? masked(query->field.kind, st.text(0)) : QString();
}

QString Masking::reveal(storage::Database& db, const QString& userId, const QString& entity, const QString& id,
                        const QString& field)
{
    const FieldQuery* query = findQuery(entity, field);
    if (!query)
        throw Error(Error::Kind::BadInput, tr("That value is not one that is masked."));
    QString value;
    QString place;
    {
        auto st = db.prepare(query->sql);
        st.bind(1, id);
        if (!st.step())
            throw Error(Error::Kind::NotFound, tr("The record no longer exists."));
        value = st.text(0);
        place = st.text(1);
    }
    if (!mayReveal(viewer(db, userId), place))
        throw Error(Error::Kind::BadInput, tr("This record is not from your area, so its value stays hidden."));
    // Written before the value is handed out: a reveal that cannot be recorded does not happen.
    audit::AuditLog::append(db, userId, QStringLiteral("reveal"), entity, id, field);
    return value;
}

} // namespace tonghu::model
