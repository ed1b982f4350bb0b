// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/TestSupport.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/MainWindow.h"
#include "ui/Session.h"
#include "ui/UnlockDialog.h"

#include <catch2/catch_test_macros.hpp>

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTimer>

#include <functional>

using namespace tonghu;
using tonghu::test::waitUntil;

namespace {

// Types the passphrase into the unlock dialog once it is on screen; the dialog then accepts
// itself when the background unlock finishes.
void answerUnlockDialog(bool* answered)
{
    QTimer::singleShot(20, [answered] {
        auto* dialog = qobject_cast<ui::UnlockDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        dialog->findChild<QLineEdit*>(QStringLiteral("passphraseLineEdit"))
            ->setText(QString::fromUtf8(test::kPassphrase));
        dialog->findChild<QPushButton*>(QStringLiteral("unlockPushButton"))->click();
        *answered = true;
    });
}

} // namespace

TEST_CASE("session: unlock, lock back to the unlock dialog, unlock again, close to finish", "[ui]")
{
    auto t = test::makeVault(vault::Role::Village, QStringLiteral("621126101201"));
    t->vault.reset();
    ui::Session session(t->path());
    bool finished = false;
    QObject::connect(&session, &ui::Session::finished, [&] { finished = true; });

    bool answered = false;
    answerUnlockDialog(&answered);
    REQUIRE(session.start());
    CHECK(answered);
    QPointer<ui::MainWindow> first = session.mainWindow();
    REQUIRE(first);
    CHECK(first->isVisible());

    answered = false;
    answerUnlockDialog(&answered);
    first->findChild<QAction*>(QStringLiteral("lockAction"))->trigger();
    REQUIRE(
        waitUntil([&] { return session.mainWindow() != nullptr && session.mainWindow() != first.data(); }));
    CHECK(answered);
    CHECK(first.isNull()); // the locked window and its vault are gone
    CHECK_FALSE(finished);

    QPointer<ui::MainWindow> second = session.mainWindow();
    second->close();
    // The test runs outside QApplication::exec(), and a deleteLater() posted there waits for
    // an outermost event loop that never comes; deliver it as the application's loop would.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(second.isNull());
    REQUIRE(waitUntil([&] { return finished; }));
}
