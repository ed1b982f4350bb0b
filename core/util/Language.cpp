// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace tonghu {

namespace {
QString g_language;
std::unique_ptr<QTranslator> g_app;
std::unique_ptr<QTranslator> g_qt;

QString pick(const QString& requested)
{
    if (requested == QLatin1String("en") || requested == QLatin1String("zh_CN"))
        return requested;
    // Source strings are English; anyone whose system is not set to English gets Chinese.
    const QString system = QLocale::system().name();
    return system.startsWith(QLatin1String("en")) ? QStringLiteral("en") : QStringLiteral("zh_CN");
}
} // namespace

QString installTranslations(const QString& language)
{
    g_language = pick(language);
    if (g_app)
        QCoreApplication::removeTranslator(g_app.get());
    if (g_qt)
        QCoreApplication::removeTranslator(g_qt.get());
    g_app = std::make_unique<QTranslator>();
    g_qt = std::make_unique<QTranslator>();
    if (g_app->load(QStringLiteral(":/i18n/tonghu_") + g_language))
        QCoreApplication::installTranslator(g_app.get());
    if (g_qt->load(QStringLiteral("qt_") + g_language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(g_qt.get());
    QLocale::setDefault(QLocale(g_language));
    return g_language;
}

QString currentLanguage() { return g_language; }

QString languageFromArguments(const QStringList& arguments)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--lang") && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (arguments.at(i).startsWith(QLatin1String("--lang=")))
            return arguments.at(i).mid(7);
    }
    return {};
}

} // namespace tonghu
