// SPDX-License-Identifier: GPL-3.0-or-later
// The window locks after the idle time stored in the vault and before the computer sleeps,
// closing the dialogs open over it; input puts the lock off.
#include "core/audit/AuditLog.h"
#include "core/model/RecordStore.h"
#include "core/vault/IdleLockSetting.h"
#include "tests/support/TestSupport.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/ChildFileDialog.h"
#include "ui/IdleLock.h"
#include "ui/MainWindow.h"
#include "ui/PrivacyGuard.h"
#include "ui/Session.h"
#include "ui/SettingsDialog.h"
#include "ui/TextSize.h"
#include "ui/SuspendWatcher.h"
#include "ui/UnlockDialog.h"
#include "ui/VisitForm.h"

#include <catch2/catch_test_macros.hpp>

#include <QApplication>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QComboBox>
#include <QSpinBox>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace tonghu;
using tonghu::test::waitUntil;

namespace {

// Runs `act` once, on the first unlock dialog that comes up as the active modal window. Polls,
// since the lock comes when the window decides, not when the test does.
void whenUnlockDialogShows(const std::function<void(ui::UnlockDialog*)>& act, bool* done)
{
    auto* timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, [timer, act, done] {
        auto* dialog = qobject_cast<ui::UnlockDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        timer->stop();
        timer->deleteLater();
        act(dialog);
        *done = true;
    });
    timer->start();
}

void typePassphrase(ui::UnlockDialog* dialog)
{
    dialog->findChild<QLineEdit*>(QStringLiteral("passphraseLineEdit"))->setText(QString::fromUtf8(test::kPassphrase));
    dialog->findChild<QPushButton*>(QStringLiteral("unlockPushButton"))->click();
}

// The reason the newest lock entry gives, read after the session ended.
QString lastLockReason(const QString& dir)
{
    auto v = vault::Vault::unlock(dir, test::secret(test::kPassphrase));
    audit::AuditFilter locks;
    locks.action = QStringLiteral("lock");
    const auto entries = audit::AuditLog::list(v->database(), locks);
    return entries.isEmpty() ? QString() : entries.last().detail;
}

} // namespace

TEST_CASE("idle lock: the window locks after the idle time set in the vault", "[ui][lock]")
{
    auto t = test::makeVault(vault::Role::Village, QStringLiteral("621126101201"));
    vault::IdleLockSetting::setSeconds(t->vault->database(), t->vault->userId(), 1);
    t->vault.reset();

    ui::Session session(t->path());
    bool finished = false;
    QObject::connect(&session, &ui::Session::finished, [&] { finished = true; });
    bool unlocked = false;
    whenUnlockDialogShows(typePassphrase, &unlocked);
    REQUIRE(session.start());
    QPointer<ui::MainWindow> window = session.mainWindow();
    REQUIRE(window);
    CHECK(window->privacyGuard()->idleLock()->seconds() == 1);

    // Nobody touches anything: the window goes and the unlock dialog asks for the passphrase.
    bool asked = false;
    bool windowGoneWhenAsked = false;
    whenUnlockDialogShows([&](ui::UnlockDialog* dialog) {
        windowGoneWhenAsked = window.isNull();
        dialog->reject();
    }, &asked);
    REQUIRE(waitUntil([&] { return finished; }));
    CHECK(asked);
    CHECK(windowGoneWhenAsked);
    CHECK(lastLockReason(t->path()) == QLatin1String("idle"));
}

TEST_CASE("idle lock: key and mouse input put the lock off", "[ui][lock]")
{
    auto t = test::makeVault(vault::Role::Village, QStringLiteral("621126101201"));
    ui::MainWindow window(std::move(t->vault));
    window.show();
    bool locked = false;
    QObject::connect(&window, &ui::MainWindow::lockRequested, [&] { locked = true; });
    ui::IdleLock* idle = window.privacyGuard()->idleLock();
    CHECK(idle->seconds() == vault::IdleLockSetting::kDefaultSeconds);

    // A clock the test moves: what "the timer would have fired" means does not depend on how
    // fast this machine runs.
    qint64 now = 0;
    idle->setClock([&] { return now; });
    idle->setSeconds(1);

    SECTION("a key press")
    {
        now = 900;
        QTest::keyClick(test::find<QWidget>(&window, "childrenTableView"), Qt::Key_Down);
    }
    SECTION("a mouse movement")
    {
        now = 900;
        QTest::mouseMove(test::find<QWidget>(&window, "childrenTableView"), QPoint(5, 5));
    }
    SECTION("typing in a dialog over the window")
    {
        now = 900;
        ui::SettingsDialog dialog(window.vault().database(), window.vault().userId(), &window);
        dialog.show();
        QTest::keyClick(test::find<QSpinBox>(&dialog, "idleLockSpinBox"), Qt::Key_Up);
    }

    // When the timer started without input would have fired, there was input 100 ms before.
    now = 1000;
    idle->check();
    CHECK_FALSE(locked);
    CHECK(idle->remainingMs() > 0); // waiting for the rest
    now = 1899;
    idle->check();
    CHECK_FALSE(locked);
    // A whole second after the input, with none since, the window asks to lock.
    now = 1900;
    idle->check();
    CHECK(locked);
    CHECK(idle->remainingMs() == -1);
}

TEST_CASE("idle lock: an event that is not input does not put the lock off", "[ui][lock]")
{
    auto t = test::makeVault(vault::Role::Village, QStringLiteral("621126101201"));
    ui::MainWindow window(std::move(t->vault));
    window.show();
    bool locked = false;
    QObject::connect(&window, &ui::MainWindow::lockRequested, [&] { locked = true; });
    ui::IdleLock* idle = window.privacyGuard()->idleLock();
    qint64 now = 0;
    idle->setClock([&] { return now; });
    idle->setSeconds(1);
    now = 900;
    window.update();
    QCoreApplication::sendPostedEvents();
    QEvent polish(QEvent::Polish);
    QCoreApplication::sendEvent(&window, &polish);
    now = 1000;
    idle->check();
    CHECK(locked);
}

TEST_CASE("suspend: the computer going to sleep locks the window, closing the dialogs over it", "[ui][lock]")
{
    auto t = test::makeVault(vault::Role::Village, QStringLiteral("621126101201"));
    QString childId;
    {
        model::RecordStore store(t->vault->database(), t->vault->userId(), t->vault->placeCode());
        childId = test::addChild(store, QStringLiteral("测试甲"), "female", QDate(2016, 4, 1)).id;
    }
    t->vault.reset();

    ui::Session session(t->path());
    bool finished = false;
    QObject::connect(&session, &ui::Session::finished, [&] { finished = true; });
    bool unlocked = false;
    whenUnlockDialogShows(typePassphrase, &unlocked);
    REQUIRE(session.start());
    QPointer<ui::MainWindow> window = session.mainWindow();
    REQUIRE(window);

    // Resuming says false: that alone locks nothing.
    bool lockAsked = false;
    QObject::connect(window, &ui::MainWindow::lockRequested, [&] { lockAsked = true; });
    window->privacyGuard()->suspendWatcher()->prepareForSleep(false);
    CHECK_FALSE(lockAsked);

    // The child's file is open, and over it a visit form: two dialogs, each running its own event
    // loop inside a call of the window's. The steps below run inside those loops, in order.
    QPointer<ui::ChildFileDialog> file;
    QPointer<ui::VisitForm> form;
    bool asked = false;
    bool allGoneWhenAsked = false;
    QTimer::singleShot(0, [&] {
        file = qobject_cast<ui::ChildFileDialog*>(QApplication::activeModalWidget());
        if (!file)
            return;
        QTimer::singleShot(0, [&] {
            form = qobject_cast<ui::VisitForm*>(QApplication::activeModalWidget());
            if (!form)
                return;
            whenUnlockDialogShows([&](ui::UnlockDialog* dialog) {
                allGoneWhenAsked = window.isNull() && file.isNull() && form.isNull();
                dialog->reject();
            }, &asked);
            // logind's PrepareForSleep(true), as the system bus would deliver it.
            window->privacyGuard()->suspendWatcher()->prepareForSleep(true);
        });
        file->findChild<QPushButton*>(QStringLiteral("startVisitPushButton"))->click();
    });
    window->openChildFile(childId);
    // Back here the dialogs are closed; the window goes once nothing of it is on the stack.
    CHECK(lockAsked);
    CHECK(file.isNull());
    CHECK(form.isNull());
    REQUIRE(waitUntil([&] { return finished; }));
    CHECK(asked);
    CHECK(allGoneWhenAsked);
    CHECK(lastLockReason(t->path()) == QLatin1String("suspend"));
}

TEST_CASE("settings: the idle time is saved in the vault and used at once", "[ui][lock]")
{
    auto t = test::makeVault(vault::Role::Village, QStringLiteral("621126101201"));
    ui::MainWindow window(std::move(t->vault));
    auto* settings = window.privacyGuard()->settingsAction();
    test::driveModal<ui::SettingsDialog>(settings, [](ui::SettingsDialog* d) {
        auto* minutes = test::find<QSpinBox>(d, "idleLockSpinBox");
        CHECK(minutes->value() == 5); // the default
        minutes->setValue(12);
        d->accept();
    });
    CHECK(vault::IdleLockSetting::seconds(window.vault().database()) == 12 * 60);
    CHECK(window.privacyGuard()->idleLock()->seconds() == 12 * 60);
    audit::AuditFilter changes;
    changes.action = QStringLiteral("settings");
    const auto entries = audit::AuditLog::list(window.vault().database(), changes);
    REQUIRE(entries.size() == 1);
    CHECK(entries.first().detail == QLatin1String("720"));
}

TEST_CASE("settings: a larger text size is kept for this computer's user and applied to every window at once",
          "[ui][settings]")
{
    const int before = ui::TextSize::percent();
    auto t = test::makeVault(vault::Role::Village, QStringLiteral("621126101201"));
    ui::MainWindow window(std::move(t->vault));
    test::driveModal<ui::SettingsDialog>(window.privacyGuard()->settingsAction(), [&](ui::SettingsDialog* d) {
        auto* size = test::find<QComboBox>(d, "textSizeComboBox");
        CHECK(size->currentData().toInt() == before);
        size->setCurrentIndex(size->findData(130));
        d->accept();
    });
    CHECK(ui::TextSize::percent() == 130);
    CHECK(QApplication::font().pointSizeF() == ui::TextSize::pointsFor(130));
    CHECK(test::waitUntil([&] { return window.font().pointSizeF() == ui::TextSize::pointsFor(130); }, 2000));
    // Never smaller than readable, whatever the desktop's own size.
    CHECK(ui::TextSize::pointsFor(100) >= ui::TextSize::kMinimumPoints);
    CHECK(ui::TextSize::pointsFor(150) > ui::TextSize::pointsFor(100));
    ui::TextSize::setPercent(before);
    ui::TextSize::apply();
    CHECK(QApplication::font().pointSizeF() == ui::TextSize::pointsFor(before));
}
