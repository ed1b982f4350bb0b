// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace tonghu::storage {
class Database;
}

namespace tonghu::model {

struct Consent
{
    QString id;
    QString childId;
    QString givenBy;  // the guardian, as they signed
    QString relation; // Vocabulary::relations()
    QDate givenOn;
    QString method;   // signed_form | thumbprint | verbal_witnessed
    QString witness;  // who witnessed a spoken consent
    QDate withdrawnOn;

    bool inForce() const { return givenOn.isValid() && !withdrawnOn.isValid(); }
};

// The guardian's consent to keeping a child's information: recorded by the village's child
// director, travelling with the child's records to the township and county.
class ConsentStore final
{
    Q_DECLARE_TR_FUNCTIONS(tonghu::model::ConsentStore)
public:
    ConsentStore(storage::Database& db, QString userId);

    static QStringList methods();
    static QString methodLabel(const QString& method);

    // Checks and records a consent; Error{BadInput} with the reason otherwise.
    Consent record(Consent consent);
    // Records that the consent was withdrawn on `on`.
    Consent withdraw(const QString& consentId, const QDate& on);
    QList<Consent> consentsOf(const QString& childId);
    // The consent in force for the child, if any.
    std::optional<Consent> current(const QString& childId);
    // Active children with no consent in force, for the director to ask at the next visit.
    QStringList childrenWithoutConsent();

private:
    QString placeOfChild(const QString& childId);

    storage::Database& m_db;
    QString m_userId;
};

} // namespace tonghu::model
