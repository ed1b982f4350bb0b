// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/TestSupport.h"

#include "core/model/DemoVillage.h"
#include "core/model/IdNumber.h"
#include "core/model/RecordStore.h"
#include "core/model/VisitStore.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>

namespace tonghu::test {

SecureBuffer secret(const char* text) { return SecureBuffer::fromText(text); }

namespace {
vault::VaultSetup setupFor(vault::Role role, const QString& placeCode)
{
    vault::VaultSetup setup;
    setup.role = role;
    setup.placeCode = placeCode;
    setup.villageName = QStringLiteral("测试村");
    setup.userName = QStringLiteral("测试员");
    setup.kdf = vault::KdfParams::fast();
    return setup;
}
} // namespace

std::unique_ptr<vault::Vault> createVault(const QString& dir, vault::Role role, const QString& placeCode)
{
    return std::move(vault::Vault::create(dir, setupFor(role, placeCode), secret(kPassphrase)).vault);
}

std::unique_ptr<TempVault> makeVault(vault::Role role, const QString& placeCode)
{
    auto t = std::make_unique<TempVault>();
    auto created = vault::Vault::create(t->path(), setupFor(role, placeCode), secret(kPassphrase));
    t->vault = std::move(created.vault);
    t->recoveryCode = created.recoveryCode;
    return t;
}

void generateDemo(vault::Vault& vault, int children, int seed)
{
    model::DemoOptions o;
    o.children = children;
    o.seed = quint32(seed);
    o.placeCode = vault.placeCode();
    o.today = QDate(2026, 4, 20);
    o.referenceYear = 2026;
    model::DemoVillage::generate(vault.database(), vault.userId(), o);
}

model::Child addChild(model::RecordStore& records, const QString& name, const char* sex, const QDate& birthDate,
                      model::Household household)
{
    if (household.address.isEmpty())
        household.address = QStringLiteral("三组 12 号");
    household = records.saveHousehold(household);
    model::Child c;
    c.householdId = household.id;
    c.name = name;
    c.sex = QLatin1String(sex);
    c.birthDate = birthDate;
    return records.saveChild(c);
}

model::Child addChildWithGuardian(model::RecordStore& records, model::Household household, model::Person guardian,
                                  model::Child child)
{
    household = records.saveHousehold(household);
    guardian.householdId = household.id;
    guardian = records.savePerson(guardian);
    child.householdId = household.id;
    child.guardianId = guardian.id;
    return records.saveChild(child);
}

SensitiveRecord sensitiveRecord(const QString& placeCode)
{
    const auto idNumber = [&](const char* birthAndSequence) {
        const QString first17 = placeCode.left(6) + QLatin1String(birthAndSequence);
        return first17 + model::IdNumber::checkCharacter(first17);
    };
    SensitiveRecord r;
    r.household.address = QStringLiteral("明月巷99号");
    r.household.contactPhone = QStringLiteral("13912345678");
    r.guardian.name = QStringLiteral("司马秀兰");
    r.guardian.relation = QStringLiteral("grandparent");
    r.guardian.idNumber = idNumber("19580203432");
    r.child.name = QStringLiteral("欧阳明月");
    r.child.sex = QStringLiteral("male");
    r.child.birthDate = QDate(2017, 7, 15);
    r.child.idNumber = idNumber("20170715881"); // sequence 881: odd, a boy
    r.child.notes = QStringLiteral("保密备注ZQX-7781");
    return r;
}

QStringList SensitiveRecord::needles() const
{
    return {child.name,
            guardian.name,
            child.notes,
            household.address,
            household.contactPhone,
            child.idNumber,
            guardian.idNumber,
            child.idNumber.right(8),
            QStringLiteral("ouyangmingyue"),
            QStringLiteral("明月")};
}

QStringList filesUnder(const QString& dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    return files;
}

QStringList filesContaining(const QString& dir, const QString& needle)
{
    QList<QByteArray> forms{needle.toUtf8()};
    bool ascii = true;
    for (QChar ch : needle)
        ascii = ascii && ch.unicode() < 128;
    if (!ascii)
        forms << QByteArray(reinterpret_cast<const char*>(needle.utf16()), needle.size() * 2);
    QStringList hits;
    for (const QString& path : filesUnder(dir)) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = f.readAll();
        for (const QByteArray& form : forms)
            if (bytes.contains(form)) {
                hits << path;
                break;
            }
    }
    return hits;
}

void answerEverything(model::VisitStore& visits, const QString& visitId)
{
    const QList<std::pair<const char*, QJsonValue>> answers{
        {"child.hukou", QStringLiteral("local")},
        {"child.disability_level", 0},
        {"father.status", QStringLiteral("alive")},
        {"father.migrant_worker", false},
        {"mother.status", QStringLiteral("alive")},
        {"mother.migrant_worker", false},
        {"household.assistance", QStringLiteral("none")},
        {"household.crisis", QStringLiteral("none")},
        {"household.guardian_capable", true},
        {"child.lives_alone", false},
        {"child.school", QStringLiteral("primary")},
        {"child.medical_insurance", true},
        {"child.serious_illness", false},
        {"obs.mh_signs", QJsonArray()},
        {"obs.self_harm_talk", false},
    };
    for (const auto& [fact, value] : answers)
        visits.setAnswer(visitId, QString::fromLatin1(fact), value);
    for (const char* obs : {"obs.private_injury", "obs.sexual_assault_suspected", "obs.serious_harm_signs",
                            "obs.violence_suspected", "obs.self_harm", "obs.abandoned", "obs.missing_or_trafficked",
                            "obs.begging", "obs.other_serious_danger"})
        visits.setAnswer(visitId, QString::fromLatin1(obs), false);
}

} // namespace tonghu::test
