// SPDX-License-Identifier: GPL-3.0-or-later
// The `tonghu` desktop application: set up or unlock a vault, then the main window.
#include "app/screenshots.h"
#include "core/util/Language.h"
#include "core/vault/Vault.h"
#include "ui/MainWindow.h"
#include "ui/SelfTest.h"
#include "ui/TextSize.h"
#include "ui/Session.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QSettings>

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
            "main", "Save the view chosen with --screenshot-of as a PNG file and exit (the main window's views "
                    "unlock the vault with the passphrase in TONGHU_PASSPHRASE)."),
        QStringLiteral("file"));
    const QStringList screenshotViews = tonghu::app::screenshotViews();
    const QCommandLineOption screenshotViewOption(
        QStringLiteral("screenshot-of"),
        QCoreApplication::translate("main", "What --screenshot shows: %1 (default: %2).")
            .arg(screenshotViews.join(QStringLiteral(", ")), screenshotViews.first()),
        QStringLiteral("view"), screenshotViews.first());
    const QCommandLineOption selfTestOption(
        QStringLiteral("self-test"),
        QCoreApplication::translate("main", "Check that this installation works (translations, encryption, the window) and exit."));
    parser.addOptions({vaultOption, langOption, screenshotOption, screenshotViewOption, selfTestOption});
    parser.process(app);
    if (parser.isSet(selfTestOption))
        return tonghu::ui::runSelfTest();

    const QString vaultDir = parser.value(vaultOption);
    if (parser.isSet(screenshotOption))
        return tonghu::app::takeScreenshot(vaultDir, parser.value(screenshotOption), parser.value(screenshotViewOption));

    // The session decides when Tonghu ends: locking closes the main window without quitting.
    QApplication::setQuitOnLastWindowClosed(false);
    tonghu::ui::Session session(vaultDir);
    QObject::connect(&session, &tonghu::ui::Session::finished, &app, &QCoreApplication::quit,
                     Qt::QueuedConnection);
    if (!session.start())
        return 0;
    return QApplication::exec();
}
