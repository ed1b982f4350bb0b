// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Migrations.h"

#include "core/storage/Database.h"
#include "core/util/Error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace tonghu::storage {

QStringList Migrations::scripts()
{
    QDir dir(QStringLiteral(":/sql"));
    QStringList names = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (int i = 0; i < names.size(); ++i) {
        // A gap or a duplicate number would silently skip a step: check the numbering.
        if (names[i].left(4).toInt() != i + 1)
            throw Error(Error::Kind::Internal,
                        QStringLiteral("Migration %1 is out of sequence.").arg(names[i]));
        names[i] = dir.filePath(names[i]);
    }
    return names;
}

int Migrations::latestVersion() { return static_cast<int>(scripts().size()); }

int Migrations::migrate(Database& db, int target)
{
    const QStringList steps = scripts();
    if (target < 0)
        target = static_cast<int>(steps.size());
    const int current = db.userVersion();
    if (current > static_cast<int>(steps.size()))
        throw Error(Error::Kind::TooNew,
                    QCoreApplication::translate("tonghu::Database",
                                                "This vault was saved by a newer version of Tonghu (data "
                                                "version %1; this version reads up to %2). Please update "
                                                "Tonghu; the vault was not changed.")
                        .arg(current)
                        .arg(steps.size()));
    if (current >= target)
        return current;
    Transaction tx(db);
    for (int v = current; v < target; ++v) {
        QFile f(steps[v]);
        if (!f.open(QIODevice::ReadOnly))
            throw Error(Error::Kind::Internal, QStringLiteral("Migration %1 is missing.").arg(steps[v]));
        db.exec(f.readAll().toStdString());
    }
    db.setUserVersion(target);
    tx.commit();
    return current;
}

} // namespace tonghu::storage
