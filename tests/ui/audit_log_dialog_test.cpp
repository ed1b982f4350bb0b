// SPDX-License-Identifier: GPL-3.0-or-later
// The audit log window: entries newest first, filtered by action group and user, and a red line
// naming the first entry tampered with.
#include "core/audit/AuditLog.h"
#include "core/storage/Database.h"
#include "tests/support/TestSupport.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/AuditLogDialog.h"
#include "ui/AuditLogModel.h"
#include "ui/MainWindow.h"
#include "ui/PrivacyGuard.h"

#include <catch2/catch_test_macros.hpp>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>

using namespace tonghu;

TEST_CASE("audit log window: newest first, filtered, and tampering named", "[ui][audit]")
{
    auto t = test::makeVault();
    auto& db = t->vault->database();
    const QString me = t->vault->userId();
    audit::AuditLog::recordExport(db, me, audit::ExportKind::Pdf, QStringLiteral("child"), QStringLiteral("c1"));
    audit::AuditLog::recordExport(db, me, audit::ExportKind::Bundle);
    audit::AuditLog::recordView(db, me, QStringLiteral("child"), QStringLiteral("c1"), QStringLiteral("file"));

    ui::AuditLogDialog dialog(db);
    QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    ui::AuditLogModel* model = dialog.model();
    REQUIRE(model->rowCount() == audit::AuditLog::count(db));
    CHECK(model->index(0, ui::AuditLogModel::ActionColumn).data().toString() == QLatin1String("child.view"));
    CHECK(model->index(0, ui::AuditLogModel::RecordColumn).data().toString() == QLatin1String("child c1"));
    CHECK(model->index(0, ui::AuditLogModel::UserColumn).data().toString() == QStringLiteral("测试员"));
    CHECK(test::find<QLabel>(&dialog, "verifyLabel")->text().contains(QLatin1String("intact")));

    auto* action = test::find<QComboBox>(&dialog, "actionComboBox");
    const int group = action->findData(QStringLiteral("export"));
    REQUIRE(group >= 0);
    action->setCurrentIndex(group);
    REQUIRE(model->rowCount() == 2);
    CHECK(model->index(0, ui::AuditLogModel::ActionColumn).data().toString() == QLatin1String("export.bundle"));
    CHECK(model->index(1, ui::AuditLogModel::ActionColumn).data().toString() == QLatin1String("export.pdf"));

    auto* user = test::find<QComboBox>(&dialog, "userComboBox");
    REQUIRE(user->findData(me) >= 0);
    user->setCurrentIndex(user->findData(me));
    CHECK(model->rowCount() == 2);

    // Someone with the passphrase drops the trigger and edits the PDF entry.
    db.exec("DROP TRIGGER audit_log_no_update");
    db.exec("UPDATE audit_log SET entity_id = 'c2' WHERE action = 'export.pdf'");
    auto seq = db.prepare("SELECT seq FROM audit_log WHERE action = 'export.pdf'");
    REQUIRE(seq.step());
    dialog.reload();
    const QString warning = test::find<QLabel>(&dialog, "verifyLabel")->text();
    CHECK(warning.contains(QStringLiteral("entry %1:").arg(seq.int64(0))));
}

TEST_CASE("audit log window: opened from the Records menu", "[ui][audit]")
{
    auto t = test::makeVault();
    ui::MainWindow window(std::move(t->vault));
    test::driveModal<ui::AuditLogDialog>(window.privacyGuard()->auditLogAction(), [](ui::AuditLogDialog* d) {
        CHECK(d->model()->rowCount() > 0);
    });
}
