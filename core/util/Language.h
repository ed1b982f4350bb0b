// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace tonghu {

// Loads Tonghu's translation (embedded under :/i18n) and Qt's own for `language`
// ("zh_CN" or "en"; empty = follow the system, falling back to Simplified Chinese, the
// users' language). Replaces whatever was installed before. Returns the language in use.
QString installTranslations(const QString& language = {});
QString currentLanguage();
// The value of --lang LANG or --lang=LANG among the arguments, or an empty string. Read before
// any parsing so that even a message about bad arguments is in the chosen language.
QString languageFromArguments(const QStringList& arguments);

} // namespace tonghu
