// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace tonghu::storage {
class Database;
}

namespace tonghu::ui {

// What a printout shows beyond the records themselves.
struct PrintOptions
{
    // Full ID numbers only when the caller asks: a paper copy leaves the vault's protection, so
    // by default it carries the masked form (region and last four) that still identifies a child
    // to someone who already knows them.
    bool showIdNumbers = false;
    // Notes that may describe harm (the child's notes, a mandatory report's reference and the
    // reason none could be made) are masked too unless asked: the guardian signs the same paper.
    bool showSensitiveNotes = false;
    QString language;     // "zh" or "en" for checklist labels and finding titles; empty = UI language
    QString placeName;    // village name for the heading; may be empty
    QString directorName; // printed beside the director's signature line; may be empty
};

// The documents as HTML for QTextDocument (kept separate from rendering so tests can read them).
// Unknown ids give an empty string.
QString visitRecordHtml(storage::Database& db, const QString& visitId, const PrintOptions& options);
QString childFileHtml(storage::Database& db, const QString& childId, const PrintOptions& options);

// A4 portrait PDF with 15 mm margins, a CJK font and page numbers. Written through a temporary
// file in the same folder, so a failure leaves neither a partial file nor the temporary one.
// On failure returns false and sets *error (when given) to a translated sentence.
bool writePdf(const QString& html, const QString& path, QString* error);

// Asks for a printer (A4) and prints. Returns whether the pages went to the printer; a failure
// has been shown to the user.
bool printHtml(const QString& html, QWidget* parent);

} // namespace tonghu::ui
