// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace tonghu::model {

// Enumerated values are stored as the fact codes of shared POLICY.md ("dibao", "deceased",
// "other_county", ...) so records, the rulebook and `tonghu-cli evaluate` speak one vocabulary.
// core/model/Vocabulary.h lists the allowed codes and their translated labels.

struct Household
{
    QString id;
    QString placeCode;            // 12-digit village code
    QString address;
    QString contactName;
    QString contactPhone;
    QString assistance = QStringLiteral("none");   // household.assistance
    std::optional<bool> povertyMonitored;          // household.poverty_monitored
    QString crisis;                                // household.crisis ("" = unknown)
    std::optional<bool> entrustmentSigned;         // household.entrustment_signed
    std::optional<bool> guardianCapable;           // household.guardian_capable
    QString notes;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool operator==(const Household&) const = default;
};

// A parent, guardian or other member of a child's household.
struct Person
{
    QString id;
    QString householdId;
    QString name;
    QString relation = QStringLiteral("other"); // father | mother | grandparent | sibling | relative | other
    bool isGuardian = false;
    QString idNumber;
    QString sex;        // "male" | "female" | "" (unknown)
    QDate birthDate;
    QString phone;
    QString status;     // P.status: alive | deceased | declared_missing | unknown | ""
    std::optional<int> disabilityLevel;
    QString disabilityType;
    std::optional<bool> seriousIllness;
    std::optional<int> imprisonedMonths;
    std::optional<int> compulsoryRehabMonths;
    std::optional<int> detainedMonths;
    std::optional<int> lostContactMonths;
    std::optional<bool> guardianshipRevoked;
    std::optional<bool> deported;
    std::optional<bool> migrantWorker;
    std::optional<int> monthsSinceContact;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool operator==(const Person&) const = default;
};

struct Child
{
    QString id;
    QString householdId;
    QString name;
    QString idNumber;
    QString sex;        // "male" | "female"
    QDate birthDate;
    QString hukou;      // local | other_county | none | ""
    std::optional<int> monthsAtResidence;
    QString school;     // child.school codes, "" = unknown
    std::optional<int> disabilityLevel;
    QString disabilityType;
    std::optional<bool> seriousIllness;
    std::optional<bool> medicalInsurance;
    std::optional<bool> livesAlone;
    std::optional<bool> inInstitution;
    QString fatherId;
    QString motherId;
    QString guardianId;
    QString status = QStringLiteral("active"); // active | left
    QDate leftOn;                              // when status is left
    QString notes;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool operator==(const Child&) const = default;
};

// One line of the child list: what a list needs without loading every field.
struct ChildSummary
{
    QString id;
    QString name;
    QString sex;
    QDate birthDate;
    QString idNumber;
    QString householdId;
    QString householdAddress;
    QString guardianName;
    QString sortKey; // the name's pinyin, which the list is ordered by; null until it is worked out
};

struct HouseholdSummary
{
    QString id;
    QString address;
    QString contactName;
    QString contactPhone;
    QString assistance;
    int childCount = 0;
    int memberCount = 0;
};

} // namespace tonghu::model
