// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reports/ReportText.h"

#include <QTranslator>

namespace tonghu::reports {

QString reportLanguage(const QString& language)
{
    return language.startsWith(QLatin1String("en")) ? QStringLiteral("en") : QStringLiteral("zh");
}

QString reportText(const ReportWords& words, const QString& language)
{
    if (reportLanguage(language) == QLatin1String("en"))
        return QString::fromUtf8(words.english);
    // Loaded once, on first use; translate() only reads it, so any thread may ask.
    static const auto* const chinese = [] {
        auto* t = new QTranslator; // lives as long as the process, like the installed translators
        // Without the catalogue (a build without translations) every word takes its fallback.
        (void)t->load(QStringLiteral(":/i18n/tonghu_zh_CN"));
        return t;
    }();
    const QString translated = chinese->translate(words.context, words.english);
    return translated.isEmpty() ? QString::fromUtf8(words.chinese) : translated;
}

} // namespace tonghu::reports
