// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/DevicesDialog.h"

#include "core/sync/DeviceIdentity.h"
#include "core/sync/Enrollment.h"
#include "core/sync/TrustStore.h"
#include "core/util/Error.h"
#include "ui/ColumnFit.h"
#include "ui/EmptyListMessage.h"
#include "ui/FileDialog.h"
#include "ui/KeyboardUse.h"
#include "ui/PlaceDescription.h"
#include "ui/TrustedDeviceModel.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QScreen>
#include <QTableView>
#include <QVBoxLayout>

namespace tonghu::ui {

namespace {

// The size is checked before anything is read: a file chosen by mistake may be a video.
QByteArray readEnrollmentFile(const QString& path)
{
    const auto tooLarge = [] {
        return Error(Error::Kind::BadInput, DevicesDialog::tr("This file is too large to be an enrollment file. "
                                                              "Choose the .json file the other device saved."));
    };
    if (QFileInfo(path).size() > sync::Enrollment::kMaxFileBytes)
        throw tooLarge();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(Error::Kind::Io, DevicesDialog::tr("The file cannot be opened: %1").arg(file.errorString()));
    // Read one byte past the limit, in case the file grew after the check.
    const QByteArray bytes = file.read(sync::Enrollment::kMaxFileBytes + 1);
    if (bytes.size() > sync::Enrollment::kMaxFileBytes)
        throw tooLarge();
    return bytes;
}

QLabel* fingerprintLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    label->setFont(font);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

} // namespace

DevicesDialog::DevicesDialog(vault::Vault& vault, QWidget* parent) : QDialog(parent), m_vault(vault)
{
    setObjectName(QStringLiteral("devicesDialog"));
    setWindowTitle(tr("Devices"));

    // This device: what the other person checks before trusting it.
    auto* own = new QGroupBox(tr("This device"), this);
    own->setObjectName(QStringLiteral("ownDeviceGroupBox"));
    QString fingerprint;
    try {
        const sync::DevicePublicKeys keys = sync::DeviceIdentity::ensure(m_vault.database());
        fingerprint = sync::DeviceIdentity::fingerprint(keys.signPublic, keys.boxPublic);
    } catch (const Error& e) {
        fingerprint = e.message();
    }
    auto* role = new QLabel(vault::roleTitle(m_vault.role()), own);
    role->setObjectName(QStringLiteral("ownRoleLabel"));
    auto* place = new QLabel(tr("%1 (%2)").arg(placeDescription(m_vault), m_vault.placeCode()), own);
    place->setObjectName(QStringLiteral("ownPlaceLabel"));
    m_fingerprint = fingerprintLabel(fingerprint, own);
    m_fingerprint->setObjectName(QStringLiteral("ownFingerprintLabel"));
    m_fingerprint->setAccessibleName(tr("This device's fingerprint"));
    auto* ownHelp = new QLabel(tr("Save the enrollment file and give it to the township or county (a USB stick "
                                  "will do). Then phone them and read out this fingerprint, so they can check "
                                  "the file is yours."),
                               own);
    ownHelp->setWordWrap(true);
    m_saveButton = new QPushButton(tr("&Save enrollment file…"), own);
    m_saveButton->setObjectName(QStringLiteral("saveEnrollmentPushButton"));
    auto* ownForm = new QFormLayout(own);
    ownForm->addRow(tr("Role:"), role);
    ownForm->addRow(tr("Place:"), place);
    auto* fingerprintCaption = new QLabel(tr("&Fingerprint:"), own);
    fingerprintCaption->setBuddy(m_fingerprint);
    ownForm->addRow(fingerprintCaption, m_fingerprint);
    ownForm->addRow(ownHelp);
    auto* saveRow = new QHBoxLayout;
    saveRow->addWidget(m_saveButton);
    saveRow->addStretch();
    ownForm->addRow(saveRow);

    // The devices trusted here.
    auto* trusted = new QGroupBox(tr("Trusted devices"), this);
    trusted->setObjectName(QStringLiteral("trustedDevicesGroupBox"));
    auto* trustedHelp = new QLabel(tr("Bundles are accepted only from these devices. Enroll a device from the file "
                                      "it saved, after its user has read you its fingerprint."),
                                   trusted);
    trustedHelp->setWordWrap(true);
    m_model = new TrustedDeviceModel(m_vault, this);
    m_view = new QTableView(trusted);
    m_view->setObjectName(QStringLiteral("devicesTableView"));
    m_view->setModel(m_model);
    makeListKeyboardFriendly(m_view); // Tab leaves the list for the buttons
    (new EmptyListMessage(m_view, "devicesEmptyLabel"))
        ->setText(tr("No device is trusted yet. Save this device's enrollment file for the township (or the "
                     "village), then enroll the file they saved with “Enroll a device…”."));
    m_view->setAccessibleName(tr("Trusted devices"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    fitColumnsToContents(m_view->horizontalHeader());
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_enrollButton = new QPushButton(tr("&Enroll a device…"), trusted);
    m_enrollButton->setObjectName(QStringLiteral("enrollPushButton"));
    m_revokeButton = new QPushButton(tr("&Revoke…"), trusted);
    m_revokeButton->setObjectName(QStringLiteral("revokePushButton"));
    m_revokeButton->setToolTip(tr("Refuse the selected device's bundles from now on"));
    auto* trustedButtons = new QHBoxLayout;
    trustedButtons->addWidget(m_enrollButton);
    trustedButtons->addWidget(m_revokeButton);
    trustedButtons->addStretch();
    auto* trustedLayout = new QVBoxLayout(trusted);
    trustedLayout->addWidget(trustedHelp);
    trustedLayout->addWidget(m_view, 1);
    trustedLayout->addLayout(trustedButtons);

    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("resultLabel"));
    m_result->setWordWrap(true);
    m_result->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    // Enter closes; the first button, Save enrollment file…, is for when that is what one came for.
    buttons->button(QDialogButtonBox::Close)->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(own);
    layout->addWidget(trusted, 1);
    layout->addWidget(m_result);
    layout->addWidget(buttons);

    connect(m_saveButton, &QPushButton::clicked, this, &DevicesDialog::saveEnrollment);
    connect(m_enrollButton, &QPushButton::clicked, this, &DevicesDialog::enrollDevice);
    connect(m_revokeButton, &QPushButton::clicked, this, &DevicesDialog::revokeSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_model, &TrustedDeviceModel::loadFailed, this, &DevicesDialog::showResult);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DevicesDialog::updateButtons);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DevicesDialog::updateButtons);
    updateButtons();
    m_saveButton->setFocus();
    // Wide enough for the whole list on a 1366×768 laptop.
    QSize size(1040, 540);
    if (const QScreen* screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableSize());
    resize(size);
}

DevicesDialog::~DevicesDialog()
{
    m_view->setModel(nullptr);
}

QString DevicesDialog::enrollmentFileName(vault::Role role, const QString& placeCode)
{
    return QStringLiteral("tonghu-enrollment-%1-%2.json").arg(vault::roleCode(role), placeCode);
}

void DevicesDialog::saveEnrollment()
{
    const QString path = FileDialog::saveFileName(this, tr("Save enrollment file"),
                                                  enrollmentFileName(m_vault.role(), m_vault.placeCode()),
                                                  tr("Enrollment files (*.json)"));
    if (path.isEmpty())
        return;
    try {
        const QByteArray bytes = sync::Enrollment::exportOwn(m_vault);
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            throw Error(Error::Kind::Io, tr("The enrollment file could not be written: %1").arg(file.errorString()));
    } catch (const Error& e) {
        QMessageBox::warning(this, tr("Save enrollment file"), e.message());
        return;
    }
    showResult(tr("Saved %1. Give it to the other device's user, then read them the fingerprint by phone.")
                   .arg(QDir::toNativeSeparators(path)));
}

bool DevicesDialog::confirmEnrollment(const sync::EnrollmentRecord& record)
{
    const QString fingerprint = sync::DeviceIdentity::fingerprint(record.keys.signPublic, record.keys.boxPublic);
    const QString place = record.placeName.isEmpty() ? record.placeCode
                                                     : tr("%1 (%2)").arg(record.placeName, record.placeCode);
    QMessageBox box(QMessageBox::Question, tr("Enroll a device"),
                    tr("Ask the other device's user to read out its fingerprint by phone (Sync → Devices). "
                       "Enroll it only if every digit matches."),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("confirmEnrollMessageBox"));
    box.setInformativeText(tr("Role: %1\nPlace: %2\nFingerprint: %3").arg(vault::roleTitle(record.role), place, fingerprint));
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPushButton* enroll = box.addButton(tr("The digits match: &enroll"), QMessageBox::AcceptRole);
    enroll->setObjectName(QStringLiteral("confirmEnrollPushButton"));
    QPushButton* cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel); // a hurried Enter must not trust a device
    box.exec();
    return box.clickedButton() == enroll;
}

void DevicesDialog::enrollDevice()
{
    const QStringList files =
        FileDialog::openFileNames(this, tr("Enroll a device"), tr("Enrollment files (*.json);;All files (*)"));
    if (files.isEmpty())
        return;
    sync::EnrollmentRecord record;
    try {
        record = sync::Enrollment::read(readEnrollmentFile(files.first()));
        sync::TrustStore trust(m_vault);
        if (const auto known = trust.device(record.keys.deviceId);
            known && !known->revoked() && known->record.keys.signPublic == record.keys.signPublic
            && known->record.keys.boxPublic == record.keys.boxPublic) {
            showResult(tr("This device is enrolled already."));
            return;
        }
    } catch (const Error& e) {
        QMessageBox::warning(this, tr("Enroll a device"), e.message());
        return;
    }
    if (!confirmEnrollment(record))
        return;
    try {
        sync::TrustStore(m_vault).enroll(record);
    } catch (const Error& e) {
        QMessageBox::warning(this, tr("Enroll a device"), e.message());
        return;
    }
    m_model->reload();
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->device(row).record.keys.deviceId == record.keys.deviceId)
            m_view->selectRow(row);
    showResult(tr("Enrolled. Bundles from this device are accepted from now on."));
}

void DevicesDialog::revokeSelected()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const sync::TrustedDevice device = m_model->device(rows.first().row());
    if (device.revoked())
        return;
    QMessageBox box(QMessageBox::Warning, tr("Revoke device"),
                    tr("Revoke the device of %1 (%2)? Its bundles will be refused from now on, and it cannot be "
                       "enrolled again.")
                        .arg(device.record.placeName.isEmpty() ? device.record.placeCode : device.record.placeName,
                             vault::roleTitle(device.record.role)),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("confirmRevokeMessageBox"));
    QPushButton* revoke = box.addButton(tr("&Revoke"), QMessageBox::AcceptRole);
    revoke->setObjectName(QStringLiteral("confirmRevokePushButton"));
    QPushButton* cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.exec();
    if (box.clickedButton() != revoke)
        return;
    try {
        sync::TrustStore(m_vault).revoke(device.record.keys.deviceId);
    } catch (const Error& e) {
        QMessageBox::warning(this, tr("Revoke device"), e.message());
        return;
    }
    m_model->reload();
    showResult(tr("Revoked. Bundles from this device are refused from now on."));
}

void DevicesDialog::showResult(const QString& message)
{
    m_result->setText(message);
    m_result->show();
}

void DevicesDialog::updateButtons()
{
    const QModelIndexList rows = m_view->selectionModel() ? m_view->selectionModel()->selectedRows() : QModelIndexList{};
    m_revokeButton->setEnabled(!rows.isEmpty() && !rows.first().data(TrustedDeviceModel::RevokedRole).toBool());
}

} // namespace tonghu::ui
