// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/ConsentStore.h"

#include "core/audit/AuditLog.h"
#include "core/model/Vocabulary.h"
#include "core/storage/Database.h"
#include "core/storage/SqlText.h"
#include "core/sync/EventLog.h"
#include "core/util/Error.h"
#include "core/util/RecordId.h"
#include "core/vault/Access.h"

#include <QDateTime>

namespace tonghu::model {

namespace {

constexpr const char* kColumns = "id, child_id, given_by, relation, given_on, method, witness, withdrawn_on";

Consent consentFrom(const storage::Statement& st)
{
    Consent c;
    c.id = st.text(0);
    c.childId = st.text(1);
    c.givenBy = st.text(2);
    c.relation = st.text(3);
    c.givenOn = QDate::fromString(st.text(4), Qt::ISODate);
    c.method = st.text(5);
    c.witness = st.text(6);
    c.withdrawnOn = QDate::fromString(st.text(7), Qt::ISODate);
    return c;
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

ConsentStore::ConsentStore(storage::Database& db, QString userId) : m_db(db), m_userId(std::move(userId)) {}

QStringList ConsentStore::methods()
{
    return {QStringLiteral("signed_form"), QStringLiteral("thumbprint"), QStringLiteral("verbal_witnessed")};
}

QString ConsentStore::methodLabel(const QString& method)
{
    if (method == QLatin1String("signed_form"))
        return tr("Signed consent form");
    if (method == QLatin1String("thumbprint"))
        return tr("Thumbprint on the consent form");
    if (method == QLatin1String("verbal_witnessed"))
        return tr("Spoken, with a witness");
    return method;
}

QString ConsentStore::placeOfChild(const QString& childId)
{
    auto st = m_db.prepare("SELECT h.place_code FROM children c JOIN households h ON h.id = c.household_id "
                           "WHERE c.id = ?");
    st.bind(1, childId);
    if (!st.step())
        throw Error(Error::Kind::NotFound, tr("The child's record no longer exists."));
    return st.text(0);
}

Consent ConsentStore::record(Consent c)
{
    vault::Access::require(m_db, vault::Action::EditRecords, placeOfChild(c.childId));
    c.givenBy = c.givenBy.trimmed();
    c.witness = c.witness.trimmed();
    if (c.givenBy.isEmpty())
        throw Error(Error::Kind::BadInput, tr("Enter the name of the guardian who gave consent."));
    if (!c.givenOn.isValid() || c.givenOn > QDate::currentDate())
        throw Error(Error::Kind::BadInput, tr("Enter the day consent was given; it cannot be in the future."));
    if (!methods().contains(c.method))
        throw Error(Error::Kind::BadInput, tr("Choose how consent was given."));
    if (c.method == QLatin1String("verbal_witnessed") && c.witness.isEmpty())
        throw Error(Error::Kind::BadInput, tr("A spoken consent needs the name of its witness."));
    if (!c.relation.isEmpty() && !Vocabulary::contains(Vocabulary::relations(), c.relation))
        throw Error(Error::Kind::BadInput, tr("Choose the guardian's relation to the child from the list."));
    c.id = util::newRecordId();
    c.withdrawnOn = {};
    const QString t = now();
    storage::Transaction tx(m_db);
    auto st = m_db.prepare("INSERT INTO consents (id, child_id, given_by, relation, given_on, method, witness, "
                           "recorded_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, c.id).bind(2, c.childId).bind(3, c.givenBy).bindOrNull(4, c.relation);
    st.bind(5, c.givenOn.toString(Qt::ISODate)).bind(6, c.method).bindOrNull(7, c.witness);
    st.bindOrNull(8, m_userId).bind(9, t);
    sync::EventLog::tracked(m_db, m_userId, "consents", c.id, [&] { st.bind(10, t).run(); });
    audit::AuditLog::append(m_db, m_userId, QStringLiteral("consent.record"), QStringLiteral("child"), c.childId);
    tx.commit();
    return c;
}

Consent ConsentStore::withdraw(const QString& consentId, const QDate& on)
{
    auto st = m_db.prepare(storage::sqlJoin({"SELECT ", kColumns, " FROM consents WHERE id = ?"}));
    st.bind(1, consentId);
    if (!st.step())
        throw Error(Error::Kind::NotFound, tr("This consent record no longer exists."));
    Consent c = consentFrom(st);
    st.reset();
    vault::Access::require(m_db, vault::Action::EditRecords, placeOfChild(c.childId));
    if (c.withdrawnOn.isValid())
        return c;
    if (!on.isValid() || on < c.givenOn || on > QDate::currentDate())
        throw Error(Error::Kind::BadInput, tr("Enter the day consent was withdrawn: not before it was given, "
                                              "and not in the future."));
    c.withdrawnOn = on;
    storage::Transaction tx(m_db);
    auto up = m_db.prepare("UPDATE consents SET withdrawn_on = ?, updated_at = ? WHERE id = ?");
    up.bind(1, on.toString(Qt::ISODate)).bind(2, now());
    sync::EventLog::tracked(m_db, m_userId, "consents", consentId, [&] { up.bind(3, consentId).run(); });
    audit::AuditLog::append(m_db, m_userId, QStringLiteral("consent.withdraw"), QStringLiteral("child"), c.childId);
    tx.commit();
    return c;
}

QList<Consent> ConsentStore::consentsOf(const QString& childId)
{
    auto st = m_db.prepare(
        storage::sqlJoin({"SELECT ", kColumns, " FROM consents WHERE child_id = ? ORDER BY given_on, id"}));
    st.bind(1, childId);
    QList<Consent> out;
    while (st.step())
        out << consentFrom(st);
    return out;
}

std::optional<Consent> ConsentStore::current(const QString& childId)
{
    const QList<Consent> all = consentsOf(childId);
    for (auto it = all.rbegin(); it != all.rend(); ++it)
        if (it->inForce())
            return *it;
    return std::nullopt;
}

QStringList ConsentStore::childrenWithoutConsent()
{
    auto st = m_db.prepare("SELECT c.id FROM children c WHERE c.status = 'active' AND NOT EXISTS ("
                           "SELECT 1 FROM consents k WHERE k.child_id = c.id AND k.withdrawn_on IS NULL) "
                           "ORDER BY c.created_at, c.id");
    QStringList ids;
    while (st.step())
        ids << st.text(0);
    return ids;
}

} // namespace tonghu::model
