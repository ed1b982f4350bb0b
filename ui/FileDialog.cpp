// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/FileDialog.h"

#include <QDir>
#include <QFileDialog>
#include <QStandardPaths>

#include <optional>

namespace tonghu::ui {

namespace {

std::optional<QStringList>& nextAnswer()
{
    static std::optional<QStringList> answer;
    return answer;
}

std::optional<QStringList> takeAnswer()
{
    std::optional<QStringList> answer = nextAnswer();
    nextAnswer().reset();
    return answer;
}

// The documents folder: the place a director looks for a saved file, never the vault's folder.
QString startFolder() { return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation); }

} // namespace

QString FileDialog::saveFileName(QWidget* parent, const QString& caption, const QString& suggestedName,
                                 const QString& filter)
{
    if (const auto answer = takeAnswer())
        return answer->value(0);
    return QFileDialog::getSaveFileName(parent, caption, QDir(startFolder()).filePath(suggestedName), filter);
}

QStringList FileDialog::openFileNames(QWidget* parent, const QString& caption, const QString& filter)
{
    if (const auto answer = takeAnswer())
        return *answer;
    return QFileDialog::getOpenFileNames(parent, caption, startFolder(), filter);
}

QString FileDialog::existingDirectory(QWidget* parent, const QString& caption, const QString& start)
{
    if (const auto answer = takeAnswer())
        return answer->value(0);
    return QFileDialog::getExistingDirectory(parent, caption, start.isEmpty() ? startFolder() : start);
}

void FileDialog::setNextFileName(const QString& path) { nextAnswer() = path.isEmpty() ? QStringList{} : QStringList{path}; }

void FileDialog::setNextFileNames(const QStringList& paths) { nextAnswer() = paths; }

} // namespace tonghu::ui
