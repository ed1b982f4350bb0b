// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/vault/Vault.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace tonghu::sync {
struct EnrollmentRecord;
}

namespace tonghu::ui {

class TrustedDeviceModel;

// Which devices this one exchanges bundles with. A village saves its enrollment file for the
// township; the township enrolls it after the two people compare the fingerprint by phone (the
// file may travel any way, the phone call is what shows it came from the right device). A device
// that was lost or handed on is revoked here, and its bundles are refused from then on.
class DevicesDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit DevicesDialog(vault::Vault& vault, QWidget* parent = nullptr);
    ~DevicesDialog() override;

    TrustedDeviceModel* model() const { return m_model; }

    // No personal data in it: the role and the place code, "tonghu-enrollment-village-621126101201.json".
    static QString enrollmentFileName(vault::Role role, const QString& placeCode);

private:
    void saveEnrollment();
    void enrollDevice();
    void revokeSelected();
    bool confirmEnrollment(const sync::EnrollmentRecord& record);
    void showResult(const QString& message);
    void updateButtons();

    vault::Vault& m_vault;
    TrustedDeviceModel* m_model = nullptr;
    QLabel* m_fingerprint = nullptr;
    QTableView* m_view = nullptr;
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_enrollButton = nullptr;
    QPushButton* m_revokeButton = nullptr;
    QLabel* m_result = nullptr;
};

} // namespace tonghu::ui
