// SPDX-License-Identifier: GPL-3.0-or-later
// `tonghu-cli`: the headless front end; all of it lives in core/cli so tests can link it.
#include "core/cli/CliApp.h"

#include <QCoreApplication>

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
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Tonghu"));
    QCoreApplication::setApplicationName(QStringLiteral("tonghu"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TONGHU_VERSION));
    return tonghu::cli::CliApp::run(QCoreApplication::arguments().mid(1));
}
