// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace tonghu::storage {
class Database;
}

namespace tonghu::audit {

// One entry as it is read back.
struct AuditEntry
{
    qint64 seq = 0;
    QDateTime at; // UTC
    QString userId;
    QString userName; // of the users table; empty for an unknown user
    QString action;
    QString entity;
    QString entityId;
    QString detail;
};

struct AuditFilter
{
    QDateTime since;  // entries at or after this moment; invalid = from the start
    QString action;   // "export" matches "export" and "export.pdf"; empty = every action
    QString userId;   // empty = every user
    int limit = 0;    // the newest `limit` matching entries; 0 = all
};

// What leaves the vault. Each kind is its own action, "export.<kind>", so `audit list --action
// export` finds them all.
enum class ExportKind {
    Bundle,      // a sync bundle (encrypted, but records leave the device)
    Pdf,         // a printout saved as a PDF file
    Printer,     // pages sent to a printer
    Png,         // a chart or screenshot saved as an image
    Spreadsheet, // an Excel ledger
    Csv,
    File,        // a copy of a photo or scan written out
    List,        // a list printed by tonghu-cli (names and masked ID numbers on a terminal)
    Backup,      // a backup file of the whole vault (encrypted under the vault's own key slots)
};
QString exportAction(ExportKind kind);

// The append-only trail of who did what to which record. Each entry's hash covers the previous
// entry's hash and its own fields, and the last sequence number and hash are kept beside the log
// (vault_info "audit_head"), so editing, removing or adding an entry with SQL is found, even at the
// end of the log and even after later entries were appended. Entries name records by id only: no
// names, ID numbers or notes are ever written here, not even in `detail`.
class AuditLog final
{
public:
    static void append(storage::Database& db, const QString& userId, const QString& action,
                       const QString& entity = {}, const QString& entityId = {}, const QString& detail = {});

    // The helpers every export and every view of a record goes through, so all of them are named
    // the same way in the log. A view is "<entity>.view"; `how` says where (file, edit, cli).
    static void recordExport(storage::Database& db, const QString& userId, ExportKind kind,
                             const QString& entity = {}, const QString& entityId = {}, const QString& detail = {});
    static void recordView(storage::Database& db, const QString& userId, const QString& entity,
                           const QString& entityId, const QString& how = {});

    // The sequence number of the first entry that was changed, removed or added behind the log's
    // back, or 0 when the chain is intact.
    static qint64 firstBrokenEntry(storage::Database& db);
    static qint64 count(storage::Database& db);
    // Oldest first.
    static QList<AuditEntry> list(storage::Database& db, const AuditFilter& filter = {});
    // The actions that appear in the log, sorted, for a filter.
    static QStringList actions(storage::Database& db);
    // The users who appear in the log, for a filter: id → name (name may be empty).
    static QList<std::pair<QString, QString>> users(storage::Database& db);
};

} // namespace tonghu::audit
