// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/ui/VisitFormTestSupport.h"

#include <catch2/catch_test_macros.hpp>

#include <QCoreApplication>
#include <QJsonDocument>
#include <QProcess>

using namespace tonghu;

namespace {

// The answers the writer reported saved, fact → value.
using Saved = QHash<QString, QJsonValue>;

// Starts the writer on the vault and kills it (SIGKILL) once it has reported `answers` more
// answers saved, or once it says it is done when `answers` is negative.
void runAndKill(const QString& vaultDir, const QString& childId, int answers, Saved& saved, QString& draftId)
{
    QProcess writer;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TONGHU_TEST_DRAFT_VAULT"), vaultDir);
    env.insert(QStringLiteral("TONGHU_TEST_DRAFT_CHILD"), childId);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    writer.setProcessEnvironment(env);
    writer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    writer.start(QCoreApplication::applicationFilePath(), {});
    REQUIRE(writer.waitForStarted(10000));
    int seen = 0;
    bool finished = false;
    while (!finished && (answers < 0 || seen < answers)) {
        if (!writer.canReadLine() && !writer.waitForReadyRead(30000))
            FAIL("the writer stopped answering: " << writer.readAll().toStdString());
        while (writer.canReadLine()) {
            const QString line = QString::fromUtf8(writer.readLine()).trimmed();
            if (line.startsWith(QLatin1String("error ")))
                FAIL(line.toStdString());
            if (line.startsWith(QLatin1String("ready "))) {
                const QString id = line.mid(6);
                // Every run continues the same draft.
                CHECK((draftId.isEmpty() || draftId == id));
                draftId = id;
            } else if (line.startsWith(QLatin1String("saved "))) {
                const QStringList parts = line.split(QLatin1Char(' '));
                saved.insert(parts.at(1), QJsonDocument::fromJson(parts.mid(2).join(QLatin1Char(' ')).toUtf8()).array().at(0));
                ++seen;
            } else if (line == QLatin1String("done")) {
                finished = true;
            }
            if (answers >= 0 && seen >= answers)
                break;
        }
    }
    // As a flat battery or a crash would: no chance to clean up.
    writer.kill();
    REQUIRE(writer.waitForFinished(10000));
    CHECK(writer.exitStatus() == QProcess::CrashExit);
}

// Reopens the vault and checks that every answer reported saved is in the draft.
void checkDraft(const QString& vaultDir, const QString& draftId, const Saved& saved)
{
    auto vault = vault::Vault::unlock(vaultDir, test::secret(test::kPassphrase));
    auto check = vault->database().prepare("PRAGMA integrity_check");
    REQUIRE(check.step());
    CHECK(check.text(0) == QLatin1String("ok"));
    model::VisitStore visits(vault->database(), rules::Rulebook::builtin(), rules::Checklist::builtin(),
                             vault->userId());
    const auto draft = visits.visit(draftId);
    REQUIRE(draft);
    CHECK(draft->status == QLatin1String("draft"));
    for (auto it = saved.begin(); it != saved.end(); ++it) {
        INFO("fact " << it.key().toStdString());
        CHECK(draft->answers.value(it.key()) == it.value());
    }
}

} // namespace

TEST_CASE("visit draft: killing the app mid-visit loses no answer, and the draft reopens where it was", "[ui][crash]")
{
    auto t = test::makeVault(vault::Role::Village, QStringLiteral("621126101201"));
    QString childId;
    {
        model::RecordStore records(t->vault->database(), t->vault->userId(), t->vault->placeCode());
        childId = test::addChild(records, QStringLiteral("测试儿童"), "female",
                                 QDate::currentDate().addYears(-12).addDays(-20))
                      .id;
    }
    t->vault.reset(); // closed, as when the laptop is shut down

    Saved saved;
    QString draftId;
    runAndKill(t->path(), childId, 3, saved, draftId);
    REQUIRE(saved.size() >= 3);
    checkDraft(t->path(), draftId, saved);

    runAndKill(t->path(), childId, 5, saved, draftId);
    REQUIRE(saved.size() >= 8);
    checkDraft(t->path(), draftId, saved);

    runAndKill(t->path(), childId, -1, saved, draftId);
    checkDraft(t->path(), draftId, saved);

    // Reopened in the form, every answer is in its field and nothing is left to ask.
    auto vault = vault::Vault::unlock(t->path(), test::secret(test::kPassphrase));
    model::VisitStore visits(vault->database(), rules::Rulebook::builtin(), rules::Checklist::builtin(), vault->userId());
    ui::VisitForm form(vault->database(), visits, rules::Rulebook::builtin(), rules::Checklist::builtin(), draftId);
    form.show();
    for (auto it = saved.begin(); it != saved.end(); ++it) {
        INFO("fact " << it.key().toStdString());
        CHECK(form.editor(it.key())->value() == it.value());
    }
    CHECK(test::openQuestions(form, rules::Checklist::builtin()).isEmpty());
    CHECK(visits.submitBlockers(draftId).isEmpty());
}
