// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/LedgerPage.h"

#include "core/model/Masking.h"
#include "core/rules/CountyRulebook.h"
#include "core/storage/Database.h"
#include "core/util/Error.h"
#include "core/vault/Access.h"
#include "core/vault/Vault.h"
#include "ui/EmptyListMessage.h"
#include "ui/FileDialog.h"
#include "ui/FindingLabels.h"
#include "ui/KeyboardUse.h"
#include "ui/LedgerModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QThread>
#include <QVBoxLayout>

#include <optional>

namespace tonghu::ui {

namespace {
// Rows handed to the window at a time: few enough events for 30,000 rows, soon enough to see.
constexpr int kBatch = 256;
} // namespace

// A worker thread and its cancel flag. The thread owns its own database connection.
struct LedgerPage::Job
{
    QThread* thread = nullptr;
    std::atomic_bool cancel = false;
    // Filled by the worker, read on the UI thread once it has finished.
    qint64 rows = 0;
    std::optional<Error> error;
};

LedgerPage::LedgerPage(vault::Vault& vault, QWidget* parent) : QWidget(parent), m_vault(vault)
{
    setObjectName(QStringLiteral("ledgerPage"));
    m_model = new LedgerModel(this);
    m_villageLabel = new QLabel(this);
    m_village = new QComboBox(this);
    m_village->setObjectName(QStringLiteral("villageFilter"));
    m_categoryLabel = new QLabel(this);
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("categoryFilter"));
    m_showIds = new QCheckBox(this);
    m_showIds->setObjectName(QStringLiteral("showIdNumbersCheckBox"));
    m_showNotes = new QCheckBox(this);
    m_showNotes->setObjectName(QStringLiteral("showSensitiveNotesCheckBox"));
    m_xlsx = new QPushButton(this);
    m_xlsx->setObjectName(QStringLiteral("exportXlsxButton"));
    m_csv = new QPushButton(this);
    m_csv->setObjectName(QStringLiteral("exportCsvButton"));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("ledgerCountLabel"));
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("ledgerTableView"));
    m_view->setModel(m_model);
    makeListKeyboardFriendly(m_view);
    m_empty = new EmptyListMessage(m_view, "ledgerEmptyLabel");
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    // Fixed row heights: sizing 30,000 rows to their contents would read every one of them.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("exportProgressBar"));
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("cancelExportButton"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("exportMessageLabel"));
    m_message->setWordWrap(true);

    // Whole values only for whom may reveal them in her area (model::Masking); core checks again.
    m_mayShowWhole = model::Masking::mayReveal(model::Masking::viewer(m_vault.database(), m_vault.userId()),
                                               m_vault.placeCode());
    for (QCheckBox* box : {m_showIds, m_showNotes}) {
        box->setChecked(false);
        box->setEnabled(m_mayShowWhole);
    }

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_villageLabel);
    filters->addWidget(m_village);
    filters->addWidget(m_categoryLabel);
    filters->addWidget(m_category);
    filters->addWidget(m_count);
    filters->addStretch();
    auto* exports = new QHBoxLayout;
    exports->addWidget(m_showIds);
    exports->addWidget(m_showNotes);
    exports->addStretch();
    exports->addWidget(m_progress);
    exports->addWidget(m_cancel);
    exports->addWidget(m_xlsx);
    exports->addWidget(m_csv);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_view);
    layout->addLayout(exports);
    layout->addWidget(m_message);

    const bool villages = m_vault.role() != vault::Role::Village;
    m_villageLabel->setVisible(villages);
    m_village->setVisible(villages);
    m_progress->hide();
    m_cancel->hide();
    m_message->hide();

    fillFilters();
    retranslate();
    connect(m_village, &QComboBox::currentIndexChanged, this, [this] { reload(); });
    connect(m_category, &QComboBox::currentIndexChanged, this, [this] { reload(); });
    connect(m_xlsx, &QPushButton::clicked, this, [this] { exportLedger(Format::Xlsx); });
    connect(m_csv, &QPushButton::clicked, this, [this] { exportLedger(Format::Csv); });
    connect(m_cancel, &QPushButton::clicked, this, &LedgerPage::cancelExport);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& index) {
        const QString id = m_model->childId(index.row());
        if (!id.isEmpty())
            emit childRequested(id);
    });
}

LedgerPage::~LedgerPage()
{
    stop(m_export);
    stop(m_load);
}

void LedgerPage::stop(std::unique_ptr<Job>& job)
{
    if (!job)
        return;
    job->cancel = true;
    job->thread->disconnect(this);
    job->thread->wait();
    delete job->thread;
    job.reset();
}

void LedgerPage::setToday(const QDate& today)
{
    m_today = today;
    refresh();
}

void LedgerPage::refresh()
{
    m_stale = true;
    if (isVisible())
        reload();
}

void LedgerPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void LedgerPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        fillFilters(); // the rulebook's titles in the new language
        refresh();     // and the rows' words
    }
    QWidget::changeEvent(event);
}

void LedgerPage::retranslate()
{
    m_villageLabel->setText(tr("&Village:"));
    m_villageLabel->setBuddy(m_village);
    m_categoryLabel->setText(tr("C&ategory:"));
    m_categoryLabel->setBuddy(m_category);
    m_showIds->setText(tr("Include full &ID numbers"));
    m_showIds->setToolTip(m_mayShowWhole ? tr("Only when an office needs them: the file is outside the encrypted "
                                              "vault. The export is recorded in the audit log.")
                                         : tr("Only for the children of your own area."));
    m_showNotes->setText(tr("Include sensitive &notes"));
    m_xlsx->setText(tr("Export to &Excel…"));
    m_csv->setText(tr("Export to &CSV…"));
    m_cancel->setText(tr("Cancel"));
    m_model->retranslate();
    updateState();
}

void LedgerPage::fillFilters()
{
    const QSignalBlocker blockVillage(m_village);
    const QSignalBlocker blockCategory(m_category);
    const QString village = m_village->currentData().toString();
    const QString category = m_category->currentData().toString();
    m_village->clear();
    m_category->clear();
    m_village->addItem(tr("All villages"), QString());
    m_category->addItem(tr("All categories"), QString());
    try {
        storage::Database& db = m_vault.database();
        if (m_vault.role() != vault::Role::Village)
            for (const auto& [code, name] : reports::Ledger::villages(db, m_vault.placeCode()))
                m_village->addItem(name == code ? code : QStringLiteral("%1 (%2)").arg(name, code), code);
        for (const auto& [id, title] :
             reports::Ledger::categories(rules::CountyRulebook::current(db), FindingLabels::rulesLanguage()))
            m_category->addItem(title, id);
    } catch (const Error& e) {
        m_message->setText(e.message());
        m_message->show();
    }
    m_village->setCurrentIndex(std::max(0, m_village->findData(village)));
    m_category->setCurrentIndex(std::max(0, m_category->findData(category)));
}

reports::LedgerFilter LedgerPage::filter() const
{
    reports::LedgerFilter f;
    f.placePrefix = m_village->currentData().toString();
    if (f.placePrefix.isEmpty())
        f.placePrefix = m_vault.placeCode();
    f.category = m_category->currentData().toString();
    return f;
}

reports::LedgerOptions LedgerPage::options() const
{
    reports::LedgerOptions o;
    o.language = FindingLabels::rulesLanguage();
    o.today = m_today;
    return o;
}

void LedgerPage::reload()
{
    m_stale = false;
    stop(m_load);
    m_model->clear();
    const quint64 generation = ++m_generation;
    std::shared_ptr<storage::Database> db;
    try {
        db = m_vault.openConnection();
    } catch (const Error& e) {
        m_message->setText(e.message());
        m_message->show();
        return;
    }
    m_load = std::make_unique<Job>();
    Job* job = m_load.get();
    const QString userId = m_vault.userId();
    const reports::LedgerFilter f = filter();
    const reports::LedgerOptions o = options();
    job->thread = QThread::create([this, job, db, userId, f, o, generation]() mutable {
        reports::ExportControl control;
        control.cancel = &job->cancel;
        QList<reports::LedgerRow> batch;
        const auto post = [&] {
            QMetaObject::invokeMethod(
                this,
                [this, generation, rows = std::move(batch)] {
                    if (generation == m_generation)
                        m_model->append(rows);
                },
                Qt::QueuedConnection);
            batch = {};
        };
        try {
            job->rows = reports::Ledger::forEach(*db, userId, f, o, control, [&](const reports::LedgerRow& row) {
                batch << row;
                if (batch.size() >= kBatch)
                    post();
            });
            post();
        } catch (const Error& e) {
            job->error = e;
        }
        db.reset(); // closed on its own thread, before the page hears it has finished
    });
    connect(job->thread, &QThread::finished, this, [this, job] {
        if (m_load.get() != job)
            return;
        if (job->error && job->error->kind() != Error::Kind::Cancelled) {
            m_message->setText(job->error->message());
            m_message->show();
        }
        job->thread->wait();
        delete job->thread;
        m_load.reset();
        updateState();
    });
    job->thread->start();
    updateState();
}

void LedgerPage::exportLedger(Format format)
{
    if (m_export)
        return;
    const bool xlsx = format == Format::Xlsx;
    // The date only: a file name shows in folder listings and recent-file lists.
    const QString date = QDate::currentDate().toString(Qt::ISODate);
    QString path = FileDialog::saveFileName(this, tr("Export the ledger"),
                                            xlsx ? tr("ledger-%1.xlsx").arg(date) : tr("ledger-%1.csv").arg(date),
                                            xlsx ? tr("Excel workbooks (*.xlsx)") : tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const QString suffix = xlsx ? QStringLiteral(".xlsx") : QStringLiteral(".csv");
    if (!path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;

    std::shared_ptr<storage::Database> db;
    try {
        db = m_vault.openConnection();
    } catch (const Error& e) {
        m_message->setText(e.message());
        m_message->show();
        return;
    }
    reports::LedgerOptions o = options();
    o.showIdNumbers = m_mayShowWhole && m_showIds->isChecked();
    o.showSensitiveNotes = m_mayShowWhole && m_showNotes->isChecked();
    const reports::LedgerFilter f = filter();
    const QString userId = m_vault.userId();
    m_export = std::make_unique<Job>();
    Job* job = m_export.get();
    job->thread = QThread::create([this, job, db, userId, f, o, path, xlsx]() mutable {
        reports::ExportControl control;
        control.cancel = &job->cancel;
        control.progress = [this](qint64 done, qint64 total) {
            QMetaObject::invokeMethod(
                this,
                [this, done, total] {
                    m_progress->setRange(0, int(std::max<qint64>(1, total)));
                    m_progress->setValue(int(std::min(done, total)));
                },
                Qt::QueuedConnection);
        };
        try {
            job->rows = xlsx ? reports::exportLedgerXlsx(*db, userId, f, o, path, control)
                             : reports::exportLedgerCsv(*db, userId, f, o, path, control);
        } catch (const Error& e) {
            job->error = e;
        }
        db.reset();
    });
    connect(job->thread, &QThread::finished, this, [this, job] {
        if (m_export.get() != job)
            return;
        const bool ok = !job->error;
        m_message->setText(ok ? tr("Saved the ledger of %n child(ren).", nullptr, int(job->rows))
                              : job->error->message());
        m_message->show();
        job->thread->wait();
        delete job->thread;
        m_export.reset();
        updateState();
        emit exportFinished(ok);
    });
    m_progress->setRange(0, 0);
    m_message->hide();
    job->thread->start();
    updateState();
}

void LedgerPage::cancelExport()
{
    if (m_export)
        m_export->cancel = true;
}

QString LedgerPage::exportMessage() const { return m_message->isVisible() ? m_message->text() : QString(); }

void LedgerPage::updateState()
{
    const bool exporting = isExporting();
    m_progress->setVisible(exporting);
    m_cancel->setVisible(exporting);
    m_xlsx->setEnabled(!exporting);
    m_csv->setEnabled(!exporting);
    m_count->setText(isLoading() ? tr("Reading…")
                                 : tr("%n child(ren)", nullptr, m_model->rowCount()));
    // Nothing is said while the rows are still being read.
    const bool filtered = !m_village->currentData().toString().isEmpty() || !m_category->currentData().toString().isEmpty();
    if (isLoading())
        m_empty->setText(QString());
    else if (filtered)
        m_empty->setText(tr("No child on file matches these filters. Choose “All villages” and “All categories” "
                            "to see every child."));
    else if (vault::Access::allows(m_vault.role(), vault::Action::EditRecords))
        m_empty->setText(tr("No children on file yet. Click “New household” to put the first child on file."));
    else
        m_empty->setText(tr("No children's records yet. They arrive when the villages sync: Sync → Sync now."));
}

} // namespace tonghu::ui
