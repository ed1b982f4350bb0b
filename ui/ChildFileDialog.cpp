// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ChildFileDialog.h"

#include "core/audit/AuditLog.h"
#include "core/model/AttachmentStore.h"
#include "core/model/ConsentStore.h"
#include "core/model/RecordStore.h"
#include "core/model/ReferralStore.h"
#include "core/model/VisitHistory.h"
#include "core/model/VisitStore.h"
#include "core/model/Vocabulary.h"
#include "core/rules/Checklist.h"
#include "core/rules/ChildEvaluation.h"
#include "core/rules/CountyRulebook.h"
#include "core/rules/Rulebook.h"
#include "core/util/Error.h"
#include "core/vault/Access.h"
#include "ui/AttachmentsBox.h"
#include "ui/ConsentDialog.h"
#include "ui/FileDialog.h"
#include "ui/FindingLabels.h"
#include "ui/KeyboardUse.h"
#include "ui/MaskedValue.h"
#include "ui/PrintDialog.h"
#include "ui/ReferralDialog.h"
#include "ui/VisitForm.h"
#include "ui/VisitHistoryList.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tonghu::ui {

namespace {

constexpr int kFindingRole = Qt::UserRole + 1;
constexpr int kDocumentRole = Qt::UserRole + 2;
constexpr int kAttachmentRole = Qt::UserRole + 3;

} // namespace

ChildFileDialog::ChildFileDialog(storage::Database& db, model::RecordStore& records, model::VisitStore& visits,
                                 QString userId, QString childId, QWidget* parent)
    : QDialog(parent), m_db(db), m_records(records), m_visits(visits), m_childId(std::move(childId)),
      m_userId(std::move(userId))
{
    setObjectName(QStringLiteral("childFileDialog"));
    setWindowTitle(tr("Child's file"));
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("headerLabel"));
    QFont big = m_header->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_header->setFont(big);
    m_badges = new QLabel(this);
    m_badges->setObjectName(QStringLiteral("categoriesLabel"));
    m_badges->setWordWrap(true);
    m_family = new QLabel(this);
    m_family->setObjectName(QStringLiteral("familyLabel"));
    m_family->setWordWrap(true);
    m_family->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_idNumber = new MaskedValue(m_db, m_userId, QStringLiteral("child"), QStringLiteral("id_number"), "idNumber", this);
    m_childNotes = new MaskedValue(m_db, m_userId, QStringLiteral("child"), QStringLiteral("notes"), "childNotes", this);
    m_householdNotes =
        new MaskedValue(m_db, m_userId, QStringLiteral("household"), QStringLiteral("notes"), "householdNotes", this);
    auto* sensitive = new QFormLayout;
    sensitive->addRow(tr("ID number:"), m_idNumber);
    sensitive->addRow(tr("Notes:"), m_childNotes);
    sensitive->addRow(tr("Household notes:"), m_householdNotes);
    m_consent = new QLabel(this);
    m_consent->setObjectName(QStringLiteral("consentLabel"));
    m_consent->setWordWrap(true);
    m_recordConsent = new QPushButton(tr("Record &consent…"), this);
    m_recordConsent->setObjectName(QStringLiteral("recordConsentPushButton"));
    m_withdrawConsent = new QPushButton(tr("&Withdraw consent…"), this);
    m_withdrawConsent->setObjectName(QStringLiteral("withdrawConsentPushButton"));
    // Only the village's child director records consent; a township or county reads it.
    const bool mayRecord = vault::Access::allows(vault::Access::roleOf(m_db), vault::Action::EditRecords);
    m_recordConsent->setVisible(mayRecord);
    m_withdrawConsent->setVisible(mayRecord);
    auto* consentRow = new QHBoxLayout;
    consentRow->addWidget(m_consent, 1);
    consentRow->addWidget(m_recordConsent);
    consentRow->addWidget(m_withdrawConsent);
    sensitive->addRow(tr("Consent:"), consentRow);

    m_findings = new QTreeWidget(this);
    m_findings->setObjectName(QStringLiteral("findingsTreeWidget"));
    m_findings->setHeaderHidden(true);
    m_findings->setWordWrap(true);
    m_attach = new QPushButton(tr("&Attach a scan to the selected document…"), this);
    m_attach->setObjectName(QStringLiteral("attachDocumentPushButton"));
    m_attach->setToolTip(tr("A photo or PDF scan of the document, kept encrypted in the child's file"));
    auto* findingsBox = new QGroupBox(tr("What the rules find today"), this);
    auto* findingsLayout = new QVBoxLayout(findingsBox);
    findingsLayout->addWidget(m_findings);
    findingsLayout->addWidget(m_attach);

    m_visitList = new QListWidget(this);
    m_visitList->setObjectName(QStringLiteral("visitsListWidget"));
    auto* visitsBox = new QGroupBox(tr("Visits (newest first; double-click to open)"), this);
    (new QVBoxLayout(visitsBox))->addWidget(m_visitList);

    m_referrals = new QListWidget(this);
    m_referrals->setObjectName(QStringLiteral("referralsListWidget"));
    m_newReferral = new QPushButton(tr("New &referral from the selected finding"), this);
    m_newReferral->setObjectName(QStringLiteral("newReferralPushButton"));
    auto* referralsBox = new QGroupBox(tr("Referrals (double-click to update)"), this);
    auto* referralsLayout = new QVBoxLayout(referralsBox);
    referralsLayout->addWidget(m_referrals);
    referralsLayout->addWidget(m_newReferral);

    auto* right = new QSplitter(Qt::Vertical, this);
    right->addWidget(visitsBox);
    right->addWidget(referralsBox);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(findingsBox);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    m_start = new QPushButton(tr("&Start visit"), this);
    m_start->setObjectName(QStringLiteral("startVisitPushButton"));
    m_print = new QPushButton(tr("&Print…"), this);
    m_print->setObjectName(QStringLiteral("printPushButton"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_badges);
    layout->addWidget(m_family);
    layout->addLayout(sensitive);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttonRow({m_start, m_print}, buttons));

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_start, &QPushButton::clicked, this, &ChildFileDialog::startVisit);
    connect(m_findings, &QTreeWidget::itemChanged, this, &ChildFileDialog::documentToggled);
    connect(m_newReferral, &QPushButton::clicked, this, &ChildFileDialog::newReferral);
    connect(m_print, &QPushButton::clicked, this, &ChildFileDialog::print);
    connect(m_recordConsent, &QPushButton::clicked, this, &ChildFileDialog::recordConsent);
    connect(m_withdrawConsent, &QPushButton::clicked, this, &ChildFileDialog::withdrawConsent);
    connect(m_attach, &QPushButton::clicked, this, [this] {
        attachToSelectedDocument(FileDialog::openFileNames(this, tr("Attach scans of the document"),
                                                           tr("Photos and scans (*.jpg *.jpeg *.png *.pdf)")));
    });
    connect(m_findings, &QTreeWidget::currentItemChanged, this, &ChildFileDialog::updateButtons);
    connect(m_findings, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        if (item && !item->data(0, kAttachmentRole).isNull())
            showAttachment(m_db, m_userId, item->data(0, kAttachmentRole).toString(), this);
    });
    connect(m_referrals, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        model::ReferralStore store(m_db, m_userId);
        if (const auto r = store.referral(item->data(Qt::UserRole).toString())) {
            ReferralDialog dialog(store, *r, this);
            if (dialog.exec() == QDialog::Accepted)
                reload();
        }
    });
    connect(m_visitList, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { openVisit(item->data(Qt::UserRole).toString()); });
    // Enter opens the finding, visit or referral in front; elsewhere it must not start a visit.
    pressOnlyFocusedButtonOnEnter(this);
    // Every look at a child's file is in the audit log; a file that cannot be recorded as seen is
    // not shown.
    try {
        audit::AuditLog::recordView(m_db, m_userId, QStringLiteral("child"), m_childId, QStringLiteral("file"));
    } catch (const Error& e) {
        m_header->setText(e.message());
        splitter->setEnabled(false);
        m_start->setEnabled(false);
        m_print->setEnabled(false);
        resize(1000, 620);
        return;
    }
    reload();
    resize(1000, 620);
}

void ChildFileDialog::reload()
{
    const QString lang = FindingLabels::rulesLanguage();
    m_loading = true;
    try {
        const auto child = m_records.child(m_childId);
        if (!child)
            throw Error(Error::Kind::NotFound, tr("The child's record no longer exists."));
        const int age = rules::ageInYears(child->birthDate, QDate::currentDate());
        m_header->setText(tr("%1, %2, %n year(s)", nullptr, age)
                              .arg(child->name,
                                   child->sex == QLatin1String("female") ? tr("girl") : tr("boy")));

        m_family->setText(familyText(child->householdId, child->fatherId, child->motherId, child->guardianId));
        showConsent();
        // A value shown on request stays shown while the file is open.
        if (!m_idNumber->isRevealed())
            m_idNumber->setRecord(m_childId, tr("not recorded"));
        if (!m_childNotes->isRevealed())
            m_childNotes->setRecord(m_childId, tr("none"));
        if (!m_householdNotes->isRevealed())
            m_householdNotes->setRecord(child->householdId, tr("none"));

        rules::ChildEvaluation children(m_db, rules::CountyRulebook::current(m_db), m_userId);
        m_evaluation = children.evaluate(m_childId, QDate::currentDate(), lang);
        const rules::Evaluation& ev = m_evaluation;
        model::AttachmentStore attachments(m_db, m_userId);
        const QList<model::Attachment> childAttachments = attachments.forChild(m_childId);
        QStringList categories;
        m_findings->clear();
        for (const rules::Finding& f : ev.findings) {
            if (f.status != QLatin1String("met"))
                continue;
            if (f.kind == QLatin1String("category")) {
                categories << f.title;
                continue;
            }
            auto* item = new QTreeWidgetItem(m_findings);
            item->setText(0, f.severity.isEmpty() ? f.title : tr("%1 [%2]").arg(f.title, FindingLabels::severity(f.severity)));
            item->setData(0, kFindingRole, f.id);
            if (f.kind == QLatin1String("risk")) {
                item->setForeground(0, QColor(0xb0, 0x00, 0x20));
                if (!f.action.isEmpty()) {
                    auto* action = new QTreeWidgetItem(item);
                    // A tree row does not wrap: each step of the action gets a line of its own.
                    QString steps = f.action;
                    steps.replace(QStringLiteral("；"), QStringLiteral("；\n")).replace(QStringLiteral("; "), QStringLiteral(";\n"));
                    action->setText(0, tr("Action: %1").arg(steps));
                    action->setToolTip(0, f.action);
                }
            }
            if (!f.referTo.isEmpty())
                (new QTreeWidgetItem(item))->setText(0, tr("Refer to: %1").arg(f.referTo));
            // Benefits' documents are ticked off as the director gathers them.
            const QStringList done = attachments.gathered(m_childId, f.id);
            for (const QString& doc : f.documents) {
                auto* d = new QTreeWidgetItem(item);
                d->setText(0, doc);
                d->setData(0, kFindingRole, f.id);
                d->setData(0, kDocumentRole, doc);
                d->setFlags(d->flags() | Qt::ItemIsUserCheckable);
                d->setCheckState(0, done.contains(doc) ? Qt::Checked : Qt::Unchecked);
                for (const model::Attachment& a : childAttachments) {
                    if (a.findingId != f.id || a.document != doc)
                        continue;
                    auto* file = new QTreeWidgetItem(d);
                    file->setText(0, tr("Scan: %1 (double-click to view)").arg(a.fileName));
                    file->setData(0, kAttachmentRole, a.id);
                }
                d->setExpanded(true);
            }
            item->setExpanded(true);
        }
        if (m_findings->topLevelItemCount() == 0)
            (new QTreeWidgetItem(m_findings))->setText(0, tr("No benefit or risk found yet; a visit may find more."));
        m_badges->setText(categories.isEmpty() ? tr("Categories: none found yet")
                                               : tr("Categories: %1").arg(categories.join(QStringLiteral(" · "))));

        m_visitList->clear();
        for (const model::Visit& v : m_visits.visitsOf(m_childId)) {
            QString text = v.visitDate.toString(Qt::ISODate) + QStringLiteral("  ")
                           + (v.status == QLatin1String("draft") ? tr("draft") : tr("submitted"));
            if (v.version > 1)
                text += tr(" — version %1: %2").arg(v.version).arg(v.correctionReason);
            auto* item = new QListWidgetItem(text, m_visitList);
            item->setData(Qt::UserRole, v.id);
            // The township's decisions on this version, under it; opening one opens the version.
            for (const model::VisitHistoryStep& step : model::VisitHistory::of(m_db, v.id)) {
                if (step.kind != model::VisitHistoryStep::Kind::Review || step.visitId != v.id)
                    continue;
                auto* decision =
                    new QListWidgetItem(QStringLiteral("    ") + VisitHistoryList::stepText(step), m_visitList);
                decision->setData(Qt::UserRole, v.id);
                if (step.status == QLatin1String("returned"))
                    decision->setForeground(QColor(0xb0, 0x00, 0x20));
            }
        }

        m_referrals->clear();
        model::ReferralStore referrals(m_db, m_userId);
        for (const model::Referral& r : referrals.referralsOf(m_childId)) {
            auto* item = new QListWidgetItem(
                tr("%1 — %2, due %3").arg(r.agency, FindingLabels::referralStatus(r.status), r.dueDate.toString(Qt::ISODate)), m_referrals);
            item->setData(Qt::UserRole, r.id);
        }
    } catch (const Error& e) {
        m_header->setText(e.message());
    }
    m_loading = false;
    updateButtons();
}

QString ChildFileDialog::familyText(const QString& householdId, const QString& fatherId, const QString& motherId,
                                    const QString& guardianId)
{
    using model::Vocabulary;
    QStringList lines;
    if (const auto h = m_records.household(householdId)) {
        QString line = tr("Household: %1").arg(h->address);
        if (h->assistance != QLatin1String("none") && !h->assistance.isEmpty())
            line += tr(" · %1").arg(Vocabulary::label(Vocabulary::assistance(), h->assistance));
        lines << line;
    }
    const auto parentLine = [&](const QString& id, const QString& role) {
        const auto p = id.isEmpty() ? std::nullopt : m_records.person(id);
        if (!p) {
            lines << tr("%1: not recorded").arg(role);
            return;
        }
        QString line = tr("%1: %2").arg(role, p->name);
        if (!p->status.isEmpty())
            line += tr(" (%1)").arg(Vocabulary::label(Vocabulary::parentStatuses(), p->status));
        lines << line;
    };
    parentLine(fatherId, tr("Father"));
    parentLine(motherId, tr("Mother"));
    if (const auto g = guardianId.isEmpty() ? std::nullopt : m_records.person(guardianId))
        lines << tr("Guardian: %1 (%2)").arg(g->name, Vocabulary::label(Vocabulary::relations(), g->relation));
    else
        lines << tr("Guardian: not recorded");
    return lines.join(QLatin1Char('\n'));
}

void ChildFileDialog::showConsent()
{
    const auto consent = model::ConsentStore(m_db, m_userId).current(m_childId);
    m_consentId = consent ? consent->id : QString();
    m_withdrawConsent->setEnabled(consent.has_value());
    if (!consent) {
        m_consent->setText(tr("not recorded: ask the guardian at the next visit"));
        m_consent->setStyleSheet(QStringLiteral("color: #b00020"));
        return;
    }
    m_consent->setStyleSheet(QString());
    QString text = tr("given by %1 on %2 (%3)")
                       .arg(consent->givenBy, consent->givenOn.toString(Qt::ISODate),
                            model::ConsentStore::methodLabel(consent->method));
    if (!consent->witness.isEmpty())
        text += tr(", witnessed by %1").arg(consent->witness);
    m_consent->setText(text);
}

void ChildFileDialog::recordConsent()
{
    model::Consent draft;
    draft.childId = m_childId;
    draft.givenOn = QDate::currentDate();
    draft.method = QStringLiteral("signed_form");
    // The guardian of the record is who usually signs.
    if (const auto child = m_records.child(m_childId); child && !child->guardianId.isEmpty()) {
        if (const auto g = m_records.person(child->guardianId)) {
            draft.givenBy = g->name;
            draft.relation = g->relation;
        }
    }
    model::ConsentStore store(m_db, m_userId);
    ConsentDialog dialog(store, draft, this);
    if (dialog.exec() == QDialog::Accepted)
        showConsent();
}

void ChildFileDialog::withdrawConsent()
{
    if (m_consentId.isEmpty())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Withdraw consent"),
        tr("Record that the guardian withdrew consent today? The consent stays in the file as withdrawn, and "
           "the child is listed again as having no consent."),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    try {
        model::ConsentStore(m_db, m_userId).withdraw(m_consentId, QDate::currentDate());
    } catch (const Error& e) {
        QMessageBox::warning(this, windowTitle(), e.message());
    }
    showConsent();
}

void ChildFileDialog::updateButtons()
{
    const QTreeWidgetItem* item = m_findings->currentItem();
    m_attach->setEnabled(item && !item->data(0, kDocumentRole).isNull());
}

int ChildFileDialog::attachToSelectedDocument(const QStringList& paths)
{
    const QTreeWidgetItem* item = m_findings->currentItem();
    if (!item || item->data(0, kDocumentRole).isNull() || paths.isEmpty())
        return 0;
    const QString findingId = item->data(0, kFindingRole).toString();
    const QString document = item->data(0, kDocumentRole).toString();
    model::Attachment meta;
    meta.childId = m_childId;
    meta.findingId = findingId;
    meta.document = document;
    QStringList problems;
    const int added = addAttachmentFiles(m_db, m_userId, meta, paths, &problems);
    try {
        // A scan of the document is the document gathered.
        if (added > 0)
            model::AttachmentStore(m_db, m_userId).setGathered(m_childId, findingId, document, true);
    } catch (const Error& e) {
        problems << e.message();
    }
    reload();
    if (!problems.isEmpty())
        QMessageBox::warning(this, windowTitle(), problems.join(QLatin1Char('\n')));
    return added;
}

void ChildFileDialog::print()
{
    PrintDialog dialog(m_db, m_userId, PrintDialog::Document::ChildFile, m_childId, m_printOptions, this);
    dialog.exec();
}

void ChildFileDialog::documentToggled(QTreeWidgetItem* item)
{
    if (m_loading || !item || item->data(0, kDocumentRole).isNull())
        return;
    try {
        model::AttachmentStore(m_db, m_userId)
            .setGathered(m_childId, item->data(0, kFindingRole).toString(), item->data(0, kDocumentRole).toString(),
                         item->checkState(0) == Qt::Checked);
    } catch (const Error& e) {
        QMessageBox::warning(this, windowTitle(), e.message());
    }
}

void ChildFileDialog::openVisit(const QString& visitId)
{
    if (visitId.isEmpty())
        return;
    try {
        VisitForm form(m_db, m_visits, rules::CountyRulebook::current(m_db), rules::Checklist::builtin(), visitId,
                       this);
        form.setPrintOptions(m_printOptions);
        form.exec();
    } catch (const Error& e) {
        QMessageBox::warning(this, windowTitle(), e.message());
    }
    reload();
}

void ChildFileDialog::newReferral()
{
    QTreeWidgetItem* item = m_findings->currentItem();
    while (item && item->parent())
        item = item->parent();
    const QString findingId = item ? item->data(0, kFindingRole).toString() : QString();
    const rules::Finding* finding = m_evaluation.find(findingId);
    if (!finding) {
        QMessageBox::information(this, windowTitle(), tr("Select the finding the referral is for."));
        return;
    }
    try {
        model::ReferralStore store(m_db, m_userId);
        ReferralDialog dialog(store, store.draftFromFinding(m_childId, *finding, QDate::currentDate()), this);
        if (dialog.exec() == QDialog::Accepted)
            reload();
    } catch (const Error& e) {
        QMessageBox::warning(this, windowTitle(), e.message());
    }
}

void ChildFileDialog::startVisit()
{
    try {
        const model::Visit v = VisitForm::startVisit(m_db, m_visits, rules::CountyRulebook::current(m_db),
                                                     rules::Checklist::builtin(), m_childId);
        openVisit(v.id);
    } catch (const Error& e) {
        QMessageBox::warning(this, windowTitle(), e.message());
    }
}

} // namespace tonghu::ui
