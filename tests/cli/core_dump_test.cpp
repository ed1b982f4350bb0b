// SPDX-License-Identifier: GPL-3.0-or-later
// A core dump of tonghu-cli would hold the database key and the records it was reading, so it
// turns them off before anything else. The process is caught while it opens its passphrase file
// (a FIFO, which the test holds) and its limits are read from the kernel.
#include "tests/cli/CliTestSupport.h"

#include <catch2/catch_test_macros.hpp>

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

TEST_CASE("tonghu-cli runs with core dumps off while it holds secrets", "[cli][hardening]")
{
    // The program must set the limit itself: it starts with core dumps allowed.
    rlimit mine{};
    REQUIRE(getrlimit(RLIMIT_CORE, &mine) == 0);
    if (mine.rlim_max == 0)
        SKIP("core dumps are off for this test already, so turning them off cannot be seen");
    mine.rlim_cur = mine.rlim_max;
    REQUIRE(setrlimit(RLIMIT_CORE, &mine) == 0);

    QTemporaryDir tmp;
    const QString fifo = tmp.filePath(QStringLiteral("passphrase"));
    REQUIRE(mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    QProcess cli;
    cli.start(QStringLiteral(TONGHU_CLI_PATH),
              {QStringLiteral("--vault"), tmp.filePath(QStringLiteral("vault")), QStringLiteral("--passphrase-file"),
               fifo, QStringLiteral("init"), QStringLiteral("--role"), QStringLiteral("village"),
               QStringLiteral("--place"), QStringLiteral("621126101201"), QStringLiteral("--user"),
               QStringLiteral("测试员"), QStringLiteral("--village-name"), QStringLiteral("测试村")});
    REQUIRE(cli.waitForStarted(30000));
    // Opening the FIFO for writing succeeds only once the program has it open for reading.
    int writer = -1;
    for (int i = 0; i < 1500 && writer < 0 && cli.state() == QProcess::Running; ++i) {
        writer = open(QFile::encodeName(fifo).constData(), O_WRONLY | O_NONBLOCK);
        if (writer < 0)
            QThread::msleep(20);
    }
    REQUIRE(writer >= 0);
    QFile f(QStringLiteral("/proc/%1/limits").arg(cli.processId()));
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QString limits = QString::fromLatin1(f.readAll());
    // "Max core file size        0                    0                    bytes"
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("^Max core file size\\s+(\\S+)\\s+(\\S+)"), QRegularExpression::MultilineOption)
            .match(limits);
    REQUIRE(m.hasMatch());
    CHECK(m.captured(1) == QStringLiteral("0"));
    CHECK(m.captured(2) == QStringLiteral("0"));
    // Nothing written: the program reads an empty passphrase, refuses it and creates nothing.
    close(writer);
    REQUIRE(cli.waitForFinished(30000));
    CHECK(cli.exitCode() == 2);
    CHECK_FALSE(QFile::exists(tmp.filePath(QStringLiteral("vault"))));
}
