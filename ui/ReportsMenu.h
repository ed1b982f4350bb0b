// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/reports/Summary.h"
#include "core/vault/Vault.h"

#include <QDate>
#include <QObject>
#include <QString>

class QAction;
class QMenu;
class QWidget;

namespace tonghu::ui {

// The Reports menu of a township's or county's window, kept out of the window's own file: the
// monthly township summary (and for a county the county summary) saved as a PDF. The figures
// are computed on the UI thread, which owns the database connection; the PDF is drawn and
// written on a worker thread through QSaveFile, so a failure leaves no file.
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
    // Computes the summary and starts writing it to `path`; exported() or failed() follows. A
    // failure to compute (shown to the user) returns false at once.
    bool save(reports::Summary::Level level, const QString& place, const QDate& month, const QString& path);
    void retranslate();

    // The name offered in the file chooser: the report, place code and month, never a person's name.
    static QString suggestedFileName(reports::Summary::Level level, const QString& place, const QDate& month);

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
};

} // namespace tonghu::ui
