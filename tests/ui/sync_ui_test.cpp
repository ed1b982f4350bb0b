// SPDX-License-Identifier: GPL-3.0-or-later
// Sync in the window: enrolling devices, the sync target, the controller that syncs (by itself
// too) with real vaults through a real folder, and what the status bar says about it.
#include "core/model/DemoVillage.h"
#include "core/model/RecordStore.h"
#include "core/sync/DeviceIdentity.h"
#include "core/sync/Enrollment.h"
#include "core/sync/EventLog.h"
#include "core/sync/FolderRemote.h"
#include "core/sync/Outbox.h"
#include "core/sync/SyncStatus.h"
#include "core/sync/SyncTarget.h"
#include "core/sync/TrustStore.h"
#include "core/util/Error.h"
#include "tests/support/SyncFixture.h"
#include "tests/support/TestSupport.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/ChildListModel.h"
#include "ui/ConflictsDialog.h"
#include "ui/DevicesDialog.h"
#include "ui/FileDialog.h"
#include "ui/HouseholdListModel.h"
#include "ui/MainWindow.h"
#include "ui/SyncController.h"
#include "ui/SyncSettingsDialog.h"
#include "ui/SyncStatusWidget.h"
#include "ui/TrustedDeviceModel.h"

#include <catch2/catch_test_macros.hpp>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSemaphore>
#include <QSet>
#include <QSpinBox>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>

#include <atomic>

using namespace tonghu;
using tonghu::test::driveModal;
using tonghu::test::find;
using tonghu::test::waitUntil;

namespace {

const QString kVillage = QStringLiteral("621126101201");

// A digest of every shared table, the event log and the sync state, to tell "nothing changed".
QByteArray digest(storage::Database& db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char* table : {"households", "persons", "children", "visits", "mandatory_reports", "referrals", "events",
                              "held_bundles", "imported_bundles", "sync_acks", "trusted_devices", "places", "users"}) {
        auto st = db.prepare(std::string("SELECT * FROM ") + table + " ORDER BY 1");
        while (st.step())
            for (int i = 0; i < st.columnCount(); ++i)
                hash.addData(QJsonDocument(QJsonArray{st.json(i)}).toJson(QJsonDocument::Compact));
    }
    return hash.result();
}

qint64 count(storage::Database& db, const char* table)
{
    auto st = db.prepare(std::string("SELECT count(*) FROM ") + table);
    REQUIRE(st.step());
    return st.int64(0);
}

QString fingerprintOf(vault::Vault& vault)
{
    const sync::DevicePublicKeys keys = sync::DeviceIdentity::ensure(vault.database());
    return sync::DeviceIdentity::fingerprint(keys.signPublic, keys.boxPublic);
}

void saveFolderTarget(vault::Vault& vault, const QString& folder, bool automatic)
{
    sync::SyncTarget target;
    target.kind = sync::SyncTarget::Kind::Folder;
    target.folder = folder;
    target.automatic = automatic;
    target.save(vault.database());
}

// A village with a few synthetic children and its township, enrolled with each other.
struct Pair
{
    std::unique_ptr<test::TempVault> village = test::makeVault(vault::Role::Village, kVillage);
    std::unique_ptr<test::TempVault> township = test::makeVault(vault::Role::Township, kVillage.left(9));
    QTemporaryDir usb;

    explicit Pair(int children = 6)
    {
        const auto record = [](test::TempVault& t) { return sync::Enrollment::read(sync::Enrollment::exportOwn(*t.vault)); };
        sync::TrustStore(*township->vault).enroll(record(*village));
        sync::TrustStore(*village->vault).enroll(record(*township));
        if (children > 0) {
            model::DemoOptions o;
            o.children = children;
            o.seed = 11;
            o.placeCode = kVillage;
            o.today = QDate(2026, 4, 20);
            o.referenceYear = 2026;
            model::DemoVillage::generate(village->vault->database(), village->vault->userId(), o);
        }
    }
};

// What a controller said, in order.
struct Signals
{
    int started = 0;
    int checked = 0;
    bool lastReachable = false;
    QList<sync::SyncReport> finished;
    QStringList failed;
    QStringList cancelled;
    QObject context;

    explicit Signals(ui::SyncController* c)
    {
        QObject::connect(c, &ui::SyncController::started, &context, [this] { ++started; });
        QObject::connect(c, &ui::SyncController::finished, &context,
                         [this](const sync::SyncReport& r) { finished << r; });
        QObject::connect(c, &ui::SyncController::failed, &context, [this](const QString& m) { failed << m; });
        QObject::connect(c, &ui::SyncController::cancelled, &context, [this](const QString& m) { cancelled << m; });
        QObject::connect(c, &ui::SyncController::targetChecked, &context, [this](bool reachable) {
            ++checked;
            lastReachable = reachable;
        });
    }
    int ended() const { return int(finished.size() + failed.size() + cancelled.size()); }
};

// Syncs and waits for the outcome; the sync must go through.
sync::SyncReport syncAndWait(ui::SyncController* controller)
{
    Signals s(controller);
    REQUIRE(controller->syncNow());
    REQUIRE(waitUntil([&] { return s.ended() > 0; }));
    INFO("failed: " << s.failed.join(QLatin1Char('\n')).toStdString());
    REQUIRE(s.finished.size() == 1);
    return s.finished.first();
}

// A folder whose fetch() waits until the test lets it go, so a transfer is in flight for as
// long as the test needs, without guessing at durations.
class BlockingRemote final : public sync::Remote
{
public:
    explicit BlockingRemote(const QString& folder) : m_inner(folder) {}

    QSemaphore entered; // released when a fetch begins
    QSemaphore release; // the test releases it to let the fetch go on
    std::atomic_int fetches{0};
    std::atomic<const std::atomic_bool*> cancelFlag{nullptr}; // the transfer's, seen from inside

    QString location() const override { return m_inner.location(); }
    bool reachable() override { return m_inner.reachable(); }
    QList<sync::RemoteBundle> waitingFor(const QString& id, const sync::TransferControl& c) override
    {
        return m_inner.waitingFor(id, c);
    }
    QByteArray fetch(const QString& id, const sync::RemoteBundle& b, const sync::TransferControl& c) override
    {
        cancelFlag = c.cancel;
        entered.release();
        release.acquire();
        ++fetches;
        return m_inner.fetch(id, b, c);
    }
    void deliver(const QString& name, const QByteArray& bytes, const QStringList& to,
                 const sync::TransferControl& c) override
    {
        m_inner.deliver(name, bytes, to, c);
    }
    void done(const QString& id, const sync::RemoteBundle& b, const sync::TransferControl& c) override
    {
        m_inner.done(id, b, c);
    }

private:
    sync::FolderRemote m_inner;
};

// Never leaves a worker blocked, whatever the test's outcome.
struct ReleaseOnExit
{
    BlockingRemote& remote;
    ~ReleaseOnExit() { remote.release.release(1000); }
};

// What Tab reaches from `start` round the window.
QSet<QWidget*> tabReachable(QWidget* window)
{
    QSet<QWidget*> reached;
    QWidget* start = window->nextInFocusChain();
    QWidget* w = start;
    do {
        if ((w->focusPolicy() & Qt::TabFocus) && w->isVisibleTo(window) && w->isEnabled() && !w->focusProxy())
            reached << w;
        w = w->nextInFocusChain();
    } while (w && w != start);
    return reached;
}

// Every visible, enabled button and field can be reached with Tab; every label with a mnemonic
// has a buddy to take the focus.
void checkKeyboard(QWidget* window)
{
    const QSet<QWidget*> reached = tabReachable(window);
    for (QWidget* w : window->findChildren<QWidget*>()) {
        // Qt's own parts (the line edit inside a spin box) take the focus through their owner.
        if (!w->isVisibleTo(window) || !w->isEnabled() || w->objectName().startsWith(QLatin1String("qt_")))
            continue;
        if (qobject_cast<QAbstractButton*>(w) || qobject_cast<QLineEdit*>(w) || qobject_cast<QAbstractSpinBox*>(w)
            || qobject_cast<QTableView*>(w)) {
            INFO("not reached with Tab: " << w->objectName().toStdString() << " " << w->metaObject()->className());
            CHECK(reached.contains(w));
        }
    }
    for (QLabel* label : window->findChildren<QLabel*>()) {
        static const QRegularExpression mnemonic(QStringLiteral("&[^&\\s]"));
        if (label->isVisibleTo(window) && !label->text().contains(QLatin1Char('<')) && label->text().contains(mnemonic)) {
            INFO("label without a buddy: " << label->text().toStdString());
            CHECK(label->buddy() != nullptr);
        }
    }
}

QString writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(bytes) == bytes.size());
    return path;
}

} // namespace

TEST_CASE("devices dialog: a township enrolls a village's file after comparing the fingerprint, and revokes it",
          "[ui][sync]")
{
    auto village = test::makeVault(vault::Role::Village, kVillage);
    auto township = test::makeVault(vault::Role::Township, kVillage.left(9));
    QTemporaryDir files;
    const QString villageFingerprint = fingerprintOf(*village->vault);

    // The village saves its enrollment file through its dialog.
    ui::DevicesDialog villageDialog(*village->vault);
    villageDialog.show();
    CHECK(find<QLabel>(&villageDialog, "ownFingerprintLabel")->text() == villageFingerprint);
    CHECK(find<QLabel>(&villageDialog, "ownRoleLabel")->text() == vault::roleTitle(vault::Role::Village));
    CHECK(find<QLabel>(&villageDialog, "ownPlaceLabel")->text().contains(kVillage));
    checkKeyboard(&villageDialog);
    // The name suggested for the file says which kind of device and place, and nothing personal.
    const QString suggested = ui::DevicesDialog::enrollmentFileName(vault::Role::Village, kVillage);
    CHECK(suggested == QStringLiteral("tonghu-enrollment-village-621126101201.json"));
    const QString path = files.filePath(suggested);
    ui::FileDialog::setNextFileName(path);
    find<QPushButton>(&villageDialog, "saveEnrollmentPushButton")->click();
    QFile saved(path);
    REQUIRE(saved.open(QIODevice::ReadOnly));
    const QByteArray enrollmentBytes = saved.readAll();
    const sync::EnrollmentRecord record = sync::Enrollment::read(enrollmentBytes);
    CHECK(record.keys.deviceId == sync::DeviceIdentity::ensure(village->vault->database()).deviceId);
    CHECK(find<QLabel>(&villageDialog, "resultLabel")->isVisible());

    ui::DevicesDialog townDialog(*township->vault);
    townDialog.show();
    auto* list = find<QTableView>(&townDialog, "devicesTableView");
    QAbstractItemModelTester tester(list->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    storage::Database& town = township->vault->database();
    const QByteArray before = digest(town);

    // A malformed file, and a genuine one padded past the size limit: one warning each, and
    // nothing changes. The large one is refused by its size, before it is read.
    const QString malformed = writeFile(files.filePath(QStringLiteral("bad.json")), "{\"format\": \"tonghu-enrollment\",");
    const QString oversized = writeFile(files.filePath(QStringLiteral("big.json")),
                                        enrollmentBytes + QByteArray(sync::Enrollment::kMaxFileBytes, ' '));
    QStringList warnings;
    for (const QString& bad : {malformed, oversized}) {
        ui::FileDialog::setNextFileNames({bad});
        driveModal<QMessageBox>([&] { find<QPushButton>(&townDialog, "enrollPushButton")->click(); },
                                [&](QMessageBox* box) {
                                    CHECK(box->icon() == QMessageBox::Warning);
                                    warnings << box->text();
                                });
        CHECK(QApplication::activeModalWidget() == nullptr);
    }
    REQUIRE(warnings.size() == 2);
    CHECK_FALSE(warnings.at(0).isEmpty());
    CHECK_FALSE(warnings.at(1).isEmpty());
    CHECK(warnings.at(1) == ui::DevicesDialog::tr("This file is too large to be an enrollment file. Choose the "
                                                  ".json file the other device saved."));
    CHECK(digest(town) == before);
    CHECK(list->model()->rowCount() == 0);

    // The confirmation shows the role, the place and the fingerprint; cancelling it enrolls nothing.
    ui::FileDialog::setNextFileNames({path});
    driveModal<QMessageBox>([&] { find<QPushButton>(&townDialog, "enrollPushButton")->click(); },
                            [&](QMessageBox* box) {
                                CHECK(box->objectName() == QStringLiteral("confirmEnrollMessageBox"));
                                CHECK(box->informativeText().contains(villageFingerprint));
                                CHECK(box->informativeText().contains(QStringLiteral("测试村")));
                                CHECK(box->informativeText().contains(vault::roleTitle(vault::Role::Village)));
                                // Enter alone does not enroll.
                                CHECK(box->defaultButton() != find<QPushButton>(box, "confirmEnrollPushButton"));
                            });
    CHECK(sync::TrustStore(*township->vault).devices().isEmpty());
    CHECK(digest(town) == before);

    ui::FileDialog::setNextFileNames({path});
    driveModal<QMessageBox>([&] { find<QPushButton>(&townDialog, "enrollPushButton")->click(); },
                            [&](QMessageBox* box) { find<QPushButton>(box, "confirmEnrollPushButton")->click(); });
    const QList<sync::TrustedDevice> devices = sync::TrustStore(*township->vault).devices();
    REQUIRE(devices.size() == 1);
    CHECK(devices.first().record.keys.deviceId == record.keys.deviceId);
    CHECK(devices.first().relation == sync::TrustedDevice::Relation::Child);
    REQUIRE(list->model()->rowCount() == 1);
    const auto cell = [&](int column) { return list->model()->index(0, column).data().toString(); };
    CHECK(cell(ui::TrustedDeviceModel::RoleColumn) == vault::roleTitle(vault::Role::Village));
    CHECK(cell(ui::TrustedDeviceModel::PlaceColumn).contains(QStringLiteral("测试村")));
    CHECK(cell(ui::TrustedDeviceModel::RelationColumn)
          == ui::TrustedDeviceModel::relationText(sync::TrustedDevice::Relation::Child));
    CHECK(cell(ui::TrustedDeviceModel::FingerprintColumn) == villageFingerprint);
    CHECK_FALSE(cell(ui::TrustedDeviceModel::EnrolledColumn).isEmpty());
    CHECK_FALSE(list->model()->index(0, 0).data(ui::TrustedDeviceModel::RevokedRole).toBool());

    // Revoking asks first, then the store has it revoked and the list says so.
    auto* revoke = find<QPushButton>(&townDialog, "revokePushButton");
    list->selectRow(0);
    REQUIRE(revoke->isEnabled());
    checkKeyboard(&townDialog);
    driveModal<QMessageBox>([&] { revoke->click(); }, [&](QMessageBox* box) {
        CHECK(box->objectName() == QStringLiteral("confirmRevokeMessageBox"));
        find<QPushButton>(box, "confirmRevokePushButton")->click();
    });
    const auto revoked = sync::TrustStore(*township->vault).device(record.keys.deviceId);
    REQUIRE(revoked);
    CHECK(revoked->revoked());
    CHECK(list->model()->index(0, 0).data(ui::TrustedDeviceModel::RevokedRole).toBool());
    list->selectRow(0);
    CHECK_FALSE(revoke->isEnabled());
}

TEST_CASE("sync settings: a wrong server address keeps the dialog open and saves nothing; a folder is kept",
          "[ui][sync]")
{
    auto t = test::makeVault(vault::Role::Village, kVillage);
    storage::Database& db = t->vault->database();
    QTemporaryDir stick;

    {
        ui::SyncSettingsDialog dialog(db);
        dialog.show();
        checkKeyboard(&dialog);
        find<QRadioButton>(&dialog, "serverRadioButton")->setChecked(true);
        CHECK_FALSE(find<QLineEdit>(&dialog, "folderLineEdit")->isEnabled());
        find<QLineEdit>(&dialog, "urlLineEdit")->setText(QStringLiteral("ftp://example.org/dav"));
        find<QPushButton>(&dialog, "savePushButton")->click();
        CHECK(dialog.isVisible());
        auto* error = find<QLabel>(&dialog, "errorLabel");
        CHECK(error->isVisible());
        CHECK(error->text().contains(QStringLiteral("https://")));
        CHECK(sync::SyncTarget::load(db).kind == sync::SyncTarget::Kind::None);

        // A folder given without its full path is refused the same way.
        find<QRadioButton>(&dialog, "folderRadioButton")->setChecked(true);
        find<QLineEdit>(&dialog, "folderLineEdit")->setText(QStringLiteral("tonghu-sync"));
        find<QPushButton>(&dialog, "savePushButton")->click();
        CHECK(dialog.isVisible());
        CHECK(sync::SyncTarget::load(db).kind == sync::SyncTarget::Kind::None);

        // Browse fills in the folder; the test of the connection says whether it is there.
        ui::FileDialog::setNextFileName(stick.path());
        find<QPushButton>(&dialog, "browsePushButton")->click();
        CHECK(QDir::fromNativeSeparators(find<QLineEdit>(&dialog, "folderLineEdit")->text()) == stick.path());
        find<QPushButton>(&dialog, "testPushButton")->click();
        REQUIRE(waitUntil([&] { return !dialog.isTesting(); }));
        const QString yes = find<QLabel>(&dialog, "testResultLabel")->text();
        find<QLineEdit>(&dialog, "folderLineEdit")->setText(stick.filePath(QStringLiteral("not-plugged-in")));
        find<QPushButton>(&dialog, "testPushButton")->click();
        REQUIRE(waitUntil([&] { return !dialog.isTesting(); }));
        const QString no = find<QLabel>(&dialog, "testResultLabel")->text();
        CHECK(yes == ui::SyncSettingsDialog::tr("Yes: it can be reached."));
        CHECK(no != yes);
        CHECK_FALSE(no.isEmpty());

        find<QLineEdit>(&dialog, "folderLineEdit")->setText(QDir::toNativeSeparators(stick.path()));
        find<QCheckBox>(&dialog, "automaticCheckBox")->setChecked(false);
        CHECK_FALSE(find<QSpinBox>(&dialog, "intervalSpinBox")->isEnabled());
        find<QCheckBox>(&dialog, "automaticCheckBox")->setChecked(true);
        find<QSpinBox>(&dialog, "intervalSpinBox")->setValue(25);
        find<QPushButton>(&dialog, "savePushButton")->click();
        CHECK_FALSE(dialog.isVisible());
        CHECK(dialog.result() == QDialog::Accepted);
    }
    const sync::SyncTarget saved = sync::SyncTarget::load(db);
    CHECK(saved.kind == sync::SyncTarget::Kind::Folder);
    CHECK(saved.folder == stick.path());
    CHECK(saved.automatic);
    CHECK(saved.intervalMinutes == 25);

    // Opened again, the dialog shows what was saved.
    ui::SyncSettingsDialog again(db);
    CHECK(find<QRadioButton>(&again, "folderRadioButton")->isChecked());
    CHECK(QDir::fromNativeSeparators(find<QLineEdit>(&again, "folderLineEdit")->text()) == stick.path());
    CHECK(find<QCheckBox>(&again, "automaticCheckBox")->isChecked());
    CHECK(find<QSpinBox>(&again, "intervalSpinBox")->value() == 25);
}

TEST_CASE("sync: a village and its township exchange records through a folder from their windows, and the "
          "status bar follows",
          "[ui][sync]")
{
    Pair p;
    storage::Database& villageDb = p.village->vault->database();
    const qint64 children = count(villageDb, "children");
    const qint64 households = count(villageDb, "households");
    REQUIRE(children > 0);
    saveFolderTarget(*p.village->vault, p.usb.path(), false);
    saveFolderTarget(*p.township->vault, p.usb.path(), false);
    const int pending = sync::SyncStatus::read(villageDb).pendingEvents;
    REQUIRE(pending > 0);

    ui::MainWindow village(std::move(p.village->vault));
    ui::MainWindow township(std::move(p.township->vault));
    village.show();
    township.show();
    auto* pendingLabel = find<QLabel>(&village, "syncPendingLabel");
    auto* lastLabel = find<QLabel>(&village, "lastSyncLabel");
    CHECK(pendingLabel->text() == ui::SyncStatusWidget::tr("%n change(s) waiting to leave", nullptr, pending));
    CHECK(lastLabel->text() == ui::SyncStatusWidget::tr("Never synced"));
    CHECK_FALSE(find<QProgressBar>(&village, "syncProgressBar")->isVisible());
    CHECK_FALSE(find<QProgressBar>(&village, "syncProgressBar")->accessibleName().isEmpty());
    CHECK_FALSE(find<QPushButton>(&village, "syncCancelPushButton")->accessibleName().isEmpty());
    CHECK_FALSE(find<QAction>(&village, "syncNowAction")->shortcut().isEmpty());

    // The village leaves its bundle in the folder; nothing is confirmed yet.
    const sync::SyncReport sent = syncAndWait(village.syncController());
    CHECK_FALSE(sent.written.isEmpty());
    CHECK(QDir(p.usb.path()).entryList({QStringLiteral("*.tonghub")}, QDir::Files).size() == sent.written.size());
    const sync::SyncStatus afterSend = sync::SyncStatus::read(village.vault().database());
    CHECK(afterSend.pendingEvents == pending);
    REQUIRE(afterSend.lastSyncAt.isValid());
    CHECK(lastLabel->text()
          == ui::SyncStatusWidget::tr("Last sync: %1").arg(ui::SyncStatusWidget::whenText(afterSend.lastSyncAt)));
    CHECK(pendingLabel->text() == ui::SyncStatusWidget::tr("%n change(s) waiting to leave", nullptr, pending));

    // The township picks it up; its lists show the village's children without being asked.
    storage::Database& townDb = township.vault().database();
    CHECK(count(townDb, "children") == 0);
    CHECK(township.childModel()->rowCount() == 0);
    const sync::SyncReport arrived = syncAndWait(township.syncController());
    CHECK(arrived.imported == 1);
    CHECK(arrived.changes == pending);
    CHECK(arrived.refused.isEmpty());
    CHECK(count(townDb, "children") == children);
    CHECK(count(townDb, "households") == households);
    CHECK(township.childModel()->rowCount() == children);
    CHECK(township.householdModel()->rowCount() == households);
    CHECK(township.statusBar()->currentMessage() == ui::SyncStatusWidget::reportSummary(arrived));
    // ...and leaves the acknowledgement for the village.
    CHECK_FALSE(arrived.written.isEmpty());

    // At its next sync the village reads it: everything is confirmed.
    syncAndWait(village.syncController());
    CHECK(sync::SyncStatus::read(village.vault().database()).pendingEvents == 0);
    CHECK(pendingLabel->text() == ui::SyncStatusWidget::tr("Everything sent"));
    CHECK(township.syncController()->lastReport().has_value());
}

TEST_CASE("sync: a bundle that skips ahead is held, and the status bar names what it waits for", "[ui][sync]")
{
    Pair p;
    storage::Database& villageDb = p.village->vault->database();
    const QString villageDevice = sync::DeviceIdentity::ensure(villageDb).deviceId;
    const QString townDevice = sync::DeviceIdentity::ensure(p.township->vault->database()).deviceId;
    // The first bundle is lost on the way; the township only sees the second.
    QTemporaryDir lost;
    sync::Outbox(*p.village->vault).exportTo(lost.path());
    const qint64 first = sync::EventLog::lastSequence(villageDb, villageDevice);
    sync::Outbox(*p.village->vault).acknowledge(townDevice, villageDevice, first);
    model::RecordStore records(villageDb, p.village->vault->userId(), kVillage);
    test::addChild(records, QStringLiteral("测试童"), "male", QDate(2015, 3, 3));
    sync::Outbox(*p.village->vault).exportTo(p.usb.path());
    saveFolderTarget(*p.township->vault, p.usb.path(), false);

    ui::MainWindow township(std::move(p.township->vault));
    township.show();
    auto* held = find<QLabel>(&township, "syncHeldLabel");
    CHECK_FALSE(held->isVisible());
    const sync::SyncReport r = syncAndWait(township.syncController());
    CHECK(r.heldWaitingFor == QList<qint64>{1});
    CHECK(count(township.vault().database(), "children") == 0);
    CHECK(held->isVisible());
    CHECK(held->text()
          == ui::SyncStatusWidget::tr("A bundle is held until change %1 from %2 arrives").arg(1).arg(QStringLiteral("测试村")));
}

TEST_CASE("sync: fields changed on both sides are counted in the status bar until they are resolved",
          "[ui][sync][conflicts]")
{
    test::County c;
    c.conflictingReferral(QStringLiteral("closed"), QStringLiteral("accepted"));
    const int conflicts = sync::SyncStatus::read(c.a->vault->database()).openConflicts;
    REQUIRE(conflicts == 1);

    ui::MainWindow village(std::move(c.a->vault));
    village.show();
    auto* label = find<QLabel>(&village, "syncConflictsLabel");
    CHECK(label->isVisible());
    CHECK(label->text().contains(ui::SyncStatusWidget::tr("%n conflict(s) to resolve", nullptr, conflicts)));
    const int pending = sync::SyncStatus::read(village.vault().database()).pendingEvents;

    // Sync → Conflicts settles it; the status bar follows: no conflict, one more change to send.
    driveModal<ui::ConflictsDialog>(find<QAction>(&village, "conflictsAction"), [](ui::ConflictsDialog* d) {
        find<QPushButton>(d, "useOtherButton")->click();
    });
    CHECK_FALSE(label->isVisible());
    const int after = sync::SyncStatus::read(village.vault().database()).pendingEvents;
    CHECK(after > pending);
    CHECK(find<QLabel>(&village, "syncPendingLabel")->text()
          == ui::SyncStatusWidget::tr("%n change(s) waiting to leave", nullptr, after));
}

TEST_CASE("sync: a transfer cancelled while it waits leaves the vault as it was; a second request is ignored",
          "[ui][sync]")
{
    Pair p;
    saveFolderTarget(*p.village->vault, p.usb.path(), false);
    saveFolderTarget(*p.township->vault, p.usb.path(), false);
    {
        ui::SyncController village(*p.village->vault);
        syncAndWait(&village);
    }
    storage::Database& town = p.township->vault->database();
    const QByteArray before = digest(town);

    auto remote = std::make_shared<BlockingRemote>(p.usb.path());
    ReleaseOnExit releaser{*remote};
    ui::SyncController controller(*p.township->vault);
    controller.setRemoteFactory([remote](const sync::SyncTarget&) { return remote; });
    Signals s(&controller);
    REQUIRE(controller.syncNow());
    REQUIRE(waitUntil([&] { return remote->entered.tryAcquire(); }));
    CHECK(controller.isRunning());
    // While it runs, another request changes nothing.
    CHECK_FALSE(controller.syncNow());
    CHECK(s.started == 1);

    controller.cancel();
    remote->release.release();
    REQUIRE(waitUntil([&] { return s.ended() > 0; }));
    CHECK(s.cancelled.size() == 1);
    CHECK(s.finished.isEmpty());
    CHECK(s.failed.isEmpty());
    CHECK_FALSE(controller.isRunning());
    CHECK(digest(town) == before);
    CHECK(count(town, "children") == 0);
    CHECK_FALSE(sync::SyncStatus::read(town).lastSyncAt.isValid());

    // The next sync goes through.
    remote->release.release(100);
    const sync::SyncReport r = syncAndWait(&controller);
    CHECK(r.imported == 1);
    CHECK(count(town, "children") == count(p.village->vault->database(), "children"));
}

TEST_CASE("sync: Cancel in the status bar reaches the transfer; locking during it drops its result without "
          "touching the closed vault",
          "[ui][sync]")
{
    Pair p;
    saveFolderTarget(*p.village->vault, p.usb.path(), false);
    saveFolderTarget(*p.township->vault, p.usb.path(), false);
    {
        ui::SyncController village(*p.village->vault);
        syncAndWait(&village);
    }
    const QByteArray before = digest(p.township->vault->database());

    auto remote = std::make_shared<BlockingRemote>(p.usb.path());
    ReleaseOnExit releaser{*remote};
    {
        auto window = std::make_unique<ui::MainWindow>(std::move(p.township->vault));
        window->syncController()->setRemoteFactory([remote](const sync::SyncTarget&) { return remote; });
        REQUIRE(window->syncController()->syncNow());
        REQUIRE(waitUntil([&] { return remote->entered.tryAcquire(); }));
        // While it runs: progress and Cancel in the status bar, Sync now unavailable.
        window->show();
        auto* progress = find<QProgressBar>(window.get(), "syncProgressBar");
        auto* cancel = find<QPushButton>(window.get(), "syncCancelPushButton");
        CHECK(progress->isVisible());
        CHECK(cancel->isVisible());
        CHECK_FALSE(find<QAction>(window.get(), "syncNowAction")->isEnabled());
        // The button reaches the transfer itself.
        REQUIRE(remote->cancelFlag.load());
        CHECK_FALSE(remote->cancelFlag.load()->load());
        cancel->click();
        CHECK(remote->cancelFlag.load()->load());
        window.reset(); // the vault closes with the window, the transfer still in flight
    }
    remote->release.release(100);
    // The worker has finished and let go of everything it held once only the test holds the Remote.
    REQUIRE(waitUntil([&] { return remote->fetches > 0 && remote.use_count() == 1; }));

    auto reopened = vault::Vault::unlock(p.township->path(), test::secret(test::kPassphrase));
    CHECK(digest(reopened->database()) == before);
    CHECK(count(reopened->database(), "children") == 0);
}

TEST_CASE("sync by itself: nothing while the folder is missing, a sync once it appears, and again for new changes",
          "[ui][sync]")
{
    Pair p(2);
    const QString stick = p.usb.filePath(QStringLiteral("stick"));
    saveFolderTarget(*p.village->vault, stick, true);
    storage::Database& db = p.village->vault->database();
    ui::SyncController controller(*p.village->vault);
    Signals s(&controller);

    controller.checkTarget();
    REQUIRE(waitUntil([&] { return s.checked == 1; }));
    CHECK_FALSE(s.lastReachable);
    CHECK(s.started == 0);
    CHECK_FALSE(QFileInfo::exists(stick));
    CHECK_FALSE(sync::SyncStatus::read(db).lastSyncAt.isValid());

    // The stick is plugged in.
    REQUIRE(QDir().mkpath(stick));
    controller.checkTarget();
    REQUIRE(waitUntil([&] { return s.ended() == 1; }));
    CHECK(s.lastReachable);
    REQUIRE(s.finished.size() == 1);
    CHECK_FALSE(QDir(stick).entryList({QStringLiteral("*.tonghub")}, QDir::Files).isEmpty());
    CHECK(sync::SyncStatus::read(db).lastSyncAt.isValid());

    // Still there, nothing new, the interval not over: no sync.
    controller.checkTarget();
    REQUIRE(waitUntil([&] { return s.checked == 3; }));
    CHECK(s.started == 1);

    // A new change leaves at the next look.
    model::RecordStore records(db, p.village->vault->userId(), kVillage);
    test::addChild(records, QStringLiteral("测试童"), "female", QDate(2016, 8, 8));
    controller.checkTarget();
    REQUIRE(waitUntil([&] { return s.ended() == 2; }));
    CHECK(s.finished.size() == 2);

    // Switched off, it does not even look.
    sync::SyncTarget target = sync::SyncTarget::load(db);
    target.automatic = false;
    target.save(db);
    test::addChild(records, QStringLiteral("测试孩"), "male", QDate(2016, 9, 9));
    controller.checkTarget();
    CHECK_FALSE(controller.isRunning());
    CHECK(s.checked == 4);
    CHECK(s.started == 2);
}
