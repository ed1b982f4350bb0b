// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace tonghu::storage {
class Database;
}
namespace tonghu::rules {
struct Finding;
}

namespace tonghu::model {

struct Referral
{
    QString id;
    QString childId;
    QString visitId;
    QString findingId;
    QString agency;
    QString reason;
    QDate dueDate;
    QString status = QStringLiteral("open"); // open → accepted → resolved | closed
    QString notes;  // dated lines, newest last
    QDate openedOn;
    QDate acceptedOn;
    QDate closedOn;
};

// Referrals of children to agencies, from a finding or by hand, followed through their states.
class ReferralStore final : public QObject
{
    Q_OBJECT
public:
    ReferralStore(storage::Database& db, QString userId, QObject* parent = nullptr);
    // For what works beside the store on the same records (a note shown on request, for one).
    storage::Database& database() const { return m_db; }
    const QString& userId() const { return m_userId; }

    // A referral prefilled from a finding: its agency (refer_to), its title and action as the
    // reason, due in 7 days for a critical or high risk and 30 days otherwise.
    Referral draftFromFinding(const QString& childId, const rules::Finding& finding, const QDate& today,
                              const QString& visitId = {}) const;
    Referral create(Referral referral);
    // Moves a referral on: open → accepted, open/accepted → resolved or closed. A note may be added
    // with any move, or alone (same status).
    Referral update(const QString& id, const QString& status, const QString& note, const QDate& today);

    std::optional<Referral> referral(const QString& id);
    QList<Referral> referralsOf(const QString& childId);
    // Open or accepted referrals whose due date is before `today`, oldest due first.
    QList<Referral> overdue(const QDate& today);

signals:
    void referralsChanged(const QString& childId);

private:
    // Up from the child's own village; down to it from a township following the referral up.
    QString audienceOf(const QString& childId);
    storage::Database& m_db;
    QString m_userId;
};

} // namespace tonghu::model
