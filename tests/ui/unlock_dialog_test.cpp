// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/Error.h"
#include "tests/support/TestSupport.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/UnlockDialog.h"

#include <catch2/catch_test_macros.hpp>

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>

#include <functional>

using namespace tonghu;
using tonghu::test::waitUntil;
using ui::UnlockDialog;

using tonghu::test::find;

namespace {

QByteArray digest(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

const QString kPlace = QStringLiteral("621126101201");

} // namespace

TEST_CASE("unlock dialog: a wrong passphrase is refused with a message and changes nothing", "[ui]")
{
    auto t = test::makeVault(vault::Role::Village, kPlace);
    t->vault.reset();
    const QByteArray slotsBefore = digest(vault::Vault::keySlotsPath(t->path()));
    const QByteArray dbBefore = digest(vault::Vault::databasePath(t->path()));

    UnlockDialog dialog(t->path());
    dialog.show();
    auto* passphrase = find<QLineEdit>(&dialog, "passphraseLineEdit");
    auto* unlock = find<QPushButton>(&dialog, "unlockPushButton");
    auto* error = find<QLabel>(&dialog, "errorLabel");
    CHECK(passphrase->echoMode() == QLineEdit::Password);
    CHECK_FALSE(unlock->isEnabled()); // nothing typed yet

    passphrase->setText(QStringLiteral("not the passphrase"));
    unlock->click();
    REQUIRE(waitUntil([&] { return !dialog.isBusy() && error->isVisible(); }));
    CHECK_FALSE(error->text().isEmpty());
    CHECK(passphrase->text().isEmpty()); // wiped whatever the outcome
    CHECK(dialog.isVisible());
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK_FALSE(dialog.takeVault());
    CHECK(digest(vault::Vault::keySlotsPath(t->path())) == slotsBefore);
    CHECK(digest(vault::Vault::databasePath(t->path())) == dbBefore);

    passphrase->setText(QString::fromUtf8(test::kPassphrase));
    unlock->click();
    REQUIRE(waitUntil([&] { return !dialog.isVisible(); }));
    CHECK(dialog.result() == QDialog::Accepted);
    auto opened = dialog.takeVault();
    REQUIRE(opened);
    CHECK(opened->userName() == QStringLiteral("测试员"));
    CHECK(opened->placeCode() == kPlace);
}

TEST_CASE("unlock dialog: after repeated failures the button waits and counts down", "[ui]")
{
    auto t = test::makeVault(vault::Role::Village, kPlace);
    t->vault.reset();
    for (int i = 0; i < 3; ++i)
        CHECK_THROWS_AS(vault::Vault::unlock(t->path(), test::secret("wrong guess")), tonghu::Error);
    REQUIRE(vault::Vault::secondsUntilNextAttempt(t->path()) > 0);

    UnlockDialog dialog(t->path());
    dialog.show();
    auto* passphrase = find<QLineEdit>(&dialog, "passphraseLineEdit");
    passphrase->setText(QString::fromUtf8(test::kPassphrase));
    CHECK_FALSE(find<QPushButton>(&dialog, "unlockPushButton")->isEnabled());
    auto* error = find<QLabel>(&dialog, "errorLabel");
    CHECK(error->isVisible());
    const QString first = error->text();
    CHECK_FALSE(first.isEmpty());
    // The countdown ticks every second without anyone touching the dialog.
    CHECK(waitUntil([&] { return error->text() != first; }, 5000));
    // Return in the field does not get round the disabled button.
    emit passphrase->returnPressed();
    CHECK_FALSE(dialog.isBusy());
    CHECK(dialog.isVisible());
}

TEST_CASE("unlock dialog: the recovery code opens the vault and sets a new passphrase", "[ui]")
{
    auto t = test::makeVault(vault::Role::Village, kPlace);
    t->vault.reset();
    UnlockDialog dialog(t->path());
    dialog.show();
    find<QPushButton>(&dialog, "forgotPushButton")->click();
    auto* code = find<QLineEdit>(&dialog, "recoveryCodeLineEdit");
    auto* fresh = find<QLineEdit>(&dialog, "newPassphraseLineEdit");
    auto* again = find<QLineEdit>(&dialog, "confirmPassphraseLineEdit");
    auto* recover = find<QPushButton>(&dialog, "recoverPushButton");
    REQUIRE(code->isVisible());
    const QString newPassphrase = QStringLiteral("river7mountain lamp");

    code->setText(t->recoveryCode);
    fresh->setText(newPassphrase);
    again->setText(QStringLiteral("something else"));
    CHECK_FALSE(recover->isEnabled());
    again->setText(newPassphrase);
    REQUIRE(recover->isEnabled());
    recover->click();
    REQUIRE(waitUntil([&] { return !dialog.isVisible(); }, 60000));
    CHECK(dialog.result() == QDialog::Accepted);
    REQUIRE(dialog.takeVault());
    CHECK(fresh->text().isEmpty());
    CHECK(again->text().isEmpty());
    CHECK(vault::Vault::unlock(t->path(), SecureBuffer::fromText(newPassphrase.toStdString())) != nullptr);
}
