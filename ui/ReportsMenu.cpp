// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ReportsMenu.h"

#include "ui/BackgroundTask.h"
#include "ui/FileDialog.h"
#include "ui/SummaryDialog.h"
#include "ui/SummaryDocument.h"

#include "core/audit/AuditLog.h"
#include "core/reports/ReportText.h"
#include "core/rules/CountyRulebook.h"
#include "core/util/Error.h"
#include "core/util/Language.h"

#include <QAction>
#include <QApplication>
#include <QCursor>
#include <QMenu>
#include <QMessageBox>

namespace tonghu::ui {

using reports::Summary;

ReportsMenu::ReportsMenu(vault::Vault& vault, QWidget* window)
    : QObject(window), m_vault(vault), m_window(window)
{
    m_menu = new QMenu(window);
    m_menu->setObjectName(QStringLiteral("reportsMenu"));
    m_township = m_menu->addAction(QString());
    m_township->setObjectName(QStringLiteral("townshipSummaryAction"));
    connect(m_township, &QAction::triggered, this, [this] { chooseAndSave(Summary::Level::Township); });
    if (m_vault.role() == vault::Role::County) {
        m_county = m_menu->addAction(QString());
        m_county->setObjectName(QStringLiteral("countySummaryAction"));
        connect(m_county, &QAction::triggered, this, [this] { chooseAndSave(Summary::Level::County); });
    }
    retranslate();
}

void ReportsMenu::retranslate()
{
    m_menu->setTitle(tr("Re&ports"));
    m_township->setText(tr("&Township summary…"));
    m_township->setToolTip(tr("A month's figures of the township, per village, as a PDF"));
    if (m_county) {
        m_county->setText(tr("&County summary…"));
        m_county->setToolTip(tr("A month's figures of the county, per township, as a PDF"));
    }
}

QString ReportsMenu::suggestedFileName(Summary::Level level, const QString& place, const QDate& month)
{
    return QStringLiteral("tonghu-%1-summary-%2-%3.pdf")
        .arg(level == Summary::Level::County ? QStringLiteral("county") : QStringLiteral("township"), place,
             month.toString(QStringLiteral("yyyy-MM")));
}

void ReportsMenu::chooseAndSave(Summary::Level level)
{
    if (m_busy)
        return;
    const bool county = level == Summary::Level::County;
    // A county chooses which of its townships; a township summarizes itself.
    QList<std::pair<QString, QString>> places;
    if (!county && m_vault.role() == vault::Role::County) {
        places = reports::Summaries::townshipsOf(m_vault.database(), m_vault.placeCode());
        if (places.isEmpty()) {
            showFailure(tr("No township's records have arrived in this vault yet."));
            return;
        }
    }
    SummaryDialog dialog(county ? tr("County summary") : tr("Township summary"), places, QDate::currentDate(),
                         m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString place = places.isEmpty() ? m_vault.placeCode() : dialog.place();
    QString path = FileDialog::saveFileName(m_window, tr("Save the summary as PDF"),
                                            suggestedFileName(level, place, dialog.month()),
                                            tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    save(level, place, dialog.month(), path);
}

bool ReportsMenu::save(Summary::Level level, const QString& place, const QDate& month, const QString& path)
{
    if (m_busy)
        return false;
    const QString language = reports::reportLanguage(currentLanguage());
    Summary summary;
    {
        // The figures read the database, whose connection belongs to this thread: a wait cursor
        // for the few seconds a large township takes, rather than a second connection.
        QApplication::setOverrideCursor(Qt::WaitCursor);
        try {
            storage::Database& db = m_vault.database();
            summary = reports::Summaries::compute(db, rules::CountyRulebook::current(db), level, place, month,
                                                  QDate::currentDate(), language);
            // Written before the file, so an export is on record even if the window locks while
            // the pages are drawn; a write that then fails is said so on screen.
            audit::AuditLog::recordExport(
                db, m_vault.userId(), audit::ExportKind::Pdf, QStringLiteral("report"), place,
                (level == Summary::Level::County ? QStringLiteral("county-summary ")
                                                 : QStringLiteral("township-summary ")) +
                    summary.month());
        } catch (const Error& e) {
            QApplication::restoreOverrideCursor();
            showFailure(e.message());
            return false;
        }
        QApplication::restoreOverrideCursor();
    }
    m_busy = true;
    m_township->setEnabled(false);
    if (m_county)
        m_county->setEnabled(false);
    runInBackground(
        this,
        [summary, language, path] {
            QString error;
            if (!writeSummaryPdf(summary, language, path, &error))
                throw Error(Error::Kind::Io, error);
            return true;
        },
        [this, path](TaskResult<bool> result) {
            m_busy = false;
            m_township->setEnabled(true);
            if (m_county)
                m_county->setEnabled(true);
            if (result.error) {
                showFailure(result.error->message());
                return;
            }
            emit exported(path);
        });
    return true;
}

void ReportsMenu::showFailure(const QString& message)
{
    emit failed(message);
    QMessageBox::warning(m_window, tr("Summary"), message);
}

} // namespace tonghu::ui
