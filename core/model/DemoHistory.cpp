// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/DemoHistory.h"

#include "core/model/DemoDice.h"
#include "core/model/RecordStore.h"
#include "core/model/ReferralStore.h"
#include "core/model/VisitStore.h"
#include "core/rules/Checklist.h"
#include "core/rules/ChildEvaluation.h"
#include "core/rules/FactsInput.h"
#include "core/storage/Database.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>

#include <algorithm>
#include <array>
#include <map>
#include <optional>

namespace tonghu::model {

namespace {

// Made up, like every name of the demo.
constexpr const char* kPoliceStation = "青石岭派出所";
constexpr const char* kCivilAffairs = "县民政局儿童福利股";

// The village's draws and the history's come from one seed; mixing this in keeps the two
// sequences apart, so the history does not echo the village's choices.
constexpr quint32 kHistoryStream = 0x9e3779b9u;

// Even a child whose risk keeps the weekly follow-up going is not visited more often in a year.
constexpr int kMaxVisits = 24;

// What happens to a child during the year beyond the ordinary. The "Now" ones are found at the
// child's latest visit, so the worklist has open risks to show; the earlier ones were dealt with.
enum class Event { None, HarmNow, SelfHarmTalkNow, AloneNow, SelfHarmTalkEarlier, HarmEarlier };

bool isNow(Event e)
{
    return e == Event::HarmNow || e == Event::SelfHarmTalkNow || e == Event::AloneNow;
}

// Where a child's visit schedule stands on the last day: as it falls, or steered late or due
// soon so that every demo has some of both.
enum class Ending { Natural, Overdue, DueSoon };

// How a director follows up a risk: how often she refers it (a medium one, a high or critical
// one) and what the agency's dated notes say as it moves on.
struct FollowUp
{
    const char* finding;
    int percent;
    int urgentPercent;
    const char* accepted;
    const char* resolved;
    const char* closed;
};

constexpr std::array kFollowUps{
    FollowUp{"risk.mandatory_report", 100, 100, "派出所已受理，正在调查", "经调查已依法处置，孩子安全",
             "经调查排除侵害，派出所结案"},
    FollowUp{"risk.unsafe_alone", 100, 100, "乡镇已安排亲属临时照料", "母亲已返乡照料孩子",
             "已由乡镇人民政府接手跟进"},
    FollowUp{"risk.temporary_guardianship", 100, 100, "县民政局已受理，安排临时照料",
             "亲属经村委会确认承担照料，监护落实", "县民政局已落实长期监护安排"},
    FollowUp{"risk.self_harm_talk", 100, 100, "已预约县医院心理门诊", "已就诊，医生随访，情绪平稳",
             "监护人已带孩子到市医院就诊，转介关闭"},
    FollowUp{"risk.mental_health", 25, 80, "学校心理老师已约谈", "情绪好转，继续观察",
             "监护人暂不同意转介，继续走访观察"},
    FollowUp{"risk.dropout", 100, 100, "县教育局已受理，学校已家访", "已返校就读", "已进入职业学校就读"},
    FollowUp{"risk.uninsured", 70, 70, "乡镇医保经办机构已受理", "已办理参保缴费", "家长已自行办理参保"},
    FollowUp{"risk.parent_contact_gap", 0, 50, "村委会已联系外出务工父母", "父母已恢复每月联系",
             "父母承诺每周与孩子通话"},
    FollowUp{"risk.bad_behavior", 30, 30, "学校已约谈家长", "行为明显改善", "家长已接受家庭教育指导"},
    FollowUp{"risk.no_hukou", 100, 100, "派出所户籍室已受理", "已办理户口登记", "已办理户口登记"},
};

const FollowUp* followUpOf(const QString& finding)
{
    for (const FollowUp& f : kFollowUps)
        if (finding == QLatin1String(f.finding))
            return &f;
    return nullptr;
}

int monthsBetween(const QDate& from, const QDate& to)
{
    int months = (to.year() - from.year()) * 12 + to.month() - from.month();
    if (to.day() < from.day())
        --months;
    return std::max(0, months);
}

// Shared by the children of one household, so siblings' visits tell the same story.
struct HouseholdStory
{
    Household record;
    int children = 0;
    QDate movedIn;     // a family from another county: the day it arrived
    QDate capableFrom; // a guardian unable to care: the day care was arranged
    QDate signedFrom;  // migrant parents: the day they signed the entrusted-guardianship agreement
    // The village's first left-behind family without the agreement never signs it, so the demo
    // keeps showing that gap.
    bool keepsGap = false;
};

// A migrant parent: shared by siblings.
struct ContactStory
{
    QDate gapSince;   // the last call before a long silence; invalid: calls every month or so
    QDate callsAgain; // the silence ends, after the director or the village committee called
};

struct Story
{
    Child child;
    HouseholdStory* household = nullptr;
    std::optional<Person> father;
    std::optional<Person> mother;
    std::array<ContactStory*, 2> contact{};
    bool grandparentCares = false;
    bool never = false;
    bool draft = false;
    Event event = Event::None;
    QDate eventDay;
    Ending ending = Ending::Natural;
    QDate targetDue;
    QDate insuredFrom;
    QDate enrolledFrom;
    // The visit after warning signs: the guardian was told and the child is watched.
    bool calm = false;
    QDate lastVisit;
    QHash<QString, QDate> referred; // finding → the day its referral ended (invalid: still open)
};

class Writer
{
public:
    Writer(storage::Database& db, const QString& userId, quint32 seed, const QDate& today)
        : m_rulebook(rules::Rulebook::builtin()), m_checklist(rules::Checklist::builtin()),
          m_evaluator(m_rulebook), m_children(db, m_rulebook, userId),
          m_visits(db, m_rulebook, m_checklist, userId), m_referrals(db, userId), m_records(db, userId, {}),
          m_dice(seed ^ kHistoryStream), m_today(today)
    {
    }

    DemoHistoryCounts run(const QStringList& childIds)
    {
        QList<Story> stories;
        for (const QString& id : childIds)
            stories << load(id);
        plan(stories);
        for (Story& s : stories)
            live(s);
        for (Story& s : stories)
            if (s.draft)
                startDraft(s);
        return m_counts;
    }

private:
    Story load(const QString& childId)
    {
        Story s;
        s.child = m_records.child(childId).value();
        HouseholdStory& h = m_households[s.child.householdId];
        if (h.record.id.isEmpty()) {
            h.record = m_records.household(s.child.householdId).value();
            if (s.child.hukou == QLatin1String("other_county") && s.child.monthsAtResidence)
                h.movedIn = m_today.addMonths(-*s.child.monthsAtResidence).addDays(-m_dice.below(28));
        }
        ++h.children;
        s.household = &h;
        if (!s.child.fatherId.isEmpty())
            s.father = m_records.person(s.child.fatherId);
        if (!s.child.motherId.isEmpty())
            s.mother = m_records.person(s.child.motherId);
        if (!m_gapKept && leftBehind(s) && !h.record.entrustmentSigned.value_or(false)) {
            h.keepsGap = true;
            m_gapKept = true;
        }
        if (const auto g = m_records.person(s.child.guardianId))
            s.grandparentCares = g->relation == QLatin1String("grandparent");
        for (int i = 0; i < 2; ++i) {
            const std::optional<Person>& p = i == 0 ? s.father : s.mother;
            if (!p || !p->migrantWorker.value_or(false))
                continue;
            const bool seen = m_contacts.count(p->id) > 0;
            ContactStory& c = m_contacts[p->id];
            s.contact[std::size_t(i)] = &c;
            // The record's months since the last call are as of today.
            const int months = p->monthsSinceContact.value_or(0);
            if (!seen && months > 2)
                c.gapSince = m_today.addMonths(-months).addDays(-m_dice.below(28));
        }
        return s;
    }

    bool leftBehind(const Story& s) const
    {
        return s.father && s.mother && s.father->migrantWorker.value_or(false) &&
               s.mother->migrantWorker.value_or(false) && s.child.hukou == QLatin1String("local");
    }

    bool eligible(const Story& s, Event e) const
    {
        const int age = rules::ageInYears(s.child.birthDate, m_today);
        switch (e) {
        case Event::None:
            return true;
        case Event::HarmNow:
        case Event::HarmEarlier:
            return age >= 3;
        case Event::SelfHarmTalkNow:
            return age >= 10;
        case Event::SelfHarmTalkEarlier:
            return age >= 11;
        case Event::AloneNow:
            // An only child, so no sibling's visit at home contradicts it.
            return leftBehind(s) && age >= 3 && age < 16 && s.household->children == 1;
        }
        return false;
    }

    // Who is never visited, who meets which event, whose visit is late or due, who has a draft:
    // decided up front over a shuffled order, a few of each per 60 children.
    void plan(QList<Story>& stories)
    {
        const int n = int(stories.size());
        QList<int> order;
        for (int i = 0; i < n; ++i)
            order << i;
        m_dice.shuffle(order);
        const int few = std::max(1, n / 60);
        // New on file: a family that just moved in, a child just registered.
        const int never = n >= 10 ? std::max(1, n * 4 / 100) : 0;
        for (int i = 0; i < never; ++i)
            stories[order[i]].never = true;
        for (Event e : {Event::HarmNow, Event::SelfHarmTalkNow, Event::AloneNow, Event::SelfHarmTalkEarlier,
                        Event::HarmEarlier}) {
            int given = 0;
            for (int i = never; i < n && given < few; ++i) {
                Story& s = stories[order[i]];
                if (s.event == Event::None && eligible(s, e)) {
                    s.event = e;
                    ++given;
                }
            }
        }
        const int endings = std::max(2, n * 6 / 100);
        const int drafts = std::max(2, n * 5 / 100);
        int overdue = 0, dueSoon = 0, drafted = 0;
        for (int i = 0; i < n; ++i) {
            Story& s = stories[order[i]];
            if (s.never) {
                // One first visit is under way.
                if (drafted == 0) {
                    s.draft = true;
                    ++drafted;
                }
                continue;
            }
            if (isNow(s.event))
                continue;
            if (overdue < endings) {
                s.ending = Ending::Overdue;
                ++overdue;
            } else if (dueSoon < endings) {
                s.ending = Ending::DueSoon;
                ++dueSoon;
            } else if (drafted < drafts) {
                s.draft = true;
                ++drafted;
            }
        }
    }

    void live(Story& s)
    {
        if (s.never)
            return;
        QDate first = m_today.addDays(-m_dice.between(300, 364));
        // A newborn is registered some weeks after birth, a family from elsewhere after it arrives.
        const QDate registered = s.child.birthDate.addDays(m_dice.between(20, 60));
        first = std::max(first, registered);
        if (s.household->movedIn.isValid())
            first = std::max(first, s.household->movedIn.addDays(14));
        QDate latest; // the visit that finds an event now is the child's latest
        switch (s.event) {
        case Event::None:
            break;
        case Event::HarmNow:
            // Long enough ago that the police referral's week has passed.
            latest = m_today.addDays(-m_dice.between(9, 20));
            break;
        case Event::SelfHarmTalkNow:
            latest = m_today.addDays(-m_dice.between(1, 5));
            break;
        case Event::AloneNow:
            latest = m_today.addDays(-m_dice.between(2, 6));
            break;
        case Event::SelfHarmTalkEarlier:
        case Event::HarmEarlier:
            s.eventDay = m_today.addDays(-m_dice.between(100, 220));
            break;
        }
        if (latest.isValid()) {
            s.eventDay = latest;
            first = std::min(first, latest);
        }
        if (s.eventDay.isValid())
            s.eventDay = std::max(s.eventDay, first);
        if (s.ending == Ending::Overdue)
            s.targetDue = m_today.addDays(-m_dice.between(3, 30));
        else if (s.ending == Ending::DueSoon)
            s.targetDue = m_today.addDays(m_dice.between(0, 6));
        if (first > m_today)
            return; // on file, not visited yet

        QDate day = first;
        for (int n = 0; n < kMaxVisits && day.isValid(); ++n) {
            const QDate due = visit(s, day);
            day = nextVisit(s, day, due, latest);
        }
    }

    // The day of the visit after one on `day` that falls due on `due`, or none within the year.
    QDate nextVisit(Story& s, const QDate& day, const QDate& due, const QDate& latest)
    {
        if (latest.isValid() && day >= latest)
            return {};
        const int interval = int(day.daysTo(due));
        // A follow-up within a week is kept; an ordinary visit is a few days early or late.
        QDate next = due.addDays(interval <= 7 ? m_dice.between(0, 4) : m_dice.between(-6, 12));
        next = std::max(next, day.addDays(1));
        if (latest.isValid())
            return next >= latest.addDays(-5) ? latest : next;
        const bool eventToCome = s.eventDay.isValid() && day < s.eventDay;
        if (eventToCome && next >= s.eventDay) {
            // An earlier event gets a visit of its own, at least a week after this one.
            s.eventDay = std::max(s.eventDay, day.addDays(7));
            return s.eventDay <= m_today ? s.eventDay : QDate();
        }
        if (s.ending != Ending::Natural && !eventToCome) {
            // With the same interval, a visit on this day falls due on the target.
            const QDate aim = s.targetDue.addDays(-interval);
            if (aim <= next)
                return aim > day.addDays(6) && aim <= m_today ? aim : QDate();
        }
        return next > m_today ? QDate() : next;
    }

    // One home visit, as the director makes it in the form: the record's facts come filled in,
    // she answers what the checklist shows, records the report a finding requires, submits, and
    // refers what needs referring. Returns the day the next visit is due.
    QDate visit(Story& s, const QDate& day)
    {
        const bool eventVisit = s.eventDay.isValid() && day == s.eventDay;
        const Visit draft = m_visits.openDraft(s.child.id, day);
        rules::Facts facts = m_children.recordFacts(s.child.id);
        const QJsonObject seen = observe(s, day, eventVisit);
        QJsonObject answers;
        for (const rules::ChecklistQuestion& q : m_checklist.questions) {
            const QJsonValue value = seen.value(q.fact);
            if (value.isUndefined())
                continue;
            if (!facts.value(q.fact).known() && !m_checklist.visible(q, m_evaluator, facts, day))
                continue;
            answers.insert(q.fact, value);
            facts.insert(q.fact, rules::FactsInput::factValue(*m_rulebook.fact(q.fact), value));
        }
        // Saved in one write rather than answer by answer: the same checks, a fraction of the time
        // for thousands of visits.
        m_visits.setAnswers(draft.id, answers);
        const rules::Evaluation found = m_evaluator.evaluate(facts, day);
        report(found, day, draft.id);
        m_visits.submit(draft.id);
        ++m_counts.visits;
        s.lastVisit = day;
        refer(s, found, day, draft.id);
        afterVisit(s, found, day, seen);
        const auto stored = m_children.latest(s.child.id);
        return stored && stored->nextVisitDue.isValid() ? stored->nextVisitDue : day.addDays(180);
    }

    // What the director finds on `day`: the record as the village made it, with what the year
    // changed (a parent who calls again, insurance taken out, care arranged) and the event.
    QJsonObject observe(const Story& s, const QDate& day, bool eventVisit)
    {
        const Child& c = s.child;
        const Household& h = s.household->record;
        const int age = rules::ageInYears(c.birthDate, day);
        const bool alone = eventVisit && s.event == Event::AloneNow;
        const bool harm = eventVisit && (s.event == Event::HarmNow || s.event == Event::HarmEarlier);
        const bool talk =
            eventVisit && (s.event == Event::SelfHarmTalkNow || s.event == Event::SelfHarmTalkEarlier);
        QJsonObject a;
        a.insert(QStringLiteral("child.birth_date"), c.birthDate.toString(Qt::ISODate));
        a.insert(QStringLiteral("child.sex"), c.sex);
        a.insert(QStringLiteral("child.hukou"), c.hukou);
        if (s.household->movedIn.isValid())
            a.insert(QStringLiteral("child.months_at_residence"), monthsBetween(s.household->movedIn, day));
        a.insert(QStringLiteral("child.school"), schoolOn(s, day));
        a.insert(QStringLiteral("child.disability_level"), c.disabilityLevel.value_or(0));
        if (!c.disabilityType.isEmpty())
            a.insert(QStringLiteral("child.disability_type"), c.disabilityType);
        a.insert(QStringLiteral("child.serious_illness"), c.seriousIllness.value_or(false));
        a.insert(QStringLiteral("child.medical_insurance"),
                 c.medicalInsurance.value_or(false) || (s.insuredFrom.isValid() && day >= s.insuredFrom));
        a.insert(QStringLiteral("child.in_institution"), c.inInstitution.value_or(false));
        // The grandmother in hospital: a child of 8 or more is living alone, a younger one is
        // found at home without an adult.
        a.insert(QStringLiteral("child.lives_alone"), alone && age >= 8);

        for (int i = 0; i < 2; ++i) {
            const std::optional<Person>& p = i == 0 ? s.father : s.mother;
            if (!p || p->status.isEmpty())
                continue;
            const QString prefix = i == 0 ? QStringLiteral("father.") : QStringLiteral("mother.");
            const auto put = [&](const char* fact, const QJsonValue& v) {
                a.insert(prefix + QLatin1String(fact), v);
            };
            put("status", p->status);
            if (p->status != QLatin1String("alive"))
                continue;
            put("migrant_worker", p->migrantWorker.value_or(false));
            if (const ContactStory* contact = s.contact[std::size_t(i)])
                put("months_since_contact", monthsSinceContact(*contact, day));
            put("imprisoned_months", p->imprisonedMonths.value_or(0));
            put("compulsory_rehab_months", p->compulsoryRehabMonths.value_or(0));
            put("detained_months", p->detainedMonths.value_or(0));
            // The record counts the months out of contact until today; a visit earlier counted fewer.
            int lost = p->lostContactMonths.value_or(0);
            if (lost >= 6)
                lost = std::max(6, lost - monthsBetween(day, m_today));
            put("lost_contact_months", lost);
            put("guardianship_revoked", p->guardianshipRevoked.value_or(false));
            put("deported", p->deported.value_or(false));
            put("disability_level", p->disabilityLevel.value_or(0));
            if (!p->disabilityType.isEmpty())
                put("disability_type", p->disabilityType);
            put("serious_illness", p->seriousIllness.value_or(false));
        }

        a.insert(QStringLiteral("household.assistance"), h.assistance);
        a.insert(QStringLiteral("household.poverty_monitored"), h.povertyMonitored.value_or(false));
        a.insert(QStringLiteral("household.crisis"), h.crisis.isEmpty() ? QStringLiteral("none") : h.crisis);
        const QDate& arranged = s.household->capableFrom;
        a.insert(QStringLiteral("household.guardian_capable"),
                 !alone && (h.guardianCapable.value_or(true) || (arranged.isValid() && day >= arranged)));
        // Asked only where a parent works away; a mother at home signs nothing.
        const QDate& signedOn = s.household->signedFrom;
        a.insert(QStringLiteral("household.entrustment_signed"),
                 h.entrustmentSigned.value_or(false) || (signedOn.isValid() && day >= signedOn));

        for (const char* fact :
             {"obs.private_injury", "obs.sexual_assault_suspected", "obs.pregnant", "obs.self_harm",
              "obs.abandoned", "obs.missing_or_trafficked", "obs.begging", "obs.other_serious_danger"})
            a.insert(QLatin1String(fact), false);
        a.insert(QStringLiteral("obs.unattended_under_8"), alone && age < 8);
        a.insert(QStringLiteral("obs.serious_harm_signs"), harm);
        a.insert(QStringLiteral("obs.violence_suspected"), harm);
        a.insert(QStringLiteral("obs.self_harm_talk"), talk);
        const bool badBehaviour = age >= 12 && m_dice.chance(3);
        a.insert(QStringLiteral("obs.bad_behavior"), badBehaviour);
        a.insert(QStringLiteral("obs.mh_signs"),
                 QJsonArray::fromStringList(warningSigns(s, age, talk, harm)));
        return a;
    }

    int monthsSinceContact(const ContactStory& c, const QDate& day)
    {
        if (!c.gapSince.isValid() || day < c.gapSince || (c.callsAgain.isValid() && day >= c.callsAgain))
            return m_dice.below(2);
        return monthsBetween(c.gapSince, day);
    }

    // The stage of a school year that starts in September, the same ages the village used.
    static QString schoolOn(const Story& s, const QDate& day)
    {
        const int startYear = day.month() >= 9 ? day.year() : day.year() - 1;
        const int age = startYear - s.child.birthDate.year();
        if (age < 3)
            return QStringLiteral("not_school_age");
        if (age < 6)
            return QStringLiteral("preschool");
        if (age < 12)
            return QStringLiteral("primary");
        if (age < 15)
            return QStringLiteral("junior");
        const QString& recorded = s.child.school;
        if (recorded == QLatin1String("not_enrolled"))
            return s.enrolledFrom.isValid() && day >= s.enrolledFrom ? QStringLiteral("vocational")
                                                                     : recorded;
        if (recorded == QLatin1String("senior") || recorded == QLatin1String("vocational") ||
            recorded == QLatin1String("higher"))
            return recorded;
        return QStringLiteral("senior");
    }

    QStringList warningSigns(const Story& s, int age, bool talk, bool harm)
    {
        if (age < 3)
            return {};
        if (talk)
            return {QStringLiteral("persistent_sadness"), QStringLiteral("withdrawal"),
                    QStringLiteral("sleep_appetite_change")};
        if (harm)
            return {QStringLiteral("withdrawal"), QStringLiteral("rights_violated")};
        // Children without their parents at home show signs more often.
        int count = 0;
        if (s.calm)
            count = m_dice.weighted({90, 10});
        else if (s.grandparentCares || s.child.disabilityLevel.value_or(0) >= 1)
            count = m_dice.weighted({72, 17, 8, 3});
        else
            count = m_dice.weighted({88, 9, 2, 1});
        if (count == 0)
            return {};
        QList<QString> pool{QStringLiteral("withdrawal"), QStringLiteral("aggression"),
                            QStringLiteral("sleep_appetite_change"), QStringLiteral("persistent_sadness")};
        if (age >= 7)
            pool << QStringLiteral("falling_grades") << QStringLiteral("bullied")
                 << QStringLiteral("truancy");
        if (age >= 10)
            pool << QStringLiteral("academic_pressure");
        const QString& assistance = s.household->record.assistance;
        if (assistance != QLatin1String("none"))
            pool << QStringLiteral("money_trouble");
        if (s.grandparentCares)
            pool << QStringLiteral("family_change");
        m_dice.shuffle(pool);
        const QStringList chosen = pool.mid(0, count);
        // In the vocabulary's order, as the form lists them.
        QStringList signs;
        for (const QString& code : m_rulebook.fact(QStringLiteral("obs.mh_signs"))->values)
            if (chosen.contains(code))
                signs << code;
        return signs;
    }

    void report(const rules::Evaluation& found, const QDate& day, const QString& visitId)
    {
        QStringList met;
        for (const QString& id : VisitStore::kReportingFindings)
            if (const rules::Finding* f = found.find(id); f && f->status == QLatin1String("met"))
                met << id;
        if (met.isEmpty())
            return;
        // Harm and a child left alone go to the police; a guardian unable to care to civil affairs.
        const bool police = !met.contains(QStringLiteral("risk.temporary_guardianship")) || met.size() > 1;
        const int hour = m_dice.between(8, 18);
        const int minute = m_dice.below(60);
        const int serial = m_dice.below(10000);
        MandatoryReport r;
        r.outcome = MandatoryReport::Outcome::Reported;
        r.reportedAt = QDateTime(day, QTime(hour, minute), QTimeZone(8 * 3600));
        r.reportedTo = QString::fromUtf8(police ? kPoliceStation : kCivilAffairs);
        r.reference = QLatin1String(police ? "JJ" : "MZ") + day.toString(QStringLiteral("yyyyMMdd")) +
                      QStringLiteral("%1").arg(serial, 4, 10, QLatin1Char('0'));
        m_visits.recordMandatoryReport(visitId, r);
    }

    void refer(Story& s, const rules::Evaluation& found, const QDate& day, const QString& visitId)
    {
        for (const rules::Finding& f : found.findings) {
            if (f.kind != QLatin1String("risk") || f.status != QLatin1String("met"))
                continue;
            const FollowUp* how = followUpOf(f.id);
            if (!how)
                continue;
            if (const auto it = s.referred.constFind(f.id); it != s.referred.constEnd())
                if (!it->isValid() || *it > day)
                    continue; // its referral is still being followed
            const bool urgent =
                f.severity == QLatin1String("critical") || f.severity == QLatin1String("high");
            if (!m_dice.chance(urgent ? how->urgentPercent : how->percent))
                continue;
            const Referral r = m_referrals.create(m_referrals.draftFromFinding(s.child.id, f, day, visitId));
            ++m_counts.referrals;
            const QDate ended = follow(s, *how, r, day);
            s.referred.insert(f.id, ended);
            if (!ended.isValid())
                continue;
            // What the agency did shows at the next visits.
            if (f.id == QLatin1String("risk.uninsured"))
                s.insuredFrom = ended;
            else if (f.id == QLatin1String("risk.dropout"))
                s.enrolledFrom = ended;
            else if (f.id == QLatin1String("risk.temporary_guardianship") &&
                     !s.household->capableFrom.isValid())
                s.household->capableFrom = ended;
            else if (f.id == QLatin1String("risk.parent_contact_gap"))
                for (ContactStory* c : s.contact)
                    if (c && c->gapSince.isValid() && !c->callsAgain.isValid())
                        c->callsAgain = ended;
        }
    }

    // Moves the referral on as the agency answers: accepted within days, then resolved or closed
    // within weeks, unless that is still to come. Returns the day it ended, or none while open.
    QDate follow(const Story& s, const FollowUp& how, const Referral& r, const QDate& day)
    {
        const QDate accepted = day.addDays(m_dice.between(1, 4));
        QDate ended = day.addDays(m_dice.between(5, 45));
        const int outcome = m_dice.weighted({82, 12, 6}); // resolved, closed, never answered
        if (isNow(s.event) && day == s.eventDay) {
            // Found at the latest visit, so still under way: the police take a case of harm the
            // next day and are still on it when its week is up (the worklist shows it late), the
            // township arranges care for a child left alone, and the hospital has not yet given
            // an appointment to the child who talks of self-harm.
            if (s.event != Event::SelfHarmTalkNow)
                m_referrals.update(r.id, QStringLiteral("accepted"), QString::fromUtf8(how.accepted),
                                   day.addDays(1));
            return {};
        }
        if (outcome == 2 || accepted > m_today)
            return {};
        m_referrals.update(r.id, QStringLiteral("accepted"), QString::fromUtf8(how.accepted), accepted);
        // A household sorts out its guardian once, for all its children.
        if (r.findingId == QLatin1String("risk.temporary_guardianship") && s.household->capableFrom.isValid())
            ended = std::max(s.household->capableFrom, accepted.addDays(1));
        if (ended > m_today)
            return {};
        const bool resolved = outcome == 0;
        m_referrals.update(r.id, resolved ? QStringLiteral("resolved") : QStringLiteral("closed"),
                           QString::fromUtf8(resolved ? how.resolved : how.closed), ended);
        return ended;
    }

    void afterVisit(Story& s, const rules::Evaluation& found, const QDate& day, const QJsonObject& seen)
    {
        s.calm = seen.value(QLatin1String("obs.mh_signs")).toArray().size() >= 2;
        // Guided by the director, most migrant parents sign the agreement within weeks, and the
        // child's monthly visits become quarterly.
        HouseholdStory& h = *s.household;
        if (const rules::Finding* f = found.find(QStringLiteral("risk.entrustment_missing"));
            f && f->status == QLatin1String("met") && !h.signedFrom.isValid() && !h.keepsGap &&
            m_dice.chance(60))
            h.signedFrom = day.addDays(m_dice.between(5, 30));
        // The director rings a parent long out of contact; most call their child again.
        for (int i = 0; i < 2; ++i) {
            ContactStory* c = s.contact[std::size_t(i)];
            if (!c || !c->gapSince.isValid() || c->callsAgain.isValid())
                continue;
            const int months = seen.value(i == 0 ? QLatin1String("father.months_since_contact")
                                                 : QLatin1String("mother.months_since_contact"))
                                   .toInt();
            if (months >= 6 && m_dice.chance(months >= 12 ? 80 : 50))
                c->callsAgain = day.addDays(m_dice.between(3, 20));
        }
        // Without a referral she helps the family enrol at the next insurance drive herself.
        if (!seen.value(QLatin1String("child.medical_insurance")).toBool() && !s.insuredFrom.isValid() &&
            !s.referred.contains(QStringLiteral("risk.uninsured")) && m_dice.chance(50))
            s.insuredFrom = day.addDays(m_dice.between(10, 60));
    }

    // A visit started in the last days and left half done: the form filled in the record's facts
    // and the director got part of the way through the questions.
    void startDraft(Story& s)
    {
        QDate day = m_today.addDays(-m_dice.between(0, 2));
        if (s.lastVisit.isValid() && day <= s.lastVisit)
            day = s.lastVisit.addDays(1);
        if (day > m_today)
            return;
        const Visit draft = m_visits.openDraft(s.child.id, day);
        rules::Facts facts = m_children.recordFacts(s.child.id);
        QJsonObject filledIn;
        for (const rules::ChecklistQuestion& q : m_checklist.questions)
            if (const rules::Value known = facts.value(q.fact); known.known())
                filledIn.insert(q.fact, known.toJson());
        m_visits.setAnswers(draft.id, filledIn);
        const QJsonObject seen = observe(s, day, false);
        const int total = int(m_checklist.questions.size());
        const int stopAt = m_dice.between(total * 35 / 100, total * 75 / 100);
        for (int i = 0; i < stopAt; ++i) {
            const rules::ChecklistQuestion& q = m_checklist.questions.at(i);
            const QJsonValue value = seen.value(q.fact);
            if (facts.value(q.fact).known() || value.isUndefined() ||
                !m_checklist.visible(q, m_evaluator, facts, day))
                continue;
            m_visits.setAnswer(draft.id, q.fact, value);
            facts.insert(q.fact, rules::FactsInput::factValue(*m_rulebook.fact(q.fact), value));
        }
        ++m_counts.drafts;
    }

    const rules::Rulebook& m_rulebook;
    const rules::Checklist& m_checklist;
    const rules::Evaluator m_evaluator;
    rules::ChildEvaluation m_children;
    VisitStore m_visits;
    ReferralStore m_referrals;
    RecordStore m_records;
    DemoDice m_dice;
    QDate m_today;
    // Stories point into these: std::map keeps its elements where they are as it grows.
    std::map<QString, HouseholdStory> m_households;
    std::map<QString, ContactStory> m_contacts;
    bool m_gapKept = false;
    DemoHistoryCounts m_counts;
};

} // namespace

DemoHistoryCounts DemoHistory::generate(storage::Database& db, const QString& userId,
                                        const QStringList& childIds, quint32 seed, const QDate& today)
{
    // Thousands of visits, each with its own savepoints, must not run inside one long savepoint
    // (see storage::Transaction): the caller's transaction holds them when there is one.
    std::optional<storage::Transaction> tx;
    if (!db.inTransaction())
        tx.emplace(db);
    Writer writer(db, userId, seed, today);
    const DemoHistoryCounts counts = writer.run(childIds);
    if (tx)
        tx->commit();
    return counts;
}

} // namespace tonghu::model
