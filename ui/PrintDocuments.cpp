// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/PrintDocuments.h"

#include "ui/FindingLabels.h"

#include "core/model/Masking.h"
#include "core/model/RecordStore.h"
#include "core/model/VisitStore.h"
#include "core/model/Vocabulary.h"
#include "core/rules/Checklist.h"
#include "core/rules/ChildEvaluation.h"
#include "core/rules/CountyRulebook.h"
#include "core/rules/FactsInput.h"
#include "core/rules/Rulebook.h"
#include "core/util/Language.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDir>
#include <QFont>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QMessageBox>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>
#include <QSaveFile>
#include <QTextDocument>
#include <QWidget>


namespace tonghu::ui {

namespace {

// The translation context of every printed heading and label.
class PrintText final
{
    Q_DECLARE_TR_FUNCTIONS(tonghu::ui::PrintDocuments)
};

QString esc(const QString& text) { return text.toHtmlEscaped(); }

QString documentLanguage(const PrintOptions& o)
{
    const QString lang = o.language.isEmpty() ? currentLanguage() : o.language;
    return lang.startsWith(QLatin1String("en")) ? QStringLiteral("en") : QStringLiteral("zh");
}

QString dateText(const QDate& d) { return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("—"); }

QString orDash(const QString& s) { return s.trimmed().isEmpty() ? QStringLiteral("—") : s; }

QString idText(const QString& number, const PrintOptions& o)
{
    if (number.trimmed().isEmpty())
        return QStringLiteral("—");
    return o.showIdNumbers ? number.trimmed() : model::Masking::masked(model::SensitiveKind::IdNumber, number);
}

QString noteText(const QString& note, const PrintOptions& o)
{
    return o.showSensitiveNotes ? note : model::Masking::masked(model::SensitiveKind::Note, note);
}

// A two-column table of label → value rows; values are escaped here, labels are our own text.
class FactTable
{
public:
    explicit FactTable(int labelPercent = 30) : m_labelPercent(labelPercent) {}
    void add(const QString& label, const QString& value)
    {
        m_rows += QStringLiteral("<tr><td class=\"k\" width=\"%1%\">%2</td><td>%3</td></tr>")
                      .arg(QString::number(m_labelPercent), esc(label), esc(orDash(value)));
    }
    QString html() const
    {
        return QStringLiteral("<table class=\"facts\" width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" "
                              "border=\"1\">%1</table>")
            .arg(m_rows);
    }

private:
    int m_labelPercent;
    QString m_rows;
};

QString heading(const QString& text) { return QStringLiteral("<h2>%1</h2>").arg(esc(text)); }

QString pageStart(const QString& title, const PrintOptions& o, const QString& language)
{
    QString html = QStringLiteral("<html><head><meta charset=\"utf-8\"><style>"
                                  "body { font-size: 10pt; }"
                                  "h1 { font-size: 16pt; text-align: center; margin-bottom: 2pt; }"
                                  "h2 { font-size: 12pt; margin-top: 12pt; margin-bottom: 4pt; }"
                                  "p.sub { text-align: center; color: #444; margin-top: 0; }"
                                  "table.facts { border-color: #888; border-style: solid; }"
                                  "td.k { color: #333; background-color: #f2f2f2; }"
                                  "th { background-color: #e6e6e6; text-align: left; }"
                                  "p.note { color: #444; }"
                                  "</style></head><body lang=\"%1\">")
                       .arg(language == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("zh-CN"));
    html += QStringLiteral("<h1>%1</h1>").arg(esc(title));
    if (!o.placeName.trimmed().isEmpty())
        html += QStringLiteral("<p class=\"sub\">%1</p>").arg(esc(o.placeName));
    return html;
}

// Paper forms in the village are signed by hand: the Chinese wording is printed always because the
// guardian reads Chinese; an English document adds the English label in front of it.
QString signatureBlock(const PrintOptions& o, const QString& language)
{
    const bool en = language == QLatin1String("en");
    const QString director = en ? PrintText::tr("Child director's signature") + QStringLiteral(" / 儿童主任签字：")
                                : QStringLiteral("儿童主任签字：");
    const QString guardian = en ? PrintText::tr("Guardian's signature") + QStringLiteral(" / 监护人签字：")
                                : QStringLiteral("监护人签字：");
    const QString date = en ? PrintText::tr("Date") + QStringLiteral(" / 日期：") : QStringLiteral("日期：");
    const QString line = QStringLiteral("________________");
    const QString shortLine = QStringLiteral("__________");
    QString html = QStringLiteral("<br/><table width=\"100%\" cellspacing=\"0\" cellpadding=\"10\" border=\"0\">");
    QString directorCell = esc(director) + line;
    if (!o.directorName.trimmed().isEmpty())
        directorCell += QStringLiteral("（%1）").arg(esc(o.directorName));
    html += QStringLiteral("<tr><td>%1</td><td>%2%3</td></tr>").arg(directorCell, esc(date), shortLine);
    html += QStringLiteral("<tr><td>%1%2</td><td>%3%4</td></tr>").arg(esc(guardian), line, esc(date), shortLine);
    html += QStringLiteral("</table>");
    return html;
}

QString pageEnd() { return QStringLiteral("</body></html>"); }

QString sexLabel(const QString& code) { return code.isEmpty() ? QString() : model::Vocabulary::label(model::Vocabulary::sexes(), code); }

QString personLine(const model::Person& p)
{
    return p.name + QStringLiteral(" (") + model::Vocabulary::label(model::Vocabulary::relations(), p.relation) +
           QLatin1Char(')');
}

QStringList strings(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& item : v.toArray())
        out << item.toString();
    return out;
}

// Findings in the JSON form of Evaluation::toJson (stored or freshly computed): risks first, since
// they are what needs action, then categories and support.
QString findingsHtml(const QJsonArray& findings)
{
    if (findings.isEmpty())
        return QStringLiteral("<p class=\"note\">%1</p>").arg(esc(PrintText::tr("No findings.")));
    QList<QJsonObject> ordered;
    for (const QString& kind : {QStringLiteral("risk"), QStringLiteral("category"), QStringLiteral("eligibility")})
        for (const QJsonValue& f : findings)
            if (f.toObject().value(QStringLiteral("kind")).toString() == kind)
                ordered << f.toObject();
    for (const QJsonValue& f : findings) {
        const QString kind = f.toObject().value(QStringLiteral("kind")).toString();
        if (kind != QLatin1String("risk") && kind != QLatin1String("category") && kind != QLatin1String("eligibility"))
            ordered << f.toObject();
    }
    QString html = QStringLiteral("<table class=\"facts\" width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" border=\"1\">"
                                  "<thead><tr><th width=\"12%\">%1</th><th>%2</th><th width=\"18%\">%3</th><th width=\"12%\">%4</th>"
                                  "<th width=\"30%\">%5</th></tr></thead>")
                       .arg(esc(PrintText::tr("Kind")), esc(PrintText::tr("Finding")), esc(PrintText::tr("Status")), esc(PrintText::tr("Severity")),
                            esc(PrintText::tr("Documents to gather")));
    for (const QJsonObject& f : ordered) {
        const QString kind = f.value(QStringLiteral("kind")).toString();
        QStringList docs;
        for (const QString& d : strings(f.value(QStringLiteral("documents"))))
            docs << esc(d);
        const QString severity = kind == QLatin1String("risk")
                                     ? FindingLabels::severity(f.value(QStringLiteral("severity")).toString())
                                     : QString();
        QString title = esc(f.value(QStringLiteral("title")).toString());
        const QString action = f.value(QStringLiteral("action")).toString();
        if (!action.isEmpty())
            title += QStringLiteral("<br/><small>%1</small>").arg(esc(action));
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                    .arg(esc(FindingLabels::kind(kind)), title, esc(FindingLabels::findingStatus(f.value(QStringLiteral("status")).toString())),
                         esc(orDash(severity)), docs.isEmpty() ? QStringLiteral("—") : docs.join(QStringLiteral("<br/>")));
    }
    html += QStringLiteral("</table>");
    return html;
}

// Basic facts of the child shared by both documents.
void addChildFacts(FactTable& t, model::RecordStore& records, const model::Child& c, const PrintOptions& o)
{
    t.add(PrintText::tr("Name"), c.name);
    t.add(PrintText::tr("Sex"), sexLabel(c.sex));
    t.add(PrintText::tr("Date of birth"), dateText(c.birthDate));
    t.add(PrintText::tr("ID number"), idText(c.idNumber, o));
    if (const auto h = records.household(c.householdId))
        t.add(PrintText::tr("Household address"), h->address);
    QString guardian;
    if (!c.guardianId.isEmpty())
        if (const auto g = records.person(c.guardianId))
            guardian = personLine(*g);
    if (guardian.isEmpty())
        // Older records mark the guardian on the member rather than on the child.
        for (const model::Person& p : records.persons(c.householdId))
            if (p.isGuardian) {
                guardian = personLine(p);
                break;
            }
    t.add(PrintText::tr("Guardian"), guardian);
}

QString visitStatusText(const model::Visit& v)
{
    QString s = v.status == QLatin1String("submitted") ? PrintText::tr("Submitted") : PrintText::tr("Draft, not submitted");
    if (v.version > 1 || !v.supersedesId.isEmpty())
        s += QStringLiteral(", ") + PrintText::tr("version %1 (a correction)").arg(v.version);
    return s;
}

// The evaluation for a visit: the one stored at its submission when it is the child's latest and
// in the document's language; otherwise recomputed from the record overlaid with its answers, as the
// visit form does, so a draft or an English printout still shows findings.
QJsonArray visitFindings(storage::Database& db, const model::Visit& v, const QString& language)
{
    const rules::Rulebook& rulebook = rules::CountyRulebook::current(db);
    rules::ChildEvaluation children(db, rulebook);
    if (language == QLatin1String("zh"))
        if (const auto stored = children.latest(v.childId); stored && stored->visitId == v.id)
            return stored->result.value(QStringLiteral("findings")).toArray();
    rules::Facts facts = children.recordFacts(v.childId);
    const QDate last = children.lastVisitDate(v.childId);
    if (last.isValid())
        facts.insert(QStringLiteral("visit.last_date"), rules::Value::date(last));
    for (auto it = v.answers.begin(); it != v.answers.end(); ++it)
        if (const rules::FactSpec* spec = rulebook.fact(it.key()))
            facts.insert(it.key(), rules::FactsInput::factValue(*spec, it.value()));
    const rules::Evaluation ev = rules::Evaluator(rulebook).evaluate(facts, v.visitDate, language);
    return ev.toJson().value(QStringLiteral("findings")).toArray();
}

} // namespace

QString visitRecordHtml(storage::Database& db, const QString& visitId, const PrintOptions& options)
{
    const QString language = documentLanguage(options);
    model::VisitStore visits(db, rules::CountyRulebook::current(db), rules::Checklist::builtin(), QString());
    const auto visit = visits.visit(visitId);
    if (!visit)
        return {};
    // Read-only use: the user and place only matter to writes.
    model::RecordStore records(db, QString(), QString());
    const auto child = records.child(visit->childId);
    if (!child)
        return {};

    QString html = pageStart(PrintText::tr("Home visit record"), options, language);

    FactTable facts;
    addChildFacts(facts, records, *child, options);
    facts.add(PrintText::tr("Visit date"), dateText(visit->visitDate));
    facts.add(PrintText::tr("Status"), visitStatusText(*visit));
    if (!visit->correctionReason.isEmpty())
        facts.add(PrintText::tr("Reason for correction"), visit->correctionReason);
    if (visit->submittedAt.isValid())
        facts.add(PrintText::tr("Submitted at"), QLocale::c().toString(visit->submittedAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm")));
    html += heading(PrintText::tr("Child")) + facts.html();

    const rules::Checklist& checklist = rules::Checklist::builtin();
    for (const rules::ChecklistSection& section : checklist.sections) {
        FactTable answers(50);
        int count = 0;
        for (const rules::ChecklistQuestion& q : checklist.questions) {
            if (q.section != section.id || !visit->answers.contains(q.fact))
                continue;
            answers.add(q.localized(QStringLiteral("label"), language),
                        FindingLabels::answer(q, visit->answers.value(q.fact), language));
            ++count;
        }
        if (count > 0)
            html += heading(section.title(language)) + answers.html();
    }

    html += heading(PrintText::tr("Findings")) + findingsHtml(visitFindings(db, *visit, language));

    if (const auto report = visits.mandatoryReport(visitId)) {
        FactTable r;
        if (report->outcome == model::MandatoryReport::Outcome::Reported) {
            r.add(PrintText::tr("Outcome"), PrintText::tr("Reported"));
            r.add(PrintText::tr("Reported at"), QLocale::c().toString(report->reportedAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm")));
            r.add(PrintText::tr("Reported to"), report->reportedTo);
            r.add(PrintText::tr("Reference number"), noteText(report->reference, options));
        } else {
            r.add(PrintText::tr("Outcome"), PrintText::tr("Could not be reported"));
            r.add(PrintText::tr("Reason"), noteText(report->reason, options));
        }
        html += heading(PrintText::tr("Mandatory report")) + r.html();
    }

    html += signatureBlock(options, language) + pageEnd();
    return html;
}

QString childFileHtml(storage::Database& db, const QString& childId, const PrintOptions& options)
{
    const QString language = documentLanguage(options);
    model::RecordStore records(db, QString(), QString());
    const auto child = records.child(childId);
    if (!child)
        return {};
    const rules::Rulebook& rulebook = rules::CountyRulebook::current(db);
    // Current findings as of today, in the document's language (stored ones are Chinese only).
    const QJsonArray findings = rules::ChildEvaluation(db, rulebook)
                                    .evaluate(childId, QDate::currentDate(), language)
                                    .toJson()
                                    .value(QStringLiteral("findings"))
                                    .toArray();

    QString html = pageStart(PrintText::tr("Child file"), options, language);

    FactTable facts;
    addChildFacts(facts, records, *child, options);
    facts.add(PrintText::tr("Household registration"), child->hukou.isEmpty()
                                                 ? QString()
                                                 : model::Vocabulary::label(model::Vocabulary::hukou(), child->hukou));
    facts.add(PrintText::tr("School"), child->school.isEmpty() ? QString()
                                                    : model::Vocabulary::label(model::Vocabulary::schools(), child->school));
    if (child->disabilityLevel && *child->disabilityLevel > 0)
        facts.add(PrintText::tr("Disability"), PrintText::tr("level %1").arg(*child->disabilityLevel) + QLatin1Char(' ') +
                                        model::Vocabulary::label(model::Vocabulary::disabilityTypes(),
                                                                 child->disabilityType));
    QStringList categories;
    for (const QJsonValue& f : findings)
        if (f.toObject().value(QStringLiteral("kind")).toString() == QLatin1String("category") &&
            f.toObject().value(QStringLiteral("status")).toString() == QLatin1String("met"))
            categories << f.toObject().value(QStringLiteral("title")).toString();
    facts.add(PrintText::tr("Categories"), categories.join(QStringLiteral("、")));
    facts.add(PrintText::tr("Status"), child->status == QLatin1String("left") ? PrintText::tr("Left the village") : PrintText::tr("Active"));
    if (!child->notes.isEmpty())
        facts.add(PrintText::tr("Notes"), noteText(child->notes, options));
    html += heading(PrintText::tr("Child")) + facts.html();

    if (const auto h = records.household(child->householdId)) {
        FactTable ht;
        ht.add(PrintText::tr("Address"), h->address);
        ht.add(PrintText::tr("Contact"), (h->contactName + QLatin1Char(' ') + h->contactPhone).trimmed());
        ht.add(PrintText::tr("Assistance"), model::Vocabulary::label(model::Vocabulary::assistance(), h->assistance));
        html += heading(PrintText::tr("Household")) + ht.html();

        const QList<model::Person> members = records.persons(h->id);
        if (!members.isEmpty()) {
            html += QStringLiteral("<h2>%1</h2><table class=\"facts\" width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" "
                                   "border=\"1\"><thead><tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th><th>%7</th></tr></thead>")
                        .arg(esc(PrintText::tr("Household members")), esc(PrintText::tr("Name")), esc(PrintText::tr("Relation")), esc(PrintText::tr("Sex")),
                             esc(PrintText::tr("Date of birth")), esc(PrintText::tr("ID number")), esc(PrintText::tr("Status")));
            for (const model::Person& p : members) {
                QString relation = model::Vocabulary::label(model::Vocabulary::relations(), p.relation);
                if (p.isGuardian || p.id == child->guardianId)
                    relation += QStringLiteral(", ") + PrintText::tr("guardian");
                const QString status =
                    p.status.isEmpty() ? QString() : model::Vocabulary::label(model::Vocabulary::parentStatuses(), p.status);
                html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td></tr>")
                            .arg(esc(p.name), esc(relation), esc(orDash(sexLabel(p.sex))), esc(dateText(p.birthDate)),
                                 esc(idText(p.idNumber, options)), esc(orDash(status)));
            }
            html += QStringLiteral("</table>");
        }
    }

    html += heading(PrintText::tr("Current findings")) + findingsHtml(findings);

    model::VisitStore visits(db, rulebook, rules::Checklist::builtin(), QString());
    const QList<model::Visit> history = visits.visitsOf(childId);
    html += heading(PrintText::tr("Visit history"));
    if (history.isEmpty()) {
        html += QStringLiteral("<p class=\"note\">%1</p>").arg(esc(PrintText::tr("No visits yet.")));
    } else {
        html += QStringLiteral("<table class=\"facts\" width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" border=\"1\">"
                               "<thead><tr><th width=\"20%\">%1</th><th width=\"30%\">%2</th><th width=\"10%\">%3</th><th>%4</th></tr></thead>")
                    .arg(esc(PrintText::tr("Visit date")), esc(PrintText::tr("Status")), esc(PrintText::tr("Version")), esc(PrintText::tr("Reason for correction")));
        for (const model::Visit& v : history)
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                        .arg(esc(dateText(v.visitDate)),
                             esc(v.status == QLatin1String("submitted") ? PrintText::tr("Submitted") : PrintText::tr("Draft")),
                             QString::number(v.version), esc(orDash(v.correctionReason)));
        html += QStringLiteral("</table>");
    }

    html += signatureBlock(options, language) + pageEnd();
    return html;
}

namespace {

// Noto is what packaging installs; the others keep Chinese readable on machines set up otherwise.
QFont documentFont()
{
    QFont font(QStringLiteral("Noto Sans CJK SC"));
    font.setFamilies({QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Noto Serif CJK SC"),
                      QStringLiteral("Source Han Sans SC"), QStringLiteral("WenQuanYi Micro Hei"),
                      QStringLiteral("Microsoft YaHei"), QStringLiteral("SimSun")});
    font.setPointSizeF(10);
    return font;
}

// Lays the document out on the device's pages and paints them with "page n of m" below each; done
// by hand because QTextDocument::print adds its own 2 cm margin on top of the page margins.
bool paintDocument(const QString& html, QPagedPaintDevice& device, QPainter& painter)
{
    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&device);
    doc.setDefaultFont(documentFont());
    doc.setHtml(html);
    doc.setDocumentMargin(0);

    const QRectF page = device.pageLayout().paintRectPixels(device.logicalDpiX());
    const QFontMetricsF footerMetrics(documentFont(), &device);
    const qreal footerHeight = footerMetrics.height() * 2;
    const QSizeF body(page.width(), page.height() - footerHeight);
    doc.setPageSize(body);
    const int pages = doc.pageCount();

    for (int i = 0; i < pages; ++i) {
        if (i > 0 && !device.newPage())
            return false;
        painter.save();
        painter.translate(0, -i * body.height());
        const QRectF clip(0, i * body.height(), body.width(), body.height());
        doc.drawContents(&painter, clip);
        painter.restore();
        painter.save();
        painter.setFont(documentFont());
        painter.setPen(Qt::darkGray);
        painter.drawText(QRectF(0, page.height() - footerHeight, page.width(), footerHeight),
                         Qt::AlignHCenter | Qt::AlignBottom, PrintText::tr("Page %1 of %2").arg(i + 1).arg(pages));
        painter.restore();
    }
    return true;
}

} // namespace

bool writePdf(const QString& html, const QString& path, QString* error)
{
    const auto fail = [&](const QString& reason) {
        if (error)
            *error = PrintText::tr("Could not write the PDF %1: %2").arg(QDir::toNativeSeparators(path), reason);
        return false;
    };
    // QSaveFile writes beside the target and renames only on commit(): a full disk or a crash
    // midway leaves the previous file (or none), never half a PDF.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(file.errorString());
    {
        QPdfWriter writer(&file);
        writer.setResolution(300);
        writer.setCreator(QStringLiteral("Tonghu"));
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
        QPainter painter;
        if (!painter.begin(&writer)) {
            file.cancelWriting();
            return fail(PrintText::tr("the PDF could not be started"));
        }
        const bool painted = paintDocument(html, writer, painter);
        if (!painter.end() || !painted) {
            file.cancelWriting();
            return fail(PrintText::tr("the pages could not be drawn"));
        }
    }
    if (!file.commit())
        return fail(file.errorString());
    return true;
}

bool printHtml(const QString& html, QWidget* parent)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15),
                                      QPageLayout::Millimeter));
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(PrintText::tr("Print"));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    QPainter painter;
    if (!painter.begin(&printer) || !paintDocument(html, printer, painter)) {
        if (painter.isActive())
            painter.end();
        QMessageBox::warning(parent, PrintText::tr("Print"), PrintText::tr("The document could not be sent to the printer."));
        return false;
    }
    return painter.end();
}

} // namespace tonghu::ui
