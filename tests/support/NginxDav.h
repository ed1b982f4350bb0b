// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

namespace tonghu::test {

// A private nginx serving WebDAV on 127.0.0.1, for as long as the object lives: the real server
// the WebDAV transport is meant for, run as the current user from a temporary folder (its own
// configuration, document root, temporary and log files), in the foreground and without worker
// processes so it never changes user. nginx with the dav module and the dav-ext module (PROPFIND)
// must be installed: without them the test fails, it is not skipped.
class NginxDav final
{
public:
    struct Options
    {
        QString user; // empty: no authentication; otherwise HTTP Basic with this user only
        QString password;
        QString extraConfig; // more directives inside the server block, e.g. a location
    };

    NginxDav() : NginxDav(Options{}) {}
    explicit NginxDav(const Options& options);
    ~NginxDav();
    Q_DISABLE_COPY_MOVE(NginxDav)

    quint16 port() const { return m_port; }
    // The WebDAV base, http://127.0.0.1:<port>/sync/.
    QUrl url() const;
    // The same files, read-only and sent chunked without a Content-Length, as a proxy or a
    // dynamic server would send them.
    QUrl chunkedUrl() const;
    // The folder on disk behind url().
    QString root() const;
    // Every request nginx has answered so far, one "METHOD /raw/uri STATUS" line each.
    QStringList requests();
    // What nginx wrote to its error log so far (for failure messages).
    QString errorLog() const;

    // A TCP port on 127.0.0.1 that nothing listened on a moment ago.
    static quint16 freePort();

private:
    bool start(const QString& nginx, const QString& module, const Options& options);
    QString path(const QString& relative) const { return m_dir.filePath(relative); }

    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
};

} // namespace tonghu::test
