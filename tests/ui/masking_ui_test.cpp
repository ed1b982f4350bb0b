// SPDX-License-Identifier: GPL-3.0-or-later
// ID numbers and sensitive notes are masked in the lists, the child's file and the printed PDF;
// Show reveals one value of one record for a user of its area and writes the audit entry.
#include "core/audit/AuditLog.h"
#include "core/model/IdNumber.h"
#include "core/model/RecordStore.h"
#include "core/model/ReferralStore.h"
#include "core/model/VisitStore.h"
#include "core/rules/Checklist.h"
#include "core/rules/Rulebook.h"
#include "core/storage/Database.h"
#include "core/model/Masking.h"
#include "tests/support/SyncFixture.h"
#include "tests/support/TestSupport.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/ChildDialog.h"
#include "ui/ChildFileDialog.h"
#include "ui/FileDialog.h"
#include "ui/HouseholdDialog.h"
#include "ui/PersonDialog.h"
#include "ui/ChildListModel.h"
#include "ui/ConflictsDialog.h"
#include "ui/HouseholdListModel.h"
#include "ui/MaskedValue.h"
#include "ui/PrintDialog.h"
#include "ui/PrintDocuments.h"
#include "ui/ReferralDialog.h"
#include "ui/WorklistModel.h"

#include <catch2/catch_test_macros.hpp>

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace tonghu;

namespace {

QString idNumber(const char* first17)
{
    const QString s = QString::fromLatin1(first17);
    return s + model::IdNumber::checkCharacter(s);
}

// A village with one household: a guardian and a child with ID numbers, notes on the child and
// the household, a visit with the record of a mandatory report, and a referral with a note. Every
// value is synthetic.
struct MaskingFixture
{
    std::unique_ptr<test::TempVault> t = test::makeVault(vault::Role::Village, QStringLiteral("620423101201"));
    storage::Database& db = t->vault->database();
    model::RecordStore records{db, t->vault->userId(), t->vault->placeCode()};
    model::VisitStore visits{db, rules::Rulebook::builtin(), rules::Checklist::builtin(), t->vault->userId()};
    model::ReferralStore referrals{db, t->vault->userId()};
    const QString childIdNumber = idNumber("62042320150202123");
    const QString guardianIdNumber = idNumber("62042319550101124");
    const QString childNote = QStringLiteral("测试儿童备注-甲乙丙");
    const QString householdNote = QStringLiteral("测试家庭备注-丁戊己");
    const QString reportReference = QStringLiteral("测试案号甲乙七三");
    const QString referralNote = QStringLiteral("测试转介备注-庚辛");
    model::Child child;
    model::Person guardian;
    model::Household household;
    model::Visit visit;
    model::Referral referral;

    MaskingFixture()
    {
        household.address = QStringLiteral("测试路 3 号");
        household.notes = householdNote;
        household = records.saveHousehold(household);
        model::Person g;
        g.householdId = household.id;
        g.name = QStringLiteral("测试奶奶");
        g.relation = QStringLiteral("grandparent");
        g.isGuardian = true;
        g.idNumber = guardianIdNumber;
        g = records.savePerson(g);
        guardian = g;
        child.householdId = household.id;
        child.name = QStringLiteral("测试小明");
        child.sex = QStringLiteral("male");
        child.idNumber = childIdNumber;
        child.notes = childNote;
        child.guardianId = g.id;
        child = records.saveChild(child);

        visit = visits.openDraft(child.id, QDate(2026, 5, 10));
        model::MandatoryReport report;
        report.reportedAt = QDateTime(QDate(2026, 5, 10), QTime(9, 0), Qt::UTC);
        report.reportedTo = QStringLiteral("派出所");
        report.reference = reportReference;
        visits.recordMandatoryReport(visit.id, report);

        model::Referral r;
        r.childId = child.id;
        r.agency = QStringLiteral("民政");
        r.reason = QStringLiteral("测试转介");
        r.openedOn = QDate(2025, 12, 1);
        r.dueDate = QDate(2026, 1, 1); // overdue: it shows on the worklist
        r.notes = referralNote;
        referral = referrals.create(r);
    }

    // Every text a list model gives for display or as a tooltip.
    static QStringList allTexts(const QAbstractItemModel& model)
    {
        QStringList out;
        for (int r = 0; r < model.rowCount(); ++r)
            for (int c = 0; c < model.columnCount(); ++c)
                for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)})
                    out << model.index(r, c).data(role).toString();
        return out;
    }

    QStringList secrets() const
    {
        return {childIdNumber, guardianIdNumber, childNote, householdNote, reportReference, referralNote,
                childIdNumber.mid(6, 8)};
    }

    qint64 reveals(const QString& userId = {})
    {
        audit::AuditFilter f;
        f.action = QStringLiteral("reveal");
        f.userId = userId;
        return audit::AuditLog::list(db, f).size();
    }
};

QString pdfText(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    INFO("pdftotext must be installed (packaging/install-deps.sh)");
    REQUIRE(p.waitForStarted(10000));
    REQUIRE(p.waitForFinished(30000));
    REQUIRE(p.exitCode() == 0);
    // Noto CJK maps some characters to Kangxi radicals in the PDF's text; NFKC folds them back.
    return QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
}

} // namespace

TEST_CASE("masking: no list shows an ID number or a sensitive note; Show reveals one, audited", "[ui][masking]")
{
    MaskingFixture f;
    ui::ChildListModel children(f.records);
    ui::HouseholdListModel households(f.records);
    ui::WorklistModel worklist(f.db);
    worklist.reload(QDate(2026, 6, 1));
    QAbstractItemModelTester tester(&children, QAbstractItemModelTester::FailureReportingMode::Warning);
    REQUIRE(children.rowCount() == 1);
    REQUIRE(households.rowCount() == 1);
    REQUIRE(worklist.rowCount() > 0);
    for (const QAbstractItemModel* model : {static_cast<QAbstractItemModel*>(&children),
                                            static_cast<QAbstractItemModel*>(&households),
                                            static_cast<QAbstractItemModel*>(&worklist)}) {
        const QString texts = MaskingFixture::allTexts(*model).join(QLatin1Char('\n'));
        for (const QString& secret : f.secrets())
            CHECK_FALSE(texts.contains(secret));
    }
    const QModelIndex id = children.index(0, ui::ChildListModel::IdNumberColumn);
    CHECK(id.data().toString() == model::IdNumber::masked(f.childIdNumber));

    // Search results are the same list: found by the last digits, shown masked.
    children.setQuery(f.childIdNumber.right(6));
    REQUIRE(children.rowCount() == 1);
    CHECK(children.index(0, ui::ChildListModel::IdNumberColumn).data().toString()
          == model::IdNumber::masked(f.childIdNumber));

    const qint64 before = f.reveals();
    REQUIRE(children.revealIdNumber(0));
    CHECK(children.index(0, ui::ChildListModel::IdNumberColumn).data().toString() == f.childIdNumber);
    CHECK(f.reveals() == before + 1);
    const auto entry = audit::AuditLog::list(f.db).last();
    CHECK(entry.entity == QLatin1String("child"));
    CHECK(entry.entityId == f.child.id);
    CHECK(entry.detail == QLatin1String("id_number"));
    // Read again, the list masks again.
    children.reload();
    CHECK(children.index(0, ui::ChildListModel::IdNumberColumn).data().toString()
          == model::IdNumber::masked(f.childIdNumber));
}

TEST_CASE("masking: the child's file masks the ID number and notes until Show, and its opening is audited",
          "[ui][masking]")
{
    MaskingFixture f;
    audit::AuditFilter views;
    views.action = QStringLiteral("child.view");
    const qint64 viewsBefore = audit::AuditLog::list(f.db, views).size();
    ui::ChildFileDialog file(f.db, f.records, f.visits, f.t->vault->userId(), f.child.id);
    file.show();
    const auto viewed = audit::AuditLog::list(f.db, views);
    REQUIRE(viewed.size() == viewsBefore + 1);
    CHECK(viewed.last().entityId == f.child.id);

    QStringList shown;
    for (const QLabel* label : file.findChildren<QLabel*>())
        shown << label->text();
    for (const QString& secret : f.secrets())
        CHECK_FALSE(shown.join(QLatin1Char('\n')).contains(secret));
    CHECK(test::find<QLabel>(&file, "idNumberLabel")->text() == model::IdNumber::masked(f.childIdNumber));

    const qint64 before = f.reveals();
    test::find<QPushButton>(&file, "idNumberShowPushButton")->click();
    CHECK(test::find<QLabel>(&file, "idNumberLabel")->text() == f.childIdNumber);
    CHECK(test::find<QPushButton>(&file, "idNumberShowPushButton")->isHidden());
    CHECK(f.reveals() == before + 1);
    // One value at a time: the notes are still hidden.
    CHECK_FALSE(test::find<QLabel>(&file, "childNotesLabel")->text().contains(f.childNote));
    test::find<QPushButton>(&file, "householdNotesShowPushButton")->click();
    CHECK(test::find<QLabel>(&file, "householdNotesLabel")->text() == f.householdNote);
    CHECK(f.reveals() == before + 2);
    // Revealed values stay shown while the file is reloaded.
    file.reload();
    CHECK(test::find<QLabel>(&file, "idNumberLabel")->text() == f.childIdNumber);
}

TEST_CASE("masking: a township supervisor and a county officer see masked values and may reveal them, audited; "
          "another township may not",
          "[ui][masking]")
{
    MaskingFixture f;
    // Users of the township and the county of this village, and of a township elsewhere, as a
    // sync would record them.
    f.db.exec("INSERT INTO places (id, code, level, name, parent_code, created_at, updated_at) VALUES "
              "('p-far', '620423102', 'township', '测试远镇', '620423', '2026-01-01', '2026-01-01')");
    f.db.exec("INSERT INTO users (id, name, role, place_code, created_at, updated_at) VALUES "
              "('u-town', '测试督导', 'township', '620423101', '2026-01-01', '2026-01-01'), "
              "('u-county', '测试县员', 'county', '620423', '2026-01-01', '2026-01-01'), "
              "('u-far', '测试远督导', 'township', '620423102', '2026-01-01', '2026-01-01')");
    for (const char* user : {"u-town", "u-county"}) {
        INFO(user);
        const QString userId = QString::fromLatin1(user);
        ui::MaskedValue value(f.db, userId, QStringLiteral("child"), QStringLiteral("id_number"), "idNumber");
        value.setRecord(f.child.id);
        CHECK(value.text() == model::IdNumber::masked(f.childIdNumber));
        CHECK_FALSE(test::find<QPushButton>(&value, "idNumberShowPushButton")->isHidden());
        const qint64 before = f.reveals(userId);
        REQUIRE(value.reveal());
        CHECK(value.text() == f.childIdNumber);
        CHECK(f.reveals(userId) == before + 1);
    }
    ui::MaskedValue far(f.db, QStringLiteral("u-far"), QStringLiteral("child"), QStringLiteral("notes"), "childNotes");
    far.setRecord(f.child.id);
    CHECK_FALSE(far.text().contains(f.childNote));
    CHECK(test::find<QPushButton>(&far, "childNotesShowPushButton")->isHidden());
    CHECK_FALSE(far.reveal());
    CHECK_FALSE(far.text().contains(f.childNote));
    CHECK(f.reveals(QStringLiteral("u-far")) == 0);
}

TEST_CASE("masking: a referral's notes are masked in its dialog until Show", "[ui][masking]")
{
    MaskingFixture f;
    ui::ReferralDialog dialog(f.referrals, f.referral);
    const QString before = test::find<QLabel>(&dialog, "referralNotesLabel")->text();
    CHECK_FALSE(before.contains(f.referralNote));
    test::find<QPushButton>(&dialog, "referralNotesShowPushButton")->click();
    CHECK(test::find<QLabel>(&dialog, "referralNotesLabel")->text() == f.referralNote);
    CHECK(f.reveals() == 1);
}

TEST_CASE("masking: printed PDFs mask ID numbers and sensitive notes unless asked", "[ui][masking][print]")
{
    MaskingFixture f;
    QTemporaryDir out;
    ui::PrintOptions masked;
    masked.language = QStringLiteral("zh");
    const QString filePdf = out.filePath(QStringLiteral("file.pdf"));
    REQUIRE(ui::writePdf(ui::childFileHtml(f.db, f.child.id, masked), filePdf, nullptr));
    const QString fileText = pdfText(filePdf);
    CHECK(fileText.contains(f.child.name));
    CHECK(fileText.contains(model::IdNumber::masked(f.childIdNumber)));
    for (const QString& secret : f.secrets())
        CHECK_FALSE(fileText.contains(secret));

    const QString visitPdf = out.filePath(QStringLiteral("visit.pdf"));
    REQUIRE(ui::writePdf(ui::visitRecordHtml(f.db, f.visit.id, masked), visitPdf, nullptr));
    const QString visitText = pdfText(visitPdf);
    CHECK(visitText.contains(QStringLiteral("派出所"))); // to whom it was reported stays readable
    for (const QString& secret : f.secrets())
        CHECK_FALSE(visitText.contains(secret));

    ui::PrintOptions whole = masked;
    whole.showIdNumbers = true;
    whole.showSensitiveNotes = true;
    REQUIRE(ui::writePdf(ui::childFileHtml(f.db, f.child.id, whole), filePdf, nullptr));
    const QString wholeFile = pdfText(filePdf);
    CHECK(wholeFile.contains(f.childIdNumber));
    CHECK(wholeFile.contains(f.childNote));
    REQUIRE(ui::writePdf(ui::visitRecordHtml(f.db, f.visit.id, whole), visitPdf, nullptr));
    CHECK(pdfText(visitPdf).contains(f.reportReference));
}

TEST_CASE("masking: the edit forms show ID numbers and notes whole to the village's director only", "[ui][masking]")
{
    MaskingFixture f;
    {
        INFO("the director of the village edits them");
        ui::ChildDialog child(f.records, f.household.id, f.child.id);
        CHECK(test::find<QLineEdit>(&child, "idNumberLineEdit")->text() == f.childIdNumber);
        CHECK(test::find<QPlainTextEdit>(&child, "notesPlainTextEdit")->toPlainText() == f.childNote);
        CHECK(child.findChild<ui::MaskedValue*>() == nullptr);
    }
    // A township supervisor of this village, as a sync records one.
    f.db.exec("INSERT INTO users (id, name, role, place_code, created_at, updated_at) VALUES "
              "('u-town', '测试督导', 'township', '620423101', '2026-01-01', '2026-01-01')");
    model::RecordStore township(f.db, QStringLiteral("u-town"), QStringLiteral("620423101"));
    const auto texts = [](const QWidget& w) {
        QStringList out;
        for (const QLineEdit* e : w.findChildren<QLineEdit*>())
            out << e->text();
        for (const QPlainTextEdit* e : w.findChildren<QPlainTextEdit*>())
            out << e->toPlainText();
        for (const QLabel* l : w.findChildren<QLabel*>())
            out << l->text();
        return out.join(QLatin1Char('\n'));
    };

    ui::ChildDialog child(township, f.household.id, f.child.id);
    CHECK_FALSE(texts(child).contains(f.childIdNumber));
    CHECK_FALSE(texts(child).contains(f.childNote));
    CHECK(test::find<QLabel>(&child, "idNumberLabel")->text() == model::IdNumber::masked(f.childIdNumber));
    test::find<QPushButton>(&child, "notesShowPushButton")->click();
    CHECK(test::find<QLabel>(&child, "notesLabel")->text() == f.childNote);
    CHECK(f.reveals(QStringLiteral("u-town")) == 1);

    ui::PersonDialog person(township, f.household.id, f.guardian.id);
    CHECK_FALSE(texts(person).contains(f.guardianIdNumber));
    CHECK(test::find<QLabel>(&person, "idNumberLabel")->text() == model::IdNumber::masked(f.guardianIdNumber));

    ui::HouseholdDialog household(township, f.household.id);
    CHECK_FALSE(texts(household).contains(f.householdNote));
    CHECK_FALSE(test::find<QPushButton>(&household, "notesShowPushButton")->isHidden());
}

TEST_CASE("masking: a note changed on two devices is masked on both sides of the conflict", "[ui][masking][sync]")
{
    test::County c;
    storage::Database& village = c.a->vault->database();
    model::RecordStore records(village, c.a->vault->userId(), c.a->vault->placeCode());
    const model::Child child = test::addChild(records, QStringLiteral("测试丙"), "female", QDate(2014, 2, 2));
    model::ReferralStore villageReferrals(village, c.a->vault->userId());
    model::Referral r;
    r.childId = child.id;
    r.agency = QStringLiteral("township_civil_affairs");
    r.reason = QStringLiteral("测试转介");
    r = villageReferrals.create(r);
    c.roundTrip();
    const QString villageNote = QStringLiteral("测试村里备注甲");
    const QString townNote = QStringLiteral("测试镇里备注乙");
    villageReferrals.update(r.id, QStringLiteral("accepted"), villageNote, QDate::currentDate());
    model::ReferralStore(c.township->vault->database(), c.township->vault->userId())
        .update(r.id, QStringLiteral("accepted"), townNote, QDate::currentDate());
    c.roundTrip();

    ui::ConflictsDialog dialog(*c.a->vault);
    auto* table = test::find<QTableWidget>(&dialog, "conflictsTable");
    bool notesRow = false;
    for (int row = 0; row < table->rowCount(); ++row) {
        for (int col = 0; col < table->columnCount(); ++col) {
            const QString text = table->item(row, col)->text();
            CHECK_FALSE(text.contains(villageNote));
            CHECK_FALSE(text.contains(townNote));
        }
        // Both sides of the notes conflict read as the placeholder of a hidden note.
        const QString hidden = model::Masking::masked(model::SensitiveKind::Note, villageNote);
        if (table->item(row, 2)->text() == hidden && table->item(row, 3)->text() == hidden)
            notesRow = true;
    }
    CHECK(notesRow);
}

TEST_CASE("masking: the print dialog prints notes whole only when asked, and its entry says so",
          "[ui][masking][print]")
{
    MaskingFixture f;
    QTemporaryDir out;
    ui::ChildFileDialog file(f.db, f.records, f.visits, f.t->vault->userId(), f.child.id);
    const auto print = [&](const QString& name, bool whole) {
        ui::FileDialog::setNextFileName(out.filePath(name));
        test::driveModal<ui::PrintDialog>([&] { test::find<QPushButton>(&file, "printPushButton")->click(); },
                                          [&](ui::PrintDialog* d) {
                                              auto* notes = test::find<QCheckBox>(d, "showSensitiveNotesCheckBox");
                                              CHECK(notes->isEnabled()); // the director's own village
                                              CHECK_FALSE(notes->isChecked());
                                              notes->setChecked(whole);
                                              d->accept();
                                          });
        audit::AuditFilter exports;
        exports.action = QStringLiteral("export");
        return audit::AuditLog::list(f.db, exports).last();
    };
    const audit::AuditEntry masked = print(QStringLiteral("masked.pdf"), false);
    CHECK(masked.action == QLatin1String("export.pdf"));
    CHECK(masked.entityId == f.child.id);
    CHECK(masked.detail == QLatin1String("ids=masked notes=masked"));
    CHECK_FALSE(pdfText(out.filePath(QStringLiteral("masked.pdf"))).contains(f.childNote));

    const audit::AuditEntry whole = print(QStringLiteral("whole.pdf"), true);
    CHECK(whole.detail == QLatin1String("ids=masked notes=full"));
    CHECK(pdfText(out.filePath(QStringLiteral("whole.pdf"))).contains(f.childNote));
}
