// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace tonghu::ui {

// Every file chooser of the app goes through here, so an offscreen test can answer it in
// advance instead of driving the platform's dialog.
class FileDialog final
{
public:
    static QString saveFileName(QWidget* parent, const QString& caption, const QString& suggestedName,
                                const QString& filter);
    static QStringList openFileNames(QWidget* parent, const QString& caption, const QString& filter);
    // A folder that exists, such as a USB stick's; `start` is where the chooser opens.
    static QString existingDirectory(QWidget* parent, const QString& caption, const QString& start);

    // The answer of the next call (an empty string for "cancelled"); used once, then cleared.
    static void setNextFileName(const QString& path);
    static void setNextFileNames(const QStringList& paths);
};

} // namespace tonghu::ui
