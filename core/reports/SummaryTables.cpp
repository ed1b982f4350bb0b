// SPDX-License-Identifier: GPL-3.0-or-later
// The figures of a Summary as tables: the same ones become the sheets of a workbook and the
// tables of the PDF, so the two never disagree.
#include "core/reports/ReportText.h"
#include "core/reports/Summary.h"

namespace tonghu::reports {

namespace {

// Each word is written out in QT_TRANSLATE_NOOP, where lupdate finds it, beside its Chinese.

class Words
{
public:
    explicit Words(const QString& language) : m_language(language) {}
    QString operator()(const char* english, const char* chinese) const
    {
        return reportText(ReportWords{"tonghu::reports::Summary", english, chinese}, m_language);
    }

private:
    QString m_language;
};

Cell number(int n)
{
    return Cell(double(n));
}
Cell text(const QString& s)
{
    return Cell(s);
}

QString severityText(const QString& code, const Words& say)
{
    if (code == QLatin1String("critical"))
        return say(QT_TRANSLATE_NOOP("tonghu::reports::Summary", "critical"), "紧急");
    if (code == QLatin1String("high"))
        return say(QT_TRANSLATE_NOOP("tonghu::reports::Summary", "high"), "高");
    if (code == QLatin1String("medium"))
        return say(QT_TRANSLATE_NOOP("tonghu::reports::Summary", "medium"), "中");
    if (code == QLatin1String("low"))
        return say(QT_TRANSLATE_NOOP("tonghu::reports::Summary", "low"), "低");
    return code;
}

Table overviewTable(const Summary& s, const Words& say)
{
    Table t;
    t.title = say(QT_TRANSLATE_NOOP("tonghu::reports::Summary", "Overview"), "概况");
    t.columns = {{say(QT_TRANSLATE_NOOP("tonghu::reports::Summary", "Figure"), "项目"), 36},
                 {say(QT_TRANSLATE_NOOP("tonghu::reports::Summary", "Value"), "数值"), 28}};
    const SummaryGroup& all = s.total;
    t.rows = {
        {text(say(QT_TRANSLATE_NOOP("tonghu::reports::Summary", "Place"), "地区")), text(s.placeName)},
        {text(say(QT_TRANSLATE_NOOP("tonghu::reports::Summary", "Place code"), "区划代码")),
         text(s.placeCode)},
        {text(say(QT_TRANSLATE_NOOP("tonghu::reports::Summary", "Month"), "月份")), text(s.month())},
        {text(say(QT_TRANSLATE_NOOP("tonghu::reports::Summary", "Figures as of"), "统计截至")), Cell(s.asOf)},
        {text(say(QT_TRANSLATE_NOOP("tonghu::reports::Summary", "Children on file"), "在册儿童")),
         number(all.children)},
        {text(say(QT_TRANSLATE_NOOP("tonghu::reports::Summary", "Due for a visit"), "应走访")),
         number(all.due)},
        {text(say(QT_TRANSLATE_NOOP("tonghu::reports::Summary", "Due and visited"), "应走访且已走访")),
         number(all.dueVisited)},
        {text(say(QT_TRANSLATE_NOOP("tonghu::reports::Summary", "Visits made"), "已走访次数")),
         number(all.visits)},
        {text(say(QT_TRANSLATE_NOOP("tonghu::reports::Summary", "Risks found"), "发现风险")),
         number(all.risksFound)},
        {text(say(QT_TRANSLATE_NOOP("tonghu::reports::Summary", "Risks resolved"), "已化解风险")),
         number(all.risksResolved)},
        {text(say(QT_TRANSLATE_NOOP("tonghu::reports::Summary", "Referrals made"), "新增转介")),
         number(all.referralsMade)},
        {text(say(QT_TRANSLATE_NOOP("tonghu::reports::Summary", "Benefit applications"), "福利申请")),
         number(all.benefitApplications)},
        {text(say(QT_TRANSLATE_NOOP("tonghu::reports::Summary", "Rulebook"), "规则版本")), text(s.ruleset)},
    };
    return t;
}

Row groupRow(const SummaryGroup& g, const QString& name)
{
    return {text(name),
            number(g.children),
            number(g.due),
            number(g.dueVisited),
            number(g.due - g.dueVisited),
            number(g.visits),
            number(g.risksFound),
            number(g.risksResolved),
            number(g.referralsMade),
            number(g.benefitApplications)};
}

Table groupsTable(const Summary& s, const Words& say)
{
    Table t;
    const bool county = s.level == Summary::Level::County;
    t.title = county ? say(QT_TRANSLATE_NOOP("tonghu::reports::Summary", "By township"), "分乡镇")
                     : say(QT_TRANSLATE_NOOP("tonghu::reports::Summary", "By village"), "分村");
    t.columns = {
        {county ? say(QT_TRANSLATE_NOOP("tonghu::reports::Summary", "Township"), "乡镇")
                : say(QT_TRANSLATE_NOOP("tonghu::reports::Summary", "Village"), "村"),
         18},
        {say(QT_TRANSLATE_NOOP("tonghu::reports::Summary", "Children"), "在册儿童"), 10},
        {say(QT_TRANSLATE_NOOP("tonghu::reports::Summary", "Due"), "应走访"), 10},
        {say(QT_TRANSLATE_NOOP("tonghu::reports::Summary", "Due, visited"), "应访已访"), 10},
        {say(QT_TRANSLATE_NOOP("tonghu::reports::Summary", "Due, not visited"), "应访未访"), 10},
        {say(QT_TRANSLATE_NOOP("tonghu::reports::Summary", "Visits"), "走访次数"), 10},
        {say(QT_TRANSLATE_NOOP("tonghu::reports::Summary", "Risks found"), "发现风险"), 10},
        {say(QT_TRANSLATE_NOOP("tonghu::reports::Summary", "Resolved"), "已化解"), 10},
        {say(QT_TRANSLATE_NOOP("tonghu::reports::Summary", "Referrals"), "新增转介"), 10},
        {say(QT_TRANSLATE_NOOP("tonghu::reports::Summary", "Benefit applications"), "福利申请"), 10}};
    for (const SummaryGroup& g : s.groups)
        t.rows << groupRow(g, g.name);
    t.rows << groupRow(s.total, say(QT_TRANSLATE_NOOP("tonghu::reports::Summary", "Total"), "合计"));
    return t;
}

Table categoriesTable(const Summary& s, const Words& say)
{
    Table t;
    t.title = say(QT_TRANSLATE_NOOP("tonghu::reports::Summary", "Children by category"), "分类别儿童");
    t.columns = {{say(QT_TRANSLATE_NOOP("tonghu::reports::Summary", "Category"), "类别"), 30},
                 {say(QT_TRANSLATE_NOOP("tonghu::reports::Summary", "Children"), "儿童人数"), 12}};
    for (const Tally& c : s.categories)
        t.rows << Row{text(c.label.isEmpty() ? c.code : c.label), number(c.count)};
    t.rows << Row{text(say(QT_TRANSLATE_NOOP("tonghu::reports::Summary", "No category"), "不属于以上类别")),
                  number(s.withoutCategory)};
    return t;
}

Table risksTable(const Summary& s, const Words& say)
{
    Table t;
    t.title =
        say(QT_TRANSLATE_NOOP("tonghu::reports::Summary", "Risks found and resolved"), "风险发现与化解");
    t.columns = {
        {say(QT_TRANSLATE_NOOP("tonghu::reports::Summary", "Risk"), "风险"), 30},
        {say(QT_TRANSLATE_NOOP("tonghu::reports::Summary", "Severity"), "等级"), 8},
        {say(QT_TRANSLATE_NOOP("tonghu::reports::Summary", "Found"), "发现"), 8},
        {say(QT_TRANSLATE_NOOP("tonghu::reports::Summary", "Resolved by a later visit"), "复访已消除"), 12},
        {say(QT_TRANSLATE_NOOP("tonghu::reports::Summary", "Resolved by referral"), "转介已办结"), 12},
        {say(QT_TRANSLATE_NOOP("tonghu::reports::Summary", "Not resolved"), "未化解"), 10}};
    int found = 0, byVisit = 0, byReferral = 0;
    for (const RiskSummary& r : s.risks) {
        t.rows << Row{text(r.title.isEmpty() ? r.id : r.title),
                      text(severityText(r.severity, say)),
                      number(r.found),
                      number(r.resolvedByVisit),
                      number(r.resolvedByReferral),
                      number(r.found - r.resolved())};
        found += r.found;
        byVisit += r.resolvedByVisit;
        byReferral += r.resolvedByReferral;
    }
    t.rows << Row{text(say(QT_TRANSLATE_NOOP("tonghu::reports::Summary", "Total"), "合计")),
                  Cell(),
                  number(found),
                  number(byVisit),
                  number(byReferral),
                  number(found - byVisit - byReferral)};
    return t;
}

Table referralsTable(const Summary& s, const Words& say)
{
    Table t;
    t.title = say(QT_TRANSLATE_NOOP("tonghu::reports::Summary", "Referrals by agency"), "分机构转介");
    t.columns = {{say(QT_TRANSLATE_NOOP("tonghu::reports::Summary", "Agency"), "转介机构"), 30},
                 {say(QT_TRANSLATE_NOOP("tonghu::reports::Summary", "Made in the month"), "本月新增"), 10},
                 {say(QT_TRANSLATE_NOOP("tonghu::reports::Summary", "Open"), "待处理"), 8},
                 {say(QT_TRANSLATE_NOOP("tonghu::reports::Summary", "Accepted"), "已受理"), 8},
                 {say(QT_TRANSLATE_NOOP("tonghu::reports::Summary", "Resolved"), "已解决"), 8},
                 {say(QT_TRANSLATE_NOOP("tonghu::reports::Summary", "Closed"), "已关闭"), 8},
                 {say(QT_TRANSLATE_NOOP("tonghu::reports::Summary", "Overdue"), "已逾期"), 8}};
    AgencySummary sum;
    for (const AgencySummary& a : s.referrals) {
        t.rows << Row{text(a.agency),     number(a.made),   number(a.open),   number(a.accepted),
                      number(a.resolved), number(a.closed), number(a.overdue)};
        sum.made += a.made;
        sum.open += a.open;
        sum.accepted += a.accepted;
        sum.resolved += a.resolved;
        sum.closed += a.closed;
        sum.overdue += a.overdue;
    }
    t.rows << Row{text(say(QT_TRANSLATE_NOOP("tonghu::reports::Summary", "Total"), "合计")),
                  number(sum.made),
                  number(sum.open),
                  number(sum.accepted),
                  number(sum.resolved),
                  number(sum.closed),
                  number(sum.overdue)};
    return t;
}

Table benefitsTable(const Summary& s, const Words& say)
{
    Table t;
    t.title = say(QT_TRANSLATE_NOOP("tonghu::reports::Summary", "Benefits applied for"), "福利申请");
    t.columns = {
        {say(QT_TRANSLATE_NOOP("tonghu::reports::Summary", "Benefit"), "福利项目"), 30},
        {say(QT_TRANSLATE_NOOP("tonghu::reports::Summary", "Eligible children"), "符合条件儿童"), 10},
        {say(QT_TRANSLATE_NOOP("tonghu::reports::Summary", "Applied for in the month"), "本月申请"), 10},
        {say(QT_TRANSLATE_NOOP("tonghu::reports::Summary", "In progress"), "办理中"), 10},
        {say(QT_TRANSLATE_NOOP("tonghu::reports::Summary", "Granted"), "已落实"), 10},
        {say(QT_TRANSLATE_NOOP("tonghu::reports::Summary", "Closed"), "已关闭"), 10}};
    for (const BenefitSummary& b : s.benefits)
        t.rows << Row{text(b.title.isEmpty() ? b.id : b.title),
                      number(b.eligible),
                      number(b.applied),
                      number(b.inProgress),
                      number(b.granted),
                      number(b.closed)};
    return t;
}

} // namespace

QString Summary::title(const QString& language) const
{
    const Words say(language);
    return level == Level::County
               ? say(QT_TRANSLATE_NOOP("tonghu::reports::Summary", "County summary"), "县级月度汇总")
               : say(QT_TRANSLATE_NOOP("tonghu::reports::Summary", "Township summary"), "乡镇月度汇总");
}

QList<Table> Summary::toTables(const QString& language) const
{
    const Words say(language);
    return {overviewTable(*this, say), groupsTable(*this, say),    categoriesTable(*this, say),
            risksTable(*this, say),    referralsTable(*this, say), benefitsTable(*this, say)};
}

} // namespace tonghu::reports
