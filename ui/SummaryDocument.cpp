// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/SummaryDocument.h"

#include "ui/PrintDocuments.h"
#include "ui/SummaryCharts.h"

#include "core/reports/ReportText.h"
#include "core/reports/Summary.h"

#include <QBuffer>
#include <QLocale>

#include <variant>

namespace tonghu::ui {

namespace {

using reports::Summary;

class Words
{
public:
    explicit Words(const QString& language) : m_language(language) {}
    QString operator()(const char* english, const char* chinese) const
    {
        return reports::reportText(reports::ReportWords{"tonghu::ui::SummaryDocument", english, chinese},
                                   m_language);
    }

private:
    QString m_language;
};

// Each word is written out in QT_TRANSLATE_NOOP, where lupdate finds it, beside its Chinese.

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QString cellText(const reports::Cell& cell)
{
    if (const auto* s = std::get_if<QString>(&cell))
        return *s;
    if (const auto* d = std::get_if<double>(&cell))
        return QLocale::c().toString(*d, 'f', 0);
    if (const auto* d = std::get_if<QDate>(&cell))
        return d->toString(Qt::ISODate);
    return QString();
}

QString tableHtml(const reports::Table& t)
{
    QString html =
        QStringLiteral("<h2>%1</h2><table class=\"facts\" width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" "
                       "border=\"1\"><thead><tr>")
            .arg(esc(t.title));
    for (qsizetype i = 0; i < t.columns.size(); ++i)
        html +=
            QStringLiteral("<th%1>%2</th>")
                .arg(i == 0 ? QString() : QStringLiteral(" align=\"right\""), esc(t.columns.at(i).header));
    html += QStringLiteral("</tr></thead>");
    for (qsizetype r = 0; r < t.rows.size(); ++r) {
        const reports::Row& row = t.rows.at(r);
        html += QStringLiteral("<tr>");
        for (qsizetype i = 0; i < row.size(); ++i) {
            const bool figure = std::holds_alternative<double>(row.at(i));
            html +=
                QStringLiteral("<td%1>%2</td>")
                    .arg(figure ? QStringLiteral(" align=\"right\"") : QString(), esc(cellText(row.at(i))));
        }
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QString imageHtml(const QImage& image)
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    // About 170 mm wide on the page: QTextDocument takes the width in screen pixels and scales it
    // to the PDF's resolution, while the image's own pixels keep it sharp at 300 dpi.
    return QStringLiteral("<p><img src=\"data:image/png;base64,%1\" width=\"640\"/></p>")
        .arg(QString::fromLatin1(png.toBase64()));
}

const QColor kDone(0x2c, 0xa0, 0x2c);
const QColor kNotDone(0xe6, 0x51, 0x00);

QColor referralColor(const char* code)
{
    const QLatin1String c(code);
    if (c == QLatin1String("open"))
        return QColor(0xd6, 0x27, 0x28);
    if (c == QLatin1String("accepted"))
        return QColor(0x1f, 0x77, 0xb4);
    if (c == QLatin1String("resolved"))
        return kDone;
    return QColor(0x9e, 0x9e, 0x9e);
}

QImage visitsChart(const Summary& s, const Words& say)
{
    BarChart c;
    c.title = s.level == Summary::Level::County
                  ? say(QT_TRANSLATE_NOOP("tonghu::ui::SummaryDocument", "Visits due and done, by township"),
                        "分乡镇应走访与已走访")
                  : say(QT_TRANSLATE_NOOP("tonghu::ui::SummaryDocument", "Visits due and done, by village"),
                        "分村应走访与已走访");
    c.parts = {
        {say(QT_TRANSLATE_NOOP("tonghu::ui::SummaryDocument", "Due, visited"), "应访已访"), kDone},
        {say(QT_TRANSLATE_NOOP("tonghu::ui::SummaryDocument", "Due, not visited"), "应访未访"), kNotDone}};
    for (const reports::SummaryGroup& g : s.groups)
        c.bars << ChartBar{g.name,
                           {g.dueVisited, g.due - g.dueVisited},
                           QStringLiteral("%1 / %2").arg(g.dueVisited).arg(g.due)};
    return drawBarChart(c);
}

QImage categoriesChart(const Summary& s, const Words& say)
{
    BarChart c;
    c.title = say(QT_TRANSLATE_NOOP("tonghu::ui::SummaryDocument", "Children by category"), "分类别儿童");
    c.parts = {{QString(), QColor(0x1f, 0x77, 0xb4)}};
    for (const reports::Tally& t : s.categories)
        c.bars << ChartBar{t.label.isEmpty() ? t.code : t.label, {t.count}, {}};
    return drawBarChart(c);
}

QImage risksChart(const Summary& s, const Words& say)
{
    BarChart c;
    c.title = say(QT_TRANSLATE_NOOP("tonghu::ui::SummaryDocument", "Risks found and resolved, by severity"),
                  "分等级风险发现与化解");
    c.parts = {{say(QT_TRANSLATE_NOOP("tonghu::ui::SummaryDocument", "Resolved"), "已化解"), kDone},
               {say(QT_TRANSLATE_NOOP("tonghu::ui::SummaryDocument", "Not resolved"), "未化解"), kNotDone}};
    const QStringList labels{say(QT_TRANSLATE_NOOP("tonghu::ui::SummaryDocument", "critical"), "紧急"),
                             say(QT_TRANSLATE_NOOP("tonghu::ui::SummaryDocument", "high"), "高"),
                             say(QT_TRANSLATE_NOOP("tonghu::ui::SummaryDocument", "medium"), "中"),
                             say(QT_TRANSLATE_NOOP("tonghu::ui::SummaryDocument", "low"), "低")};
    const QList<reports::RiskSummary> bySeverity = s.risksBySeverity();
    for (qsizetype i = 0; i < bySeverity.size(); ++i) {
        const reports::RiskSummary& r = bySeverity.at(i);
        c.bars << ChartBar{labels.value(i, r.severity),
                           {r.resolved(), r.found - r.resolved()},
                           QStringLiteral("%1 / %2").arg(r.resolved()).arg(r.found)};
    }
    return drawBarChart(c);
}

QImage referralsChart(const Summary& s, const Words& say)
{
    BarChart c;
    c.title = say(QT_TRANSLATE_NOOP("tonghu::ui::SummaryDocument", "Referrals by agency, as the month ended"),
                  "分机构转介（月末状态）");
    c.parts = {
        {say(QT_TRANSLATE_NOOP("tonghu::ui::SummaryDocument", "Open"), "待处理"), referralColor("open")},
        {say(QT_TRANSLATE_NOOP("tonghu::ui::SummaryDocument", "Accepted"), "已受理"),
         referralColor("accepted")},
        {say(QT_TRANSLATE_NOOP("tonghu::ui::SummaryDocument", "Resolved"), "已解决"),
         referralColor("resolved")},
        {say(QT_TRANSLATE_NOOP("tonghu::ui::SummaryDocument", "Closed"), "已关闭"), referralColor("closed")}};
    for (const reports::AgencySummary& a : s.referrals)
        c.bars << ChartBar{a.agency, {a.open, a.accepted, a.resolved, a.closed}, {}};
    return drawBarChart(c);
}

// What each figure counts, under the tables: a reader of the paper cannot ask the program.
QString definitionsHtml(const Words& say)
{
    const QStringList lines{
        say(QT_TRANSLATE_NOOP("tonghu::ui::SummaryDocument",
                              "Children on file: active at the month's end (or left after it), entered or "
                              "visited by then."),
            "在册儿童：月末仍在册（或月末之后才离开），且当时已录入或已走访的儿童。"),
        say(QT_TRANSLATE_NOOP(
                "tonghu::ui::SummaryDocument",
                "Due: children whose next visit by the rulebook's schedule, as set by their last visit "
                "before the month, "
                "fell on or before the month's last day, and children never visited before the month."),
            "应走访：按规则的走访周期，以本月之前最近一次走访推算的下次走访日期不晚于本月最后一天的儿童，以及"
            "本月之前从未走访的儿童。"),
        say(QT_TRANSLATE_NOOP(
                "tonghu::ui::SummaryDocument",
                "Visits: submitted home visits dated in the month; a corrected visit counts once."),
            "走访次数：本月日期的已提交入户走访；更正过的走访只计一次。"),
        say(QT_TRANSLATE_NOOP("tonghu::ui::SummaryDocument",
                              "Risks found: risks met at the month's visits, once per child and risk. "
                              "Resolved: the child's later visit "
                              "in the month no longer reports it, or the referral made for it was resolved "
                              "or closed by the month's end."),
            "发现风险：本月走访中成立的风险，每名儿童每项风险计一次。已化解：本月其后的走访不再出现该风险，或"
            "为其所作的转介在月末前已解决或关闭。"),
        say(QT_TRANSLATE_NOOP("tonghu::ui::SummaryDocument",
                              "Referrals: made in the month, and the state at the month's end of every "
                              "referral open during it."),
            "转介：本月新增的转介，以及本月内处于办理中的转介在月末的状态。"),
        say(QT_TRANSLATE_NOOP("tonghu::ui::SummaryDocument",
                              "Benefit applications: referrals made for a benefit the rules found (its "
                              "finding), to whoever decides it."),
            "福利申请：针对规则认定的福利项目所作的转介（报送审批部门）。"),
    };
    QString html =
        QStringLiteral("<h2>%1</h2>")
            .arg(esc(
                say(QT_TRANSLATE_NOOP("tonghu::ui::SummaryDocument", "What the figures count"), "统计口径")));
    for (const QString& line : lines)
        html += QStringLiteral("<p class=\"note\">%1</p>").arg(esc(line));
    return html;
}

} // namespace

QString summaryHtml(const Summary& s, const QString& language)
{
    const QString lang = reports::reportLanguage(language);
    const Words say(lang);
    const QList<reports::Table> tables = s.toTables(lang);
    QString html = QStringLiteral("<html><head><meta charset=\"utf-8\"><style>"
                                  "body { font-size: 9pt; }"
                                  "h1 { font-size: 16pt; text-align: center; margin-bottom: 2pt; }"
                                  "h2 { font-size: 12pt; margin-top: 12pt; margin-bottom: 4pt; }"
                                  "p.sub { text-align: center; color: #444; margin-top: 0; }"
                                  "table.facts { border-color: #888; border-style: solid; }"
                                  "th { background-color: #e6e6e6; }"
                                  "p.note { color: #444; font-size: 8pt; }"
                                  "</style></head><body lang=\"%1\">")
                       .arg(lang == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("zh-CN"));
    html += QStringLiteral("<h1>%1</h1>").arg(esc(s.title(lang)));
    html +=
        QStringLiteral("<p class=\"sub\">%1</p>")
            .arg(esc(say(QT_TRANSLATE_NOOP("tonghu::ui::SummaryDocument", "%1 (%2), %3; figures as of %4"),
                         "%1（%2） %3 统计截至 %4")
                         .arg(s.placeName, s.placeCode, s.month(), s.asOf.toString(Qt::ISODate))));
    // The order of Summary::toTables: overview, per place, categories, risks, referrals, benefits.
    for (qsizetype i = 0; i < tables.size(); ++i) {
        html += tableHtml(tables.at(i));
        if (i == 1)
            html += imageHtml(visitsChart(s, say));
        else if (i == 2)
            html += imageHtml(categoriesChart(s, say));
        else if (i == 3)
            html += imageHtml(risksChart(s, say));
        else if (i == 4)
            html += imageHtml(referralsChart(s, say));
    }
    html += definitionsHtml(say);
    return html + QStringLiteral("</body></html>");
}

bool writeSummaryPdf(const Summary& summary, const QString& language, const QString& path, QString* error)
{
    return writePdf(summaryHtml(summary, language), path, error);
}

} // namespace tonghu::ui
