// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ReportsMenu.h"

#include "ui/FileDialog.h"
#include "ui/SummaryDialog.h"
#include "ui/SummaryDocument.h"

#include "core/reports/ReportText.h"
#include "core/reports/SummaryExport.h"
#include "core/rules/CountyRulebook.h"
#include "core/storage/Database.h"
#include "core/util/Error.h"
#include "core/util/Language.h"

#include <QAction>
#include <QApplication>
#include <QCursor>
#include <QMenu>
#include <QMessageBox>
#include <QThread>

#include <memory>
#include <optional>

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
    m_township->setToolTip(
        tr("A month's figures of the township, per village, as a PDF or an Excel workbook"));
    if (m_county) {
        m_county->setText(tr("&County summary…"));
        m_county->setToolTip(
            tr("A month's figures of the county, per township, as a PDF or an Excel workbook"));
    }
}

QString ReportsMenu::suggestedFileName(Summary::Level level, const QString& place, const QDate& month,
                                       bool xlsx)
{
    return QStringLiteral("tonghu-%1-summary-%2-%3.%4")
        .arg(level == Summary::Level::County ? QStringLiteral("county") : QStringLiteral("township"), place,
             month.toString(QStringLiteral("yyyy-MM")),
             xlsx ? QStringLiteral("xlsx") : QStringLiteral("pdf"));
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
    const bool xlsx = dialog.format() == SummaryDialog::Format::Xlsx;
    const QString extension = xlsx ? QStringLiteral(".xlsx") : QStringLiteral(".pdf");
    QString path = FileDialog::saveFileName(
        m_window, xlsx ? tr("Save the summary as an Excel workbook") : tr("Save the summary as PDF"),
        suggestedFileName(level, place, dialog.month(), xlsx),
        xlsx ? tr("Excel workbooks (*.xlsx)") : tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(extension, Qt::CaseInsensitive))
        path += extension;
    save(level, place, dialog.month(), path, xlsx);
}

bool ReportsMenu::save(Summary::Level level, const QString& place, const QDate& month, const QString& path,
                       bool xlsx)
{
    if (m_busy)
        return false;
    std::shared_ptr<storage::Database> db;
    try {
        db = m_vault.openConnection();
    } catch (const Error& e) {
        showFailure(e.message());
        return false;
    }
    const QString language = reports::reportLanguage(currentLanguage());
    const QString userId = m_vault.userId();
    auto error = std::make_shared<std::optional<Error>>();
    m_busy = true;
    m_township->setEnabled(false);
    if (m_county)
        m_county->setEnabled(false);
    QApplication::setOverrideCursor(Qt::BusyCursor);
    m_worker = QThread::create([=] {
        try {
            const Summary summary =
                reports::Summaries::compute(*db, rules::CountyRulebook::current(*db), level, place, month,
                                            QDate::currentDate(), language);
            if (xlsx)
                reports::exportSummaryXlsx(*db, userId, summary, language, path);
            else
                reports::exportSummaryPdf(*db, userId, summary, language, path, &writeSummaryPdf);
        } catch (const Error& e) {
            error->emplace(e);
        } catch (const std::exception&) {
            error->emplace(Error::Kind::Internal,
                           tr("Something went wrong inside Tonghu. No file was written."));
        }
    });
    connect(m_worker, &QThread::finished, this, [this, error, path] {
        m_worker->wait();
        m_worker->deleteLater();
        m_worker = nullptr;
        m_busy = false;
        m_township->setEnabled(true);
        if (m_county)
            m_county->setEnabled(true);
        QApplication::restoreOverrideCursor();
        if (*error)
            showFailure((*error)->message());
        else
            emit exported(path);
    });
    m_worker->start();
    return true;
}

ReportsMenu::~ReportsMenu()
{
    if (m_worker) {
        // Its connection is its own, but the vault's key goes with the window: let it finish.
        m_worker->wait();
        delete m_worker;
        QApplication::restoreOverrideCursor();
    }
}

void ReportsMenu::showFailure(const QString& message)
{
    emit failed(message);
    QMessageBox::warning(m_window, tr("Summary"), message);
}

} // namespace tonghu::ui
