// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace tonghu::reports {

// A word of a report: its English source, marked for lupdate in `context`, and the Chinese it
// has until the translation catalogue carries it.
struct ReportWords
{
    const char* context;
    const char* english;
    const char* chinese;
};

// A report is a document in a language chosen for it, like the rulebook's titles (title.zh,
// title.en), not in whatever language the window happens to be read in: a county hands on a
// Chinese summary even when its officer reads the window in English. So the words are looked up
// in the catalogue of the document's language (tonghu_zh_CN.qm for "zh"), not through the
// translator installed for the window; a word the catalogue does not have yet falls back to
// the Chinese written beside it, so a new report is Chinese from its first build.
QString reportText(const ReportWords& words, const QString& language);

// "zh" or "en" from a language name such as zh_CN, en_US or an empty string (Chinese, the
// users' language).
QString reportLanguage(const QString& language);

} // namespace tonghu::reports
