// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/IdNumber.h"
#include "core/model/RecordStore.h"
#include "core/model/VisitStore.h"
#include "core/rules/Checklist.h"
#include "core/rules/Rulebook.h"
#include "tests/support/TestSupport.h"
#include "core/audit/AuditLog.h"
#include "core/util/Language.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/ChildFileDialog.h"
#include "ui/FileDialog.h"
#include "ui/PrintDialog.h"
#include "ui/PrintDocuments.h"
#include "ui/VisitForm.h"

#include <catch2/catch_test_macros.hpp>

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>

using namespace tonghu;

namespace {

const QDate kVisitDay(2026, 5, 10);

// A village with one household, a guardian and a child with a valid ID number, and one submitted
// visit with unremarkable answers.
struct PrintFixture
{
    std::unique_ptr<test::TempVault> t = test::makeVault();
    std::unique_ptr<model::RecordStore> records;
    std::unique_ptr<model::VisitStore> visits;
    model::Child child;
    model::Person grandmother;
    model::Visit visit;
    QString fullId;
    QString grandmotherId;

    PrintFixture()
    {
        // Printouts are read by village and township offices: the headings in Chinese, as used.
        installTranslations(QStringLiteral("zh_CN"));
        records = std::make_unique<model::RecordStore>(t->vault->database(), t->vault->userId(), t->vault->placeCode());
        visits = std::make_unique<model::VisitStore>(t->vault->database(), rules::Rulebook::builtin(),
                                                     rules::Checklist::builtin(), t->vault->userId());
        model::Household h;
        h.address = QStringLiteral("五组8号 <东头>");
        h = records->saveHousehold(h);
        grandmother.householdId = h.id;
        grandmother.name = QStringLiteral("郑奶奶");
        grandmother.relation = QStringLiteral("grandparent");
        grandmother.isGuardian = true;
        const QString gm17 = QStringLiteral("62042319550101124"); // even sequence: a woman
        grandmotherId = gm17 + model::IdNumber::checkCharacter(gm17);
        grandmother.idNumber = grandmotherId;
        grandmother.sex = QStringLiteral("female");
        grandmother.birthDate = QDate(1955, 1, 1);
        grandmother = records->savePerson(grandmother);

        const QString first17 = QStringLiteral("62042320150202123"); // odd sequence: a boy
        fullId = first17 + model::IdNumber::checkCharacter(first17);
        child.householdId = h.id;
        child.name = QStringLiteral("郑小明");
        child.sex = QStringLiteral("male");
        child.birthDate = QDate(2015, 2, 2);
        child.idNumber = fullId;
        child.guardianId = grandmother.id;
        child = records->saveChild(child);

        visit = visits->openDraft(child.id, kVisitDay);
        answerEverything(visit.id);
        visit = visits->submit(visit.id);
    }

    void answerEverything(const QString& visitId)
    {
        const QList<std::pair<const char*, QJsonValue>> answers{
            {"child.hukou", QStringLiteral("local")},
            {"child.disability_level", 0},
            {"father.status", QStringLiteral("alive")},
            {"father.migrant_worker", true},
            {"mother.status", QStringLiteral("alive")},
            {"mother.migrant_worker", true},
            {"household.assistance", QStringLiteral("none")},
            {"household.crisis", QStringLiteral("none")},
            {"household.guardian_capable", true},
            {"household.entrustment_signed", true}, // asked because both parents work away
            {"child.lives_alone", false},
            {"child.school", QStringLiteral("primary")},
            {"child.medical_insurance", true},
            {"child.serious_illness", false},
            {"obs.mh_signs", QJsonArray()},
            {"obs.self_harm_talk", false},
        };
        for (const auto& [fact, value] : answers)
            visits->setAnswer(visitId, QString::fromLatin1(fact), value);
        for (const char* obs : {"obs.private_injury", "obs.sexual_assault_suspected", "obs.serious_harm_signs",
                                "obs.violence_suspected", "obs.self_harm", "obs.abandoned", "obs.missing_or_trafficked",
                                "obs.begging", "obs.other_serious_danger"})
            visits->setAnswer(visitId, QString::fromLatin1(obs), false);
    }

    ui::PrintOptions options() const
    {
        ui::PrintOptions o;
        o.language = QStringLiteral("zh");
        o.placeName = QStringLiteral("测试村");
        o.directorName = QStringLiteral("王主任");
        return o;
    }
};

// The text of a PDF as pdftotext lays it out (packaging/install-deps.sh installs poppler-utils).
QString pdfText(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    INFO("pdftotext must be installed (packaging/install-deps.sh)");
    REQUIRE(p.waitForStarted(10000));
    REQUIRE(p.waitForFinished(30000));
    REQUIRE(p.exitCode() == 0);
    // Noto CJK draws 儿 and the Kangxi radical ⼉ (and 小/⼩, 人/⼈ ...) with one glyph, and Qt's PDF
    // text map names the lower code point, the radical; NFKC folds radicals back to the characters.
    const QString text = QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
    // TONGHU_KEEP_PDFS=dir keeps a copy to look at (pdftoppm -png -r 60 file page).
    if (const QString keep = qEnvironmentVariable("TONGHU_KEEP_PDFS"); !keep.isEmpty())
        QFile::copy(path, QDir(keep).filePath(QFileInfo(path).fileName()));
    return text;
}

QByteArray head(const QString& path, int n)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.read(n) : QByteArray();
}

} // namespace

TEST_CASE("A visit record masks the child's ID number unless asked to show it", "[ui][print]")
{
    PrintFixture f;
    const QString masked = model::IdNumber::masked(f.fullId);
    REQUIRE(masked != f.fullId);

    ui::PrintOptions o = f.options();
    const QString html = ui::visitRecordHtml(f.t->vault->database(), f.visit.id, o);
    REQUIRE_FALSE(html.isEmpty());
    CHECK(html.contains(f.child.name));
    CHECK(html.contains(masked));
    CHECK_FALSE(html.contains(f.fullId));
    CHECK(html.contains(QStringLiteral("郑奶奶")));                          // the guardian
    CHECK(html.contains(QStringLiteral("五组8号 &lt;东头&gt;")));            // record text is escaped
    CHECK_FALSE(html.contains(QStringLiteral("<东头>")));
    CHECK(html.contains(QStringLiteral("2026-05-10")));
    CHECK(html.contains(QStringLiteral("儿童主任签字")));
    CHECK(html.contains(QStringLiteral("监护人签字")));
    CHECK(html.contains(QStringLiteral("王主任")));

    o.showIdNumbers = true;
    CHECK(ui::visitRecordHtml(f.t->vault->database(), f.visit.id, o).contains(f.fullId));

    CHECK(ui::visitRecordHtml(f.t->vault->database(), QStringLiteral("no-such-visit"), o).isEmpty());
}

TEST_CASE("A child's file lists members with masked IDs, findings and visit history", "[ui][print]")
{
    PrintFixture f;
    ui::PrintOptions o = f.options();
    const QString html = ui::childFileHtml(f.t->vault->database(), f.child.id, o);
    REQUIRE_FALSE(html.isEmpty());
    CHECK(html.contains(f.child.name));
    CHECK(html.contains(model::IdNumber::masked(f.fullId)));
    CHECK_FALSE(html.contains(f.fullId));
    CHECK(html.contains(QStringLiteral("郑奶奶")));
    CHECK(html.contains(model::IdNumber::masked(f.grandmotherId))); // members' IDs are masked too
    CHECK_FALSE(html.contains(f.grandmotherId));
    CHECK(html.contains(QStringLiteral("2026-05-10")));
    CHECK(html.contains(QStringLiteral("监护人签字")));

    // An English document still carries the Chinese signature wording the guardian reads.
    o.language = QStringLiteral("en");
    o.showIdNumbers = true;
    const QString en = ui::childFileHtml(f.t->vault->database(), f.child.id, o);
    CHECK(en.contains(f.fullId));
    CHECK(en.contains(f.grandmotherId));
    CHECK(en.contains(QStringLiteral("儿童主任签字")));
}

TEST_CASE("writePdf writes an A4 PDF whose text has the name, the masked ID and signature lines", "[ui][print]")
{
    PrintFixture f;
    QTemporaryDir out;
    REQUIRE(out.isValid());
    const QString path = out.filePath(QStringLiteral("visit.pdf"));
    QString error;
    REQUIRE(ui::writePdf(ui::visitRecordHtml(f.t->vault->database(), f.visit.id, f.options()), path, &error));
    CHECK(error.isEmpty());
    CHECK(head(path, 4) == QByteArray("%PDF"));
    // No temporary file of QSaveFile is left beside it.
    CHECK(QDir(out.path()).entryList(QDir::Files | QDir::Hidden) == QStringList{QStringLiteral("visit.pdf")});

    const QString text = pdfText(path);
    INFO(text.toStdString());
    CHECK(text.contains(f.child.name));
    CHECK(text.contains(model::IdNumber::masked(f.fullId)));
    CHECK(text.contains(QStringLiteral("签字")));
    CHECK_FALSE(text.contains(f.fullId));

    const QString filePath = out.filePath(QStringLiteral("child.pdf"));
    REQUIRE(ui::writePdf(ui::childFileHtml(f.t->vault->database(), f.child.id, f.options()), filePath, &error));
    const QString fileText = pdfText(filePath);
    CHECK(fileText.contains(f.child.name));
    CHECK(fileText.contains(QStringLiteral("监护人签字")));
    CHECK_FALSE(fileText.contains(f.fullId));
}

TEST_CASE("writePdf into a missing folder fails with a message and leaves no file", "[ui][print]")
{
    QTemporaryDir out;
    REQUIRE(out.isValid());
    const QString missing = out.filePath(QStringLiteral("no/such/folder"));
    const QString path = missing + QStringLiteral("/visit.pdf");
    QString error;
    CHECK_FALSE(ui::writePdf(QStringLiteral("<p>测试</p>"), path, &error));
    CHECK_FALSE(error.isEmpty());
    CHECK(error.contains(QStringLiteral("visit.pdf")));
    CHECK_FALSE(QFileInfo::exists(path));
    CHECK(test::filesUnder(out.path()).isEmpty());
}

TEST_CASE("A corrected visit prints its version and the reason for the correction", "[ui][print]")
{
    PrintFixture f;
    const model::Visit correction =
        f.visits->correct(f.visit.id, QStringLiteral("学校填错 & 重新核对"));
    const QString html = ui::visitRecordHtml(f.t->vault->database(), correction.id, f.options());
    CHECK(html.contains(QStringLiteral("学校填错 &amp; 重新核对")));
    CHECK(html.contains(QString::number(correction.version)));
    CHECK(correction.version == 2);
}

TEST_CASE("The visit form and the child's file print through the print dialog, masked unless asked", "[ui][print]")
{
    PrintFixture f;
    QTemporaryDir out;
    REQUIRE(out.isValid());
    const qint64 auditBefore = audit::AuditLog::count(f.t->vault->database());
    ui::VisitForm form(f.t->vault->database(), *f.visits, rules::Rulebook::builtin(), rules::Checklist::builtin(),
                       f.visit.id);
    form.setPrintOptions(f.options());
    form.show();
    auto* print = test::find<QPushButton>(&form, "printPushButton");

    // The file name is the user's choice; ".pdf" is added when it is missing.
    ui::FileDialog::setNextFileName(out.filePath(QStringLiteral("record")));
    test::driveModal<ui::PrintDialog>([&] { print->click(); }, [](ui::PrintDialog* d) {
        CHECK(test::find<QRadioButton>(d, "pdfRadioButton")->isChecked());
        CHECK_FALSE(test::find<QCheckBox>(d, "showIdNumbersCheckBox")->isChecked());
        d->accept();
        CHECK_FALSE(d->isVisible());
    });
    const QString masked = pdfText(out.filePath(QStringLiteral("record.pdf")));
    CHECK(masked.contains(f.child.name));
    CHECK(masked.contains(model::IdNumber::masked(f.fullId)));
    CHECK_FALSE(masked.contains(f.fullId));
    CHECK(audit::AuditLog::count(f.t->vault->database()) == auditBefore + 1);

    // Asked for, the full number is printed.
    ui::FileDialog::setNextFileName(out.filePath(QStringLiteral("full.pdf")));
    test::driveModal<ui::PrintDialog>([&] { print->click(); }, [](ui::PrintDialog* d) {
        test::find<QCheckBox>(d, "showIdNumbersCheckBox")->setChecked(true);
        d->accept();
    });
    CHECK(pdfText(out.filePath(QStringLiteral("full.pdf"))).contains(f.fullId));

    // A folder that cannot be written keeps the dialog open with the reason, and writes nothing.
    const QString missing = out.filePath(QStringLiteral("gone/record.pdf"));
    ui::FileDialog::setNextFileName(missing);
    test::driveModal<ui::PrintDialog>([&] { print->click(); }, [](ui::PrintDialog* d) {
        d->accept();
        CHECK(d->isVisible());
        CHECK(test::find<QLabel>(d, "errorLabel")->text().contains(QLatin1String("record.pdf")));
    });
    CHECK_FALSE(QFileInfo::exists(missing));
    CHECK(audit::AuditLog::count(f.t->vault->database()) == auditBefore + 2);

    // The child's file prints the same way.
    ui::ChildFileDialog file(f.t->vault->database(), *f.records, *f.visits, f.t->vault->userId(), f.child.id);
    file.setPrintOptions(f.options());
    file.show();
    // The file names the household and who cares for the child.
    const QString family = test::find<QLabel>(&file, "familyLabel")->text();
    CHECK(family.contains(f.grandmother.name));
    CHECK(family.contains(QStringLiteral("五组8号")));
    ui::FileDialog::setNextFileName(out.filePath(QStringLiteral("child-file.pdf")));
    test::driveModal<ui::PrintDialog>([&] { test::find<QPushButton>(&file, "printPushButton")->click(); },
                                      [](ui::PrintDialog* d) { d->accept(); });
    const QString fileText = pdfText(out.filePath(QStringLiteral("child-file.pdf")));
    CHECK(fileText.contains(f.child.name));
    CHECK_FALSE(fileText.contains(f.fullId));
}
