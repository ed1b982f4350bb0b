// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/WebDavRemote.h"

#include "core/util/Error.h"

#include <QAuthenticator>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSet>
#include <QTimer>
#include <QXmlStreamReader>
#if QT_CONFIG(ssl)
#include <QSslError>
#endif

#include <initializer_list>
#include <memory>

namespace tonghu::sync {

namespace {

// No byte moving for this long, and the request is given up (Error{Unreachable}).
constexpr int kTransferTimeoutMs = 30'000;
// reachable() answers within this, server or not.
constexpr int kReachableTimeoutMs = 3'000;
// How often a running request looks at the cancel flag between progress signals.
constexpr int kCancelPollMs = 50;
// A PROPFIND answer lists names and sizes only; this allows tens of thousands of entries.
constexpr qint64 kMaxListingBytes = qint64(8) * 1024 * 1024;
// How much of an answer Qt holds before this thread has taken it.
constexpr qint64 kReadBufferBytes = qint64(256) * 1024;
// Far below any file system's limit, and above every name Outbox chooses.
constexpr qsizetype kMaxNameLength = 200;

const QString kDav = QStringLiteral("DAV:");

const QByteArray kPropfindBody = QByteArrayLiteral(
    "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
    "<D:propfind xmlns:D=\"DAV:\"><D:prop><D:resourcetype/><D:getcontentlength/></D:prop></D:propfind>");

bool isNameChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'.' ||
           u == u'_' || u == u'-';
}

// Letters, digits, '.', '_', '-'; no leading dot, so neither "." nor ".." nor a hidden name.
bool isSafeName(const QString& name)
{
    if (name.isEmpty() || name.size() > kMaxNameLength || name.front() == QLatin1Char('.'))
        return false;
    for (QChar c : name)
        if (!isNameChar(c))
            return false;
    return true;
}

enum class Progress { None, Upload, Download };

struct Request
{
    QByteArray verb;
    QUrl url;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    int timeoutMs = kTransferTimeoutMs;
    bool deadline = false; // timeoutMs also bounds the whole request, not only a silence
    qint64 maxResponse = kMaxListingBytes;
    Progress progress = Progress::None;
    qint64 progressBase = 0;                  // bytes moved by earlier requests of the same task
    qint64 progressTotal = -1;                // bytes the whole task moves, -1 when not known
    const TransferControl* control = nullptr; // null: not cancellable (clean-up, the final MOVE)
};

struct Response
{
    int status = 0;
    QByteArray body;
    bool tooLarge = false; // the answer was longer than Request::maxResponse and was cut off
};

// One QNetworkAccessManager for one public call, living in the calling thread. Requests of the
// call share its connections; nothing outlives the call.
class Session final
{
public:
    Session(QString location, QByteArray authorization)
        : m_location(std::move(location)), m_authorization(std::move(authorization))
    {
        // Credentials go out once, in the Authorization header. When the server still asks,
        // they are wrong: answering the challenge again would only repeat them.
        QObject::connect(&m_nam, &QNetworkAccessManager::authenticationRequired, &m_nam,
                         [](QNetworkReply*, QAuthenticator*) {});
    }

    Response send(const Request& r);
    // Throws unless the answer has one of the `ok` status codes.
    void expect(const Response& a, std::initializer_list<int> ok) const;
    // Best-effort removal of an upload that did not finish; failures are ignored.
    void discard(const QUrl& url) noexcept;

    Error unreachable() const
    {
        return Error(
            Error::Kind::Unreachable,
            WebDavRemote::tr("The sync server %1 cannot be reached: check the network connection and the "
                             "address.")
                .arg(m_location));
    }
    static Error cancelled()
    {
        return Error(
            Error::Kind::Cancelled,
            WebDavRemote::tr("The transfer to or from the sync server was cancelled: sync again when you are "
                             "ready."));
    }

private:
    // The event dispatcher must exist before the manager and the timers: a thread that was not
    // started by QThread (std::thread) gets its dispatcher when its first QEventLoop is made.
    QEventLoop m_loop;
    QNetworkAccessManager m_nam;
    QString m_location;
    QByteArray m_authorization;
};

Response Session::send(const Request& r)
{
    if (r.control && r.control->cancelled())
        throw cancelled();

    QNetworkRequest request(r.url);
    // A redirect would take the password along to wherever it points, and a WebDAV MOVE cannot
    // follow one anyway: it is reported, and the user enters the address it names.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(r.timeoutMs);
    // Bundles are compressed already; identity also keeps the size limits about real bytes.
    request.setRawHeader("Accept-Encoding", "identity");
    if (!m_authorization.isEmpty())
        request.setRawHeader("Authorization", m_authorization);
    for (const auto& [name, value] : r.headers)
        request.setRawHeader(name, value);

    std::unique_ptr<QNetworkReply> reply;
    if (r.verb == "GET")
        reply.reset(m_nam.get(request));
    else if (r.verb == "PUT")
        reply.reset(m_nam.put(request, r.body));
    else if (r.body.isEmpty())
        reply.reset(m_nam.sendCustomRequest(request, r.verb));
    else
        reply.reset(m_nam.sendCustomRequest(request, r.verb, r.body));
    QNetworkReply* const rp = reply.get();
    // Qt then reads from the socket only as fast as the answer is taken here, so a download
    // arrives in steps (for progress and cancelling) and never piles up beyond the limit.
    rp->setReadBufferSize(kReadBufferBytes);

    bool cancelled = false;
    bool tooLarge = false;
    bool timedOut = false;
    qint64 expectedLength = -1; // Content-Length, when the server sent one
    QStringList tlsErrors;
    Response answer;
    const auto stop = [rp](bool& why) {
        if (!rp->isFinished()) {
            why = true;
            rp->abort();
        }
    };
    const auto pollCancel = [&] {
        if (r.control && r.control->cancelled())
            stop(cancelled);
    };
    const auto report = [&](qint64 done, qint64 total) {
        if (r.control && r.control->progress) {
            if (r.progressTotal >= 0)
                r.control->report(r.progressBase + done, r.progressTotal);
            else
                r.control->report(done, total);
        }
        pollCancel();
    };

    QObject::connect(rp, &QNetworkReply::finished, &m_loop, &QEventLoop::quit);
    QObject::connect(rp, &QNetworkReply::metaDataChanged, &m_loop, [&] {
        bool known = false;
        const qint64 length = rp->header(QNetworkRequest::ContentLengthHeader).toLongLong(&known);
        expectedLength = known ? length : -1;
        if (expectedLength > r.maxResponse)
            stop(tooLarge);
    });
    QObject::connect(rp, &QNetworkReply::readyRead, &m_loop, [&] {
        answer.body += rp->readAll();
        if (answer.body.size() > r.maxResponse)
            stop(tooLarge);
        else if (r.progress == Progress::Download) // finer than downloadProgress, which Qt throttles
            report(answer.body.size(), expectedLength);
        else
            pollCancel();
    });
    QObject::connect(rp, &QNetworkReply::uploadProgress, &m_loop, [&](qint64 done, qint64 total) {
        // Qt also signals (0, 0) for a request without a body; only real steps are passed on.
        if (r.progress == Progress::Upload && total > 0)
            report(done, total);
        else
            pollCancel();
    });
#if QT_CONFIG(ssl)
    QObject::connect(rp, &QNetworkReply::sslErrors, &m_loop, [&](const QList<QSslError>& errors) {
        for (const QSslError& e : errors)
            tlsErrors << e.errorString();
    });
#endif
    QTimer poll;
    poll.setInterval(kCancelPollMs);
    QObject::connect(&poll, &QTimer::timeout, &m_loop, pollCancel);
    if (r.control && r.control->cancel)
        poll.start();
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &m_loop, [&] { stop(timedOut); });
    if (r.deadline)
        deadline.start(r.timeoutMs);

    if (!rp->isFinished())
        m_loop.exec(QEventLoop::ExcludeUserInputEvents);
    poll.stop();
    deadline.stop();
    if (!tooLarge && !cancelled)
        answer.body += rp->readAll();

    if (cancelled)
        throw Session::cancelled();
    if (tooLarge) {
        answer.tooLarge = true;
        answer.status = rp->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        return answer;
    }
    const QNetworkReply::NetworkError error = rp->error();
    if (!tlsErrors.isEmpty() || error == QNetworkReply::SslHandshakeFailedError) {
        const QString reason = tlsErrors.isEmpty() ? rp->errorString() : tlsErrors.join(QStringLiteral("; "));
        throw Error(
            Error::Kind::Unreachable,
            WebDavRemote::tr("The sync server %1 could not prove who it is (%2): check the address, and the "
                             "date and time of this computer.")
                .arg(m_location, reason));
    }
    // Errors below 200 are about the connection (refused, host not found, timed out, closed
    // midway, proxy): whatever status line came before, the answer is not complete. Our own
    // abort for a deadline, and Qt's for a transfer timeout, both end as OperationCanceledError.
    if (timedOut || (error != QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied))
        throw unreachable();
    answer.status = rp->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (answer.status == 0) // not an HTTP server at all
        throw unreachable();
    return answer;
}

void Session::expect(const Response& a, std::initializer_list<int> ok) const
{
    for (int s : ok)
        if (a.status == s)
            return;
    if (a.status == 401 || a.status == 403) {
        if (m_authorization.isEmpty())
            throw Error(
                Error::Kind::WrongSecret,
                WebDavRemote::tr("The sync server %1 asks for a user name and password: enter them in the "
                                 "sync settings.")
                    .arg(m_location));
        throw Error(
            Error::Kind::WrongSecret,
            WebDavRemote::tr("The sync server %1 did not accept the user name or password: check both in the "
                             "sync settings.")
                .arg(m_location));
    }
    if (a.status >= 300 && a.status < 400)
        throw Error(
            Error::Kind::Io,
            WebDavRemote::tr("The sync server %1 sends Tonghu elsewhere (HTTP %2): enter the address it "
                             "points to in the sync settings.")
                .arg(m_location)
                .arg(a.status));
    if (a.status == 507)
        throw Error(Error::Kind::Io,
                    WebDavRemote::tr("The sync server %1 is full: ask whoever runs it to make room.")
                        .arg(m_location));
    throw Error(Error::Kind::Io,
                WebDavRemote::tr("The sync server %1 refused the request (HTTP %2): try again later, "
                                 "or ask whoever runs the server.")
                    .arg(m_location)
                    .arg(a.status));
}

void Session::discard(const QUrl& url) noexcept
{
    try {
        Request r;
        r.verb = "DELETE";
        r.url = url;
        r.timeoutMs = kReachableTimeoutMs;
        r.deadline = true;
        send(r);
    } catch (...) {
        // The temporary name is hidden from listings and replaced by nothing; a left-over is
        // only wasted space on the server.
    }
}

// The last path segment of a PROPFIND href, decoded; empty for a collection ("…/").
QString lastSegment(const QString& href)
{
    if (href.endsWith(QLatin1Char('/')))
        return {};
    const QString raw = href.mid(href.lastIndexOf(QLatin1Char('/')) + 1);
    return QUrl::fromPercentEncoding(raw.toUtf8());
}

// The bundles in a 207 Multi-Status answer (RFC 4918 §14.16). Entries that are collections,
// or whose names are not bundle names (temporary uploads, anything a hostile server invents:
// "../x", encoded slashes, spaces), are left out. Returns false for XML that does not parse.
bool parseListing(const QByteArray& xml, QList<RemoteBundle>* out)
{
    QXmlStreamReader x(xml);
    QSet<QString> seen;
    QString href;
    qint64 size = -1;
    bool collection = false;
    int depth = 0;
    int responseDepth = -1; // the depth of the open <D:response>, -1 outside one
    while (!x.atEnd()) {
        switch (x.readNext()) {
        case QXmlStreamReader::StartElement: {
            ++depth;
            if (x.namespaceUri() != kDav)
                break;
            const QStringView name = x.name();
            if (name == u"response" && responseDepth < 0) {
                responseDepth = depth;
                href.clear();
                size = -1;
                collection = false;
            } else if (responseDepth > 0 && name == u"href" && depth == responseDepth + 1) {
                href = x.readElementText(QXmlStreamReader::SkipChildElements).trimmed();
                --depth;
            } else if (responseDepth > 0 && name == u"getcontentlength") {
                bool ok = false;
                const qint64 n =
                    x.readElementText(QXmlStreamReader::SkipChildElements).trimmed().toLongLong(&ok);
                size = ok && n >= 0 ? n : -1;
                --depth;
            } else if (responseDepth > 0 && name == u"collection") {
                collection = true;
            }
            break;
        }
        case QXmlStreamReader::EndElement:
            if (depth == responseDepth && x.namespaceUri() == kDav && x.name() == u"response") {
                responseDepth = -1;
                const QString name = lastSegment(href);
                if (!collection && WebDavRemote::isBundleName(name) && !seen.contains(name)) {
                    seen.insert(name);
                    out->append(RemoteBundle{name, size});
                }
            }
            --depth;
            break;
        default:
            break;
        }
    }
    return !x.hasError();
}

} // namespace

WebDavRemote::WebDavRemote(QUrl base, QString user, QString password)
{
    base.setUserInfo({});
    base.setQuery(QString());
    base.setFragment(QString());
    const QString scheme = base.scheme().toLower();
    if (!base.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")) ||
        base.host().isEmpty())
        throw Error(Error::Kind::BadInput,
                    tr("The sync server address %1 is not valid: enter one that starts with "
                       "http:// or https://.")
                        .arg(base.toDisplayString()));
    if (!base.path().endsWith(QLatin1Char('/')))
        base.setPath(base.path() + QLatin1Char('/'));
    m_base = std::move(base);
    if (!user.isEmpty())
        m_authorization = "Basic " + (user + QLatin1Char(':') + password).toUtf8().toBase64();
}

WebDavRemote::~WebDavRemote() = default;

bool WebDavRemote::isBundleName(const QString& name)
{
    return name.endsWith(QLatin1String(".tonghub")) && name.size() > 8 && isSafeName(name);
}

bool WebDavRemote::isDeviceId(const QString& id)
{
    return isSafeName(id);
}

QString WebDavRemote::location() const
{
    return m_base.toDisplayString(QUrl::RemoveUserInfo);
}

namespace {

void requireDeviceId(const QString& id)
{
    if (!WebDavRemote::isDeviceId(id))
        throw Error(
            Error::Kind::BadInput,
            WebDavRemote::tr("A device id may hold only letters, digits, '.', '_' and '-': enroll the device "
                             "again."));
}

void requireBundleName(const QString& name)
{
    if (!WebDavRemote::isBundleName(name))
        throw Error(
            Error::Kind::BadInput,
            WebDavRemote::tr("A bundle name may hold only letters, digits, '.', '_' and '-' and must end in "
                             ".tonghub: this file is not a Tonghu bundle and was left alone."));
}

// <base>/<deviceId>/ or <base>/<deviceId>/<name>; both parts are checked safe names, so
// nothing in them needs encoding and nothing can climb out of the base.
QUrl inside(const QUrl& base, const QString& deviceId, const QString& name = {})
{
    QUrl url = base;
    url.setPath(base.path(QUrl::FullyEncoded) + deviceId + QLatin1Char('/') + name, QUrl::TolerantMode);
    return url;
}

} // namespace

bool WebDavRemote::reachable()
{
    try {
        Session s(location(), m_authorization);
        Request r;
        r.verb = "PROPFIND";
        r.url = m_base;
        r.body = kPropfindBody;
        r.headers = {{"Depth", "0"}, {"Content-Type", "application/xml; charset=utf-8"}};
        r.timeoutMs = kReachableTimeoutMs;
        r.deadline = true;
        const Response a = s.send(r);
        return !a.tooLarge && a.status >= 200 && a.status < 300;
    } catch (...) {
        return false;
    }
}

QList<RemoteBundle> WebDavRemote::waitingFor(const QString& deviceId, const TransferControl& control)
{
    requireDeviceId(deviceId);
    Session s(location(), m_authorization);
    Request r;
    r.verb = "PROPFIND";
    r.url = inside(m_base, deviceId);
    r.body = kPropfindBody;
    r.headers = {{"Depth", "1"}, {"Content-Type", "application/xml; charset=utf-8"}};
    r.control = &control;
    const Response a = s.send(r);
    if (a.status == 404) // nobody has left anything for this device yet
        return {};
    if (a.tooLarge)
        throw Error(Error::Kind::BadInput,
                    tr("The sync server %1 sent a list of bundles too long to read: ask whoever "
                       "runs the server to clear the folder.")
                        .arg(location()));
    s.expect(a, {207});
    QList<RemoteBundle> bundles;
    if (!parseListing(a.body, &bundles))
        throw Error(Error::Kind::Io,
                    tr("The sync server %1 sent a list of bundles Tonghu cannot read: ask whoever "
                       "runs the server to check its WebDAV setup.")
                        .arg(location()));
    return bundles;
}

QByteArray WebDavRemote::fetch(const QString& deviceId, const RemoteBundle& bundle,
                               const TransferControl& control)
{
    requireDeviceId(deviceId);
    requireBundleName(bundle.name);
    const Error tooLarge(Error::Kind::BadInput,
                         tr("The bundle %1 on the sync server is larger than 64 MiB, so it was "
                            "not downloaded: ask whoever runs the server to remove it.")
                             .arg(bundle.name));
    if (bundle.size > kMaxBundleBytes)
        throw tooLarge;
    Session s(location(), m_authorization);
    Request r;
    r.verb = "GET";
    r.url = inside(m_base, deviceId, bundle.name);
    r.maxResponse = kMaxBundleBytes;
    r.progress = Progress::Download;
    r.control = &control;
    Response a = s.send(r);
    if (a.tooLarge && a.status >= 200 && a.status < 300)
        throw tooLarge;
    if (a.status == 404)
        throw Error(Error::Kind::NotFound,
                    tr("The bundle %1 is no longer on the sync server: sync again.").arg(bundle.name));
    s.expect(a, {200});
    control.report(a.body.size(), a.body.size());
    return std::move(a.body);
}

void WebDavRemote::deliver(const QString& name, const QByteArray& bytes, const QStringList& recipientIds,
                           const TransferControl& control)
{
    requireBundleName(name);
    for (const QString& id : recipientIds)
        requireDeviceId(id);
    if (bytes.size() > kMaxBundleBytes)
        throw Error(Error::Kind::BadInput,
                    tr("The bundle %1 is larger than 64 MiB, more than a sync server takes: "
                       "carry it on a USB stick instead.")
                        .arg(name));
    QStringList recipients = recipientIds;
    recipients.removeDuplicates();
    if (recipients.isEmpty())
        return;
    Session s(location(), m_authorization);
    const qint64 total = qint64(bytes.size()) * recipients.size();
    for (qsizetype i = 0; i < recipients.size(); ++i) {
        const QString& id = recipients.at(i);
        Request mkcol;
        mkcol.verb = "MKCOL";
        mkcol.url = inside(m_base, id);
        mkcol.control = &control;
        // 405: the collection is there already (RFC 4918 §9.3.1).
        s.expect(s.send(mkcol), {201, 405});

        // A name no reader takes for a bundle (leading dot, no .tonghub ending), unique per
        // upload so two senders never write into the same temporary file.
        const QString suffix = QString::number(QRandomGenerator::system()->generate64(), 16);
        const QUrl temporary =
            inside(m_base, id, QLatin1Char('.') + name + QLatin1Char('.') + suffix + QStringLiteral(".part"));
        const QUrl final = inside(m_base, id, name);
        try {
            Request put;
            put.verb = "PUT";
            put.url = temporary;
            put.body = bytes;
            put.headers = {{"Content-Type", "application/octet-stream"}};
            put.progress = Progress::Upload;
            put.progressBase = qint64(bytes.size()) * i;
            put.progressTotal = total;
            put.control = &control;
            s.expect(s.send(put), {200, 201, 204});
            if (control.cancelled())
                throw Session::cancelled();
            // Not cancellable once sent: a MOVE stopped midway could have happened or not.
            Request move;
            move.verb = "MOVE";
            move.url = temporary;
            move.headers = {{"Destination", final.toEncoded()}, {"Overwrite", "T"}};
            s.expect(s.send(move), {201, 204});
        } catch (...) {
            s.discard(temporary);
            throw;
        }
        control.report(qint64(bytes.size()) * (i + 1), total);
    }
}

void WebDavRemote::done(const QString& deviceId, const RemoteBundle& bundle, const TransferControl& control)
{
    requireDeviceId(deviceId);
    requireBundleName(bundle.name);
    Session s(location(), m_authorization);
    Request r;
    r.verb = "DELETE";
    r.url = inside(m_base, deviceId, bundle.name);
    r.control = &control;
    const Response a = s.send(r);
    if (a.status == 404) // gone already: removed by an earlier run, or by hand
        return;
    s.expect(a, {200, 204});
}

} // namespace tonghu::sync
