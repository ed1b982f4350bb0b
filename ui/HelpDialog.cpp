// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/HelpDialog.h"

#include "core/util/Language.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace tonghu::ui {

QString HelpDialog::pageHtml()
{
    const QString language = currentLanguage() == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("zh_CN");
    QFile file(QStringLiteral(":/help/%1.html").arg(language));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

HelpDialog::HelpDialog(const QString& section, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("helpDialog"));
    setWindowTitle(tr("Tonghu help"));
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("helpTextBrowser"));
    m_browser->setOpenExternalLinks(false);
    m_browser->setHtml(pageHtml());
    // Larger than the interface's text: it is read, often by someone new to the application.
    QFont font = m_browser->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    m_browser->setFont(font);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(760, 600);
    // The page is laid out only once the dialog is shown: scroll then, not before.
    if (!section.isEmpty())
        QTimer::singleShot(0, m_browser, [browser = m_browser, section] { browser->scrollToAnchor(section); });
}

} // namespace tonghu::ui
