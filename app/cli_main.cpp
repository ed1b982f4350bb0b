// SPDX-License-Identifier: GPL-3.0-or-later
// `tonghu-cli`: the headless front end; all of it lives in core/cli so tests can link it. The
// one thing added here is the drawing of PDF reports, which needs Qt Gui and so comes from ui/.
#include "core/cli/CliApp.h"
#include "core/cli/SummaryPdf.h"
#include "ui/SummaryDocument.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

namespace {

QtMessageHandler g_previousHandler = nullptr;

// Qt Gui's start-up notes on stderr (XDG_RUNTIME_DIR not set, when run from a plain shell or
// cron) would break the contract that stderr holds tonghu-cli's own one-line messages; only
// critical and fatal ones go through while the QGuiApplication is made.
void quietStartup(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if ((type == QtCriticalMsg || type == QtFatalMsg) && g_previousHandler)
        g_previousHandler(type, context, message);
}

} // namespace

#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#include <sys/resource.h>
#endif

int main(int argc, char* argv[])
{
#ifdef Q_OS_LINUX
    // A core dump would hold the database key and whatever records were being read.
    const rlimit none{0, 0};
    setrlimit(RLIMIT_CORE, &none);
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#endif
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    std::unique_ptr<QCoreApplication> app;
    if (tonghu::cli::CliApp::drawsPages(arguments)) {
        // Fonts and a painter need a QGuiApplication; a script or a server has no display, and
        // drawing into a PDF needs none, so the offscreen platform whatever the environment says.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        g_previousHandler = qInstallMessageHandler(quietStartup);
        app = std::make_unique<QGuiApplication>(argc, argv);
        qInstallMessageHandler(g_previousHandler);
        tonghu::cli::setSummaryPdfWriter(&tonghu::ui::writeSummaryPdf);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("Tonghu"));
    QCoreApplication::setApplicationName(QStringLiteral("tonghu"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TONGHU_VERSION));
    return tonghu::cli::CliApp::run(QCoreApplication::arguments().mid(1));
}
