// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/rules/Rulebook.h"
#include "core/rules/Value.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>

#include <string>
#include <string_view>
#include <vector>

namespace tonghu::rules {

class FactRow;

// Reads a visit's answers — a JSON object of fact names and values — onto a child's facts: each
// answer to a fact of the vocabulary replaces what the record says. Null answers, names the
// vocabulary no longer has, and answers that no longer fit it (FactsInput::factValue refuses
// them) are left out, so the question is asked again; text that is not a JSON object overlays
// nothing.
//
// Answers as the application writes them (plain ASCII without escapes, whole numbers, no key
// twice) are read by a scanner of that shape alone, without building a QJsonDocument; any other
// text is read by QJsonDocument, with the same result.
class VisitAnswers final
{
public:
    explicit VisitAnswers(const Rulebook& rb);

    // `json` as QString::toUtf8 gives it.
    void overlay(Facts& facts, const QByteArray& json) const;

    // The vocabulary's facts numbered in name order, for a scan that gathers a child's facts
    // by number in a FactRow.
    int slotCount() const { return int(m_specs.size()); }
    // -1 for a name the vocabulary does not have.
    int slotOf(const QString& fact) const;
    const QString& factOf(int slot) const { return m_specs[std::size_t(slot)].spec->name; }
    // Puts in `row` the answers `text` as SQLite holds a TEXT column (Statement::textView), read
    // as Statement::text would give them, converted to UTF-8 again.
    void overlayStored(FactRow& row, QByteArrayView text) const;

private:
    // put(slot, value) for each answer. False, having put nothing, for text outside the shape
    // the scanner reads.
    template <typename Put> bool overlayPlain(std::string_view json, const Put& put) const;
    template <typename Put> void overlayObject(const QJsonObject& answers, const Put& put) const;

    int slotOf(std::string_view name) const;
    std::size_t bucket(std::string_view name) const;

    const Rulebook& m_rb;
    // The vocabulary by name in byte order (the slots), and where to find each by its name.
    struct Spec
    {
        std::string name;
        const FactSpec* spec;
        std::vector<std::string> values; // an enum's or a list's, in UTF-8
    };
    std::vector<Spec> m_specs;
    std::vector<int> m_table; // open addressing: slots, -1 for none
};

} // namespace tonghu::rules
