// SPDX-License-Identifier: GPL-3.0-or-later
// The `tonghu` desktop application: set up or unlock a vault, then the main window.
#include "core/util/Error.h"
#include "core/util/Language.h"
#include "core/util/SecureBuffer.h"
#include "core/vault/Vault.h"
#include "core/model/Worklist.h"
#include "ui/DashboardPage.h"
#include "ui/MainWindow.h"
#include "ui/OversightPage.h"
#include "ui/ReviewQueuePage.h"
#include "ui/SelfTest.h"
#include "ui/TextSize.h"
#include "ui/Session.h"
#include "ui/WorklistModel.h"
#include "ui/WorklistPage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QPixmap>
#include <QSettings>
#include <QTabWidget>
#include <QTimer>

#include <cstdio>

#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#include <sys/resource.h>
#endif

namespace {

// A core dump would hold the database key and whatever records were on screen.
void disableCoreDumps()
{
#ifdef Q_OS_LINUX
    const rlimit none{0, 0};
    setrlimit(RLIMIT_CORE, &none);
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#endif
}

// The language has to be known before the command-line help is printed in it.
QString requestedLanguage(const QStringList& arguments)
{
    const QString fromArguments = tonghu::languageFromArguments(arguments);
    return fromArguments.isEmpty() ? QSettings().value(QStringLiteral("ui/language")).toString() : fromArguments;
}

void printError(const QString& message)
{
    std::fprintf(stderr, "tonghu: %s\n", message.toLocal8Bit().constData());
}

// The first child on the worklist with an item of `kind` (or any child when none has one).
QString worklistChild(tonghu::ui::MainWindow& window, tonghu::model::WorklistItem::Kind kind)
{
    const QAbstractItemModel* model = window.worklistPage()->model();
    QString any;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        const QString childId = index.data(tonghu::ui::WorklistModel::ChildIdRole).toString();
        if (index.data(tonghu::ui::WorklistModel::KindRole).toInt() == int(kind))
            return childId;
        if (any.isEmpty())
            any = childId;
    }
    return any;
}

// Documentation screenshots: unlock with TONGHU_PASSPHRASE, show the main window on the worklist,
// the children, a township's review queue, the oversight page or the dashboard, or the visit form
// or a child's file opened from the worklist, or the devices or sync settings dialog, save it as
// PNG once the event loop has laid it out and painted it, and quit.
int takeScreenshot(const QString& vaultDir, const QString& file, const QString& view)
{
    const QStringList views{QStringLiteral("worklist"), QStringLiteral("children"), QStringLiteral("visit"),
                            QStringLiteral("child-file"), QStringLiteral("devices"),
                            QStringLiteral("sync-settings"), QStringLiteral("review-queue"),
                            QStringLiteral("oversight"), QStringLiteral("dashboard")};
    if (!views.contains(view)) {
        printError(QCoreApplication::translate("main", "--screenshot-of takes worklist, children, visit, child-file, devices, sync-settings, review-queue, oversight or dashboard."));
        return 2;
    }
    QByteArray passphrase = qgetenv("TONGHU_PASSPHRASE");
    if (passphrase.isEmpty()) {
        printError(
            QCoreApplication::translate("main", "--screenshot needs the passphrase in TONGHU_PASSPHRASE."));
        return 2;
    }
    std::unique_ptr<tonghu::vault::Vault> vault;
    try {
        const auto secret =
            tonghu::SecureBuffer::fromText(std::string_view(passphrase.constData(), passphrase.size()));
        passphrase.fill('\0');
        vault = tonghu::vault::Vault::unlock(vaultDir, secret);
    } catch (const tonghu::Error& e) {
        printError(e.message());
        return 1;
    }
    tonghu::ui::MainWindow window(std::move(vault));
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
    if (view == QLatin1String("oversight")) {
        if (!window.oversightPage()) {
            printError(QCoreApplication::translate("main", "--screenshot-of oversight needs a township's or county's vault."));
            return 2;
        }
        tabs->setCurrentWidget(window.oversightPage());
    }
    window.show();
    int status = 1;
    // The window to grab: the main window, or the dialog it has opened by then.
    const auto grab = [&] {
        QWidget* shown = QApplication::activeModalWidget() ? QApplication::activeModalWidget() : &window;
        if (shown->grab().save(file, "PNG"))
            status = 0;
        else
            printError(QCoreApplication::translate("main", "Could not write %1.").arg(file));
        QCoreApplication::quit(); // also ends the dialog's own event loop
    };
    QTimer::singleShot(800, &window, [&] {
        using Kind = tonghu::model::WorklistItem::Kind;
        if (view == QLatin1String("visit")) {
            QTimer::singleShot(800, &window, grab);
            window.startVisit(worklistChild(window, Kind::Draft));
        } else if (view == QLatin1String("child-file")) {
            QTimer::singleShot(800, &window, grab);
            window.openChildFile(worklistChild(window, Kind::OpenRisk));
        } else if (view == QLatin1String("devices")) {
            QTimer::singleShot(800, &window, grab);
            window.showDevices();
        } else if (view == QLatin1String("sync-settings")) {
            QTimer::singleShot(800, &window, grab);
            window.showSyncSettings();
        } else {
            grab();
        }
    });
    QApplication::exec();
    return status;
}

} // namespace

int main(int argc, char* argv[])
{
    disableCoreDumps();
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Tonghu"));
    QCoreApplication::setApplicationName(QStringLiteral("tonghu"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TONGHU_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.tonghu.Tonghu"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/tonghu.svg")));
    tonghu::ui::TextSize::apply();

    const QString language = requestedLanguage(QCoreApplication::arguments());
    if (!language.isEmpty() && language != QLatin1String("zh_CN") && language != QLatin1String("en")) {
        printError(QCoreApplication::translate("main", "--lang takes zh_CN or en."));
        return 2;
    }
    tonghu::installTranslations(language);
    // The desktop appends this to every window title, so it follows the language too.
    QGuiApplication::setApplicationDisplayName(QCoreApplication::translate("main", "Tonghu"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Case records for children in difficulty."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption vaultOption(QStringLiteral("vault"),
                                         QCoreApplication::translate("main", "The vault folder."),
                                         QStringLiteral("dir"), tonghu::vault::Vault::defaultDirectory());
    const QCommandLineOption langOption(
        QStringLiteral("lang"), QCoreApplication::translate("main", "Interface language: zh_CN or en."),
        QStringLiteral("language"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QCoreApplication::translate(
            "main", "Save the main window as a PNG file and exit (passphrase from TONGHU_PASSPHRASE)."),
        QStringLiteral("file"));
    const QCommandLineOption screenshotViewOption(
        QStringLiteral("screenshot-of"),
        QCoreApplication::translate("main", "What --screenshot shows: worklist (default), children, visit, child-file, devices, sync-settings, review-queue, oversight or dashboard."),
        QStringLiteral("view"), QStringLiteral("worklist"));
    const QCommandLineOption selfTestOption(
        QStringLiteral("self-test"),
        QCoreApplication::translate("main", "Check that this installation works (translations, encryption, the window) and exit."));
    parser.addOptions({vaultOption, langOption, screenshotOption, screenshotViewOption, selfTestOption});
    parser.process(app);
    if (parser.isSet(selfTestOption))
        return tonghu::ui::runSelfTest();

    const QString vaultDir = parser.value(vaultOption);
    if (parser.isSet(screenshotOption))
        return takeScreenshot(vaultDir, parser.value(screenshotOption), parser.value(screenshotViewOption));

    // The session decides when Tonghu ends: locking closes the main window without quitting.
    QApplication::setQuitOnLastWindowClosed(false);
    tonghu::ui::Session session(vaultDir);
    QObject::connect(&session, &tonghu::ui::Session::finished, &app, &QCoreApplication::quit,
                     Qt::QueuedConnection);
    if (!session.start())
        return 0;
    return QApplication::exec();
}
