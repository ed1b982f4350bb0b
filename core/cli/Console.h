// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonDocument>
#include <QString>
#include <QStringList>

namespace tonghu::cli {

// Data goes to stdout, everything meant for the person at the terminal (prompts, errors,
// warnings) to stderr, so `tonghu-cli children --json > file` captures only the data.
void printOut(const QString& text);   // a newline is added
void printError(const QString& text); // prefixed "tonghu-cli: ", a newline is added
void printJson(const QJsonDocument& document);

// Columns that stay aligned with Chinese text: a Han character takes two terminal cells.
int displayWidth(const QString& text);
QString formatTable(const QStringList& header, const QList<QStringList>& rows);

} // namespace tonghu::cli
