// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reports/Summary.h"
#include "core/vault/Vault.h"

#include <QDate>
#include <QObject>
#include <QString>

class QAction;
class QMenu;
class QThread;
class QWidget;

namespace tonghu::ui {

// The Reports menu of a township's or county's window, kept out of the window's own file: the
// monthly township summary (and for a county the county summary) saved as a PDF or an Excel
// workbook. The figures are computed and the file written on a worker thread with a database
// connection of its own (an SQLite connection belongs to one thread), so the window stays
// responsive for the seconds a large township takes; the file and its audit entry go together
// (reports::exportSummary*), and a failure leaves no file.
class ReportsMenu final : public QObject
{
    Q_OBJECT
public:
    // For a township or county vault; a village has no summary to make (its worklist is its report).
    ReportsMenu(vault::Vault& vault, QWidget* window);

    QMenu* menu() const { return m_menu; }
    QAction* townshipAction() const { return m_township; }
    QAction* countyAction() const { return m_county; } // null for a township
    bool busy() const { return m_busy; }

    // Asks for the month (and the township, in a county) and the file, then saves.
    void chooseAndSave(reports::Summary::Level level);
    // Starts computing the summary and writing it to `path` (a workbook when `xlsx`);
    // exported() or failed() follows, and a failure is shown. False when one is already running.
    bool save(reports::Summary::Level level, const QString& place, const QDate& month, const QString& path,
              bool xlsx = false);
    // Waits for a summary being written: the window destroys the menu before the vault closes.
    ~ReportsMenu() override;
    void retranslate();

    // The name offered in the file chooser: the report, place code and month, never a person's name.
    static QString suggestedFileName(reports::Summary::Level level, const QString& place, const QDate& month,
                                     bool xlsx = false);

signals:
    void exported(const QString& path);
    void failed(const QString& message);

private:
    void showFailure(const QString& message);

    vault::Vault& m_vault;
    QWidget* m_window;
    QMenu* m_menu = nullptr;
    QAction* m_township = nullptr;
    QAction* m_county = nullptr;
    bool m_busy = false;
    QThread* m_worker = nullptr;
};

} // namespace tonghu::ui
