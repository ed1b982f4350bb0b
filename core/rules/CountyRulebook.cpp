// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rules/CountyRulebook.h"

#include "core/audit/AuditLog.h"
#include "core/storage/Database.h"
#include "core/sync/EventLog.h"
#include "core/util/Error.h"
#include "core/util/RecordId.h"
#include "core/vault/Access.h"
#include "core/vault/Vault.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include <map>
#include <memory>
#include <mutex>

namespace tonghu::rules {

const Rulebook& CountyRulebook::current(storage::Database& db)
{
    const Rulebook& builtin = Rulebook::builtin();
    auto st = db.prepare("SELECT id, version, settings FROM rulebook_publications WHERE rulebook_id = ? "
                         "ORDER BY published_at DESC, id DESC LIMIT 1");
    st.bind(1, builtin.id);
    if (!st.step())
        return builtin;
    const QString id = st.text(0);
    // One copy per publication, kept for the process: evaluations hold references to it.
    static std::mutex mutex;
    static std::map<QString, std::unique_ptr<Rulebook>> published;
    const std::lock_guard lock(mutex);
    auto& slot = published[id];
    if (!slot) {
        auto rb = std::make_unique<Rulebook>(builtin);
        rb->version = st.text(1);
        const QJsonObject settings = QJsonDocument::fromJson(st.text(2).toUtf8()).object();
        for (auto it = settings.begin(); it != settings.end(); ++it)
            if (rb->settings.contains(it.key()) && it->isDouble())
                rb->settings.insert(it.key(), it->toDouble());
        slot = std::move(rb);
    }
    return *slot;
}

QString CountyRulebook::publish(vault::Vault& vault, const Rulebook& rulebook)
{
    const Rulebook& builtin = Rulebook::builtin();
    vault::Access::require(vault.role(), vault::Action::PublishRules);
    if (rulebook.id != builtin.id)
        throw Error(Error::Kind::BadInput, tr("This rulebook is \"%1\"; only the settings of \"%2\" can be published.")
                                               .arg(rulebook.id, builtin.id));
    QJsonObject settings;
    for (auto it = rulebook.settings.begin(); it != rulebook.settings.end(); ++it) {
        if (!builtin.settings.contains(it.key()))
            throw Error(Error::Kind::BadInput, tr("The setting %1 is not one of the rulebook's.").arg(it.key()));
        settings.insert(it.key(), it.value());
    }
    storage::Database& db = vault.database();
    auto same = db.prepare("SELECT 1 FROM rulebook_publications WHERE rulebook_id = ? AND version = ?");
    same.bind(1, rulebook.id).bind(2, rulebook.version);
    if (same.step())
        throw Error(Error::Kind::BadInput, tr("Version %1 has been published already: raise the version in "
                                              "rulebook.conf.").arg(rulebook.version));
    same.reset();
    const QString id = util::newRecordId();
    const QString t = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    storage::Transaction tx(db);
    auto st = db.prepare("INSERT INTO rulebook_publications (id, rulebook_id, version, settings, published_by, "
                         "published_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, id).bind(2, rulebook.id).bind(3, rulebook.version);
    st.bind(4, QString::fromUtf8(QJsonDocument(settings).toJson(QJsonDocument::Compact)));
    st.bindOrNull(5, vault.userId()).bind(6, t).bind(7, t).bind(8, t).run();
    // Down to the whole county.
    sync::EventLog::record(db, vault.userId(), QStringLiteral("rulebook_publications"), id, {},
                           sync::EventLog::row(db, "rulebook_publications", id), vault.placeCode());
    audit::AuditLog::append(db, vault.userId(), QStringLiteral("rules.publish"), QStringLiteral("rulebook"), id,
                            rulebook.tag());
    tx.commit();
    return id;
}

} // namespace tonghu::rules
