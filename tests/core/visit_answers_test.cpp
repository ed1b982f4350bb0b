// SPDX-License-Identifier: GPL-3.0-or-later
// VisitAnswers reads the answers the application writes with a scanner of their plain shape and
// everything else through QJsonDocument. Either way the facts must be those that reading the
// text with QJsonDocument and FactsInput::factValue gives (the reference below, as
// ChildEvaluation read answers before): checked on answers written as VisitStore writes them, on
// texts that leave the plain shape in every way we could think of, and on thousands of texts
// with a few bytes changed at random.
#include "core/rules/FactRow.h"
#include "core/rules/FactsInput.h"
#include "core/rules/VisitAnswers.h"
#include "core/util/Error.h"
#include "tests/core/EvaluationCorpus.h"

#include <catch2/catch_test_macros.hpp>

#include <QJsonArray>
#include <QJsonDocument>

#include <memory>
#include <random>

using namespace tonghu;
using namespace tonghu::rules;
using namespace tonghu::rules::test;

namespace {

void reference(const Rulebook& rb, Facts& f, const QByteArray& json)
{
    const QJsonObject answers = QJsonDocument::fromJson(json).object();
    for (auto it = answers.begin(); it != answers.end(); ++it) {
        const FactSpec* spec = rb.fact(it.key());
        if (!spec || it.value().isNull())
            continue;
        try {
            f.insert(it.key(), FactsInput::factValue(*spec, it.value()));
        } catch (const Error&) {
        }
    }
}

// Every field of every value, so that two Facts print the same only when they are the same.
std::string shown(const Facts& f) { return factsText(f, QLatin1Char('\n')).toStdString(); }

// The record a scan starts from, which the answers overlay.
Facts record()
{
    Facts f;
    f.insert(QStringLiteral("child.hukou"), Value::text(QStringLiteral("local")));
    f.insert(QStringLiteral("child.birth_date"), Value::date(QDate(2015, 9, 1)));
    f.insert(QStringLiteral("father.status"), Value::text(QStringLiteral("alive")));
    f.insert(QStringLiteral("obs.mh_signs"), Value::ofList({QStringLiteral("bullied")}));
    f.insert(QStringLiteral("visit.last_date"), Value::date(QDate(2026, 4, 1)));
    return f;
}

// Both ways in: overlay() on QString::toUtf8 text, and overlayStored() on the bytes SQLite
// holds, as a scan reads them into a row, which also says which facts it set.
void check(const Rulebook& rb, const std::shared_ptr<const VisitAnswers>& vocabulary, const QByteArray& json)
{
    const VisitAnswers& answers = *vocabulary;
    INFO(json.toStdString());
    Facts expected = record();
    reference(rb, expected, json);
    Facts got = record();
    answers.overlay(got, json);
    CHECK(shown(got) == shown(expected));

    Facts expectedStored;
    reference(rb, expectedStored, QString::fromUtf8(json).toUtf8());
    FactRow row(vocabulary);
    answers.overlayStored(row, QByteArrayView(json));
    CHECK(shown(row.toFacts()) == shown(expectedStored));
    for (int slot = 0; slot < answers.slotCount(); ++slot)
        CHECK(row.isSet(slot) == expectedStored.contains(answers.factOf(slot)));
}

// Answers as VisitStore writes them: a QJsonObject of the answered facts, compact.
QByteArray written(const Facts& facts)
{
    QJsonObject o;
    for (auto it = facts.begin(); it != facts.end(); ++it)
        o.insert(it.key(), it->toJson());
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

TEST_CASE("Visit answers of the plain shape read as QJsonDocument reads them", "[rules][evaluation]")
{
    const Rulebook& rb = Rulebook::builtin();
    const auto answers = std::make_shared<const VisitAnswers>(rb);
    for (const EvaluationCase& c : drawnCases(rb, 500, 31))
        check(rb, answers, written(c.facts));
    // Answers of facts the vocabulary does not have, and explicit nulls.
    check(rb, answers, R"({"child.hukou":null,"child.nickname":"x","obs.mh_signs":null,"zzz":1})");
    check(rb, answers, "{}");
}

TEST_CASE("Visit answers outside the plain shape read as QJsonDocument reads them", "[rules][evaluation]")
{
    const Rulebook& rb = Rulebook::builtin();
    const auto answers = std::make_shared<const VisitAnswers>(rb);
    const char* texts[] = {
        "", " ", "null", "[]", "[{}]", "\"{}\"", "{", "}", "{}}", "{} x", " \t\r\n{ } \n",
        "\xEF\xBB\xBF{\"child.hukou\":\"none\"}",                      // a byte-order mark
        R"({"child.hukou":"none","child.hukou":"other_county"})",    // a repeated key
        R"({"father.status":"deceased","child.hukou":"none"})",      // keys out of order
        R"({"child.hukou" : "none" , "father.status" : "deceased"})", // spaces
        "{\"child.hukou\":\"none\"\n}",
        R"({"child.hukou":"non\u0065"})", R"({"child.hukou":"none\""})", R"({"child.hukou":"no\ne"})",
        "{\"child.hukou\":\"no\tne\"}", "{\"child.hukou\":\"no\x01ne\"}",
        "{\"child.hukou\":\"\xE6\x9C\xAC\"}", "{\"child.hukou\":\"\xFF\"}", // non-ASCII, invalid UTF-8
        "{\"\xE6\x9C\xAC\":1,\"child.hukou\":\"none\"}",
        R"({"child.disability_level":1.0})", R"({"child.disability_level":1.5})",
        R"({"child.disability_level":1e0})", R"({"child.disability_level":-0})",
        R"({"child.disability_level":-1})", R"({"child.disability_level":01})",
        R"({"child.disability_level":5})", R"({"child.disability_level":4})", R"({"child.disability_level":+1})",
        R"({"child.months_at_residence":1200})", R"({"child.months_at_residence":1201})",
        R"({"child.months_at_residence":123456789012345})", R"({"child.months_at_residence":1234567890123456789})",
        R"({"child.months_at_residence":"12"})", R"({"child.months_at_residence":true})",
        R"({"child.months_at_residence":-})", R"({"child.months_at_residence":1-2})",
        R"({"child.lives_alone":true})", R"({"child.lives_alone":"true"})", R"({"child.lives_alone":1})",
        R"({"child.lives_alone":tru})", R"({"child.lives_alone":truex})", R"({"child.lives_alone":nul})",
        R"({"child.birth_date":"2016-02-29"})", R"({"child.birth_date":"2015-02-29"})",
        R"({"child.birth_date":"2016-2-29"})", R"({"child.birth_date":"2016-13-01"})",
        R"({"child.birth_date":"0000-01-01"})", R"({"child.birth_date":"2016-02-29 "})",
        R"({"child.birth_date":"2016/02/29"})", R"({"child.birth_date":"20160229"})",
        R"({"child.birth_date":"2016-02-29T00:00"})", R"({"child.birth_date":"2016-02-29\n"})",
        R"({"child.birth_date":20160229})", R"({"child.birth_date":null})",
        R"({"obs.mh_signs":[]})", R"({"obs.mh_signs":["bullied","withdrawal","bullied"]})",
        R"({"obs.mh_signs":["bullied","nonsense"]})", R"({"obs.mh_signs":["bullied",1]})",
        R"({"obs.mh_signs":["bullied",null]})", R"({"obs.mh_signs":[["bullied"]]})",
        R"({"obs.mh_signs":[ "bullied" , "withdrawal" ]})", R"({"obs.mh_signs":["bullied",]})",
        R"({"obs.mh_signs":"bullied"})", R"({"obs.mh_signs":{"a":1}})", R"({"child.hukou":{"a":"none"}})",
        R"({"child.hukou":["none"]})", R"({"child.hukou":"None"})", R"({"child.hukou":""})",
        R"({"child.hukou":"none",})", R"({,"child.hukou":"none"})", R"({"child.hukou""none"})",
        R"({"child.hukou":"none" "father.status":"alive"})", R"({child.hukou:"none"})",
        R"({'child.hukou':'none'})", R"({"":1,"child.hukou":"none"})",
        R"({"visit.last_date":"2026-05-01"})",
    };
    for (const char* t : texts)
        check(rb, answers, QByteArray(t));
}

TEST_CASE("Visit answers with a few bytes changed read as QJsonDocument reads them", "[rules][evaluation]")
{
    const Rulebook& rb = Rulebook::builtin();
    const auto answers = std::make_shared<const VisitAnswers>(rb);
    std::mt19937 rng(41);
    const char alphabet[] = "{}[]\":, \n\\-+.0123456789eEtruefalsnl_abcxyz\x01\x7f\xC3\xA9";
    for (const EvaluationCase& c : drawnCases(rb, 300, 43)) {
        const QByteArray json = written(c.facts);
        for (int k = 0; k < 10; ++k) {
            QByteArray t = json;
            for (int edits = 1 + int(rng() % 3); edits > 0 && !t.isEmpty(); --edits) {
                const qsizetype at = qsizetype(rng() % std::uint32_t(t.size()));
                const char ch = alphabet[rng() % (sizeof(alphabet) - 1)];
                switch (rng() % 3) {
                case 0:
                    t[at] = ch;
                    break;
                case 1:
                    t.insert(at, ch);
                    break;
                default:
                    t.remove(at, 1);
                }
            }
            check(rb, answers, t);
        }
    }
}
