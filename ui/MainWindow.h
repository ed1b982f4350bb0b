// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/vault/Vault.h"
#include "ui/PrintDocuments.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QActionGroup;
class QLabel;
class QLineEdit;
class QMenu;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace tonghu::model {
class RecordStore;
class VisitStore;
}

namespace tonghu::ui {

class BackupActions;
class ChildListModel;
class DashboardPage;
class EmptyListMessage;
class HouseholdListModel;
class LedgerPage;
class OversightPage;
class PageActions;
class PrivacyGuard;
class ReportsMenu;
class ReviewQueuePage;
class StatisticsSource;
class SyncController;
class SyncStatusWidget;
class WorklistPage;

// The window of an unlocked vault: children and households, searched as you type, with the
// dialogs to add and edit them. It owns the open vault; destroying the window locks it.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(std::unique_ptr<vault::Vault> vault, QWidget* parent = nullptr);
    ~MainWindow() override;

    model::RecordStore& store() { return *m_store; }
    vault::Vault& vault() { return *m_vault; }
    ChildListModel* childModel() const { return m_childModel; }
    HouseholdListModel* householdModel() const { return m_householdModel; }
    WorklistPage* worklistPage() const { return m_worklist; }
    DashboardPage* dashboardPage() const { return m_dashboard; }
    // Null for a village: its worklist is its oversight.
    OversightPage* oversightPage() const { return m_oversight; }
    StatisticsSource* statistics() const { return m_statistics; }
    // The township's review queue; null for a village or county vault.
    ReviewQueuePage* reviewQueuePage() const { return m_review; }
    SyncController* syncController() const { return m_sync; }
    LedgerPage* ledgerPage() const { return m_ledger; }
    PrivacyGuard* privacyGuard() const { return m_privacy; }
    BackupActions* backupActions() const { return m_backup; }
    // Null for a village.
    ReportsMenu* reportsMenu() const { return m_reports; }

    void newHousehold();
    void newChild();
    void editSelected();
    void openChild(const QString& childId, const QString& householdId);
    void openHousehold(const QString& householdId);
    // Opens the child's visit draft (a new one when there is none) in the visit form.
    void startVisit(const QString& childId);
    // The child's file: findings, documents to gather, visits and referrals.
    void openChildFile(const QString& childId);
    // A visit of the review queue, read-only, with its history.
    void openReviewedVisit(const QString& visitId);
    // A visit the township returned: a new version with the township's comment as its reason
    // (the director may change it), or the correction already started, in the visit form.
    void correctReturnedVisit(const QString& visitId, const QString& comment, const QString& draftId);
    // This device's key fingerprint, read out by phone when another device enrolls it.
    QString deviceFingerprint();
    // Sync menu: this device and the trusted ones; where to sync; what the last sync did.
    void showDevices();
    void showSyncSettings();
    void showSyncReport();
    // Fields changed here and on another device, for a person to decide.
    void showConflicts();
    // "zh_CN" or "en": installs the translation, remembers the choice and retranslates.
    void setLanguage(const QString& language);

    // Records why in the vault's lock entry, then asks for the lock.
    void requestLock(vault::Vault::LockReason reason);

signals:
    // The user asked to lock, or the window was idle or the computer is going to sleep: whoever
    // owns the window destroys it and asks for the passphrase.
    void lockRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createCentralWidget();
    void createStatisticsPages();
    void createStatusBar();
    void retranslate();
    void updateStatus();
    void updateEmptyState();
    void updateActions();
    void showAbout();
    void showHelp();
    void createSync();
    // After a sync brought records: the lists, the worklist and the counts read them again.
    void reloadRecords();
    QString selectedHouseholdId() const;
    QString chooseHousehold();
    PrintOptions printOptions() const;

    std::unique_ptr<vault::Vault> m_vault;
    std::unique_ptr<model::RecordStore> m_store;
    std::unique_ptr<model::VisitStore> m_visits;
    ChildListModel* m_childModel = nullptr;
    HouseholdListModel* m_householdModel = nullptr;

    QAction* m_newHouseholdAction = nullptr;
    QAction* m_newChildAction = nullptr;
    QAction* m_editAction = nullptr;
    QAction* m_visitAction = nullptr;
    QAction* m_openFileAction = nullptr;
    QAction* m_lockAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_findAction = nullptr;
    QAction* m_chineseAction = nullptr;
    QAction* m_englishAction = nullptr;
    QAction* m_helpAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_deviceAction = nullptr;
    QAction* m_syncNowAction = nullptr;
    QAction* m_syncReportAction = nullptr;
    QAction* m_devicesAction = nullptr;
    QAction* m_syncSettingsAction = nullptr;
    QAction* m_conflictsAction = nullptr;
    QActionGroup* m_languageGroup = nullptr;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_syncMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QLineEdit* m_search = nullptr;
    QTabWidget* m_tabs = nullptr;
    QStackedWidget* m_childrenStack = nullptr;
    QTableView* m_childrenView = nullptr;
    QLabel* m_emptyState = nullptr;
    QTableView* m_householdsView = nullptr;
    EmptyListMessage* m_householdsEmpty = nullptr;
    WorklistPage* m_worklist = nullptr;
    StatisticsSource* m_statistics = nullptr;
    DashboardPage* m_dashboard = nullptr;
    OversightPage* m_oversight = nullptr;
    ReviewQueuePage* m_review = nullptr;
    LedgerPage* m_ledger = nullptr;
    QLabel* m_placeLabel = nullptr;
    QLabel* m_roleLabel = nullptr;
    QLabel* m_userLabel = nullptr;
    QLabel* m_countLabel = nullptr;
    SyncController* m_sync = nullptr;
    SyncStatusWidget* m_syncStatus = nullptr;
    PrivacyGuard* m_privacy = nullptr;
    BackupActions* m_backup = nullptr;
    ReportsMenu* m_reports = nullptr;
    PageActions* m_pages = nullptr;
    QString m_placeName;
    QString m_userName;
};

} // namespace tonghu::ui
