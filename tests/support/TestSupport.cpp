// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/TestSupport.h"

#include "core/model/RecordStore.h"

#include <QDirIterator>
#include <QFile>

namespace tonghu::test {

SecureBuffer secret(const char* text) { return SecureBuffer::fromText(text); }

std::unique_ptr<TempVault> makeVault(vault::Role role, const QString& placeCode)
{
    auto t = std::make_unique<TempVault>();
    vault::VaultSetup setup;
    setup.role = role;
    setup.placeCode = placeCode;
    setup.villageName = QStringLiteral("测试村");
    setup.userName = QStringLiteral("测试员");
    setup.kdf = vault::KdfParams::fast();
    auto created = vault::Vault::create(t->path(), setup, secret(kPassphrase));
    t->vault = std::move(created.vault);
    t->recoveryCode = created.recoveryCode;
    return t;
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

} // namespace tonghu::test
