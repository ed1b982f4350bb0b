// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

#include <memory>

namespace tonghu::vault {
class Vault;
}

namespace tonghu::ui {

class MainWindow;

// The life of the GUI around one vault folder: set it up or unlock it, show the main window,
// and go back to the unlock dialog when the user locks. finished() means the user is done.
class Session final : public QObject
{
    Q_OBJECT
public:
    explicit Session(QString vaultDirectory, QObject* parent = nullptr);
    ~Session() override;

    // Shows the set-up wizard (no vault yet) or the unlock dialog, then the main window.
    // Returns false when the user cancelled instead.
    bool start();
    MainWindow* mainWindow() const { return m_window; }

signals:
    void finished();

private:
    void lock();
    bool unlock();
    bool show(std::unique_ptr<vault::Vault> vault);

    QString m_dir;
    QPointer<MainWindow> m_window;
    bool m_locking = false;
};

} // namespace tonghu::ui
