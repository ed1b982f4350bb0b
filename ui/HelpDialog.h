// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QTextBrowser;

namespace tonghu::ui {

// The in-app help (F1): one page per language (resources/help/), a section per screen, opened at
// the section of the screen the user is on. It never leaves the application: links inside the
// page move within it, and the page needs no browser or network.
class HelpDialog final : public QDialog
{
    Q_OBJECT
public:
    // `section` is an anchor of the page: worklist, children, visit, file, print, sync, review,
    // oversight, dashboard, ledger, backup, privacy. Empty opens the top.
    explicit HelpDialog(const QString& section = {}, QWidget* parent = nullptr);
    // The page in the interface's language, as HTML.
    static QString pageHtml();
    QTextBrowser* browser() const { return m_browser; }

private:
    QTextBrowser* m_browser = nullptr;
};

} // namespace tonghu::ui
