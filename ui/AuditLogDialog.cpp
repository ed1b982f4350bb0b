// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/AuditLogDialog.h"

#include "core/audit/AuditLog.h"
#include "core/util/Error.h"
#include "ui/AuditLogModel.h"
#include "ui/ColumnFit.h"
#include "ui/EmptyListMessage.h"
#include "ui/FormFields.h"
#include "ui/KeyboardUse.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace tonghu::ui {

AuditLogDialog::AuditLogDialog(storage::Database& db, QWidget* parent) : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("auditLogDialog"));
    setWindowTitle(tr("Audit log"));
    m_verify = new QLabel(this);
    m_verify->setObjectName(QStringLiteral("verifyLabel"));
    m_verify->setWordWrap(true);

    m_since = new DateEdit(this);
    m_since->setObjectName(QStringLiteral("sinceDateEdit"));
    m_since->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_since->setCalendarPopup(true);
    m_since->setMinimumDate(QDate(2000, 1, 1));
    m_since->setSpecialValueText(tr("Any day"));
    m_since->setDate(m_since->minimumDate());
    m_action = new QComboBox(this);
    m_action->setObjectName(QStringLiteral("actionComboBox"));
    m_user = new QComboBox(this);
    m_user->setObjectName(QStringLiteral("userComboBox"));
    try {
        // Each group of actions (export, for export.pdf and the others) comes before its members.
        QStringList choices;
        for (const QString& action : audit::AuditLog::actions(m_db)) {
            const QString group = action.section(QLatin1Char('.'), 0, 0);
            if (group != action && !choices.contains(group))
                choices << group;
            choices << action;
        }
        choices.sort();
        m_action->addItem(tr("All actions"), QString());
        for (const QString& a : choices)
            m_action->addItem(a, a);
        m_user->addItem(tr("All users"), QString());
        for (const auto& [id, name] : audit::AuditLog::users(m_db))
            m_user->addItem(name.isEmpty() ? id : name, id);
    } catch (const Error& e) {
        m_verify->setText(e.message());
    }

    // Each filter's label names it for a screen reader and takes the keyboard to it with Alt.
    auto* filters = new QHBoxLayout;
    const auto addFilter = [this, filters](const QString& text, QWidget* field, int stretch) {
        auto* label = new QLabel(text, this);
        label->setBuddy(field);
        filters->addWidget(label);
        filters->addWidget(field, stretch);
    };
    addFilter(tr("&From:"), m_since, 0);
    addFilter(tr("&Action:"), m_action, 1);
    addFilter(tr("&User:"), m_user, 1);

    m_model = new AuditLogModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("auditTableView"));
    m_view->setModel(m_model);
    makeListKeyboardFriendly(m_view);
    m_empty = new EmptyListMessage(m_view, "auditEmptyLabel");
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    fitColumnsToContents(m_view->horizontalHeader());
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("countLabel"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_verify);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_since, &QDateEdit::dateChanged, this, &AuditLogDialog::reload);
    connect(m_action, &QComboBox::currentIndexChanged, this, &AuditLogDialog::reload);
    connect(m_user, &QComboBox::currentIndexChanged, this, &AuditLogDialog::reload);
    reload();
    resize(900, 560);
}

void AuditLogDialog::reload()
{
    audit::AuditFilter filter;
    if (m_since->date() != m_since->minimumDate())
        filter.since = m_since->date().startOfDay();
    filter.action = m_action->currentData().toString();
    filter.userId = m_user->currentData().toString();
    filter.limit = kShown;
    try {
        const qint64 broken = audit::AuditLog::firstBrokenEntry(m_db);
        const qint64 total = audit::AuditLog::count(m_db);
        if (broken == 0) {
            m_verify->setStyleSheet(QString());
            m_verify->setText(tr("The audit log is intact: %n entries, none changed or removed.", nullptr, int(total)));
        } else {
            m_verify->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
            m_verify->setText(tr("The audit log was tampered with at entry %1: it was changed, removed or added "
                                 "outside Tonghu. Tell the county office.")
                                  .arg(broken));
        }
        const QList<audit::AuditEntry> entries = audit::AuditLog::list(m_db, filter);
        m_count->setText(entries.size() >= kShown
                             ? tr("The newest %1 entries that match; `tonghu-cli audit list` shows all.").arg(kShown)
                             : tr("%n entries match.", nullptr, int(entries.size())));
        const bool filtered = filter.since.isValid() || !filter.action.isEmpty() || !filter.userId.isEmpty();
        m_empty->setText(filtered ? tr("No entry matches these filters. Choose “Any day”, “All actions” and “All "
                                       "users” to see every entry.")
                                  : tr("Nothing has been recorded yet. Every look at a child's file, every printout, "
                                       "export and import is written here."));
        m_model->setEntries(entries);
    } catch (const Error& e) {
        m_verify->setText(e.message());
        m_model->setEntries({});
    }
}

} // namespace tonghu::ui
