// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/ReferralStore.h"

#include "core/audit/AuditLog.h"
#include "core/rules/Evaluator.h"
#include "core/storage/Database.h"
#include "core/storage/SqlText.h"
#include "core/sync/EventLog.h"
#include "core/util/Error.h"
#include "core/util/RecordId.h"
#include "core/vault/Access.h"

#include <QDateTime>

namespace tonghu::model {

namespace {

QString now() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs); }
QString dateText(const QDate& d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); }
QDate dateFrom(const QString& s) { return QDate::fromString(s, Qt::ISODate); }

constexpr const char* kColumns = "id, child_id, visit_id, finding_id, agency, reason, due_date, status, notes, "
                                 "opened_on, accepted_on, closed_on";

Referral referralFrom(const storage::Statement& st)
{
    Referral r;
    r.id = st.text(0);
    r.childId = st.text(1);
    r.visitId = st.text(2);
    r.findingId = st.text(3);
    r.agency = st.text(4);
    r.reason = st.text(5);
    r.dueDate = dateFrom(st.text(6));
    r.status = st.text(7);
    r.notes = st.text(8);
    r.openedOn = dateFrom(st.text(9));
    r.acceptedOn = dateFrom(st.text(10));
    r.closedOn = dateFrom(st.text(11));
    return r;
}

QString statusLabel(const QString& status)
{
    if (status == QLatin1String("open"))
        return ReferralStore::tr("open");
    if (status == QLatin1String("accepted"))
        return ReferralStore::tr("accepted");
    if (status == QLatin1String("resolved"))
        return ReferralStore::tr("resolved");
    if (status == QLatin1String("closed"))
        return ReferralStore::tr("closed");
    return status;
}

bool allowed(const QString& from, const QString& to)
{
    if (from == to)
        return true; // a note alone
    if (from == QLatin1String("open"))
        return to == QLatin1String("accepted") || to == QLatin1String("resolved") || to == QLatin1String("closed");
    if (from == QLatin1String("accepted"))
        return to == QLatin1String("resolved") || to == QLatin1String("closed");
    return false; // resolved and closed are final
}

} // namespace

ReferralStore::ReferralStore(storage::Database& db, QString userId, QObject* parent)
    : QObject(parent), m_db(db), m_userId(std::move(userId))
{
}

Referral ReferralStore::draftFromFinding(const QString& childId, const rules::Finding& f, const QDate& today,
                                        const QString& visitId) const
{
    Referral r;
    r.childId = childId;
    r.visitId = visitId;
    r.findingId = f.id;
    r.agency = f.referTo;
    r.reason = f.action.isEmpty() ? f.title : f.title + QStringLiteral("：") + f.action;
    const bool urgent = f.severity == QLatin1String("critical") || f.severity == QLatin1String("high");
    r.dueDate = today.addDays(urgent ? 7 : 30);
    r.openedOn = today;
    return r;
}

Referral ReferralStore::create(Referral r)
{
    vault::Access::require(m_db, vault::Action::ManageReferrals);
    r.agency = r.agency.trimmed();
    r.reason = r.reason.trimmed();
    if (r.agency.isEmpty())
        throw Error(Error::Kind::BadInput, tr("Name the agency the child is referred to."));
    if (r.reason.isEmpty())
        throw Error(Error::Kind::BadInput, tr("Give the reason for the referral."));
    if (!r.openedOn.isValid())
        r.openedOn = QDate::currentDate();
    if (r.dueDate.isValid() && r.dueDate < r.openedOn)
        throw Error(Error::Kind::BadInput, tr("The due date is before the referral was opened."));
    r.id = util::newRecordId();
    r.status = QStringLiteral("open");
    const QString t = now();
    storage::Transaction tx(m_db);
    auto st = m_db.prepare("INSERT INTO referrals (id, child_id, visit_id, finding_id, agency, reason, due_date, status, "
                           "notes, opened_on, created_by, created_at, updated_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, 'open', ?, ?, ?, ?, ?)");
    st.bind(1, r.id).bind(2, r.childId).bindOrNull(3, r.visitId.isEmpty() ? QString() : r.visitId);
    st.bindOrNull(4, r.findingId.isEmpty() ? QString() : r.findingId).bind(5, r.agency).bind(6, r.reason);
    st.bindOrNull(7, dateText(r.dueDate)).bind(8, r.notes).bind(9, dateText(r.openedOn)).bindOrNull(10, m_userId);
    sync::EventLog::tracked(m_db, m_userId, "referrals", r.id, [&] { st.bind(11, t).bind(12, t).run(); },
                            audienceOf(r.childId));
    audit::AuditLog::append(m_db, m_userId, QStringLiteral("referral.create"), QStringLiteral("referral"), r.id);
    tx.commit();
    emit referralsChanged(r.childId);
    return r;
}

QString ReferralStore::audienceOf(const QString& childId)
{
    auto st = m_db.prepare("SELECT h.place_code FROM children c JOIN households h ON h.id = c.household_id "
                           "WHERE c.id = ?");
    st.bind(1, childId);
    return sync::EventLog::audienceFor(m_db, st.step() ? st.text(0) : QString());
}

Referral ReferralStore::update(const QString& id, const QString& status, const QString& note, const QDate& today)
{
    vault::Access::require(m_db, vault::Action::ManageReferrals);
    storage::Transaction tx(m_db);
    auto r = referral(id);
    if (!r)
        throw Error(Error::Kind::NotFound, tr("The referral no longer exists."));
    if (!allowed(r->status, status))
        throw Error(Error::Kind::BadInput, tr("A referral that is %1 cannot become %2.").arg(statusLabel(r->status), statusLabel(status)));
    if (status == r->status && note.trimmed().isEmpty())
        return *r;
    if (status == QLatin1String("accepted"))
        r->acceptedOn = today;
    if (status == QLatin1String("resolved") || status == QLatin1String("closed"))
        r->closedOn = today;
    if (!note.trimmed().isEmpty())
        r->notes += (r->notes.isEmpty() ? QString() : QStringLiteral("\n")) + dateText(today) + QLatin1Char(' ') +
                    note.trimmed();
    r->status = status;
    auto st = m_db.prepare("UPDATE referrals SET status = ?, notes = ?, accepted_on = ?, closed_on = ?, updated_at = ? "
                           "WHERE id = ?");
    st.bind(1, status).bind(2, r->notes).bindOrNull(3, dateText(r->acceptedOn)).bindOrNull(4, dateText(r->closedOn));
    sync::EventLog::tracked(m_db, m_userId, "referrals", id, [&] { st.bind(5, now()).bind(6, id).run(); },
                            audienceOf(r->childId));
    audit::AuditLog::append(m_db, m_userId, QStringLiteral("referral.update"), QStringLiteral("referral"), id, status);
    tx.commit();
    emit referralsChanged(r->childId);
    return *r;
}

std::optional<Referral> ReferralStore::referral(const QString& id)
{
    auto st = m_db.prepare(storage::sqlJoin({"SELECT ", kColumns, " FROM referrals WHERE id = ?"}));
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return referralFrom(st);
}

QList<Referral> ReferralStore::referralsOf(const QString& childId)
{
    auto st = m_db.prepare(
        storage::sqlJoin({"SELECT ", kColumns,
                          " FROM referrals WHERE child_id = ? ORDER BY opened_on DESC, created_at DESC"}));
    st.bind(1, childId);
    QList<Referral> out;
    while (st.step())
        out << referralFrom(st);
    return out;
}

QList<Referral> ReferralStore::overdue(const QDate& today)
{
    auto st = m_db.prepare(storage::sqlJoin(
        {"SELECT ", kColumns,
         " FROM referrals WHERE status IN ('open', 'accepted') AND due_date < ? ORDER BY due_date"}));
    st.bind(1, dateText(today));
    QList<Referral> out;
    while (st.step())
        out << referralFrom(st);
    return out;
}

} // namespace tonghu::model
