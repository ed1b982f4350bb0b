// SPDX-License-Identifier: GPL-3.0-or-later
// The `tonghu` desktop application: set up or unlock a vault, then the main window.
#include "core/util/Error.h"
#include "core/util/Language.h"
#include "core/util/SecureBuffer.h"
#include "core/vault/Vault.h"
#include "ui/MainWindow.h"
#include "ui/Session.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QPixmap>
#include <QSettings>
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

// Documentation screenshots: unlock with TONGHU_PASSPHRASE, show the main window, save it as
// PNG once the event loop has laid it out and painted it, and quit.
int takeScreenshot(const QString& vaultDir, const QString& file)
{
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
    window.show();
    int status = 1;
    QTimer::singleShot(800, &window, [&] {
        if (window.grab().save(file, "PNG"))
            status = 0;
        else
            printError(QCoreApplication::translate("main", "Could not write %1.").arg(file));
        QCoreApplication::quit();
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
    QGuiApplication::setDesktopFileName(QStringLiteral("tonghu"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/tonghu.svg")));

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
    parser.addOptions({vaultOption, langOption, screenshotOption});
    parser.process(app);

    const QString vaultDir = parser.value(vaultOption);
    if (parser.isSet(screenshotOption))
        return takeScreenshot(vaultDir, parser.value(screenshotOption));

    // The session decides when Tonghu ends: locking closes the main window without quitting.
    QApplication::setQuitOnLastWindowClosed(false);
    tonghu::ui::Session session(vaultDir);
    QObject::connect(&session, &tonghu::ui::Session::finished, &app, &QCoreApplication::quit,
                     Qt::QueuedConnection);
    if (!session.start())
        return 0;
    return QApplication::exec();
}
