// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/Divisions.h"

#include <QFile>
#include <QHash>
#include <QLoggingCategory>

#include <algorithm>
#include <mutex>

namespace tonghu::model {

namespace {

Q_LOGGING_CATEGORY(lcDivisions, "tonghu.divisions")

// Splits one CSV line into fields. The tables quote every name, and a quoted field may in
// principle hold a comma or a doubled quote, so a plain split(',') is not enough.
QList<QByteArray> csvFields(const QByteArray& line)
{
    QList<QByteArray> fields;
    QByteArray field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quoted) {
            if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            fields.append(field);
            field.clear();
        } else if (c != '\r') {
            field += c;
        }
    }
    fields.append(field);
    return fields;
}

struct Row
{
    QString code;
    QString name;
    QString parent; // empty for provinces
};

// Reads one embedded table. `parentColumn` names the header column that holds the parent
// code, so a reordered export still loads correctly.
QList<Row> readTable(const QString& path, const QByteArray& parentColumn)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        // The tables are compiled in; missing means a broken build, and empty lists are the
        // least harmful answer for the place pickers.
        qCWarning(lcDivisions) << "cannot open the embedded division table" << path;
        return {};
    }
    const QByteArray data = file.readAll();
    QList<Row> rows;
    int parentIndex = -1;
    bool header = true;
    for (const QByteArray& line : data.split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const QList<QByteArray> fields = csvFields(line);
        if (header) {
            header = false;
            if (!parentColumn.isEmpty()) {
                for (int i = 0; i < fields.size(); ++i) {
                    if (fields[i].trimmed() == parentColumn)
                        parentIndex = i;
                }
                if (parentIndex < 0) {
                    qCWarning(lcDivisions) << "division table without a parent column" << path;
                    return {};
                }
            }
            continue;
        }
        if (fields.size() < 2 || (parentIndex >= 0 && fields.size() <= parentIndex))
            continue;
        Row row;
        row.code = QString::fromLatin1(fields[0].trimmed());
        row.name = QString::fromUtf8(fields[1]);
        if (parentIndex >= 0)
            row.parent = QString::fromLatin1(fields[parentIndex].trimmed());
        rows.append(std::move(row));
    }
    return rows;
}

void sortByCode(QList<Division>& list)
{
    std::sort(list.begin(), list.end(), [](const Division& a, const Division& b) { return a.code < b.code; });
}

// The statistical tables fill the prefecture level of municipalities and of counties under a
// province with placeholders; they are no part of a place's name.
bool isPlaceholder(const QString& name)
{
    return name == QStringLiteral("市辖区") || name == QStringLiteral("县") ||
           name.endsWith(QStringLiteral("直辖县级行政区划"));
}

} // namespace

struct Divisions::Data
{
    QList<Division> provinces;
    QHash<QString, QString> names;            // 2-, 4- and 6-digit codes
    QHash<QString, QList<Division>> children; // province → prefectures, prefecture → counties

    // Townships are a 1.6 MB table most sessions never need: loaded on first use, once, even
    // when several threads ask at the same moment.
    mutable std::once_flag streetsLoaded;
    mutable QHash<QString, QString> townshipNames;
    mutable QHash<QString, QList<Division>> townshipsByCounty;

    void loadTownships() const
    {
        std::call_once(streetsLoaded, [this] {
            const QList<Row> rows = readTable(QStringLiteral(":/divisions/streets.csv"), "areaCode");
            townshipNames.reserve(rows.size());
            for (const Row& r : rows) {
                townshipNames.insert(r.code, r.name);
                townshipsByCounty[r.parent].append({r.code, r.name});
            }
            for (auto it = townshipsByCounty.begin(); it != townshipsByCounty.end(); ++it)
                sortByCode(it.value());
        });
    }
};

Divisions::Divisions()
{
    auto* data = new Data;
    for (const Row& r : readTable(QStringLiteral(":/divisions/provinces.csv"), {})) {
        data->provinces.append({r.code, r.name});
        data->names.insert(r.code, r.name);
    }
    for (const Row& r : readTable(QStringLiteral(":/divisions/cities.csv"), "provinceCode")) {
        data->children[r.parent].append({r.code, r.name});
        data->names.insert(r.code, r.name);
    }
    for (const Row& r : readTable(QStringLiteral(":/divisions/areas.csv"), "cityCode")) {
        data->children[r.parent].append({r.code, r.name});
        data->names.insert(r.code, r.name);
    }
    sortByCode(data->provinces);
    for (auto it = data->children.begin(); it != data->children.end(); ++it)
        sortByCode(it.value());
    // Owned by the process-wide instance for the whole run; never freed on purpose.
    d = data;
}

const Divisions& Divisions::instance()
{
    static const Divisions divisions;
    return divisions;
}

QList<Division> Divisions::provinces() const
{
    return d->provinces;
}

QList<Division> Divisions::cities(const QString& provinceCode) const
{
    if (provinceCode.size() != 2)
        return {};
    return d->children.value(provinceCode);
}

QList<Division> Divisions::counties(const QString& cityCode) const
{
    if (cityCode.size() != 4)
        return {};
    return d->children.value(cityCode);
}

QList<Division> Divisions::townships(const QString& countyCode) const
{
    if (countyCode.size() != 6)
        return {};
    d->loadTownships();
    return d->townshipsByCounty.value(countyCode);
}

QString Divisions::name(const QString& code) const
{
    switch (code.size()) {
    case 2:
    case 4:
    case 6:
        return d->names.value(code);
    case 9:
        d->loadTownships();
        return d->townshipNames.value(code);
    default:
        return {};
    }
}

bool Divisions::isProvince(const QString& code2) const
{
    return code2.size() == 2 && d->names.contains(code2);
}

QString Divisions::fullName(const QString& code) const
{
    // A code that is not in the table gets no name at all: a partial one ("甘肃省 白银市" for
    // an abolished county) would look like a real place.
    if (name(code).isEmpty())
        return {};
    QStringList parts;
    for (const qsizetype length : {2, 4, 6, 9}) {
        if (length > code.size())
            break;
        const QString part = name(code.left(length));
        if (!part.isEmpty() && !isPlaceholder(part))
            parts.append(part);
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace tonghu::model
