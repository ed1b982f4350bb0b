// SPDX-License-Identifier: GPL-3.0-or-later
// Running the real tonghu-cli binary from the CLI tests, as a script would.
#pragma once

#include <catch2/catch_test_macros.hpp>

#include <QByteArray>
#include <QJsonDocument>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace tonghu::test {

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QString err;

    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
    QStringList errLines() const { return err.split(QLatin1Char('\n'), Qt::SkipEmptyParts); }
};

// Runs tonghu-cli in an English environment, with the passphrase in TONGHU_PASSPHRASE unless it
// is null, and `input` on its standard input. Standard input is closed after it: the CLI must
// never wait for a prompt.
inline CliRun runCli(const QStringList& arguments, const char* passphrase, const QByteArray& input = {})
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("en_US.UTF-8"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("en_US.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    env.remove(QStringLiteral("TONGHU_PASSPHRASE"));
    if (passphrase)
        env.insert(QStringLiteral("TONGHU_PASSPHRASE"), QString::fromUtf8(passphrase));
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(TONGHU_CLI_PATH), arguments);
    REQUIRE(process.waitForStarted(30000));
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(120000));
    CliRun run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace tonghu::test
