// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/CsvWriter.h"

#include "core/reports/PendingFile.h"
#include "core/util/Error.h"

#include <QFile>

#include <cmath>

namespace tonghu::reports {

namespace {

constexpr qsizetype kFlushBytes = 1 << 16;

QString quoted(const QString& text)
{
    QString out = text;
    out.replace(u'"', QStringLiteral("\"\""));
    return u'"' + out + u'"';
}

} // namespace

CsvWriter::CsvWriter(const QString& path) : m_file(std::make_unique<PendingFile>(path))
{
    m_buffer.append("\xEF\xBB\xBF");
}

CsvWriter::~CsvWriter() = default; // an unfinished file is removed with its PendingFile

QString CsvWriter::field(const Cell& cell)
{
    if (const auto* number = std::get_if<double>(&cell))
        return std::isfinite(*number) ? QString::number(*number, 'g', 15) : QString();
    if (const auto* day = std::get_if<QDate>(&cell))
        return day->isValid() ? day->toString(QStringLiteral("yyyy-MM-dd")) : QString();
    const auto* text = std::get_if<QString>(&cell);
    if (!text || text->isEmpty())
        return {};
    static const QString formulaStart = QStringLiteral("=+-@\t\r");
    if (formulaStart.contains(text->front()))
        return quoted(u'\'' + *text);
    static const QString special = QStringLiteral(",\"\r\n");
    for (QChar c : *text)
        if (special.contains(c))
            return quoted(*text);
    return *text;
}

void CsvWriter::addSheet(const QString& title, const QList<Column>& columns)
{
    if (m_sheets++ > 0) {
        writeLine({});
        if (!title.isEmpty())
            writeLine({field(title)});
    }
    m_columns = columns.size();
    QStringList header;
    for (const Column& c : columns)
        header << field(c.header);
    writeLine(header);
}

void CsvWriter::writeRow(const Row& row)
{
    const qsizetype n = m_columns > 0 ? m_columns : row.size();
    QStringList fields;
    fields.reserve(n);
    for (qsizetype i = 0; i < n; ++i)
        fields << (i < row.size() ? field(row.at(i)) : QString());
    writeLine(fields);
    ++m_rows;
}

void CsvWriter::writeLine(const QStringList& fields)
{
    m_buffer.append(fields.join(u',').toUtf8());
    m_buffer.append("\r\n");
    if (m_buffer.size() >= kFlushBytes)
        flush();
}

void CsvWriter::flush()
{
    if (!m_file)
        throw Error(Error::Kind::Io, PendingFile::writeFailed());
    QFile& f = m_file->file();
    if (f.write(m_buffer) != m_buffer.size() || !f.flush())
        throw Error(Error::Kind::Io, PendingFile::writeFailed());
    m_buffer.clear();
}

void CsvWriter::finish()
{
    flush();
    m_file->commit();
    m_file.reset();
}

} // namespace tonghu::reports
