// SPDX-License-Identifier: GPL-3.0-or-later
// The WebDAV transport against a real nginx on 127.0.0.1 (tests/support/NginxDav), checking
// what the server holds on disk after each step.
#include "core/sync/WebDavRemote.h"
#include "core/util/Error.h"
#include "tests/support/NginxDav.h"
#include "tests/support/TestSupport.h"

#include <catch2/catch_test_macros.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <algorithm>
#include <atomic>
#include <optional>
#include <string>
#include <thread>
#include <utility>
#include <vector>

using namespace tonghu;
using sync::RemoteBundle;
using sync::TransferControl;
using sync::WebDavRemote;

namespace {

// Device ids as DeviceIdentity makes them, and a bundle name as Outbox makes it.
const QString kVillage = QStringLiteral("6f1c2a54-0d3e-4b8e-9a57-3c1d2e4f5a60");
const QString kTownship = QStringLiteral("a2b3c4d5-e6f7-4081-92a3-b4c5d6e7f809");
const QString kCounty = QStringLiteral("0c9d8e7f-6a5b-4c3d-8e2f-1a0b9c8d7e6f");
const QString kName = kVillage + QStringLiteral("-00000001-00000042.tonghub");

constexpr qint64 kMiB = 1024 * 1024;

// Bytes that differ from one call to the next, so a copy that mixed two uploads shows.
QByteArray someBytes(qint64 size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator gen(seed);
    gen.fillRange(reinterpret_cast<quint32*>(bytes.data()), size / 4);
    for (qint64 i = size / 4 * 4; i < size; ++i)
        bytes[i] = char(gen.generate());
    return bytes;
}

QByteArray onDisk(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

void putOnDisk(const QString& path, const QByteArray& bytes)
{
    REQUIRE(QDir().mkpath(QFileInfo(path).path()));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

QString inbox(const test::NginxDav& server, const QString& deviceId)
{
    return server.root() + u'/' + deviceId;
}

// Texts as std::string, which Catch prints in a failure message.
using Texts = std::vector<std::string>;
std::string str(const QString& s)
{
    return s.toStdString();
}

// Every file under the server's WebDAV folder, relative to it, sorted: what a reader could see.
Texts filesOnServer(const test::NginxDav& server)
{
    QStringList files;
    for (const QString& f : test::filesUnder(server.root()))
        files << QDir(server.root()).relativeFilePath(f);
    files.sort();
    Texts out;
    for (const QString& f : files)
        out.push_back(str(f));
    return out;
}

Texts names(const QList<RemoteBundle>& bundles)
{
    Texts out;
    for (const RemoteBundle& b : bundles)
        out.push_back(str(b.name));
    std::sort(out.begin(), out.end());
    return out;
}

template <class F> std::optional<Error> errorFrom(F&& f)
{
    try {
        std::forward<F>(f)();
    } catch (const Error& e) {
        return e;
    }
    return std::nullopt;
}

// Throws with `kind`, and a message that names neither secret nor anything else it should not.
template <class F> Error requireError(Error::Kind kind, F&& f)
{
    const std::optional<Error> e = errorFrom(std::forward<F>(f));
    REQUIRE(e.has_value());
    CHECK(int(e->kind()) == int(kind));
    CHECK_FALSE(e->message().isEmpty());
    return *e;
}

// A progress callback that sets the cancel flag once a transfer is partly done.
struct CancelMidway
{
    std::atomic_bool cancel = false;
    qint64 partialAt = -1; // the `done` at which it cancelled
    TransferControl control;

    CancelMidway()
    {
        control.cancel = &cancel;
        control.progress = [this](qint64 done, qint64 total) {
            if (partialAt < 0 && done > 0 && done < total) {
                partialAt = done;
                cancel = true;
            }
        };
    }
};

} // namespace

TEST_CASE("A bundle delivered over WebDAV to two devices is listed for each, fetched whole, and done removes "
          "it for "
          "that device only",
          "[webdav]")
{
    test::NginxDav server;
    WebDavRemote remote(server.url(), {}, {});
    const QByteArray bytes = someBytes(300'000, 1);

    remote.deliver(kName, bytes, {kTownship, kCounty}, {});

    // One final file per recipient, and no temporary upload left beside it.
    CHECK(filesOnServer(server) == Texts{str(kCounty + u'/' + kName), str(kTownship + u'/' + kName)});
    CHECK(onDisk(inbox(server, kTownship) + u'/' + kName) == bytes);
    for (const QString& device : {kTownship, kCounty}) {
        const QList<RemoteBundle> waiting = remote.waitingFor(device, {});
        REQUIRE(waiting.size() == 1);
        CHECK(waiting.front().name == kName);
        CHECK(waiting.front().size == bytes.size());
        CHECK(remote.fetch(device, waiting.front(), {}) == bytes);
    }
    // Nothing was left for the sender itself.
    CHECK(remote.waitingFor(kVillage, {}).isEmpty());

    remote.done(kTownship, RemoteBundle{kName, bytes.size()}, {});
    CHECK(remote.waitingFor(kTownship, {}).isEmpty());
    CHECK(names(remote.waitingFor(kCounty, {})) == Texts{str(kName)});
    CHECK(filesOnServer(server) == Texts{str(kCounty + u'/' + kName)});
    // Done twice (a second run, or another device cleaning up) is not an error.
    remote.done(kTownship, RemoteBundle{kName, bytes.size()}, {});
}

TEST_CASE("A delivery uploads under a hidden temporary name and moves it onto the final one", "[webdav]")
{
    test::NginxDav server;
    WebDavRemote remote(server.url(), {}, {});
    remote.deliver(kName, someBytes(1'000, 10), {kTownship}, {});
    remote.deliver(kName, someBytes(1'000, 11), {kTownship}, {});

    const QStringList log = server.requests();
    REQUIRE(log.size() == 6);
    const QString inboxPath = QStringLiteral("/sync/") + kTownship + u'/';
    CHECK(str(log[0]) == str(QStringLiteral("MKCOL ") + inboxPath + QStringLiteral(" 201")));
    CHECK(str(log[3]) == str(QStringLiteral("MKCOL ") + inboxPath + QStringLiteral(" 405"))); // there already
    for (int i : {1, 4}) {
        // PUT <inbox>/.<name>.<random>.part, then MOVE of that same name.
        const QStringList put = log[i].split(u' ');
        REQUIRE(put.size() == 3);
        CHECK(str(put[0]) == "PUT");
        CHECK(put[1].startsWith(inboxPath + u'.' + kName + u'.'));
        CHECK(put[1].endsWith(u".part"));
        CHECK(str(put[2]) == "201");
        // nginx answers 204 even when the MOVE creates the name (RFC 4918 says 201); both are fine.
        const QStringList move = log[i + 1].split(u' ');
        CHECK(str(log[i + 1]) == str(QStringLiteral("MOVE ") + put[1] + u' ' + move.value(2)));
        CHECK((move.value(2) == u"201" || move.value(2) == u"204"));
    }
    CHECK(log[1] != log[4]); // a fresh temporary name for each upload
}

TEST_CASE("A delivery that cannot move its upload into place removes it and says so", "[webdav]")
{
    test::NginxDav server;
    WebDavRemote remote(server.url(), {}, {});
    // A collection where the bundle should go: nginx refuses to replace it with a file.
    REQUIRE(QDir().mkpath(inbox(server, kTownship) + u'/' + kName));

    const Error e =
        requireError(Error::Kind::Io, [&] { remote.deliver(kName, someBytes(1'000, 12), {kTownship}, {}); });
    CHECK(e.message().contains(remote.location()));
    const QStringList log = server.requests();
    REQUIRE(log.size() == 4);
    const QString temporary = log[1].split(u' ').value(1);
    CHECK(str(log[1]) == str(QStringLiteral("PUT ") + temporary + QStringLiteral(" 201")));
    CHECK(log[2].startsWith(QStringLiteral("MOVE ") + temporary + u' '));
    CHECK(log[3].startsWith(QStringLiteral("DELETE ") + temporary + u' '));
    CHECK(filesOnServer(server).empty());
}

TEST_CASE("An inbox nobody wrote to, or emptied, lists nothing", "[webdav]")
{
    test::NginxDav server;
    WebDavRemote remote(server.url(), {}, {});
    // No collection at all: 404.
    CHECK(remote.waitingFor(kTownship, {}).isEmpty());
    // A collection holding nothing: the collection itself is not a bundle.
    REQUIRE(QDir().mkpath(inbox(server, kCounty)));
    CHECK(remote.waitingFor(kCounty, {}).isEmpty());
}

TEST_CASE("Delivering a bundle of the same name again replaces it whole", "[webdav]")
{
    test::NginxDav server;
    WebDavRemote remote(server.url(), {}, {});
    const QByteArray first = someBytes(200'000, 2);
    const QByteArray second = someBytes(1'000, 3);

    remote.deliver(kName, first, {kTownship}, {});
    remote.deliver(kName, second, {kTownship}, {});

    CHECK(filesOnServer(server) == Texts{str(kTownship + u'/' + kName)});
    CHECK(onDisk(inbox(server, kTownship) + u'/' + kName) == second);
    const QList<RemoteBundle> waiting = remote.waitingFor(kTownship, {});
    REQUIRE(waiting.size() == 1);
    CHECK(waiting.front().size == second.size());
    CHECK(remote.fetch(kTownship, waiting.front(), {}) == second);
}

TEST_CASE("A wrong or missing password is refused as a wrong secret and writes nothing", "[webdav]")
{
    const QString password = QStringLiteral("right-horse-7");
    const QString wrong = QStringLiteral("wrong-horse-8");
    test::NginxDav server(test::NginxDav::Options{QStringLiteral("sync"), password, {}});
    const QByteArray bytes = someBytes(10'000, 4);

    WebDavRemote wrongRemote(server.url(), QStringLiteral("sync"), wrong);
    const Error e =
        requireError(Error::Kind::WrongSecret, [&] { wrongRemote.deliver(kName, bytes, {kTownship}, {}); });
    CHECK_FALSE(e.message().contains(wrong));
    CHECK(e.message().contains(wrongRemote.location()));
    requireError(Error::Kind::WrongSecret, [&] { wrongRemote.waitingFor(kTownship, {}); });
    CHECK_FALSE(wrongRemote.reachable());

    WebDavRemote anonymous(server.url(), {}, {});
    requireError(Error::Kind::WrongSecret, [&] { anonymous.deliver(kName, bytes, {kTownship}, {}); });
    CHECK(filesOnServer(server).empty());
    CHECK(QDir(server.root()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());

    // The right one works, and nothing shows it.
    WebDavRemote remote(server.url(), QStringLiteral("sync"), password);
    CHECK(remote.reachable());
    remote.deliver(kName, bytes, {kTownship}, {});
    CHECK(remote.fetch(kTownship, RemoteBundle{kName, -1}, {}) == bytes);
    CHECK_FALSE(remote.location().contains(password));
}

TEST_CASE("A server that is not there is unreachable, and reachable() says so without throwing", "[webdav]")
{
    QUrl url;
    {
        test::NginxDav server;
        url = server.url();
        WebDavRemote remote(url, {}, {});
        CHECK(remote.reachable());
    }
    // The same address once the server has stopped.
    WebDavRemote remote(url, {}, {});
    CHECK_FALSE(remote.reachable());
    const Error e = requireError(Error::Kind::Unreachable, [&] { remote.waitingFor(kTownship, {}); });
    CHECK(e.message().contains(remote.location()));
    requireError(Error::Kind::Unreachable, [&] { remote.deliver(kName, "x", {kTownship}, {}); });
    requireError(Error::Kind::Unreachable, [&] { remote.fetch(kTownship, RemoteBundle{kName, 1}, {}); });
    requireError(Error::Kind::Unreachable, [&] { remote.done(kTownship, RemoteBundle{kName, 1}, {}); });

    // A port nobody has used.
    WebDavRemote nowhere(QUrl(QStringLiteral("http://127.0.0.1:%1/sync/").arg(test::NginxDav::freePort())),
                         {}, {});
    CHECK_FALSE(nowhere.reachable());
    requireError(Error::Kind::Unreachable, [&] { nowhere.waitingFor(kTownship, {}); });
}

TEST_CASE("The address shown never holds credentials, and only http and https are taken", "[webdav]")
{
    const WebDavRemote remote(QUrl(QStringLiteral("http://sync:secret-1@127.0.0.1:8080/dav")),
                              QStringLiteral("sync"), QStringLiteral("secret-2"));
    CHECK(remote.location() == QStringLiteral("http://127.0.0.1:8080/dav/"));
    for (const char* bad : {"ftp://127.0.0.1/dav/", "file:///tmp/dav/", "http:///nohost/", "127.0.0.1/dav"})
        requireError(Error::Kind::BadInput, [&] { WebDavRemote(QUrl(QLatin1String(bad)), {}, {}); });
}

TEST_CASE("Cancelling an upload midway throws Cancelled and leaves no file on the server", "[webdav]")
{
    test::NginxDav server;
    WebDavRemote remote(server.url(), {}, {});
    CancelMidway stop;

    requireError(Error::Kind::Cancelled,
                 [&] { remote.deliver(kName, someBytes(20 * kMiB, 5), {kTownship}, stop.control); });
    CHECK(stop.partialAt > 0);
    // Neither the bundle nor the temporary upload; and since another server could have kept part
    // of an upload cut off, the temporary name was deleted too.
    CHECK(filesOnServer(server).empty());
    const QStringList log = server.requests();
    REQUIRE(log.size() == 3);
    const QString temporary = log[1].split(u' ').value(1);
    CHECK(log[1].startsWith(QStringLiteral("PUT ") + temporary));
    CHECK(log[2].startsWith(QStringLiteral("DELETE ") + temporary + u' '));
    CHECK(remote.waitingFor(kTownship, {}).isEmpty());

    // A flag already set stops the call before it writes anything.
    requireError(Error::Kind::Cancelled, [&] { remote.deliver(kName, "x", {kTownship}, stop.control); });
    CHECK(filesOnServer(server).empty());
}

TEST_CASE("Cancelling a download midway throws Cancelled and leaves the bundle on the server", "[webdav]")
{
    test::NginxDav server;
    WebDavRemote remote(server.url(), {}, {});
    const QByteArray bytes = someBytes(20 * kMiB, 6);
    putOnDisk(inbox(server, kTownship) + u'/' + kName, bytes);
    CancelMidway stop;

    requireError(Error::Kind::Cancelled, [&] {
        remote.fetch(kTownship, RemoteBundle{kName, bytes.size()}, stop.control);
    });
    CHECK(stop.partialAt > 0);
    CHECK(names(remote.waitingFor(kTownship, {})) == Texts{str(kName)});
    CHECK(onDisk(inbox(server, kTownship) + u'/' + kName) == bytes);
}

TEST_CASE("Progress rises to done equal to total, over every copy of a delivery", "[webdav]")
{
    test::NginxDav server;
    WebDavRemote remote(server.url(), {}, {});
    const QByteArray bytes = someBytes(3 * kMiB, 7);
    std::vector<std::pair<qint64, qint64>> steps;
    TransferControl control;
    control.progress = [&](qint64 done, qint64 total) { steps.emplace_back(done, total); };

    remote.deliver(kName, bytes, {kTownship, kCounty}, control);
    REQUIRE_FALSE(steps.empty());
    const qint64 both = 2 * bytes.size();
    CHECK(steps.back() == std::pair<qint64, qint64>(both, both));
    for (std::size_t i = 0; i < steps.size(); ++i) {
        CHECK(steps[i].second == both);
        if (i > 0)
            CHECK(steps[i].first >= steps[i - 1].first);
    }

    steps.clear();
    CHECK(remote.fetch(kCounty, RemoteBundle{kName, bytes.size()}, control) == bytes);
    REQUIRE_FALSE(steps.empty());
    CHECK(steps.back() == std::pair<qint64, qint64>(bytes.size(), bytes.size()));
}

TEST_CASE("A bundle larger than 64 MiB is neither downloaded nor delivered", "[webdav]")
{
    test::NginxDav server;
    WebDavRemote remote(server.url(), {}, {});
    const QString big = QStringLiteral("huge.tonghub");
    {
        // Sparse: a file of zeros that takes no room on disk.
        QFile f(inbox(server, kTownship) + u'/' + big);
        REQUIRE(QDir().mkpath(inbox(server, kTownship)));
        REQUIRE(f.open(QIODevice::WriteOnly));
        REQUIRE(f.resize(WebDavRemote::kMaxBundleBytes + 1));
    }
    const QList<RemoteBundle> waiting = remote.waitingFor(kTownship, {});
    REQUIRE(waiting.size() == 1);
    CHECK(waiting.front().size == WebDavRemote::kMaxBundleBytes + 1);

    // Refused from the listed size, from the Content-Length, and, from a server that sends
    // none, from the bytes as they come.
    requireError(Error::Kind::BadInput, [&] { remote.fetch(kTownship, waiting.front(), {}); });
    requireError(Error::Kind::BadInput, [&] { remote.fetch(kTownship, RemoteBundle{big, -1}, {}); });
    WebDavRemote chunked(server.chunkedUrl(), {}, {});
    const QByteArray small = someBytes(5'000, 8);
    putOnDisk(inbox(server, kTownship) + u'/' + kName, small);
    REQUIRE(chunked.fetch(kTownship, RemoteBundle{kName, -1}, {}) == small); // the chunked path works at all
    requireError(Error::Kind::BadInput, [&] { chunked.fetch(kTownship, RemoteBundle{big, -1}, {}); });

    requireError(Error::Kind::BadInput, [&] {
        remote.deliver(kName, QByteArray(WebDavRemote::kMaxBundleBytes + 1, '\0'), {kCounty}, {});
    });
    CHECK_FALSE(QFileInfo::exists(inbox(server, kCounty)));
}

TEST_CASE("Names a server lists are taken only when they are plain bundle names", "[webdav]")
{
    // A hostile or broken server, answering every PROPFIND with a fixed listing.
    const QString listing = QStringLiteral(
        "<?xml version=\"1.0\"?><D:multistatus xmlns:D=\"DAV:\">"
        "<D:response><D:href>/hostile/dev/</D:href><D:propstat><D:prop><D:resourcetype><D:collection/>"
        "</D:resourcetype></D:prop></D:propstat></D:response>"
        "<D:response><D:href>/hostile/dev/..%2F..%2Fescape.tonghub</D:href></D:response>"
        "<D:response><D:href>/hostile/dev/%2E%2E%2Fdots.tonghub</D:href></D:response>"
        "<D:response><D:href>/hostile/dev/sub%2Fx.tonghub</D:href></D:response>"
        "<D:response><D:href>/hostile/dev/a%20b.tonghub</D:href></D:response>"
        "<D:response><D:href>/hostile/dev/.x.tonghub.1f.part</D:href></D:response>"
        "<D:response><D:href>/hostile/dev/%E4%B8%AD.tonghub</D:href></D:response>"
        "<D:response><D:href>/hostile/dev/sneaky.tonghub%00.txt</D:href></D:response>"
        "<D:response><D:href>/hostile/dev/folder.tonghub/</D:href></D:response>"
        "<D:response><D:href>/hostile/dev/box.tonghub</D:href><D:propstat><D:prop><D:resourcetype>"
        "<D:collection/></D:resourcetype></D:prop></D:propstat></D:response>"
        "<D:response><D:href>/hostile/dev/good-1.tonghub</D:href><D:propstat><D:prop>"
        "<D:getcontentlength>12</D:getcontentlength></D:prop></D:propstat></D:response>"
        "<D:response><x:href xmlns:x=\"urn:not-dav\">/hostile/dev/other-ns.tonghub</x:href></D:response>"
        // Only the name of an address is ever used, never the address: this one is fetched
        // from our own server like any other.
        "<D:response><D:href>http://elsewhere.invalid/dev/good-2.tonghub</D:href></D:response>"
        "</D:multistatus>");
    test::NginxDav server(test::NginxDav::Options{
        {},
        {},
        QStringLiteral(
            "location /hostile/ { default_type application/xml; return 207 '%1'; }\n"
            "location /broken/ { default_type application/xml; return 207 '<D:multistatus xmlns:D=\"DAV:\">"
            "<D:response><D:href>/broken/dev/a.tonghub'; }")
            .arg(listing)});

    WebDavRemote hostile(QUrl(QStringLiteral("http://127.0.0.1:%1/hostile/").arg(server.port())), {}, {});
    const QList<RemoteBundle> waiting = hostile.waitingFor(QStringLiteral("dev"), {});
    CHECK(names(waiting) ==
          Texts{str(QStringLiteral("good-1.tonghub")), str(QStringLiteral("good-2.tonghub"))});
    for (const RemoteBundle& b : waiting)
        CHECK(b.size == (b.name == u"good-1.tonghub" ? 12 : -1));

    WebDavRemote broken(QUrl(QStringLiteral("http://127.0.0.1:%1/broken/").arg(server.port())), {}, {});
    requireError(Error::Kind::Io, [&] { broken.waitingFor(QStringLiteral("dev"), {}); });

    // Files with such names put straight into a real nginx folder are not listed either.
    WebDavRemote remote(server.url(), {}, {});
    for (const char* name : {"a b.tonghub", "x%2F..%2Fy.tonghub", "..%2Fx.tonghub", ".hidden.tonghub",
                             "notes.txt", "ok.tonghub"})
        putOnDisk(inbox(server, kTownship) + u'/' + QString::fromUtf8(name), "x");
    REQUIRE(QDir().mkpath(inbox(server, kTownship) + QStringLiteral("/folder.tonghub")));
    CHECK(names(remote.waitingFor(kTownship, {})) == Texts{str(QStringLiteral("ok.tonghub"))});

    // Names and ids handed in are checked before anything goes out.
    for (const char* name : {"../x.tonghub", "a/b.tonghub", ".hidden.tonghub", "x.tonghub/..", "x.txt",
                             ".tonghub", "a b.tonghub", "%2E%2E.tonghub", ""}) {
        const QString n = QString::fromUtf8(name);
        requireError(Error::Kind::BadInput, [&] { remote.fetch(kTownship, RemoteBundle{n, 1}, {}); });
        requireError(Error::Kind::BadInput, [&] { remote.done(kTownship, RemoteBundle{n, 1}, {}); });
        requireError(Error::Kind::BadInput, [&] { remote.deliver(n, "x", {kCounty}, {}); });
    }
    for (const char* id : {"..", ".", "../sync", "a/b", "", "a b", "x?y"}) {
        const QString d = QString::fromUtf8(id);
        requireError(Error::Kind::BadInput, [&] { remote.waitingFor(d, {}); });
        requireError(Error::Kind::BadInput, [&] {
            remote.fetch(d, RemoteBundle{QStringLiteral("ok.tonghub"), 1}, {});
        });
        requireError(Error::Kind::BadInput, [&] { remote.deliver(kName, "x", {kCounty, d}, {}); });
    }
    CHECK(remote.fetch(kTownship, RemoteBundle{QStringLiteral("ok.tonghub"), 1}, {}) == "x");
    // Nothing was delivered by the refused calls, not even to the valid recipient listed first.
    CHECK_FALSE(QFileInfo::exists(inbox(server, kCounty)));
}

TEST_CASE("The WebDAV remote works from a thread Qt did not start", "[webdav]")
{
    test::NginxDav server;
    WebDavRemote remote(server.url(), {}, {});
    const QByteArray bytes = someBytes(500'000, 9);
    QString failure;
    QByteArray fetched;
    Texts listed;
    bool reachable = false;
    std::thread worker([&] {
        try {
            reachable = remote.reachable();
            remote.deliver(kName, bytes, {kTownship}, {});
            const QList<RemoteBundle> waiting = remote.waitingFor(kTownship, {});
            listed = names(waiting);
            if (!waiting.isEmpty())
                fetched = remote.fetch(kTownship, waiting.front(), {});
            remote.done(kTownship, RemoteBundle{kName, bytes.size()}, {});
        } catch (const Error& e) {
            failure = e.message();
        }
    });
    worker.join();
    CHECK(failure.isEmpty());
    CHECK(reachable);
    CHECK(listed == Texts{str(kName)});
    CHECK(fetched == bytes);
    CHECK(filesOnServer(server).empty());
}
