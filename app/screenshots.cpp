// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/screenshots.h"

#include "core/model/Worklist.h"
#include "core/reports/Summary.h"
#include "core/util/Error.h"
#include "core/util/SecureBuffer.h"
#include "core/vault/Vault.h"
#include "ui/BackupActions.h"
#include "ui/DashboardPage.h"
#include "ui/LedgerPage.h"
#include "ui/MainWindow.h"
#include "ui/OversightPage.h"
#include "ui/ReportsMenu.h"
#include "ui/ReviewQueuePage.h"
#include "ui/SetupWizard.h"
#include "ui/UnlockDialog.h"
#include "ui/WorklistModel.h"
#include "ui/WorklistPage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPixmap>
#include <QRadioButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <functional>

namespace tonghu::app {

namespace {

// Long enough for the event loop to lay out and paint a window and its fonts.
constexpr int kSettleMs = 800;

const QString kWizard = QStringLiteral("setup-wizard");
// The pages of the set-up wizard in the order it shows them; the first one is `setup-wizard`.
const QStringList kWizardPages{QString(), QStringLiteral("place"), QStringLiteral("user"),
                               QStringLiteral("passphrase"), QStringLiteral("recovery")};

void printError(const QString& message)
{
    std::fprintf(stderr, "tonghu: %s\n", message.toLocal8Bit().constData());
}

// Saves what is in front (the modal dialog the window opened, or `fallback`) and ends every event
// loop, a dialog's own too. exit(), not quit(): quit() first asks the windows to close, and the
// set-up wizard refuses once it holds a vault.
void grabAndQuit(QWidget* fallback, const QString& file, int& status)
{
    QWidget* shown = QApplication::activeModalWidget() ? QApplication::activeModalWidget() : fallback;
    if (shown->grab().save(file, "PNG"))
        status = 0;
    else
        printError(QCoreApplication::translate("main", "Could not write %1.").arg(file));
    QCoreApplication::exit(0);
}

// Calls done() once ready() holds, polling; a step that never gets there gives up after a minute.
void whenReady(QObject* context, std::function<bool()> ready, std::function<void()> done)
{
    auto* timer = new QTimer(context);
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    QObject::connect(timer, &QTimer::timeout, context, [timer, clock, ready, done] {
        if (!ready() && clock->elapsed() < 60000)
            return;
        timer->stop();
        timer->deleteLater();
        done();
    });
    timer->start(100);
}

template <typename T> T* child(QObject* parent, const char* name)
{
    return parent->findChild<T*>(QLatin1String(name));
}

void choose(QComboBox* combo, const char* code)
{
    if (combo)
        combo->setCurrentIndex(combo->findData(QLatin1String(code)));
}

// The wizard as a new child director sees it, filled in with the manual's example village, in a
// throw-away folder: the recovery page creates a vault there, which must be nobody's.
int shootSetupWizard(const QString& file, const QString& page)
{
    QTemporaryDir folder;
    ui::SetupWizard wizard(folder.path() + QStringLiteral("/vault"));
    wizard.setKdfParams(vault::KdfParams::fast());
    wizard.show();
    const qsizetype target = kWizardPages.indexOf(page);
    if (target >= 1) {
        child<QRadioButton>(&wizard, "villageRadioButton")->setChecked(true);
        wizard.next();
        choose(child<QComboBox>(&wizard, "provinceComboBox"), "62");
        choose(child<QComboBox>(&wizard, "cityComboBox"), "6211");
        choose(child<QComboBox>(&wizard, "countyComboBox"), "621126");
        choose(child<QComboBox>(&wizard, "townshipComboBox"), "621126103");
        child<QLineEdit>(&wizard, "villageNameLineEdit")->setText(QStringLiteral("红旗村"));
        child<QLineEdit>(&wizard, "villageCodeLineEdit")->setText(QStringLiteral("201"));
    }
    if (target >= 2) {
        wizard.next();
        child<QLineEdit>(&wizard, "userNameLineEdit")->setText(QStringLiteral("李老师"));
    }
    if (target >= 3) {
        wizard.next();
        // An example only, shown as dots; a sentence a director would remember.
        const QString example = QStringLiteral("村口的老槐树又开花了");
        child<QLineEdit>(&wizard, "passphraseLineEdit")->setText(example);
        child<QLineEdit>(&wizard, "confirmPassphraseLineEdit")->setText(example);
    }
    if (target >= 4)
        wizard.next();
    int status = 1;
    QWidget* code = child<QWidget>(&wizard, "writtenDownCheckBox");
    whenReady(
        &wizard, [&] { return target < 4 || (code && code->isVisible()); },
        [&] { QTimer::singleShot(kSettleMs, &wizard, [&] { grabAndQuit(&wizard, file, status); }); });
    QApplication::exec();
    return status;
}

// The dialog of every later start, as it opens: nothing is typed and nothing is unlocked.
int shootUnlock(const QString& vaultDir, const QString& file, bool recovery)
{
    ui::UnlockDialog dialog(vaultDir);
    dialog.show();
    if (recovery)
        child<QAbstractButton>(&dialog, "forgotPushButton")->click();
    int status = 1;
    QTimer::singleShot(kSettleMs, &dialog, [&] { grabAndQuit(&dialog, file, status); });
    QApplication::exec();
    return status;
}

// The first child on the worklist with an item of `kind` (or any child when none has one).
QString worklistChild(ui::MainWindow& window, model::WorklistItem::Kind kind)
{
    ui::WorklistModel* model = window.worklistPage()->model();
    model->reload(); // the worklist page may not have been shown
    QString any;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        const QString childId = index.data(ui::WorklistModel::ChildIdRole).toString();
        if (index.data(ui::WorklistModel::KindRole).toInt() == int(kind))
            return childId;
        if (any.isEmpty())
            any = childId;
    }
    return any;
}

// Unlocks with TONGHU_PASSPHRASE and shows the main window on the tab of `view`, or the dialog
// that `view` opens from it.
int shootMainWindow(const QString& vaultDir, const QString& file, const QString& view)
{
    QByteArray passphrase = qgetenv("TONGHU_PASSPHRASE");
    if (passphrase.isEmpty()) {
        printError(
            QCoreApplication::translate("main", "--screenshot needs the passphrase in TONGHU_PASSPHRASE."));
        return 2;
    }
    std::unique_ptr<vault::Vault> vault;
    try {
        const auto secret = SecureBuffer::fromText(std::string_view(passphrase.constData(), passphrase.size()));
        passphrase.fill('\0');
        vault = vault::Vault::unlock(vaultDir, secret);
    } catch (const Error& e) {
        printError(e.message());
        return 1;
    }
    ui::MainWindow window(std::move(vault));
    window.resize(1280, 720);
    auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("recordsTabWidget"));
    if (view == QLatin1String("worklist"))
        tabs->setCurrentWidget(window.worklistPage());
    if (view == QLatin1String("children"))
        tabs->setCurrentWidget(tabs->widget(tabs->indexOf(window.worklistPage()) + 1));
    if (view == QLatin1String("review-queue")) {
        if (!window.reviewQueuePage()) {
            printError(QCoreApplication::translate("main", "--screenshot-of review-queue needs a township's vault."));
            return 2;
        }
        tabs->setCurrentWidget(window.reviewQueuePage());
    }
    if (view == QLatin1String("dashboard"))
        tabs->setCurrentWidget(window.dashboardPage());
    if (view == QLatin1String("ledger"))
        tabs->setCurrentWidget(window.ledgerPage());
    if (view == QLatin1String("oversight")) {
        if (!window.oversightPage()) {
            printError(QCoreApplication::translate("main", "--screenshot-of oversight needs a township's or county's vault."));
            return 2;
        }
        tabs->setCurrentWidget(window.oversightPage());
    }
    if (view == QLatin1String("reports") && !window.reportsMenu()) {
        printError(QCoreApplication::translate("main", "--screenshot-of reports needs a township's or county's vault."));
        return 2;
    }
    window.show();
    int status = 1;
    const auto grab = [&] { grabAndQuit(&window, file, status); };
    QTimer::singleShot(kSettleMs, &window, [&] {
        using Kind = model::WorklistItem::Kind;
        // Each of these opens a modal dialog, which is grabbed from inside its event loop.
        std::function<void()> open;
        if (view == QLatin1String("visit"))
            open = [&] { window.startVisit(worklistChild(window, Kind::Draft)); };
        else if (view == QLatin1String("child-file"))
            open = [&] { window.openChildFile(worklistChild(window, Kind::OpenRisk)); };
        else if (view == QLatin1String("devices"))
            open = [&] { window.showDevices(); };
        else if (view == QLatin1String("sync-settings"))
            open = [&] { window.showSyncSettings(); };
        else if (view == QLatin1String("backup")) { // Records → Back up… asks first where to write
            open = [&] { window.backupActions()->backUpAction()->trigger(); };
            // Qt's own file chooser opens too narrow for the suggested name; a desktop's is wider.
            QTimer::singleShot(kSettleMs / 2, &window, [] {
                if (QWidget* chooser = QApplication::activeModalWidget())
                    chooser->resize(chooser->size().expandedTo(QSize(900, 520)));
            });
        }
        else if (view == QLatin1String("backup-secret")) // what Check a backup… asks once a file is chosen
            open = [&] { window.backupActions()->check(QStringLiteral("backup.tonghubackup")); };
        else if (view == QLatin1String("reports"))
            open = [&] { window.reportsMenu()->chooseAndSave(reports::Summary::Level::Township); };
        if (!open) {
            grab();
            return;
        }
        QTimer::singleShot(kSettleMs, &window, grab);
        open();
    });
    QApplication::exec();
    return status;
}

} // namespace

QStringList screenshotViews()
{
    QStringList views{QStringLiteral("worklist"),      QStringLiteral("children"),     QStringLiteral("visit"),
                      QStringLiteral("child-file"),    QStringLiteral("devices"),      QStringLiteral("sync-settings"),
                      QStringLiteral("review-queue"),  QStringLiteral("oversight"),    QStringLiteral("dashboard"),
                      QStringLiteral("ledger"),        QStringLiteral("backup"),       QStringLiteral("backup-secret"),
                      QStringLiteral("reports"),       QStringLiteral("unlock"),       QStringLiteral("unlock-recovery")};
    for (const QString& page : kWizardPages)
        views << (page.isEmpty() ? kWizard : kWizard + QLatin1Char('-') + page);
    return views;
}

int takeScreenshot(const QString& vaultDir, const QString& file, const QString& view)
{
    if (!screenshotViews().contains(view)) {
        printError(QCoreApplication::translate("main", "--screenshot-of takes one of: %1.")
                       .arg(screenshotViews().join(QStringLiteral(", "))));
        return 2;
    }
    if (view == kWizard)
        return shootSetupWizard(file, QString());
    if (view.startsWith(kWizard + QLatin1Char('-')))
        return shootSetupWizard(file, view.mid(kWizard.size() + 1));
    if (view == QLatin1String("unlock") || view == QLatin1String("unlock-recovery"))
        return shootUnlock(vaultDir, file, view == QLatin1String("unlock-recovery"));
    return shootMainWindow(vaultDir, file, view);
}

} // namespace tonghu::app
