// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/Inbox.h"

#include "core/audit/AuditLog.h"
#include "core/model/RecordStore.h"
#include "core/model/Retention.h"
#include "core/storage/Database.h"
#include "core/sync/Bundle.h"
#include "core/sync/DeviceIdentity.h"
#include "core/sync/EventLog.h"
#include "core/sync/Hlc.h"
#include "core/sync/Outbox.h"
#include "core/sync/StoredChanges.h"
#include "core/sync/TrustStore.h"
#include "core/util/Error.h"
#include "core/util/RecordId.h"
#include "core/vault/Vault.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <future>
#include <memory>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace tonghu::sync {

namespace {

// What travels up from a village (and on from a township): its records and submitted visits.
const QSet<QString> kUpEntities{QStringLiteral("households"), QStringLiteral("persons"),
                                QStringLiteral("children"),   QStringLiteral("visits"),
                                QStringLiteral("mandatory_reports"), QStringLiteral("referrals"),
                                QStringLiteral("consents")};
// What travels down: review decisions, referral updates, and (from the county only) settings.
const QSet<QString> kDownEntities{QStringLiteral("visit_reviews"), QStringLiteral("referrals"),
                                  QStringLiteral("rulebook_publications")};
// Records that never change once written: they cannot conflict.
const QSet<QString> kImmutable{QStringLiteral("visits"), QStringLiteral("mandatory_reports"),
                               QStringLiteral("visit_reviews"), QStringLiteral("rulebook_publications")};
// Columns that name a user: a remote author is recorded as a user of the sending place.
const QSet<QString> kUserColumns{QStringLiteral("created_by"), QStringLiteral("author_id"),
                                 QStringLiteral("reviewer_id"), QStringLiteral("published_by"),
                                 QStringLiteral("recorded_by")};

Error damaged() { return Error(Error::Kind::BadInput, Inbox::tr("This bundle's contents are damaged: an event is not valid.")); }

QSet<QString> columnsOf(storage::Database& db, const QString& table)
{
    QSet<QString> columns;
    auto st = db.prepare(std::string("PRAGMA table_info(") + table.toStdString() + ")");
    while (st.step())
        columns << st.text(1);
    return columns;
}

struct Opened
{
    BundleHeader header;
    QString stream; // of its events; empty for a bundle of acknowledgements only
    QList<Event> events;
    QHash<QString, qint64> acks;
    // The decrypted contents, and in them the text of each event's changes and of what it had
    // seen (none when it could not be found), which the event log keeps as it came. The views
    // point into `payload`, which is never changed.
    QByteArray payload;
    QList<std::pair<QByteArrayView, QByteArrayView>> eventTexts;
};

// Finds the text of each event's "changes" and "seen" in the contents, which QJsonDocument has
// parsed already, so they are well-formed JSON. Finds nothing when they are not written as Tonghu
// writes them (an escape in a key, a key twice): the parsed objects are then written out again.
class EventTexts
{
public:
    explicit EventTexts(QByteArrayView json) : m_json(json) {}

    QList<std::pair<QByteArrayView, QByteArrayView>> find()
    {
        QList<std::pair<QByteArrayView, QByteArrayView>> found;
        if (!object([&](QByteArrayView key) {
                if (key != "events")
                    return skipValue();
                return sequence('[', ']', [&] {
                    QByteArrayView changes;
                    QByteArrayView seen;
                    const bool ok = object([&](QByteArrayView k) {
                        QByteArrayView* text = k == "changes" ? &changes : k == "seen" ? &seen : nullptr;
                        if (!text)
                            return skipValue();
                        if (!text->isNull())
                            return false;
                        skipSpace();
                        const qsizetype start = m_at;
                        if (!skipValue())
                            return false;
                        *text = m_json.sliced(start, m_at - start);
                        return true;
                    });
                    if (ok)
                        found.append({changes, seen});
                    return ok;
                });
            }))
            return {};
        return found;
    }

private:
    void skipSpace()
    {
        while (m_at < m_json.size() && (m_json[m_at] == ' ' || m_json[m_at] == '\n' || m_json[m_at] == '\r'
                                        || m_json[m_at] == '\t'))
            ++m_at;
    }
    bool take(char c)
    {
        skipSpace();
        if (m_at < m_json.size() && m_json[m_at] == c) {
            ++m_at;
            return true;
        }
        return false;
    }
    // A string; `raw` gets its text between the quotes when it has no escape.
    bool string(QByteArrayView* raw = nullptr)
    {
        if (!take('"'))
            return false;
        const qsizetype start = m_at;
        bool escaped = false;
        for (; m_at < m_json.size() && m_json[m_at] != '"'; ++m_at)
            if (m_json[m_at] == '\\') {
                escaped = true;
                ++m_at;
            }
        if (m_at >= m_json.size())
            return false;
        if (raw)
            *raw = escaped ? QByteArrayView() : m_json.sliced(start, m_at - start);
        ++m_at;
        return !raw || !raw->isNull();
    }
    // An array or object: `item` reads each element; false when it is not well-formed.
    template <typename Item>
    bool sequence(char open, char close, Item item)
    {
        if (!take(open))
            return false;
        if (take(close))
            return true;
        do {
            if (!item())
                return false;
        } while (take(','));
        return take(close);
    }
    template <typename Member>
    bool object(Member member)
    {
        return sequence('{', '}', [&] {
            QByteArrayView key;
            return string(&key) && take(':') && member(key);
        });
    }
    bool skipValue()
    {
        skipSpace();
        if (m_at >= m_json.size())
            return false;
        const char c = m_json[m_at];
        if (c == '"')
            return string();
        if (c == '{' || c == '[') {
            int depth = 0;
            do {
                if (m_json[m_at] == '"') {
                    if (!string())
                        return false;
                    continue;
                }
                if (m_json[m_at] == '{' || m_json[m_at] == '[')
                    ++depth;
                else if (m_json[m_at] == '}' || m_json[m_at] == ']')
                    --depth;
                ++m_at;
            } while (depth > 0 && m_at < m_json.size());
            return depth == 0;
        }
        while (m_at < m_json.size() && m_json[m_at] != ',' && m_json[m_at] != '}' && m_json[m_at] != ']'
               && m_json[m_at] != ' ' && m_json[m_at] != '\n' && m_json[m_at] != '\r' && m_json[m_at] != '\t')
            ++m_at;
        return true;
    }

    QByteArrayView m_json;
    qsizetype m_at = 0;
};

Error notAllowed()
{
    return Error(Error::Kind::BadInput, Inbox::tr("This bundle carries changes its sender may not send to this "
                                                  "device (settings are published by the county only). Nothing "
                                                  "was changed."));
}

// Whether the sender may send this stream here: its own stream comes up from a village or
// township below this device; a stream sent down comes from a parent and is addressed to this
// device's place (or from a device below, to a place below it, for this device to read along).
// Returns the entities the stream may carry.
QSet<QString> allowedEntities(const TrustedDevice& sender, const QString& stream, vault::Role ownRole,
                              const QString& ownPlace)
{
    QString device;
    QString audience;
    if (!EventLog::parseStream(stream, &device, &audience) || device != sender.record.keys.deviceId)
        throw damaged();
    const bool fromBelow = sender.relation == TrustedDevice::Relation::Child;
    if (audience.isEmpty()) {
        if (!fromBelow)
            throw notAllowed();
        return kUpEntities;
    }
    const bool toThisPlace = !fromBelow && ownPlace.startsWith(audience);
    const bool readAlong = fromBelow && audience.startsWith(sender.record.placeCode);
    if (!toThisPlace && !readAlong)
        throw notAllowed();
    QSet<QString> allowed = kDownEntities;
    if (sender.record.role != vault::Role::County)
        allowed.remove(QStringLiteral("rulebook_publications"));
    Q_UNUSED(ownRole);
    return allowed;
}

// What opening a bundle needs of the vault, read on the vault's thread, so that the opening
// itself (signature, decryption, parsing, checks) may run on another one: Inbox::openAhead.
struct OpenContext
{
    QHash<QString, TrustedDevice> devices; // by device id
    DevicePublicKeys own;
    SecureBuffer boxSecret;
    vault::Role role = vault::Role::Village;
    QString placeCode;
    QHash<QString, QSet<QString>> columns; // of each table a stream may carry
};

std::shared_ptr<const OpenContext> openContext(vault::Vault& vault)
{
    storage::Database& db = vault.database();
    auto c = std::make_shared<OpenContext>();
    for (const TrustedDevice& d : TrustStore(vault).devices())
        c->devices.insert(d.record.keys.deviceId, d);
    c->own = DeviceIdentity::ensure(db);
    c->boxSecret = DeviceIdentity::boxSecret(db);
    c->role = vault.role();
    c->placeCode = vault.placeCode();
    for (const QSet<QString>* tables : {&kUpEntities, &kDownEntities})
        for (const QString& table : *tables)
            c->columns.insert(table, columnsOf(db, table));
    return c;
}

// Verifies, decrypts and checks every event before anything is written. Reads nothing of the
// vault but `c`.
Opened openBundle(const QByteArray& bytes, const OpenContext& c)
{
    const auto lookup = [&](const QString& id) {
        const auto it = c.devices.constFind(id);
        return it != c.devices.cend() && !it->revoked() ? it->record.keys.signPublic : QByteArray();
    };
    Opened o;
    o.header = Bundle::verify(bytes, lookup);
    o.payload = Bundle::open(bytes, c.own.deviceId, c.own.boxPublic, c.boxSecret, lookup);
    const QJsonDocument doc = QJsonDocument::fromJson(o.payload);
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("format")).toString() != QLatin1String("tonghu-events"))
        throw damaged();
    if (root.value(QLatin1String("version")).toInt() != 1)
        throw Error(Error::Kind::TooNew, Inbox::tr("This bundle's contents were written by a newer version of Tonghu; "
                                                   "update Tonghu to import it."));
    const QJsonArray events = root.value(QLatin1String("events")).toArray();
    if (events.size() != o.header.eventCount)
        throw damaged();
    const auto sender = c.devices.constFind(o.header.senderDeviceId);
    if (sender == c.devices.cend())
        throw damaged();
    QSet<QString> allowed;
    if (!events.isEmpty()) {
        o.stream = events.first().toObject().value(QLatin1String("origin")).toString();
        allowed = allowedEntities(*sender, o.stream, c.role, c.placeCode);
    }
    for (qsizetype i = 0; i < events.size(); ++i) {
        const QJsonObject e = events.at(i).toObject();
        Event ev;
        ev.originDevice = e.value(QLatin1String("origin")).toString();
        ev.sequence = e.value(QLatin1String("seq")).toInteger();
        ev.hlc = e.value(QLatin1String("hlc")).toString();
        ev.author = e.value(QLatin1String("author")).toString();
        ev.entity = e.value(QLatin1String("entity")).toString();
        ev.entityId = e.value(QLatin1String("id")).toString();
        ev.op = e.value(QLatin1String("op")).toString();
        ev.changes = e.value(QLatin1String("changes")).toObject();
        ev.seen = e.value(QLatin1String("seen")).toObject();
        for (auto it = ev.seen.begin(); it != ev.seen.end(); ++it)
            if (!it->isDouble() || it->toInteger() < 0)
                throw damaged();
        qint64 ms = 0;
        int counter = 0;
        // One stream of the sender, in order and without a gap, each event naming a known table,
        // an operation, a record, and columns that exist there.
        if (ev.originDevice != o.stream || ev.sequence != o.header.firstSequence + i
            || !Hlc::parse(ev.hlc, &ms, &counter) || ev.entityId.isEmpty()
            || ev.entityId.size() > 64 || (ev.op != QLatin1String("upsert") && ev.op != QLatin1String("delete")))
            throw damaged();
        if (!allowed.contains(ev.entity))
            throw kUpEntities.contains(ev.entity) || kDownEntities.contains(ev.entity) ? notAllowed() : damaged();
        const auto known = c.columns.constFind(ev.entity);
        if (known == c.columns.cend())
            throw damaged();
        for (auto it = ev.changes.begin(); it != ev.changes.end(); ++it)
            if (!known->contains(it.key()) || it->isArray() || it->isObject() ||
                (it.key() == QLatin1String("id") && it->toString() != ev.entityId))
                throw damaged();
        o.events << ev;
    }
    if (!o.events.isEmpty() && o.events.last().sequence != o.header.lastSequence)
        throw damaged();
    o.eventTexts = EventTexts(o.payload).find();
    if (o.eventTexts.size() != o.events.size())
        o.eventTexts.clear();
    const QJsonObject acks = root.value(QLatin1String("acks")).toObject();
    for (auto it = acks.begin(); it != acks.end(); ++it)
        o.acks.insert(it.key(), it->toInteger());
    return o;
}

void ensureUser(storage::Database& db, const QString& id, const TrustedDevice& sender, const QString& now)
{
    if (id.isEmpty())
        return;
    auto known = db.prepare("SELECT 1 FROM users WHERE id = ?");
    known.bind(1, id);
    if (known.step())
        return;
    auto st = db.prepare("INSERT INTO users (id, name, role, place_code, active, created_at, updated_at) "
                         "VALUES (?, ?, ?, ?, 0, ?, ?)");
    st.bind(1, id).bind(2, sender.record.userName).bind(3, vault::roleCode(sender.record.role));
    st.bind(4, sender.record.placeCode).bind(5, now).bind(6, now).run();
}

void ensurePlace(storage::Database& db, const TrustedDevice& sender)
{
    const QString& code = sender.record.placeCode;
    auto known = db.prepare("SELECT 1 FROM places WHERE code = ?");
    known.bind(1, code);
    if (known.step())
        return;
    // Its parent is recorded only when this vault has it: the township above a village.
    QString parent;
    for (const QString& candidate : {code.left(9), code.left(6)}) {
        auto p = db.prepare("SELECT 1 FROM places WHERE code = ?");
        p.bind(1, candidate);
        if (candidate != code && p.step()) {
            parent = candidate;
            break;
        }
    }
    const char* level = sender.record.role == vault::Role::Village ? "village"
                        : sender.record.role == vault::Role::Township ? "township"
                                                                       : "county";
    const QString t = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    auto st = db.prepare("INSERT INTO places (id, code, level, name, parent_code, created_at, updated_at) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, util::newRecordId()).bind(2, code).bind(3, QString::fromLatin1(level));
    st.bind(4, sender.record.placeName).bindOrNull(5, parent).bind(6, t).bind(7, t).run();
}

QString jsonText(const QJsonValue& v)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
}

// What applying one bundle's events learns once instead of at every event.
struct ApplyContext
{
    const TrustedDevice& sender;
    QString now;              // the time of the import, for what it stamps
    bool anyPurged = false;   // whether this vault has purged any record (mostly not: no lookups)
    bool openConflicts = false; // whether any conflict is open here, so that one could be settled
    QSet<QString> knownUsers; // users found or added during this bundle
    QString latestHlc;        // the latest clock of the bundle, observed once at its end
    // By entity, the records of the bundle that have events here: the ones that had some before
    // it, and each one as its first event is applied. The others are new here, with nothing to
    // compare their changes with, and need no look at their history.
    QHash<QString, QSet<QString>> withHistory;
    // Statement texts of writes to a table, by table and columns: they repeat from event to event.
    QHash<QString, std::string> sql;
};

void recordConflict(storage::Database& db, const Event& shown, const Event& other, const QString& field,
                    ApplyContext& context)
{
    auto st = db.prepare("INSERT INTO sync_conflicts (id, entity, entity_id, field, shown_value, shown_origin, "
                         "shown_seq, shown_hlc, other_value, other_origin, other_seq, other_hlc, detected_at) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, util::newRecordId()).bind(2, shown.entity).bind(3, shown.entityId);
    st.bind(4, field).bind(5, jsonText(shown.changes.value(field))).bind(6, shown.originDevice);
    st.bind(7, static_cast<std::int64_t>(shown.sequence)).bind(8, shown.hlc);
    st.bind(9, jsonText(other.changes.value(field))).bind(10, other.originDevice);
    st.bind(11, static_cast<std::int64_t>(other.sequence)).bind(12, other.hlc);
    st.bind(13, context.now).run();
    context.openConflicts = true;
}

// Open conflicts of this field that the incoming change was made knowing both sides of: it
// settles them.
// Whether `e` was made knowing the change `seq` of `origin`.
bool knew(const Event& e, const QString& origin, qint64 seq)
{
    return origin == e.originDevice ? seq <= e.sequence : e.seen.value(origin).toInteger() >= seq;
}

void settleConflicts(storage::Database& db, const Event& incoming, const ApplyContext& context)
{
    // Without an open conflict here there is nothing to settle, and nothing to look up.
    if (!context.openConflicts)
        return;
    // One lookup for the record's open conflicts (sync_conflicts_open), not one per field.
    auto open = db.prepare("SELECT id, shown_origin, shown_seq, other_origin, other_seq, field FROM sync_conflicts "
                           "WHERE resolved_at IS NULL AND entity = ? AND entity_id = ?");
    open.bind(1, incoming.entity).bind(2, incoming.entityId);
    QStringList settled;
    while (open.step())
        if (incoming.changes.contains(open.text(5)) && knew(incoming, open.text(1), open.int64(2))
            && knew(incoming, open.text(3), open.int64(4)))
            settled << open.text(0);
    open.reset();
    for (const QString& id : settled) {
        auto up = db.prepare("UPDATE sync_conflicts SET resolved_at = ?, resolved_by = ?, resolution = 'superseded' "
                             "WHERE id = ?");
        up.bind(1, context.now).bindOrNull(2, incoming.author);
        up.bind(3, id).run();
    }
}

// The fields of an incoming change that are written here: all of them (but the id) for a record
// new here, which is most of what comes; otherwise the ones fieldsToWrite chose.
struct FieldsToWrite
{
    bool all = false;
    QSet<QString> some;
    bool contains(const QString& field) const
    {
        return all ? field != QLatin1String("id") : some.contains(field);
    }
};

// Decides, field by field, what the incoming change does here. A change made knowing the latest
// change of the field here replaces it; one that the latest change here was made knowing is
// older and passes. Two changes made without knowing of each other are a conflict: the later
// clock's value is shown, the other kept in sync_conflicts; nothing is lost.
FieldsToWrite fieldsToWrite(storage::Database& db, const Event& incoming, ApplyContext& context)
{
    FieldsToWrite write;
    // A record without events here has no change of any field to weigh the incoming one against:
    // every field is written.
    const auto history = context.withHistory.constFind(incoming.entity);
    if (history == context.withHistory.cend() || !history->contains(incoming.entityId)) {
        if (!kImmutable.contains(incoming.entity))
            settleConflicts(db, incoming, context);
        write.all = true;
        return write;
    }
    QHash<QString, Event> latestHere;
    for (const Event& e : EventLog::ofRecord(db, incoming.entity, incoming.entityId)) // oldest first
        for (auto it = e.changes.begin(); it != e.changes.end(); ++it)
            latestHere.insert(it.key(), e);
    // A record that never changes never conflicts, so it has no conflicts to settle.
    if (!kImmutable.contains(incoming.entity))
        settleConflicts(db, incoming, context);
    for (auto it = incoming.changes.begin(); it != incoming.changes.end(); ++it) {
        const QString field = it.key();
        if (field == QLatin1String("id"))
            continue;
        const auto here = latestHere.constFind(field);
        if (here == latestHere.cend() || knew(incoming, here->originDevice, here->sequence)) {
            write.some << field;
            continue;
        }
        if (knew(*here, incoming.originDevice, incoming.sequence))
            continue;
        // Two devices can stamp the same clock reading (the same millisecond, counters at 0):
        // the device id breaks the tie, the same way on every device, so all of them show the
        // same value.
        const bool incomingLater = incoming.hlc > here->hlc
                                   || (incoming.hlc == here->hlc && incoming.originDevice > here->originDevice);
        if (incomingLater)
            write.some << field;
        if (!kImmutable.contains(incoming.entity) && here->changes.value(field) != it.value())
            incomingLater ? recordConflict(db, incoming, *here, field, context)
                          : recordConflict(db, *here, incoming, field, context);
    }
    return write;
}

// Which of the records the events to apply change have events here already: one query per
// entity for the whole bundle.
QHash<QString, QSet<QString>> recordsWithHistory(storage::Database& db, const QList<Event>& events, qint64 have)
{
    QHash<QString, QJsonArray> ids;
    QHash<QString, QSet<QString>> seen;
    for (const Event& e : events)
        if (e.sequence > have && !seen[e.entity].contains(e.entityId)) {
            seen[e.entity].insert(e.entityId);
            ids[e.entity].append(e.entityId);
        }
    QHash<QString, QSet<QString>> found;
    for (auto it = ids.cbegin(); it != ids.cend(); ++it) {
        auto st = db.prepare("SELECT DISTINCT entity_id FROM events WHERE entity = ? "
                             "AND entity_id IN (SELECT value FROM json_each(?))");
        st.bind(1, it.key()).bind(2, QString::fromUtf8(QJsonDocument(it.value()).toJson(QJsonDocument::Compact)));
        while (st.step())
            found[it.key()].insert(st.text(0));
    }
    return found;
}

// A change to a record purged here at the end of its retention, or to one that belongs to it.
bool aboutPurged(storage::Database& db, const Event& e, const ApplyContext& context)
{
    if (!context.anyPurged)
        return false;
    if (model::Retention::isPurged(db, e.entity, e.entityId))
        return true;
    for (const auto& [column, entity] : {std::pair{"child_id", "children"}, std::pair{"visit_id", "visits"},
                                         std::pair{"household_id", "households"}})
        if (const QJsonValue v = e.changes.value(QLatin1String(column)); v.isString()
            && model::Retention::isPurged(db, QString::fromLatin1(entity), v.toString()))
            return true;
    return false;
}

// The text of a statement on `table` made by `make`, built once per bundle for each table and
// set of columns.
template <typename Make>
const std::string& statementText(ApplyContext& context, const QString& key, Make make)
{
    auto it = context.sql.find(key);
    if (it == context.sql.end())
        it = context.sql.insert(key, make());
    return *it;
}

// `texts`, when known, are the event's changes and what it had seen as written in the bundle.
void applyEvent(storage::Database& db, const Event& e, const std::pair<QByteArrayView, QByteArrayView>* texts,
                ApplyContext& context)
{
    if (context.latestHlc < e.hlc)
        context.latestHlc = e.hlc;
    if (aboutPurged(db, e, context)) {
        // Its place in the stream is kept, its content is not, and nothing comes back.
        auto ins = db.prepare("INSERT INTO events (origin_device, seq, hlc, author, entity, entity_id, op, changes, "
                              "received_at) VALUES (?, ?, ?, NULL, ?, ?, 'delete', '{}', ?)");
        ins.bind(1, e.originDevice).bind(2, static_cast<std::int64_t>(e.sequence)).bind(3, e.hlc);
        ins.bind(4, e.entity).bind(5, e.entityId).bind(6, context.now);
        ins.run();
        context.withHistory[e.entity].insert(e.entityId);
        return;
    }
    const auto ensure = [&](const QString& id) {
        if (!id.isEmpty() && !context.knownUsers.contains(id)) {
            ensureUser(db, id, context.sender, context.now);
            context.knownUsers.insert(id);
        }
    };
    // Each column's name read once: a QJsonObject makes a new string at every key().
    QList<std::pair<QString, QJsonObject::const_iterator>> changed;
    changed.reserve(e.changes.size());
    for (auto it = e.changes.begin(); it != e.changes.end(); ++it)
        changed.append({it.key(), it});
    ensure(e.author);
    for (const auto& [column, value] : changed)
        if (kUserColumns.contains(column) && value->isString())
            ensure(value->toString());
    const FieldsToWrite write = fieldsToWrite(db, e, context);
    auto ins = db.prepare("INSERT INTO events (origin_device, seq, hlc, author, entity, entity_id, op, changes, "
                          "received_at, seen) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    ins.bind(1, e.originDevice).bind(2, static_cast<std::int64_t>(e.sequence)).bind(3, e.hlc).bindOrNull(4, e.author);
    ins.bind(5, e.entity).bind(6, e.entityId).bind(7, e.op);
    // The text as it came is the same JSON: writing the parsed objects out again would only cost.
    const auto written = [](QByteArrayView text) { return text.startsWith('{'); };
    if (texts && written(texts->first))
        StoredChanges::bind(ins, 8, texts->first);
    else
        StoredChanges::bind(ins, 8, QJsonDocument(e.changes).toJson(QJsonDocument::Compact));
    ins.bind(9, context.now);
    if (e.seen.isEmpty())
        ins.bind(10, nullptr);
    else if (texts && written(texts->second))
        ins.bindUtf8(10, texts->second);
    else
        ins.bindUtf8(10, QJsonDocument(e.seen).toJson(QJsonDocument::Compact));
    ins.run();
    context.withHistory[e.entity].insert(e.entityId);

    if (e.op == QLatin1String("delete")) {
        auto del = db.prepare(statementText(context, QStringLiteral("delete ") + e.entity,
                                            [&] { return "DELETE FROM " + e.entity.toStdString() + " WHERE id = ?"; }));
        del.bind(1, e.entityId).run();
        return;
    }
    // The columns to write, in the order of the change (a key's order), and their statement's key.
    QList<const std::pair<QString, QJsonObject::const_iterator>*> values;
    values.reserve(changed.size());
    QString key;
    key.reserve(e.entity.size() + 24 * changed.size());
    key += e.entity;
    for (const auto& c : changed)
        if (write.contains(c.first)) {
            values << &c;
            key += QLatin1Char(' ');
            key += c.first;
        }
    auto exists = db.prepare(statementText(context, QStringLiteral("exists ") + e.entity,
                                           [&] { return "SELECT 1 FROM " + e.entity.toStdString() + " WHERE id = ?"; }));
    exists.bind(1, e.entityId);
    const bool known = exists.step();
    exists.reset();
    if (known) {
        if (values.isEmpty())
            return;
        auto up = db.prepare(statementText(context, QStringLiteral("update ") + key, [&] {
            std::string sql = "UPDATE " + e.entity.toStdString() + " SET ";
            bool rekey = false;
            for (const auto* v : values) {
                sql += v->first.toStdString() + " = ?, ";
                rekey = rekey || v->first == QLatin1String("name") || v->first == QLatin1String("id_number");
            }
            // Search keys are worked out on each device, not sent: a new name or ID number clears
            // them, and the backfill before the commit works them out again.
            if (rekey && (e.entity == QLatin1String("children") || e.entity == QLatin1String("persons")))
                sql += "name_pinyin = NULL, ";
            return sql + "updated_at = ? WHERE id = ?";
        }));
        int i = 1;
        for (const auto* v : values)
            up.bindJson(i++, *v->second);
        up.bind(i, context.now);
        up.bind(i + 1, e.entityId).run();
        return;
    }
    auto add = db.prepare(statementText(context, QStringLiteral("insert ") + key, [&] {
        std::string names;
        std::string marks;
        for (const auto* v : values) {
            names += v->first.toStdString() + ", ";
            marks += "?, ";
        }
        return "INSERT INTO " + e.entity.toStdString() + " (" + names + "id, updated_at) VALUES (" + marks + "?, ?)";
    }));
    int i = 1;
    for (const auto* v : values)
        add.bindJson(i++, *v->second);
    add.bind(i, e.entityId);
    add.bind(i + 1, context.now).run();
}

} // namespace

struct Inbox::Ahead
{
    QByteArray bytes;
    std::future<Opened> opened;
};

Inbox::Inbox(vault::Vault& vault) : m_vault(vault) {}

// Waits for a bundle still being opened: its thread reads the context it was given.
Inbox::~Inbox() = default;

void Inbox::openAhead(const QByteArray& bytes)
{
    auto ahead = std::make_unique<Ahead>();
    ahead->bytes = bytes;
    ahead->opened = std::async(std::launch::async, [context = openContext(m_vault), bytes] {
        return openBundle(bytes, *context);
    });
    m_ahead = std::move(ahead);
}

namespace {

// Thrown out of a bundle's transaction when its records refer to ones not here yet: a review
// decision that reached the county before the visit it is about. The bundle is held.
struct WaitsForRecords
{
};

void hold(storage::Database& db, const BundleHeader& h, const QString& stream, const QByteArray& bytes)
{
    auto st = db.prepare("INSERT OR IGNORE INTO held_bundles (bundle_id, sender, first_seq, last_seq, bytes, "
                         "received_at, stream) VALUES (?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, h.bundleId).bind(2, h.senderDeviceId).bind(3, static_cast<std::int64_t>(h.firstSequence));
    st.bind(4, static_cast<std::int64_t>(h.lastSequence)).bindBlob(5, bytes);
    st.bind(6, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)).bind(7, stream).run();
}

} // namespace

Inbox::Applied Inbox::apply(const QByteArray& bytes, const QByteArray& next)
{
    storage::Database& db = m_vault.database();
    Opened o;
    if (m_ahead && m_ahead->bytes.constData() == bytes.constData() && m_ahead->bytes.size() == bytes.size()) {
        const std::unique_ptr<Ahead> ahead = std::move(m_ahead);
        o = ahead->opened.get();
    } else {
        o = openBundle(bytes, *openContext(m_vault));
    }
    if (!next.isEmpty())
        openAhead(next);
    Applied a;
    a.sender = o.header.senderDeviceId;
    a.stream = o.stream;
    const qint64 have = o.stream.isEmpty() ? 0 : EventLog::lastSequence(db, o.stream);
    a.last = have;
    if (!o.events.isEmpty() && o.header.firstSequence > have + 1) {
        a.gap = true; // the caller holds it
        return a;
    }
    // Read again: a bundle opened ahead was checked against the devices trusted a moment ago.
    const std::optional<TrustedDevice> from = TrustStore(m_vault).device(o.header.senderDeviceId);
    if (!from || from->revoked())
        throw Error(Error::Kind::BadInput, Bundle::tr("This bundle comes from a device that is not enrolled here."));
    {
        storage::Transaction tx(db);
        // References are checked at the commit, so records may arrive in any order within the
        // bundle; one still missing after it fails the commit and the bundle waits.
        db.exec("PRAGMA defer_foreign_keys = ON");
        ensurePlace(db, *from);
        ApplyContext context{*from, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)};
        {
            auto purged = db.prepare("SELECT EXISTS (SELECT 1 FROM purged_records)");
            context.anyPurged = purged.step() && purged.integer(0) != 0;
            auto open = db.prepare("SELECT EXISTS (SELECT 1 FROM sync_conflicts WHERE resolved_at IS NULL)");
            context.openConflicts = open.step() && open.integer(0) != 0;
        }
        context.withHistory = recordsWithHistory(db, o.events, have);
        for (qsizetype i = 0; i < o.events.size(); ++i) {
            const Event& e = o.events.at(i);
            if (e.sequence <= have)
                continue;
            applyEvent(db, e, o.eventTexts.isEmpty() ? nullptr : &o.eventTexts.at(i), context);
            ++a.applied;
            a.last = e.sequence;
        }
        if (!context.latestHlc.isEmpty())
            Hlc::observe(db, context.latestHlc);
        // What the sender says it has received of this device's streams.
        const QString own = DeviceIdentity::ensure(db).deviceId;
        Outbox outbox(m_vault);
        for (auto it = o.acks.begin(); it != o.acks.end(); ++it) {
            QString device;
            QString audience;
            if (EventLog::parseStream(it.key(), &device, &audience) && device == own
                && outbox.acknowledge(o.header.senderDeviceId, it.key(), it.value()))
                a.acknowledged = true;
        }
        if (a.applied > 0) {
            audit::AuditLog::append(db, m_vault.userId(), QStringLiteral("import.bundle"), QStringLiteral("device"),
                                    o.header.senderDeviceId, QString::number(a.applied));
            // The search keys of the rows that came (derived here, never sent), in the same
            // transaction: their pages are still in memory and written once, with one commit.
            model::RecordStore(db, m_vault.userId(), m_vault.placeCode()).backfillSearchKeys();
        }
        try {
            tx.commit();
        } catch (const Error& e) {
            if (e.kind() != Error::Kind::BadInput || a.applied == 0)
                throw;
            throw WaitsForRecords{};
        }
    }
    return a;
}

int Inbox::applyHeld()
{
    storage::Database& db = m_vault.database();
    int applied = 0;
    // Each success may unblock others (the next part of a stream, or the records a decision
    // refers to), so go round until a pass applies nothing.
    for (bool progress = true; progress;) {
        progress = false;
        auto st = db.prepare("SELECT bundle_id, bytes, coalesce(stream, sender), first_seq FROM held_bundles "
                             "ORDER BY stream, first_seq");
        QList<QPair<QString, QByteArray>> ready;
        while (st.step())
            if (st.int64(3) <= EventLog::lastSequence(db, st.text(2)) + 1)
                ready.append({st.text(0), st.blob(1)});
        st.reset();
        for (const auto& [id, bytes] : ready) {
            try {
                const Applied a = apply(bytes);
                if (a.gap)
                    continue;
                applied += a.applied;
                progress = progress || a.applied > 0;
            } catch (const WaitsForRecords&) {
                continue;
            }
            auto del = db.prepare("DELETE FROM held_bundles WHERE bundle_id = ?");
            del.bind(1, id).run();
        }
    }
    return applied;
}

namespace {

// A bundle opened ahead is allocated on the thread that opened it and freed on this one, and
// glibc keeps what is freed in the arena it came from. Given back after each bundle, a sync
// of many bundles holds about one bundle less at its peak (33 MB at 10,000 children in the
// benchmark, where a bundle carries 5,000 events).
struct GiveBackFreedMemory
{
    ~GiveBackFreedMemory()
    {
#if defined(__GLIBC__)
        malloc_trim(0);
#endif
    }
};

} // namespace

ImportResult Inbox::import(const QByteArray& bytes, const QByteArray& next)
{
    const GiveBackFreedMemory giveBack;
    ImportResult r;
    Applied a;
    try {
        a = apply(bytes, next);
    } catch (const WaitsForRecords&) {
        const Opened o = openBundle(bytes, *openContext(m_vault));
        hold(m_vault.database(), o.header, o.stream, bytes);
        r.outcome = ImportResult::Outcome::Held;
        r.senderDeviceId = o.header.senderDeviceId;
        r.waitsForRecords = true;
        return r;
    }
    r.senderDeviceId = a.sender;
    if (a.gap) {
        hold(m_vault.database(), Bundle::peekHeader(bytes), a.stream, bytes);
        r.outcome = ImportResult::Outcome::Held;
        r.missingFrom = a.last + 1;
        return r;
    }
    r.applied = a.applied + (a.applied > 0 ? applyHeld() : 0);
    r.acknowledged = a.acknowledged;
    r.outcome = r.applied > 0 || a.acknowledged ? ImportResult::Outcome::Applied : ImportResult::Outcome::Duplicate;
    return r;
}

} // namespace tonghu::sync
