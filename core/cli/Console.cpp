// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cli/Console.h"

#include <algorithm>
#include <cstdio>

namespace tonghu::cli {

namespace {

void write(std::FILE* stream, const QString& text)
{
    // UTF-8 on every platform: scripts reading the JSON must not depend on a code page.
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stream);
    std::fflush(stream);
}

bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3) ||
           (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
           (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

} // namespace

void printOut(const QString& text)
{
    write(stdout, text + QLatin1Char('\n'));
}

void printError(const QString& text)
{
    write(stderr, QStringLiteral("tonghu-cli: ") + text + QLatin1Char('\n'));
}

void printJson(const QJsonDocument& document)
{
    write(stdout, QString::fromUtf8(document.toJson(QJsonDocument::Indented)));
}

int displayWidth(const QString& text)
{
    int width = 0;
    for (char32_t c : text.toUcs4())
        width += isWide(c) ? 2 : 1;
    return width;
}

QString formatTable(const QStringList& header, const QList<QStringList>& rows)
{
    QList<int> widths;
    for (const QString& h : header)
        widths << displayWidth(h);
    for (const QStringList& row : rows)
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], displayWidth(row.at(i)));
    const auto line = [&](const QStringList& cells) {
        QString out;
        for (qsizetype i = 0; i < cells.size() && i < widths.size(); ++i) {
            out += cells.at(i);
            if (i + 1 < cells.size())
                out += QString(widths[i] - displayWidth(cells.at(i)) + 2, QLatin1Char(' '));
        }
        return out;
    };
    QStringList lines{line(header)};
    for (const QStringList& row : rows)
        lines << line(row);
    return lines.join(QLatin1Char('\n'));
}

} // namespace tonghu::cli
