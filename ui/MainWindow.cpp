// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/MainWindow.h"

#include "core/model/RecordStore.h"
#include "core/model/VisitStore.h"
#include "core/rules/Checklist.h"
#include "core/rules/CountyRulebook.h"
#include "core/rules/Rulebook.h"
#include "core/sync/DeviceIdentity.h"
#include "core/sync/SyncStatus.h"
#include "core/util/Error.h"
#include "core/util/Language.h"
#include "core/vault/Access.h"
#include "ui/BackupActions.h"
#include "ui/ChildDialog.h"
#include "ui/ChildFileDialog.h"
#include "ui/ChildListModel.h"
#include "ui/ColumnFit.h"
#include "ui/ConflictsDialog.h"
#include "ui/DashboardPage.h"
#include "ui/DevicesDialog.h"
#include "ui/EmptyListMessage.h"
#include "ui/HelpDialog.h"
#include "ui/HouseholdDialog.h"
#include "ui/HouseholdListModel.h"
#include "ui/KeyboardUse.h"
#include "ui/LedgerPage.h"
#include "ui/OversightPage.h"
#include "ui/PageActions.h"
#include "ui/PlaceDescription.h"
#include "ui/PrivacyGuard.h"
#include "ui/ReportsMenu.h"
#include "ui/ReviewQueuePage.h"
#include "ui/StatisticsSource.h"
#include "ui/SyncController.h"
#include "ui/SyncReportDialog.h"
#include "ui/SyncSettingsDialog.h"
#include "ui/SyncStatusWidget.h"
#include "ui/VisitForm.h"
#include "ui/WorklistPage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QEvent>
#include <QGuiApplication>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QDir>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>

namespace tonghu::ui {

namespace {

QTableView* makeTableView(const char* name, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setObjectName(QLatin1String(name));
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

} // namespace

MainWindow::MainWindow(std::unique_ptr<vault::Vault> vault, QWidget* parent)
    : QMainWindow(parent), m_vault(std::move(vault)),
      m_store(
          std::make_unique<model::RecordStore>(m_vault->database(), m_vault->userId(), m_vault->placeCode()))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/tonghu.svg")));
    m_visits = std::make_unique<model::VisitStore>(m_vault->database(),
                                                   rules::CountyRulebook::current(m_vault->database()),
                                                   rules::Checklist::builtin(), m_vault->userId());
    m_placeName = placeDescription(*m_vault);
    m_userName = m_vault->userName();
    m_childModel = new ChildListModel(*m_store, this);
    m_householdModel = new HouseholdListModel(*m_store, this);
    m_sync = new SyncController(*m_vault, this);

    createActions();
    createMenus();
    createToolBar();
    createCentralWidget();
    createStatusBar();
    createSync();
    m_privacy = new PrivacyGuard(*m_vault, m_childModel, m_childrenView, this);
    connect(m_privacy, &PrivacyGuard::lockRequested, this, &MainWindow::requestLock);
    m_fileMenu->insertActions(m_lockAction, {m_privacy->settingsAction(), m_privacy->auditLogAction()});
    m_backup = new BackupActions(*m_vault, this);
    connect(m_backup, &BackupActions::finished, this,
            [this](bool, const QString& message) { statusBar()->showMessage(message, 10000); });
    m_fileMenu->insertSeparator(m_lockAction);
    m_fileMenu->insertActions(m_lockAction,
                              {m_backup->backUpAction(), m_backup->checkAction(), m_backup->restoreAction()});
    m_fileMenu->insertSeparator(m_lockAction);
    if (m_vault->role() != vault::Role::Village) {
        m_reports = new ReportsMenu(*m_vault, this);
        menuBar()->insertMenu(m_languageMenu->menuAction(), m_reports->menu());
        connect(m_reports, &ReportsMenu::exported, this, [this](const QString& path) {
            statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 10000);
        });
    }
    m_pages = new PageActions(m_tabs, this);
    menuBar()->insertMenu(m_languageMenu->menuAction(), m_pages->menu());
    retranslate();

    connect(m_store.get(), &model::RecordStore::childrenChanged, this, &MainWindow::updateStatus);
    connect(m_childModel, &QAbstractItemModel::modelReset, this, &MainWindow::updateEmptyState);
    connect(m_householdModel, &QAbstractItemModel::modelReset, this, &MainWindow::updateEmptyState);
    connect(m_childModel, &ChildListModel::loadFailed, this,
            [this](const QString& message) { statusBar()->showMessage(message, 10000); });
    connect(m_householdModel, &HouseholdListModel::loadFailed, this,
            [this](const QString& message) { statusBar()->showMessage(message, 10000); });
    updateStatus();
    updateEmptyState();
    updateActions();

    // Fits a 1366×768 laptop with a taskbar, the screens most directors have.
    QSize size(1200, 680);
    if (const QScreen* screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableSize());
    resize(size);
}

// The store refers to the vault's database, so it goes first; the vault then closes the
// database and wipes the key.
MainWindow::~MainWindow()
{
    // A transfer in flight is told to stop and its result dropped with the controller, before
    // the vault closes.
    delete m_sync;
    m_sync = nullptr;
    // The review page reads the vault to the end (its queue, the selected visit's history).
    delete m_review;
    m_review = nullptr;
    // So do the statistics pages when one of them is shown as the tabs go.
    delete m_oversight;
    m_oversight = nullptr;
    delete m_dashboard;
    m_dashboard = nullptr;
    // Its workers read the vault through connections of their own: cancelled and waited for.
    delete m_ledger;
    m_ledger = nullptr;
    // A backup in flight is cancelled and its result dropped before the vault closes.
    delete m_backup;
    m_backup = nullptr;
    // Its idle timer and event filter go before the vault they lock.
    delete m_privacy;
    m_privacy = nullptr;
    // A PDF being written holds its own copy of the figures; its result is dropped with the menu.
    delete m_reports;
    m_reports = nullptr;
    m_childrenView->setModel(nullptr);
    m_householdsView->setModel(nullptr);
    delete m_childModel;
    delete m_householdModel;
    m_visits.reset();
    m_store.reset();
}

void MainWindow::createActions()
{
    const auto make = [this](const char* name, const char* icon) {
        auto* action = new QAction(this);
        action->setObjectName(QLatin1String(name));
        if (icon)
            action->setIcon(QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(icon))));
        return action;
    };
    m_newHouseholdAction = make("newHouseholdAction", "household-add");
    m_newHouseholdAction->setShortcut(QKeySequence::New);
    m_newChildAction = make("newChildAction", "child-add");
    m_newChildAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_editAction = make("editAction", "edit");
    m_editAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_visitAction = make("visitAction", "visit");
    m_visitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    // Only a village's director adds records and visits children; a township's or county's
    // window lists what came up, and offers nothing that would only be refused.
    m_newHouseholdAction->setVisible(vault::Access::allows(m_vault->role(), vault::Action::EditRecords));
    m_newChildAction->setVisible(m_newHouseholdAction->isVisible());
    m_visitAction->setVisible(vault::Access::allows(m_vault->role(), vault::Action::VisitChildren));
    m_openFileAction = make("openFileAction", "child-file");
    m_openFileAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    m_lockAction = make("lockAction", "lock");
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_quitAction = make("quitAction", nullptr);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_findAction = make("findAction", nullptr);
    m_findAction->setShortcut(QKeySequence::Find);
    addAction(m_findAction);
    m_helpAction = make("helpAction", "help");
    m_helpAction->setShortcut(QKeySequence::HelpContents);
    m_aboutAction = make("aboutAction", nullptr);
    m_deviceAction = make("deviceAction", nullptr);
    m_syncNowAction = make("syncNowAction", "sync");
    m_syncNowAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_syncReportAction = make("syncReportAction", nullptr);
    m_devicesAction = make("devicesAction", nullptr);
    m_syncSettingsAction = make("syncSettingsAction", nullptr);
    m_conflictsAction = make("conflictsAction", nullptr);

    // Language names are written in their own language so anyone can find theirs; they are
    // never translated.
    m_languageGroup = new QActionGroup(this);
    m_chineseAction = make("chineseAction", nullptr);
    // With a letter each, for the keyboard: Z for Zhongwen.
    m_chineseAction->setText(QStringLiteral("中文(&Z)"));
    m_chineseAction->setData(QStringLiteral("zh_CN"));
    m_englishAction = make("englishAction", nullptr);
    m_englishAction->setText(QStringLiteral("&English"));
    m_englishAction->setData(QStringLiteral("en"));
    for (QAction* action : {m_chineseAction, m_englishAction}) {
        action->setCheckable(true);
        action->setChecked(action->data().toString() == currentLanguage());
        m_languageGroup->addAction(action);
    }

    connect(m_newHouseholdAction, &QAction::triggered, this, &MainWindow::newHousehold);
    connect(m_newChildAction, &QAction::triggered, this, &MainWindow::newChild);
    connect(m_editAction, &QAction::triggered, this, &MainWindow::editSelected);
    connect(m_visitAction, &QAction::triggered, this, [this] {
        const auto rows = m_childrenView->selectionModel()->selectedRows();
        if (m_tabs->currentWidget() == m_childrenStack && !rows.isEmpty())
            startVisit(rows.first().data(ChildListModel::IdRole).toString());
    });
    connect(m_openFileAction, &QAction::triggered, this, [this] {
        const auto rows = m_childrenView->selectionModel()->selectedRows();
        if (m_tabs->currentWidget() == m_childrenStack && !rows.isEmpty())
            openChildFile(rows.first().data(ChildListModel::IdRole).toString());
    });
    connect(m_lockAction, &QAction::triggered, this, [this] { requestLock(vault::Vault::LockReason::User); });
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    connect(m_helpAction, &QAction::triggered, this, &MainWindow::showHelp);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_deviceAction, &QAction::triggered, this, &MainWindow::showDevices);
    connect(m_syncNowAction, &QAction::triggered, m_sync, &SyncController::syncNow);
    connect(m_syncReportAction, &QAction::triggered, this, &MainWindow::showSyncReport);
    connect(m_devicesAction, &QAction::triggered, this, &MainWindow::showDevices);
    connect(m_syncSettingsAction, &QAction::triggered, this, &MainWindow::showSyncSettings);
    connect(m_conflictsAction, &QAction::triggered, this, &MainWindow::showConflicts);
    connect(m_languageGroup, &QActionGroup::triggered, this,
            [this](QAction* action) { setLanguage(action->data().toString()); });
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_fileMenu->addAction(m_newHouseholdAction);
    m_fileMenu->addAction(m_newChildAction);
    m_fileMenu->addAction(m_editAction);
    m_fileMenu->addAction(m_visitAction);
    m_fileMenu->addAction(m_openFileAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_lockAction);
    m_fileMenu->addAction(m_quitAction);
    m_syncMenu = menuBar()->addMenu(QString());
    m_syncMenu->setObjectName(QStringLiteral("syncMenu"));
    m_syncMenu->addAction(m_syncNowAction);
    m_syncMenu->addAction(m_syncReportAction);
    m_syncMenu->addAction(m_conflictsAction);
    m_syncMenu->addSeparator();
    m_syncMenu->addAction(m_devicesAction);
    m_syncMenu->addAction(m_syncSettingsAction);
    m_languageMenu = menuBar()->addMenu(QString());
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    m_languageMenu->addAction(m_chineseAction);
    m_languageMenu->addAction(m_englishAction);
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_helpMenu->addAction(m_helpAction);
    m_helpMenu->addAction(m_deviceAction);
    m_helpMenu->addAction(m_aboutAction);
}

void MainWindow::createToolBar()
{
    auto* toolBar = addToolBar(QString());
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setIconSize(QSize(20, 20));
    toolBar->addAction(m_newHouseholdAction);
    toolBar->addAction(m_newChildAction);
    toolBar->addAction(m_editAction);
    toolBar->addAction(m_visitAction);
    toolBar->addAction(m_openFileAction);
    toolBar->addSeparator();
    m_search = new QLineEdit(toolBar);
    m_search->setObjectName(QStringLiteral("searchLineEdit"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(320);
    m_search->setMaximumWidth(480);
    m_search->setMaxLength(40);
    toolBar->addWidget(m_search);
    auto* spacer = new QWidget(toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolBar->addWidget(spacer);
    toolBar->addAction(m_lockAction);

    // Every keystroke filters both lists; the store's search keys are indexed, so this stays
    // instant even for a county's records.
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_childModel->setQuery(text);
        m_householdModel->setQuery(text);
        // Searching is for records: from the worklist, the results are shown in the child list.
        if (!text.isEmpty() && m_tabs->currentWidget() == m_worklist)
            m_tabs->setCurrentWidget(m_childrenStack);
        updateEmptyState();
        updateActions();
    });
}

void MainWindow::createCentralWidget()
{
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("recordsTabWidget"));
    m_tabs->setDocumentMode(true);

    m_childrenStack = new QStackedWidget(m_tabs);
    m_childrenStack->setObjectName(QStringLiteral("childrenStackedWidget"));
    m_childrenView = makeTableView("childrenTableView", m_childrenStack);
    m_childrenView->setModel(m_childModel);
    makeListKeyboardFriendly(m_childrenView);
    // The address, last, takes the room left; the short columns fit their contents.
    fitColumnsToContents(m_childrenView->horizontalHeader());
    m_childrenView->horizontalHeader()->setStretchLastSection(true);
    m_emptyState = new QLabel(m_childrenStack);
    m_emptyState->setObjectName(QStringLiteral("emptyStateLabel"));
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    QFont emptyFont = m_emptyState->font();
    emptyFont.setPointSizeF(emptyFont.pointSizeF() * 1.25);
    m_emptyState->setFont(emptyFont);
    m_childrenStack->addWidget(m_childrenView);
    m_childrenStack->addWidget(m_emptyState);
    // A township supervisor opens the app to review what the villages sent: that page comes
    // first for a township. The county does not review, so it has no such page.
    if (vault::Access::allows(m_vault->role(), vault::Action::ReviewVisits)) {
        m_review = new ReviewQueuePage(*m_vault, m_tabs);
        m_tabs->addTab(m_review, QString());
        connect(m_review, &ReviewQueuePage::visitRequested, this, &MainWindow::openReviewedVisit);
        connect(m_review, &ReviewQueuePage::reviewed, this, [this](const QString& message) {
            statusBar()->showMessage(message, 10000);
            m_syncStatus->refresh(); // the decision waits to leave for the village
        });
        connect(m_review, &ReviewQueuePage::loadFailed, this,
                [this](const QString& message) { statusBar()->showMessage(message, 10000); });
    }
    // The worklist comes first for a director: what needs doing today is what she opens the app for.
    m_worklist = new WorklistPage(m_vault->database(), m_tabs);
    m_tabs->addTab(m_worklist, QString());
    m_tabs->addTab(m_childrenStack, QString());

    m_householdsView = makeTableView("householdsTableView", m_tabs);
    m_householdsView->setModel(m_householdModel);
    makeListKeyboardFriendly(m_householdsView);
    m_householdsEmpty = new EmptyListMessage(m_householdsView, "householdsEmptyLabel");
    auto* householdHeader = m_householdsView->horizontalHeader();
    fitColumnsToContents(householdHeader);
    householdHeader->setSectionResizeMode(HouseholdListModel::AddressColumn, QHeaderView::Interactive);
    householdHeader->resizeSection(HouseholdListModel::AddressColumn, 360);
    householdHeader->setStretchLastSection(true);
    m_tabs->addTab(m_householdsView, QString());
    createStatisticsPages();
    setCentralWidget(m_tabs);
    connect(m_worklist, &WorklistPage::childRequested, this, &MainWindow::openChildFile);
    connect(m_worklist, &WorklistPage::visitRequested, this,
            [this](const QString& childId, const QString&) { startVisit(childId); });
    connect(m_worklist, &WorklistPage::correctionRequested, this, &MainWindow::correctReturnedVisit);
    connect(m_worklist, &WorklistPage::loadFailed, this,
            [this](const QString& message) { statusBar()->showMessage(message, 10000); });
    connect(m_store.get(), &model::RecordStore::childrenChanged, m_worklist, &WorklistPage::refresh);
    connect(m_visits.get(), &model::VisitStore::visitsChanged, m_worklist, &WorklistPage::refresh);

    connect(m_childrenView, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        openChild(index.data(ChildListModel::IdRole).toString(),
                  index.data(ChildListModel::HouseholdIdRole).toString());
    });
    connect(m_householdsView, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        openHousehold(index.data(HouseholdListModel::IdRole).toString());
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateActions);
    connect(m_childrenView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateActions);
    connect(m_householdsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateActions);
    connect(m_childModel, &QAbstractItemModel::modelReset, this, &MainWindow::updateActions);
    connect(m_householdModel, &QAbstractItemModel::modelReset, this, &MainWindow::updateActions);
}

// The figures of the place: a township or county follows up its villages on the oversight page;
// every level has the dashboard of its own figures.
void MainWindow::createStatisticsPages()
{
    m_statistics = new StatisticsSource(*m_vault, this);
    if (m_vault->role() != vault::Role::Village) {
        m_oversight = new OversightPage(*m_vault, *m_statistics, m_tabs);
        m_tabs->addTab(m_oversight, QString());
        connect(m_oversight, &OversightPage::childRequested, this, &MainWindow::openChildFile);
        connect(m_oversight, &OversightPage::recordsChanged, this, &MainWindow::reloadRecords);
        connect(m_oversight, &OversightPage::conflictsSettled, this, [this] { m_syncStatus->refresh(); });
    }
    m_dashboard = new DashboardPage(*m_vault, *m_statistics, m_tabs);
    m_tabs->addTab(m_dashboard, QString());
    m_ledger = new LedgerPage(*m_vault, m_tabs);
    m_tabs->addTab(m_ledger, QString());
    connect(m_ledger, &LedgerPage::childRequested, this, &MainWindow::openChildFile);
    connect(m_store.get(), &model::RecordStore::childrenChanged, m_ledger, &LedgerPage::refresh);
    connect(m_visits.get(), &model::VisitStore::visitsChanged, m_ledger, &LedgerPage::refresh);
    connect(m_statistics, &StatisticsSource::loadFailed, this,
            [this](const QString& message) { statusBar()->showMessage(message, 10000); });
    connect(m_store.get(), &model::RecordStore::childrenChanged, m_statistics, &StatisticsSource::invalidate);
    connect(m_visits.get(), &model::VisitStore::visitsChanged, m_statistics, &StatisticsSource::invalidate);
}

void MainWindow::createStatusBar()
{
    const auto make = [this](const char* name) {
        auto* label = new QLabel(statusBar());
        label->setObjectName(QLatin1String(name));
        label->setContentsMargins(6, 0, 6, 0);
        statusBar()->addPermanentWidget(label);
        return label;
    };
    // Sync first: of the permanent widgets it is the one that changes.
    m_syncStatus = new SyncStatusWidget(*m_vault, m_sync, statusBar());
    statusBar()->addPermanentWidget(m_syncStatus);
    m_placeLabel = make("placeLabel");
    m_roleLabel = make("roleLabel");
    m_userLabel = make("userLabel");
    m_countLabel = make("childCountLabel");
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    // The platform adds the application's display name to the title.
    QGuiApplication::setApplicationDisplayName(tr("Tonghu"));
    setWindowTitle(m_placeName);
    m_fileMenu->setTitle(tr("&Records"));
    m_syncMenu->setTitle(tr("&Sync"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_newHouseholdAction->setText(tr("New &household"));
    m_newHouseholdAction->setToolTip(tr("Add a household and its members and children"));
    m_newChildAction->setText(tr("New &child"));
    m_newChildAction->setToolTip(tr("Add a child to the selected household"));
    m_editAction->setText(tr("&Edit"));
    m_editAction->setToolTip(tr("Open the selected record"));
    m_visitAction->setText(tr("&Visit"));
    m_visitAction->setToolTip(tr("Fill in the home-visit checklist for the selected child"));
    m_openFileAction->setText(tr("Open &file"));
    m_openFileAction->setToolTip(tr("Findings, documents, visits and referrals of the selected child"));
    m_lockAction->setText(tr("&Lock"));
    m_lockAction->setToolTip(tr("Close the records until the passphrase is entered again"));
    m_quitAction->setText(tr("&Quit"));
    m_quitAction->setToolTip(tr("Close Tonghu; the records stay encrypted on this computer"));
    m_findAction->setText(tr("&Find"));
    m_findAction->setToolTip(tr("Search the children and households"));
    m_helpAction->setText(tr("&Help for this screen"));
    m_helpAction->setToolTip(tr("What this page shows and what to do on it"));
    m_aboutAction->setText(tr("&About Tonghu"));
    m_aboutAction->setToolTip(tr("Tonghu's version and licence"));
    m_deviceAction->setText(tr("This &device's fingerprint…"));
    m_deviceAction->setToolTip(tr("The digits another device checks, by phone, before it trusts this one"));
    m_chineseAction->setToolTip(tr("Show Tonghu in Chinese"));
    m_englishAction->setToolTip(tr("Show Tonghu in English"));
    m_syncNowAction->setText(tr("Sync &now"));
    m_syncNowAction->setToolTip(tr("Exchange bundles with the sync folder or server now"));
    m_syncReportAction->setText(tr("Last sync &report…"));
    m_syncReportAction->setToolTip(tr("What the last sync sent and received, and the bundles it refused and why"));
    m_devicesAction->setText(tr("&Devices…"));
    m_devicesAction->setToolTip(tr("This device's fingerprint, and the devices it exchanges records with"));
    m_conflictsAction->setText(tr("&Conflicts…"));
    m_conflictsAction->setToolTip(tr("Fields changed here and on another device: choose the value to keep"));
    m_syncSettingsAction->setText(tr("Sync &settings…"));
    m_syncSettingsAction->setToolTip(tr("Choose the USB stick, shared folder or server to sync with"));
    m_search->setPlaceholderText(tr("Search: name, pinyin initials or last digits of the ID number"));
    if (m_review)
        m_tabs->setTabText(m_tabs->indexOf(m_review), tr("Review queue"));
    m_tabs->setTabText(m_tabs->indexOf(m_worklist), tr("Worklist"));
    m_tabs->setTabText(m_tabs->indexOf(m_childrenStack), tr("Children"));
    m_tabs->setTabText(m_tabs->indexOf(m_householdsView), tr("Households"));
    if (m_oversight)
        m_tabs->setTabText(m_tabs->indexOf(m_oversight), tr("Oversight"));
    m_tabs->setTabText(m_tabs->indexOf(m_dashboard), tr("Dashboard"));
    m_tabs->setTabText(m_tabs->indexOf(m_ledger), tr("Ledger"));
    if (m_pages)
        m_pages->retranslate();
    m_childModel->retranslate();
    m_householdModel->retranslate();
    m_syncStatus->retranslate();
    if (m_privacy)
        m_privacy->retranslate();
    if (m_backup)
        m_backup->retranslate();
    if (m_reports)
        m_reports->retranslate();
    // A menu shows no tooltips; the status bar shows what the highlighted entry does, with the
    // mouse or the arrow keys.
    for (QAction* menuAction : menuBar()->actions())
        if (QMenu* menu = menuAction->menu())
            for (QAction* action : menu->actions())
                if (!action->isSeparator())
                    action->setStatusTip(action->toolTip());
    updateStatus();
    updateEmptyState();
}

void MainWindow::updateStatus()
{
    m_placeLabel->setText(m_placeName);
    m_roleLabel->setText(vault::roleTitle(m_vault->role()));
    m_userLabel->setText(m_userName);
    int count = 0;
    try {
        count = m_store->childCount();
    } catch (const Error& e) {
        statusBar()->showMessage(e.message(), 10000);
    }
    m_countLabel->setText(tr("%n child(ren)", nullptr, count));
}

// What an empty list of children or households says to do: a director adds them; a township or
// county receives them from the villages.
void MainWindow::updateEmptyState()
{
    const bool adds = vault::Access::allows(m_vault->role(), vault::Action::EditRecords);
    if (m_householdModel->query().isEmpty())
        m_householdsEmpty->setText(
            adds ? tr("No households yet. Click “New household” to add the first one, with its members and children.")
                 : tr("No households yet. They arrive with the villages' records when the villages sync: Sync → "
                      "Sync now."));
    else
        m_householdsEmpty->setText(tr("No household matches “%1”.").arg(m_householdModel->query()));
    if (m_childModel->rowCount() > 0) {
        m_childrenStack->setCurrentWidget(m_childrenView);
        return;
    }
    if (!m_childModel->query().isEmpty())
        m_emptyState->setText(tr("No child matches “%1”.").arg(m_childModel->query()));
    else if (adds)
        m_emptyState->setText(tr("No children on file yet. Click “New household” to begin."));
    else
        m_emptyState->setText(tr("No children's records yet. They arrive when the villages sync: Sync → Sync now."));
    m_childrenStack->setCurrentWidget(m_emptyState);
}

void MainWindow::updateActions()
{
    // The worklist opens its rows itself (double-click); Edit is for the record lists.
    const QWidget* tab = m_tabs->currentWidget();
    const QTableView* view = tab == m_childrenStack ? m_childrenView : tab == m_householdsView ? m_householdsView : nullptr;
    m_editAction->setEnabled(view && view->selectionModel() && view->selectionModel()->hasSelection());
    m_visitAction->setEnabled(tab == m_childrenStack && m_childrenView->selectionModel()
                              && m_childrenView->selectionModel()->hasSelection());
    m_openFileAction->setEnabled(m_visitAction->isEnabled());
}

QString MainWindow::selectedHouseholdId() const
{
    if (m_tabs->currentWidget() == m_childrenStack) {
        const auto rows = m_childrenView->selectionModel()->selectedRows();
        return rows.isEmpty() ? QString() : rows.first().data(ChildListModel::HouseholdIdRole).toString();
    }
    const auto rows = m_householdsView->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(HouseholdListModel::IdRole).toString();
}

QString MainWindow::chooseHousehold()
{
    QList<model::HouseholdSummary> households;
    try {
        households = m_store->searchHouseholds(QString());
    } catch (const Error& e) {
        QMessageBox::warning(this, tr("New child"), e.message());
        return {};
    }
    if (households.isEmpty()) {
        const auto answer = QMessageBox::question(
            this, tr("New child"),
            tr("A child is recorded with the household they live in. Add a household now?"));
        if (answer == QMessageBox::Yes)
            newHousehold();
        return {};
    }
    QStringList labels;
    for (const auto& h : households)
        labels << (h.contactName.isEmpty() ? h.address : tr("%1 (%2)").arg(h.address, h.contactName));
    bool ok = false;
    const QString picked = QInputDialog::getItem(
        this, tr("New child"), tr("Which household does the child live in?"), labels, 0, false, &ok);
    if (!ok)
        return {};
    const auto index = labels.indexOf(picked);
    return index < 0 ? QString() : households.at(index).id;
}

void MainWindow::newHousehold()
{
    HouseholdDialog dialog(*m_store, {}, this);
    dialog.exec();
}

void MainWindow::newChild()
{
    QString householdId = selectedHouseholdId();
    if (householdId.isEmpty())
        householdId = chooseHousehold();
    if (householdId.isEmpty())
        return;
    ChildDialog dialog(*m_store, householdId, {}, this);
    dialog.exec();
}

void MainWindow::editSelected()
{
    if (m_tabs->currentWidget() == m_childrenStack) {
        const auto rows = m_childrenView->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            openChild(rows.first().data(ChildListModel::IdRole).toString(),
                      rows.first().data(ChildListModel::HouseholdIdRole).toString());
        return;
    }
    const QString id = selectedHouseholdId();
    if (!id.isEmpty())
        openHousehold(id);
}

void MainWindow::openChild(const QString& childId, const QString& householdId)
{
    if (childId.isEmpty())
        return;
    ChildDialog dialog(*m_store, householdId, childId, this);
    dialog.exec();
}

void MainWindow::openHousehold(const QString& householdId)
{
    if (householdId.isEmpty())
        return;
    HouseholdDialog dialog(*m_store, householdId, this);
    dialog.exec();
}

void MainWindow::openChildFile(const QString& childId)
{
    if (childId.isEmpty())
        return;
    ChildFileDialog dialog(m_vault->database(), *m_store, *m_visits, m_vault->userId(), childId, this);
    dialog.setPrintOptions(printOptions());
    dialog.exec();
    m_worklist->refresh();
    m_statistics->invalidate(); // a referral made or moved on
}

void MainWindow::startVisit(const QString& childId)
{
    if (childId.isEmpty())
        return;
    try {
        const rules::Rulebook& rulebook = rules::CountyRulebook::current(m_vault->database());
        const model::Visit visit =
            VisitForm::startVisit(m_vault->database(), *m_visits, rulebook, rules::Checklist::builtin(), childId);
        VisitForm form(m_vault->database(), *m_visits, rulebook, rules::Checklist::builtin(),
                       visit.id, this);
        form.setPrintOptions(printOptions());
        form.exec();
        m_worklist->refresh(); // a draft started or a visit submitted
    } catch (const Error& e) {
        QMessageBox::warning(this, tr("Home visit"), e.message());
    }
}

void MainWindow::openReviewedVisit(const QString& visitId)
{
    if (visitId.isEmpty())
        return;
    try {
        // Read-only with its history: a reviewer reads the answers and never changes them.
        VisitForm form(m_vault->database(), *m_visits, rules::CountyRulebook::current(m_vault->database()),
                       rules::Checklist::builtin(), visitId, this);
        form.setPrintOptions(printOptions());
        form.exec();
    } catch (const Error& e) {
        QMessageBox::warning(this, tr("Home visit"), e.message());
    }
    if (m_review)
        m_review->refresh();
}

void MainWindow::correctReturnedVisit(const QString& visitId, const QString& comment, const QString& draftId)
{
    if (visitId.isEmpty())
        return;
    QString version = draftId;
    if (version.isEmpty()) {
        // The township's comment is the reason of the new version; the director may reword it.
        const auto draft = VisitForm::askCorrection(*m_visits, visitId, comment, this);
        if (!draft)
            return;
        version = draft->id;
    }
    try {
        VisitForm form(m_vault->database(), *m_visits, rules::CountyRulebook::current(m_vault->database()),
                       rules::Checklist::builtin(), version, this);
        form.setPrintOptions(printOptions());
        form.exec();
    } catch (const Error& e) {
        QMessageBox::warning(this, tr("Home visit"), e.message());
    }
    m_worklist->refresh();
}

PrintOptions MainWindow::printOptions() const
{
    PrintOptions options;
    options.placeName = m_placeName;
    options.directorName = m_userName;
    return options;
}

void MainWindow::requestLock(vault::Vault::LockReason reason)
{
    m_vault->setLockReason(reason);
    emit lockRequested();
}

void MainWindow::setLanguage(const QString& language)
{
    // Installing a translator sends LanguageChange to every widget; changeEvent does the rest.
    const QString used = installTranslations(language);
    QSettings().setValue(QStringLiteral("ui/language"), used);
    for (QAction* action : m_languageGroup->actions())
        action->setChecked(action->data().toString() == used);
}

QString MainWindow::deviceFingerprint()
{
    const sync::DevicePublicKeys keys = sync::DeviceIdentity::ensure(m_vault->database());
    return sync::DeviceIdentity::fingerprint(keys.signPublic, keys.boxPublic);
}

void MainWindow::createSync()
{
    connect(m_sync, &SyncController::recordsChanged, this, &MainWindow::reloadRecords);
    connect(m_sync, &SyncController::started, this, [this] { m_syncNowAction->setEnabled(false); });
    connect(m_sync, &SyncController::finished, this, [this](const sync::SyncReport& report) {
        m_syncNowAction->setEnabled(true);
        statusBar()->showMessage(SyncStatusWidget::reportSummary(report), 15000);
    });
    for (auto signal : {&SyncController::failed, &SyncController::cancelled})
        connect(m_sync, signal, this, [this](const QString& message) {
            m_syncNowAction->setEnabled(!m_sync->isRunning());
            statusBar()->showMessage(message, 15000);
        });
    connect(m_syncStatus, &SyncStatusWidget::reportRequested, this, &MainWindow::showSyncReport);
    connect(m_syncStatus, &SyncStatusWidget::conflictsRequested, this, &MainWindow::showConflicts);
    // Every saved change adds to what waits to leave.
    connect(m_store.get(), &model::RecordStore::childrenChanged, m_syncStatus, &SyncStatusWidget::refresh);
    connect(m_store.get(), &model::RecordStore::householdsChanged, m_syncStatus, &SyncStatusWidget::refresh);
    connect(m_store.get(), &model::RecordStore::personsChanged, m_syncStatus, &SyncStatusWidget::refresh);
    connect(m_visits.get(), &model::VisitStore::visitsChanged, m_syncStatus, &SyncStatusWidget::refresh);
    m_sync->startAutomatic();
}

void MainWindow::reloadRecords()
{
    // A sync may have brought the county's new settings.
    m_visits->setRulebook(rules::CountyRulebook::current(m_vault->database()));
    m_childModel->reload();
    m_householdModel->reload();
    m_worklist->refresh();
    if (m_review)
        m_review->refresh(); // the villages' new visits, and new settings to weigh them with
    m_statistics->invalidate();
    m_ledger->refresh();
    updateStatus();
    updateEmptyState();
}

void MainWindow::showDevices()
{
    DevicesDialog dialog(*m_vault, this);
    dialog.exec();
    m_syncStatus->refresh(); // an enrolled township makes changes wait to leave
}

void MainWindow::showSyncSettings()
{
    SyncSettingsDialog dialog(m_vault->database(), this);
    if (dialog.exec() == QDialog::Accepted)
        m_sync->targetChanged();
}

void MainWindow::showConflicts()
{
    ConflictsDialog dialog(*m_vault, this);
    connect(&dialog, &ConflictsDialog::recordsChanged, this, &MainWindow::reloadRecords);
    dialog.exec();
    m_syncStatus->refresh(); // fewer conflicts, and a value taken is a change waiting to leave
    m_statistics->invalidate();
}

void MainWindow::showSyncReport()
{
    sync::SyncStatus status;
    try {
        status = sync::SyncStatus::read(m_vault->database());
    } catch (const Error& e) {
        statusBar()->showMessage(e.message(), 10000);
    }
    SyncReportDialog dialog(m_sync->lastReport(), status, this);
    dialog.exec();
}

// Opens the help at the section of the tab in front.
void MainWindow::showHelp()
{
    const QWidget* page = m_tabs->currentWidget();
    QString section;
    if (page == m_worklist)
        section = QStringLiteral("worklist");
    else if (page == m_childrenStack || page == m_householdsView)
        section = QStringLiteral("children");
    else if (m_review && page == m_review)
        section = QStringLiteral("review");
    else if (m_oversight && page == m_oversight)
        section = QStringLiteral("oversight");
    else if (page == m_dashboard)
        section = QStringLiteral("dashboard");
    HelpDialog dialog(section, this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Tonghu"),
                       tr("<h3>Tonghu %1</h3>"
                          "<p>Case records, home visits and referrals for children in difficulty, "
                          "for village child directors, township supervisors and county civil affairs.</p>"
                          "<p>The records stay encrypted on this computer. Free software under the GNU GPL, "
                          "version 3 or later.</p>")
                           .arg(QStringLiteral(TONGHU_VERSION)));
}

} // namespace tonghu::ui
