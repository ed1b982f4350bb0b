// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/NginxDav.h"

#include <catch2/catch_test_macros.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

namespace tonghu::test {

namespace {

// Debian's path for the module of package libnginx-mod-http-dav-ext.
const QString kDavExtModule = QStringLiteral("/usr/lib/nginx/modules/ngx_http_dav_ext_module.so");
// A path outside every location, requested only to know the log is complete.
constexpr char kBarrier[] = "/tonghu-test-barrier";
const QString kMissing =
    QStringLiteral("the WebDAV tests need nginx with its dav module and libnginx-mod-http-dav-ext: run "
                   "packaging/install-deps.sh as root");

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

// A path as an nginx string: quoted, so a space in a temporary path cannot split it.
QByteArray quoted(const QString& path)
{
    return '"' + path.toUtf8() + '"';
}

} // namespace

quint16 NginxDav::freePort()
{
    QTcpServer probe;
    REQUIRE(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

NginxDav::NginxDav(const Options& options)
{
    const QString nginx = [] {
        const QString onPath = QStandardPaths::findExecutable(QStringLiteral("nginx"));
        // A non-root PATH often lacks the sbin folders.
        return onPath.isEmpty()
                   ? QStandardPaths::findExecutable(QStringLiteral("nginx"),
                                                    {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin"),
                                                     QStringLiteral("/usr/local/sbin")})
                   : onPath;
    }();
    if (nginx.isEmpty())
        FAIL("nginx is not installed: " << kMissing.toStdString());
    if (!QFileInfo::exists(kDavExtModule))
        FAIL(kDavExtModule.toStdString() << " is missing: " << kMissing.toStdString());
    REQUIRE(m_dir.isValid());
    for (const char* sub : {"www/sync", "temp", "logs"})
        REQUIRE(QDir(m_dir.path()).mkpath(QLatin1String(sub)));
    if (!options.user.isEmpty()) // nginx reads "{PLAIN}" entries as clear text: fine for a test
        writeFile(path(QStringLiteral("htpasswd")),
                  options.user.toUtf8() + ":{PLAIN}" + options.password.toUtf8() + '\n');

    // The port is free when chosen but could be taken before nginx binds it: then try another.
    for (int attempt = 0; attempt < 5; ++attempt)
        if (start(nginx, kDavExtModule, options))
            return;
    FAIL("nginx did not start on a free port; its log:\n" << errorLog().toStdString());
}

bool NginxDav::start(const QString& nginx, const QString& module, const Options& options)
{
    m_port = freePort();
    const QByteArray auth = options.user.isEmpty() ? QByteArray()
                                                   : "auth_basic \"Tonghu test\"; auth_basic_user_file " +
                                                         quoted(path(QStringLiteral("htpasswd"))) + ";";
    const QByteArray temp = path(QStringLiteral("temp")).toUtf8();
    QByteArray conf;
    conf += "load_module " + quoted(module) + ";\n";
    conf += "pid " + quoted(path(QStringLiteral("nginx.pid"))) + ";\n";
    conf += "events { worker_connections 64; }\n";
    conf += "http {\n";
    conf += "  log_format requests '$request_method $request_uri $status';\n";
    conf += "  access_log " + quoted(path(QStringLiteral("logs/access.log"))) + " requests;\n";
    // Every temporary path nginx creates at start-up, away from /var/lib/nginx.
    for (const char* kind : {"client_body", "proxy", "fastcgi", "uwsgi", "scgi"})
        conf += QByteArray("  ") + kind + "_temp_path \"" + temp + '/' + kind + "\";\n";
    conf += "  default_type application/octet-stream;\n";
    conf += "  server {\n";
    conf += "    listen 127.0.0.1:" + QByteArray::number(m_port) + ";\n";
    conf += "    root " + quoted(path(QStringLiteral("www"))) + ";\n";
    conf += "    location /sync/ {\n";
    conf += "      dav_methods PUT DELETE MKCOL COPY MOVE;\n";
    conf += "      dav_ext_methods PROPFIND OPTIONS;\n";
    conf += "      create_full_put_path on;\n";
    conf += "      dav_access user:rw;\n";
    conf += "      client_max_body_size 100m;\n";
    conf += "      " + auth + "\n";
    conf += "    }\n";
    conf += "    location /chunked/ {\n";
    conf += "      alias " + quoted(path(QStringLiteral("www/sync")) + QLatin1Char('/')) + ";\n";
    conf += "      " + auth + "\n";
    // A substitution that never matches still makes nginx drop Content-Length.
    conf += "      sub_filter_types *;\n";
    conf += "      sub_filter 'tonghu-test-never-matches' 'x';\n";
    conf += "    }\n";
    conf += "    " + options.extraConfig.toUtf8() + "\n";
    conf += "  }\n";
    conf += "}\n";
    writeFile(path(QStringLiteral("nginx.conf")), conf);

    const QString log = path(QStringLiteral("logs/error.log"));
    QFile::remove(log);
    m_process.setProgram(nginx);
    // -e: the error log from the first moment, before the configuration names one.
    m_process.setArguments({QStringLiteral("-p"), m_dir.path() + QLatin1Char('/'), QStringLiteral("-c"),
                            path(QStringLiteral("nginx.conf")), QStringLiteral("-e"), log,
                            QStringLiteral("-g"), QStringLiteral("daemon off; master_process off;")});
    // Output into files, not pipes: a pipe nobody reads (the test thread busy or waiting for a
    // worker) would fill up and stop nginx.
    m_process.setStandardOutputFile(path(QStringLiteral("logs/stdout.log")));
    m_process.setStandardErrorFile(path(QStringLiteral("logs/stderr.log")));
#ifdef Q_OS_LINUX
    // A test process that is killed (a ctest timeout, a closed pipe) runs no destructor: nginx
    // then goes down with it instead of holding the port and the temporary folder.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
    m_process.start();
    if (!m_process.waitForStarted(10'000))
        FAIL("nginx could not be started: " << m_process.errorString().toStdString());

    // Up once the port takes a connection; a bound of ten seconds only against a hang.
    for (int i = 0; i < 500; ++i) {
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, m_port);
        if (probe.waitForConnected(200))
            return true;
        if (m_process.waitForFinished(20))
            break;
    }
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished();
        FAIL("nginx started but never answered on port " << m_port << "; its log:\n"
                                                         << errorLog().toStdString());
    }
    if (errorLog().contains(QLatin1String("Address already in use")))
        return false;
    FAIL("nginx stopped at start-up; its log:\n" << errorLog().toStdString());
    return false;
}

NginxDav::~NginxDav()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(10'000)) {
        m_process.kill();
        m_process.waitForFinished();
    }
}

QUrl NginxDav::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/sync/").arg(m_port));
}

QUrl NginxDav::chunkedUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/chunked/").arg(m_port));
}

QString NginxDav::root() const
{
    return path(QStringLiteral("www/sync"));
}

QStringList NginxDav::requests()
{
    // nginx logs a request when it has answered it, in the same step: once it has answered a
    // later one, every earlier answer is in the log.
    QTcpSocket barrier;
    barrier.connectToHost(QHostAddress::LocalHost, m_port);
    REQUIRE(barrier.waitForConnected(10'000));
    barrier.write("GET " + QByteArray(kBarrier) + " HTTP/1.0\r\n\r\n");
    while (barrier.state() == QAbstractSocket::ConnectedState)
        if (!barrier.waitForReadyRead(10'000))
            break;
    QFile f(path(QStringLiteral("logs/access.log")));
    REQUIRE(f.open(QIODevice::ReadOnly));
    QStringList lines;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (!line.isEmpty() && !line.contains(kBarrier))
            lines << QString::fromUtf8(line);
    return lines;
}

QString NginxDav::errorLog() const
{
    QString text;
    for (const char* name : {"logs/error.log", "logs/stderr.log"}) {
        QFile f(path(QLatin1String(name)));
        if (f.open(QIODevice::ReadOnly))
            text += QString::fromUtf8(f.readAll());
    }
    return text;
}

} // namespace tonghu::test
