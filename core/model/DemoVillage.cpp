// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/DemoVillage.h"

#include "core/audit/AuditLog.h"
#include "core/model/ConsentStore.h"
#include "core/model/DemoDice.h"
#include "core/model/DemoHistory.h"
#include "core/model/IdNumber.h"
#include "core/model/RecordStore.h"
#include "core/storage/Database.h"
#include "core/util/Error.h"

#include <QList>
#include <QSet>

#include <algorithm>
#include <array>

namespace tonghu::model {

namespace {

// Common surnames, most frequent first; a village draws its few big families from the front.
constexpr std::array kSurnames{
    "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "朱", "胡", "郭", "何",
    "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田",
    "董", "袁", "潘", "蒋", "蔡", "余", "杜", "叶", "程", "魏", "苏", "吕", "丁", "任", "姚", "卢", "姜",
    "崔", "谭", "汪", "范", "石", "贾", "付", "方", "白", "孟", "秦", "包", "雷", "侯", "史", "蒲", "后"};

// Given names of the kind registered for children born 2008-2024.
constexpr std::array kBoyNames{"子轩", "浩然", "宇轩", "梓豪", "俊杰", "浩宇", "一鸣", "子豪", "博文",
                               "思远", "宇航", "嘉豪", "明轩", "皓轩", "梓睿", "沐阳", "子墨", "奕辰",
                               "宇泽", "浩轩", "俊熙", "文博", "家乐", "天佑", "鹏飞", "鑫磊", "佳豪",
                               "浩天", "晨阳", "锦程", "承泽", "睿",   "航",   "昊天", "建宇", "泽宇"};
constexpr std::array kGirlNames{"欣怡", "梓涵", "诗涵", "子涵", "雨涵", "可馨", "思琪", "佳怡", "语桐",
                                "一诺", "梓萱", "雨桐", "欣妍", "若汐", "紫涵", "佳琪", "静怡", "婉婷",
                                "雅琪", "梦瑶", "心怡", "晓雪", "艺涵", "诗琪", "芮",   "悦",   "梓琪",
                                "雨萱", "佳欣", "雅雯", "欣悦", "思彤", "婧",   "语嫣", "安琪", "嘉怡"};
// Parents born 1975-1995.
constexpr std::array kMenNames{"建军", "永强", "海军", "志刚", "文斌", "国强", "建华", "小军",
                               "永福", "海龙", "建平", "勇",   "伟",   "磊",   "红军", "志勇",
                               "海涛", "亚军", "小龙", "国庆", "卫东", "军",   "俊",   "晓东"};
constexpr std::array kWomenNames{"丽娟", "小燕", "晓丽", "海燕", "春梅", "丽萍", "红梅", "慧",
                                 "静",   "芳",   "艳",   "娟",   "玉霞", "小红", "彩霞", "丽",
                                 "秀芳", "春燕", "金花", "玉兰", "晓梅", "燕",   "霞",   "琴"};
// Grandparents born 1945-1970.
constexpr std::array kOldMenNames{"德福", "占魁", "有福", "长生", "福贵", "成才", "万山",
                                  "玉成", "明德", "守业", "金贵", "天成", "永年", "家旺"};
constexpr std::array kOldWomenNames{"秀兰", "桂英", "淑珍", "凤英", "玉梅", "翠花", "桂兰",
                                    "秀珍", "玉珍", "菊花", "兰英", "素芳", "彩云", "金兰"};

constexpr std::array kDisabilityTypes{"visual",       "hearing", "speech", "physical",
                                      "intellectual", "mental",  "autism", "multiple"};

enum class Pattern { Orphan, DeFacto, LeftBehind, Disabled, Poverty, Ordinary };
constexpr std::array kAllPatterns{Pattern::Orphan,   Pattern::DeFacto, Pattern::LeftBehind,
                                  Pattern::Disabled, Pattern::Poverty, Pattern::Ordinary};

QString orNone(bool value, const char* code)
{
    return value ? QString::fromLatin1(code) : QStringLiteral("none");
}

// Facts of a parent who is present and able: known values, so the rules decide instead of
// listing questions for every household.
void setCapable(Person& p)
{
    p.status = QStringLiteral("alive");
    p.disabilityLevel = 0;
    p.seriousIllness = false;
    p.imprisonedMonths = 0;
    p.compulsoryRehabMonths = 0;
    p.detainedMonths = 0;
    p.lostContactMonths = 0;
    p.guardianshipRevoked = false;
    p.deported = false;
    p.migrantWorker = false;
}

class Builder
{
public:
    Builder(storage::Database& db, const QString& userId, const DemoOptions& o)
        : m_db(db), m_store(db, userId, o.placeCode), m_options(o), m_dice(o.seed),
          m_region(o.placeCode.left(6))
    {
        loadExisting();
        // Half the house numbers stay free, so finding an unused one never takes long.
        m_groups = std::max(8, int((m_usedAddresses.size() + o.children) * 2 / 60) + 1);
        for (int i = 0; i < 4; ++i)
            m_clans << m_dice.pick(kSurnames);
    }

    // The children made, in the order they were made: the history visits them in this order, so
    // it does not depend on their random record ids.
    const QStringList& childIds() const { return m_childIds; }

    DemoResult run()
    {
        QList<Pattern> first(kAllPatterns.begin(), kAllPatterns.end());
        m_dice.shuffle(first);
        int remaining = m_options.children;
        for (qsizetype round = 0; remaining > 0; ++round) {
            Pattern pattern = Pattern::Ordinary;
            int reserved = 0; // children kept back so every pattern appears at least once
            if (round < first.size()) {
                pattern = first.at(round);
                reserved = int(first.size() - round - 1);
            } else {
                pattern = kAllPatterns[std::size_t(m_dice.weighted({4, 6, 32, 8, 14, 36}))];
            }
            int count = 1 + m_dice.weighted({50, 38, 12});
            count = std::max(1, std::min(count, remaining - reserved));
            count = std::min(count, remaining);
            addHousehold(pattern, count);
            remaining -= count;
        }
        return m_result;
    }

private:
    void loadExisting()
    {
        for (const char* sql : {"SELECT id_number FROM children WHERE id_number IS NOT NULL",
                                "SELECT id_number FROM persons WHERE id_number IS NOT NULL"}) {
            auto st = m_db.prepare(sql);
            while (st.step())
                m_usedIds.insert(st.text(0).left(17));
        }
        auto st = m_db.prepare("SELECT address FROM households");
        while (st.step())
            m_usedAddresses.insert(st.text(0));
    }

    QString surname()
    {
        if (m_dice.chance(55))
            return m_dice.pick(m_clans);
        return m_dice.pick(kSurnames);
    }

    QString otherSurname(const QString& not_)
    {
        QString s = m_dice.pick(kSurnames);
        while (s == not_)
            s = m_dice.pick(kSurnames);
        return s;
    }

    QDate dayIn(int year)
    {
        const QDate first(year, 1, 1);
        return first.addDays(m_dice.below(first.daysInYear()));
    }

    // Region of this county, the birth date, two sequence digits, an odd digit for a male and an
    // even one for a female, and the check character; never one already in use.
    QString idNumber(const QDate& birth, bool male)
    {
        for (;;) {
            const int sequence = m_dice.below(100);
            const int parity = m_dice.below(5) * 2 + (male ? 1 : 0);
            const QString first17 = m_region + birth.toString(QStringLiteral("yyyyMMdd")) +
                                    QStringLiteral("%1%2").arg(sequence, 2, 10, QLatin1Char('0')).arg(parity);
            if (m_usedIds.contains(first17))
                continue;
            m_usedIds.insert(first17);
            return first17 + IdNumber::checkCharacter(first17);
        }
    }

    QString address()
    {
        for (;;) {
            const int group = m_dice.between(1, m_groups);
            const int number = m_dice.between(1, 60);
            const QString a = m_options.villageName + QStringLiteral("%1组%2号").arg(group).arg(number);
            if (!m_usedAddresses.contains(a)) {
                m_usedAddresses.insert(a);
                return a;
            }
        }
    }

    Person adult(const QString& family, bool male, bool old, int birthYear, const char* relation)
    {
        Person p;
        p.relation = QString::fromLatin1(relation);
        p.sex = male ? QStringLiteral("male") : QStringLiteral("female");
        const QString given = old ? (male ? m_dice.pick(kOldMenNames) : m_dice.pick(kOldWomenNames))
                                  : (male ? m_dice.pick(kMenNames) : m_dice.pick(kWomenNames));
        p.name = family + given;
        p.birthDate = dayIn(birthYear);
        p.idNumber = idNumber(p.birthDate, male);
        return p;
    }

    Child child(const QString& family, int birthYear)
    {
        Child c;
        const bool male = m_dice.chance(52);
        c.sex = male ? QStringLiteral("male") : QStringLiteral("female");
        // A village rarely has two children of the same name; the director would tell them apart.
        for (int attempt = 0; attempt < 20; ++attempt) {
            c.name = family + (male ? m_dice.pick(kBoyNames) : m_dice.pick(kGirlNames));
            if (!m_childNames.contains(c.name))
                break;
        }
        m_childNames.insert(c.name);
        c.birthDate = dayIn(birthYear);
        c.idNumber = idNumber(c.birthDate, male);
        c.hukou = QStringLiteral("local");
        c.disabilityLevel = 0;
        c.seriousIllness = false;
        c.livesAlone = false;
        c.inInstitution = false;
        c.medicalInsurance = m_dice.chance(95);
        c.school = school(m_options.referenceYear - 1 - birthYear);
        return c;
    }

    // `age` is the age reached during the year before the reference year.
    QString school(int age)
    {
        if (age < 3)
            return QStringLiteral("not_school_age");
        if (age < 6)
            return QStringLiteral("preschool");
        if (age < 12)
            return QStringLiteral("primary");
        if (age < 15)
            return QStringLiteral("junior");
        const int kind = m_dice.weighted({70, 20, 10});
        return kind == 0   ? QStringLiteral("senior")
               : kind == 1 ? QStringLiteral("vocational")
                           : QStringLiteral("not_enrolled");
    }

    // Birth years of `count` siblings, oldest first, one to four years apart.
    QList<int> birthYears(int count, int maxYearsBack)
    {
        QList<int> back;
        back << m_dice.between(std::min(count - 1, maxYearsBack), maxYearsBack);
        for (int i = 1; i < count; ++i) {
            const int stillToPlace = count - 1 - i;
            const int room = std::max(1, std::min(4, back.last() - stillToPlace));
            back << std::max(0, back.last() - m_dice.between(1, room));
        }
        QList<int> years;
        for (int b : back)
            years << m_options.referenceYear - 1 - b;
        return years;
    }

    void addHousehold(Pattern pattern, int childCount)
    {
        const QString family = surname();
        // Left-behind is a category for children under 16.
        const QList<int> years = birthYears(childCount, pattern == Pattern::LeftBehind ? 14 : 16);
        const int oldest = years.first();
        const int fatherYear = oldest - m_dice.between(22, 34);
        const int motherYear = oldest - m_dice.between(20, 30);
        const int grandYear = std::min(fatherYear, motherYear) - m_dice.between(20, 28);

        Person father = adult(family, true, false, fatherYear, "father");
        const QString motherFamily = otherSurname(family);
        Person mother = adult(motherFamily, false, false, motherYear, "mother");
        if (pattern != Pattern::Orphan) {
            setCapable(father);
            setCapable(mother);
        }
        QList<Person> members{father, mother};
        int guardianIndex = 1; // mother, unless a grandparent cares for the children

        Household h;
        h.placeCode = m_options.placeCode;
        h.address = address();
        h.assistance = QStringLiteral("none");
        h.povertyMonitored = false;
        h.crisis = QStringLiteral("none");
        h.guardianCapable = true;

        const auto addGrandparent = [&] {
            const bool grandfather = m_dice.chance(40);
            const QString grandFamily = grandfather ? family : otherSurname(family);
            Person g = adult(grandFamily, grandfather, true, grandYear, "grandparent");
            g.status = QStringLiteral("alive");
            g.isGuardian = true;
            members << g;
            guardianIndex = int(members.size() - 1);
        };

        switch (pattern) {
        case Pattern::Orphan: {
            members[0].status = QStringLiteral("deceased");
            members[1].status =
                m_dice.chance(25) ? QStringLiteral("declared_missing") : QStringLiteral("deceased");
            addGrandparent();
            h.guardianCapable = m_dice.chance(85);
            break;
        }
        case Pattern::DeFacto: {
            Person& f = members[0];
            Person& m = members[1];
            if (m_dice.chance(70)) {
                f.imprisonedMonths = 36;
            } else {
                f.disabilityLevel = m_dice.between(1, 2);
                f.disabilityType = QStringLiteral("physical");
            }
            m.lostContactMonths = m_dice.chance(70) ? 12 : m_dice.between(6, 36);
            addGrandparent();
            h.assistance = orNone(m_dice.chance(50), "dibao");
            h.guardianCapable = m_dice.chance(85);
            break;
        }
        case Pattern::LeftBehind: {
            for (Person* p : {&members[0], &members[1]}) {
                p->migrantWorker = true;
                p->isGuardian = true;
                p->monthsSinceContact = m_dice.between(0, 14);
            }
            addGrandparent();
            // The first left-behind family has not signed yet, so the demo always shows the gap.
            h.entrustmentSigned = m_leftBehindSeen++ > 0 && m_dice.chance(60);
            h.povertyMonitored = m_dice.chance(20);
            break;
        }
        case Pattern::Disabled: {
            members[0].isGuardian = true;
            members[1].isGuardian = true;
            const int kind = m_dice.weighted({50, 30, 20});
            h.assistance = kind == 0   ? QStringLiteral("none")
                           : kind == 1 ? QStringLiteral("dibao_edge")
                                       : QStringLiteral("dibao");
            break;
        }
        case Pattern::Poverty: {
            members[0].isGuardian = true;
            members[1].isGuardian = true;
            if (m_dice.chance(50)) {
                members[0].seriousIllness = true;
            } else {
                members[0].disabilityLevel = m_dice.between(3, 4);
                members[0].disabilityType = QStringLiteral("physical");
            }
            h.assistance = m_dice.chance(75) ? QStringLiteral("dibao") : QStringLiteral("tekun");
            h.povertyMonitored = m_dice.chance(60);
            if (m_dice.chance(15))
                h.crisis = QStringLiteral("acute_illness");
            break;
        }
        case Pattern::Ordinary: {
            members[0].isGuardian = true;
            members[1].isGuardian = true;
            // Many fathers work away while the mother stays: not left-behind under 13号.
            members[0].migrantWorker = m_dice.chance(40);
            if (*members[0].migrantWorker)
                members[0].monthsSinceContact = m_dice.between(0, 3);
            break;
        }
        }
        h.contactName = members.at(guardianIndex).name;

        QList<Child> kids;
        for (int year : years)
            kids << child(family, year);
        if (pattern == Pattern::Disabled) {
            Child& c = kids.first();
            c.disabilityLevel = m_dice.between(1, 4);
            c.disabilityType = m_dice.pick(kDisabilityTypes);
            c.seriousIllness = m_dice.chance(15);
        }
        if (pattern == Pattern::Ordinary && m_dice.chance(15)) {
            // A family that moved in from another county: 流动儿童 once here six months.
            const int months = m_dice.between(6, 60);
            for (Child& c : kids) {
                c.hukou = QStringLiteral("other_county");
                c.monthsAtResidence = months;
            }
        }
        save(h, members, guardianIndex, kids);
    }

    void save(Household h, QList<Person> members, int guardianIndex, QList<Child> kids)
    {
        h = m_store.saveHousehold(h);
        for (Person& p : members) {
            p.householdId = h.id;
            p = m_store.savePerson(p);
        }
        for (Child& c : kids) {
            c.householdId = h.id;
            c.fatherId = members.at(0).id;
            c.motherId = members.at(1).id;
            c.guardianId = members.at(guardianIndex).id;
            m_childIds << m_store.saveChild(c).id;
        }
        ++m_result.households;
        m_result.persons += int(members.size());
        m_result.children += int(kids.size());
    }

    storage::Database& m_db;
    RecordStore m_store;
    const DemoOptions& m_options;
    DemoDice m_dice;
    QString m_region;
    QList<QString> m_clans;
    QSet<QString> m_usedIds;
    QSet<QString> m_usedAddresses;
    QSet<QString> m_childNames;
    int m_groups = 8;
    int m_leftBehindSeen = 0;
    QStringList m_childIds;
    DemoResult m_result;
};

bool isVillageCode(const QString& code)
{
    if (code.size() != 12)
        return false;
    for (QChar c : code)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    return true;
}

// Most guardians have given consent by the time a village is on file; a few are still to be
// asked, so the child's file and the worklist show both. Its own dice: the village and its
// history stay what the seed made them before consent was part of the demo.
int recordConsents(storage::Database& db, const QString& userId, const QString& placeCode,
                   const QStringList& childIds, quint32 seed, const QDate& today)
{
    DemoDice dice(seed ^ 0xC0A5E27u);
    RecordStore records(db, userId, placeCode);
    ConsentStore consents(db, userId);
    int recorded = 0;
    for (const QString& childId : childIds) {
        const bool asked = dice.chance(85);
        const int daysAgo = dice.between(20, 400);
        const int how = dice.weighted({70, 20, 10});
        const auto child = records.child(childId);
        const auto guardian = child ? records.person(child->guardianId) : std::nullopt;
        if (!asked || !guardian)
            continue;
        Consent c;
        c.childId = childId;
        c.givenBy = guardian->name;
        c.relation = guardian->relation;
        // Not before the child was born, for a baby of this year.
        c.givenOn = std::min(today, std::max(today.addDays(-daysAgo), child->birthDate.addDays(7)));
        c.method = ConsentStore::methods().at(how);
        if (c.method == QLatin1String("verbal_witnessed"))
            c.witness = QStringLiteral("村委会主任");
        consents.record(c);
        ++recorded;
    }
    return recorded;
}

} // namespace

DemoResult DemoVillage::generate(storage::Database& db, const QString& userId, const DemoOptions& options)
{
    if (options.children < 1 || options.children > kMaxChildren)
        throw Error(Error::Kind::BadInput,
                    tr("The demo village can have 1 to %1 children.").arg(kMaxChildren));
    if (!isVillageCode(options.placeCode))
        throw Error(Error::Kind::BadInput, tr("A demo village needs a 12-digit village code."));
    if (options.villageName.trimmed().isEmpty())
        throw Error(Error::Kind::BadInput, tr("A demo village needs a name."));
    if (!options.today.isValid() || options.today > QDate::currentDate())
        throw Error(Error::Kind::BadInput, tr("The demo's visit history cannot end in the future."));
    storage::Transaction tx(db);
    Builder builder(db, userId, options);
    DemoResult result = builder.run();
    const DemoHistoryCounts history =
        DemoHistory::generate(db, userId, builder.childIds(), options.seed, options.today);
    result.visits = history.visits;
    result.drafts = history.drafts;
    result.referrals = history.referrals;
    result.consents = recordConsents(db, userId, options.placeCode, builder.childIds(), options.seed, options.today);
    audit::AuditLog::append(db, userId, QStringLiteral("demo.generate"), {}, {},
                            QStringLiteral("households=%1 children=%2 visits=%3 drafts=%4 referrals=%5")
                                .arg(result.households)
                                .arg(result.children)
                                .arg(result.visits)
                                .arg(result.drafts)
                                .arg(result.referrals));
    tx.commit();
    return result;
}

} // namespace tonghu::model
