// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/bench/SyntheticCounty.h"

#include "core/model/DemoVillage.h"
#include "core/model/Divisions.h"
#include "core/model/IdNumber.h"
#include "core/rules/ChildEvaluation.h"
#include "core/rules/CountyRulebook.h"
#include "core/storage/Database.h"
#include "core/sync/DeviceIdentity.h"
#include "core/sync/EventLog.h"
#include "core/sync/Hlc.h"
#include "core/sync/StoredChanges.h"
#include "core/text/Pinyin.h"
#include "core/util/RecordId.h"
#include "core/util/SecureBuffer.h"
#include "core/vault/Vault.h"

#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <random>

namespace tonghu::bench {

namespace {

const QString kCounty = QStringLiteral("621126");

// Ids made as the stores make them (time-ordered), so the county's indexes grow as a real one's.
QString newId()
{
    return util::newRecordId();
}
QString iso(const QDate& d) { return d.toString(Qt::ISODate); }

// The columns EventLog::record leaves out of an event (derived on each device, or the stamp of
// the write itself); kept in step with kLocalColumns in core/sync/EventLog.cpp.
const QSet<QString> kLocalColumns{QStringLiteral("name_pinyin"), QStringLiteral("name_initials"),
                                  QStringLiteral("id_reversed"), QStringLiteral("updated_at")};

// Writes the event of a new row as EventLog::record does, with the sequence kept here. Not
// EventLog::record itself: for a record that can change again it reads what the device has seen
// of every other stream with a GROUP BY over the whole events table, so a load of 100,000 rows
// through it takes quadratic time (docs/performance.md). A village that has received nothing has
// an empty `seen`, which is what this writes.
class EventWriter
{
public:
    EventWriter(storage::Database& db, QString author)
        : m_db(db), m_author(std::move(author)), m_origin(sync::DeviceIdentity::ensure(db).deviceId),
          m_seq(sync::EventLog::lastSequence(db, m_origin))
    {
    }
    void created(const char* table, const QString& id)
    {
        const QJsonObject row = sync::EventLog::row(m_db, table, id);
        QJsonObject changes;
        for (auto it = row.begin(); it != row.end(); ++it)
            if (!kLocalColumns.contains(it.key()) && !it.value().isNull())
                changes.insert(it.key(), it.value());
        auto st = m_db.prepare("INSERT INTO events (origin_device, seq, hlc, author, entity, entity_id, op, changes, "
                               "seen) VALUES (?, ?, ?, ?, ?, ?, 'upsert', ?, NULL)");
        st.bind(1, m_origin).bind(2, static_cast<std::int64_t>(++m_seq)).bind(3, sync::Hlc::next(m_db));
        st.bind(4, m_author).bind(5, QString::fromLatin1(table)).bind(6, id);
        sync::StoredChanges::bind(st, 7, QJsonDocument(changes).toJson(QJsonDocument::Compact));
        st.run();
        ++m_count;
    }
    int count() const { return m_count; }

private:
    storage::Database& m_db;
    QString m_author;
    QString m_origin;
    qint64 m_seq = 0;
    int m_count = 0;
};

// Synthetic names only: common surnames and given-name characters, never a real person's.
const QStringList kSurnames = QStringLiteral("王 李 张 刘 陈 杨 赵 黄 周 吴 徐 孙 胡 朱 高 林 何 郭 马 罗 梁 宋 郑 谢 韩 唐 冯 于 董 萧")
                                  .split(QLatin1Char(' '));
const QStringList kGiven = QStringLiteral("伟 芳 娜 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 秀 霞 平 刚 桂 英 华 玉 兰 萍 红 建 文 "
                                          "辉 力 海 云 雪 梅 琳 鑫 宇 浩 欣 怡 佳 俊 晨 思 雨 子 轩 涵")
                               .split(QLatin1Char(' '));

class Names
{
public:
    explicit Names(std::mt19937& rng) : m_rng(rng) {}
    QString person(const QString& surname)
    {
        QString n = surname + pick(kGiven);
        if (m_rng() % 3 != 0)
            n += pick(kGiven);
        return n;
    }
    QString surname() { return pick(kSurnames); }
    // ICU transliteration is the slow part of a write; a county repeats names a lot.
    const text::PinyinKeys& keys(const QString& name)
    {
        auto it = m_keys.find(name);
        if (it == m_keys.end())
            it = m_keys.insert(name, text::Pinyin::keys(name));
        return *it;
    }

private:
    const QString& pick(const QStringList& list) { return list.at(int(m_rng() % list.size())); }
    std::mt19937& m_rng;
    QHash<QString, text::PinyinKeys> m_keys;
};

// A well-formed, made-up ID number: the county's region, the birth date, a serial whose last
// digit is odd for a boy, and the check character.
class IdNumbers
{
public:
    QString make(const QDate& birth, bool male)
    {
        int& serial = m_serials[birth];
        int n = serial++;
        n = (n * 2 + (male ? 1 : 0)) % 1000;
        const QString first17 = kCounty + birth.toString(QStringLiteral("yyyyMMdd")) +
                                QStringLiteral("%1").arg(n, 3, 10, QLatin1Char('0'));
        return first17 + model::IdNumber::checkCharacter(first17);
    }

private:
    QHash<QDate, int> m_serials;
};

QString reversed(QString s)
{
    std::reverse(s.begin(), s.end());
    return s;
}

QString schoolFor(int age)
{
    return age < 3 ? QStringLiteral("not_school_age") : age < 6 ? QStringLiteral("preschool")
           : age < 12 ? QStringLiteral("primary") : age < 15 ? QStringLiteral("junior") : QStringLiteral("senior");
}

} // namespace

QStringList insertPlaces(storage::Database& db, const CountyShape& shape)
{
    // Townships of the county from the division table, so names and codes are real ones.
    QStringList townships;
    for (const model::Division& d : model::Divisions::instance().townships(kCounty))
        townships << d.code;
    if (townships.isEmpty())
        townships << kCounty + QStringLiteral("101");
    const QString t = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    auto insert = db.prepare("INSERT OR IGNORE INTO places (id, code, level, name, parent_code, created_at, updated_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?)");
    const auto add = [&](const QString& code, const char* level, const QString& name, const QString& parent) {
        insert.bind(1, newId()).bind(2, code).bind(3, level).bind(4, name).bind(5, parent).bind(6, t).bind(7, t);
        insert.run();
        insert.reset();
    };
    QStringList villages;
    for (int i = 0; i < shape.villages; ++i) {
        const QString& township = townships.at(i % townships.size());
        if (i < townships.size())
            add(township, "township", model::Divisions::instance().name(township), kCounty);
        const QString code = township + QStringLiteral("%1").arg(201 + i / townships.size(), 3, 10, QLatin1Char('0'));
        add(code, "village", QStringLiteral("第%1村").arg(i + 1), township);
        villages << code;
    }
    return villages;
}

CountyCounts generateCounty(storage::Database& db, const QString& userId, const CountyShape& shape,
                            const QStringList& answerTemplates)
{
    std::mt19937 rng(shape.seed);
    Names names(rng);
    IdNumbers ids;
    CountyCounts counts;
    QStringList villages;
    {
        storage::Transaction tx(db);
        villages = insertPlaces(db, shape);
        tx.commit();
    }
    EventWriter events(db, userId);
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const int visitsPerChild = shape.children > 0 ? shape.visits / shape.children : 0;
    int extraVisits = shape.children > 0 ? shape.visits % shape.children : 0;

    for (int v = 0; v < villages.size(); ++v) {
        // Children per village differ a little, as real villages do, but add up to the total.
        const int from = int(qint64(shape.children) * v / villages.size());
        const int to = int(qint64(shape.children) * (v + 1) / villages.size());
        storage::Transaction tx(db);
        int child = from;
        while (child < to) {
            const QString household = newId();
            const QString surname = names.surname();
            const QString assistance = rng() % 10 == 0 ? QStringLiteral("dibao")
                                       : rng() % 40 == 0 ? QStringLiteral("tekun") : QStringLiteral("none");
            db.prepare("INSERT INTO households (id, place_code, address, contact_name, contact_phone, assistance, "
                       "poverty_monitored, guardian_capable, created_by, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .bind(1, household).bind(2, villages.at(v))
                .bind(3, QStringLiteral("%1组%2号").arg(1 + rng() % 8).arg(1 + rng() % 120))
                .bind(4, names.person(surname)).bind(5, QStringLiteral("138%1").arg(rng() % 100000000, 8, 10, QLatin1Char('0')))
                .bind(6, assistance).bind(7, rng() % 8 == 0).bind(8, rng() % 12 != 0)
                .bind(9, userId).bind(10, now).bind(11, now).run();
            events.created("households", household);
            ++counts.households;

            // Parents (one of them away working, or deceased, now and then) and for some a
            // grandparent who is the guardian.
            const auto person = [&](const QString& name, const char* relation, const char* sex, bool guardian,
                                    const QString& status, bool migrant, int birthYear) {
                const QString id = newId();
                const QDate birth(birthYear, 1 + int(rng() % 12), 1 + int(rng() % 28));
                const QString idNumber = ids.make(birth, QLatin1String(sex) == QLatin1String("male"));
                const text::PinyinKeys& k = names.keys(name);
                db.prepare("INSERT INTO persons (id, household_id, name, relation, is_guardian, id_number, sex, "
                           "birth_date, phone, status, migrant_worker, months_since_contact, name_pinyin, "
                           "name_initials, id_reversed, created_at, updated_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .bind(1, id).bind(2, household).bind(3, name).bind(4, relation).bind(5, guardian)
                    .bind(6, idNumber).bind(7, sex).bind(8, iso(birth))
                    .bind(9, QStringLiteral("139%1").arg(rng() % 100000000, 8, 10, QLatin1Char('0')))
                    .bind(10, status).bind(11, migrant).bind(12, migrant ? int(rng() % 7) : 0)
                    .bind(13, k.full).bind(14, k.initials).bind(15, reversed(idNumber)).bind(16, now).bind(17, now)
                    .run();
                events.created("persons", id);
                ++counts.persons;
                return id;
            };
            const int year = shape.today.year();
            const bool fatherAway = rng() % 3 == 0;
            const bool motherAway = fatherAway && rng() % 2 == 0;
            const QString fatherStatus = rng() % 30 == 0 ? QStringLiteral("deceased") : QStringLiteral("alive");
            const QString father = person(names.person(surname), "father", "male", !fatherAway, fatherStatus,
                                          fatherAway, year - 28 - int(rng() % 15));
            const QString mother = person(names.person(names.surname()), "mother", "female", !motherAway,
                                          QStringLiteral("alive"), motherAway, year - 26 - int(rng() % 15));
            QString guardian = fatherAway ? mother : father;
            if (motherAway || fatherStatus == QLatin1String("deceased"))
                guardian = person(names.person(surname), "grandparent", rng() % 2 ? "male" : "female", true,
                                  QStringLiteral("alive"), false, year - 55 - int(rng() % 15));

            const int siblings = std::min(to - child, 1 + int(rng() % 3));
            for (int s = 0; s < siblings; ++s, ++child) {
                const QString id = newId();
                const bool male = rng() % 2 == 0;
                const QDate birth(year - 1 - int(rng() % 17), 1 + int(rng() % 12), 1 + int(rng() % 28));
                const QString name = names.person(surname);
                const QString idNumber = ids.make(birth, male);
                const text::PinyinKeys& k = names.keys(name);
                const int age = year - birth.year();
                db.prepare("INSERT INTO children (id, household_id, name, id_number, sex, birth_date, hukou, "
                           "months_at_residence, school, disability_level, medical_insurance, lives_alone, "
                           "in_institution, father_id, mother_id, guardian_id, status, name_pinyin, name_initials, "
                           "id_reversed, created_by, created_at, updated_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, 'local', ?, ?, ?, ?, 0, 0, ?, ?, ?, 'active', ?, ?, ?, ?, ?, ?)")
                    .bind(1, id).bind(2, household).bind(3, name).bind(4, idNumber)
                    .bind(5, male ? "male" : "female").bind(6, iso(birth)).bind(7, age * 12)
                    .bind(8, schoolFor(age)).bind(9, rng() % 25 == 0 ? 1 + int(rng() % 4) : 0)
                    .bind(10, rng() % 20 != 0).bind(11, father).bind(12, mother).bind(13, guardian)
                    .bind(14, k.full).bind(15, k.initials).bind(16, reversed(idNumber))
                    .bind(17, userId).bind(18, now).bind(19, now).run();
                events.created("children", id);
                ++counts.children;

                // Visits about evenly spaced over the past year, the newest within the last month.
                const int n = visitsPerChild + (extraVisits > 0 ? 1 : 0);
                if (extraVisits > 0)
                    --extraVisits;
                const int span = std::max(30, 365 * std::max(1, n) / 12);
                const int step = n > 0 ? std::max(1, span / n) : 1;
                const int offset = int(rng() % 28);
                for (int i = 0; i < n && !answerTemplates.isEmpty(); ++i) {
                    const QString visit = newId();
                    const QDate date = shape.today.addDays(-(offset + i * step));
                    const QString submitted = iso(date) + QStringLiteral("T10:00:00.000Z");
                    db.prepare("INSERT INTO visits (id, child_id, visit_date, status, answers, author_id, version, "
                               "submitted_at, created_at, updated_at) VALUES (?, ?, ?, 'submitted', ?, ?, 1, ?, ?, ?)")
                        .bind(1, visit).bind(2, id).bind(3, iso(date))
                        .bind(4, answerTemplates.at(int(rng() % answerTemplates.size())))
                        .bind(5, userId).bind(6, submitted).bind(7, submitted).bind(8, submitted).run();
                    events.created("visits", visit);
                    ++counts.visits;
                }
            }
        }
        tx.commit();
    }

    // One stored evaluation per child, as VisitStore::submit leaves after a visit: the worklist
    // reads them. Evaluated the way the statistics do, in one scan.
    storage::Transaction tx(db);
    const rules::Rulebook& rb = rules::CountyRulebook::current(db);
    rules::Evaluator evaluator(rb);
    rules::ChildEvaluation children(db, rb, userId);
    children.forEachActiveChild(QStringLiteral("*"), [&](const rules::ChildFacts& c) {
        children.store(c.childId, evaluator.evaluate(c.facts, shape.today));
    });
    tx.commit();
    counts.events = events.count();
    return counts;
}

QStringList harvestAnswerTemplates(const QString& scratchDir, const QDate& today)
{
    vault::VaultSetup setup;
    setup.role = vault::Role::Village;
    setup.placeCode = kCounty + QStringLiteral("101201");
    setup.villageName = QStringLiteral("样板村");
    setup.userName = QStringLiteral("样板");
    setup.kdf = vault::KdfParams::fast();
    // Plain, so that nothing keyed runs before the plain baseline (see bench_main.cpp).
    setup.plainDatabaseForBenchmark = true;
    auto created = vault::Vault::create(scratchDir, setup, SecureBuffer::fromText("scratch vault passphrase 1"));
    model::DemoOptions o;
    o.children = 30;
    o.seed = 7;
    o.placeCode = setup.placeCode;
    o.today = today;
    model::DemoVillage::generate(created.vault->database(), created.vault->userId(), o);
    QStringList answers;
    auto st = created.vault->database().prepare("SELECT answers FROM visits WHERE status = 'submitted' ORDER BY id");
    while (st.step())
        answers << st.text(0);
    return answers;
}

} // namespace tonghu::bench
