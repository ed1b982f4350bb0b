// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/vault/Vault.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace tonghu::storage {
class Database;
}

namespace tonghu::model {

enum class SensitiveKind {
    IdNumber, // 居民身份证号码 of a child or a household member
    Note,     // free text that may describe harm: abuse, violence, a police case
};

// One sensitive value of one kind of record, named as the audit log and tonghu-cli name it
// ("child" / "id_number"). This table is the whole list; docs/security.md explains each choice.
struct SensitiveField
{
    const char* entity;
    const char* field;
    SensitiveKind kind;
};
const QList<SensitiveField>& sensitiveFields();

// Who is looking at a value: the role and place of a user of this vault.
struct Viewer
{
    QString userId;
    vault::Role role = vault::Role::Village;
    QString placeCode;
    bool known = false; // false when the user is not in the users table: may reveal nothing
};

// The one rule for showing ID numbers and sensitive notes, used by the lists, the child's file,
// printouts and tonghu-cli alike.
//
// Everywhere a value is only read (lists, search results, the worklist, the child's file,
// printouts, tonghu-cli output) it is masked for every role, and shown whole only when someone
// asks for that one value of that one record, which is written to the audit log. The edit form
// of a record is the exception for the one role that keeps the record: the child director, in
// her own village, needs the number to type and check it. A township supervisor or county
// officer never sees it whole without asking.
class Masking final
{
    Q_DECLARE_TR_FUNCTIONS(tonghu::model::Masking)
public:
    enum class Surface { List, File, Print, Cli, Editor };

    // An ID number keeps its region and last four ("110101********123X"); a note becomes a
    // placeholder that says there is one and gives nothing of it. Empty stays empty.
    static QString masked(SensitiveKind kind, const QString& value);
    // The kind of a column as the event log and sync conflicts name it ("children", "id_number"),
    // when it holds sensitive values.
    static std::optional<SensitiveKind> sensitiveColumn(const QString& table, const QString& column);

    static bool showsWhole(const Viewer& viewer, Surface surface, const QString& recordPlaceCode);
    // The value as `surface` shows it before anyone asks.
    static QString shown(const Viewer& viewer, Surface surface, SensitiveKind kind, const QString& value,
                         const QString& recordPlaceCode);

    // A record of the viewer's own area: her village, the township's villages, the county's.
    static bool mayReveal(const Viewer& viewer, const QString& recordPlaceCode);

    // The role and place of a user of this vault (users table).
    static Viewer viewer(storage::Database& db, const QString& userId);
    // The village code of a record of one of the entities of sensitiveFields(); empty when the
    // record does not exist.
    static QString placeOf(storage::Database& db, const QString& entity, const QString& id);

    // One value of one record in its masked form, read here so a window never holds the whole
    // value before it is asked for. Empty when the record has none (or does not exist).
    static QString maskedValue(storage::Database& db, const QString& entity, const QString& id, const QString& field);

    // One value of one record, whole: checks that `field` is sensitive and that the user may see
    // it, writes a "reveal" entry naming the entity, the id and the field (never the value), and
    // returns the value. Throws Error{NotFound} for an unknown record and Error{BadInput} for a
    // field that is not in the list or a record outside the user's area.
    static QString reveal(storage::Database& db, const QString& userId, const QString& entity, const QString& id,
                          const QString& field);
};

} // namespace tonghu::model
