// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sync/TrustStore.h"

#include <QAbstractTableModel>

namespace tonghu::vault {
class Vault;
}

namespace tonghu::ui {

// The devices this installation trusts, one row each, as the Devices dialog lists them.
class TrustedDeviceModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { RoleColumn, PlaceColumn, RelationColumn, FingerprintColumn, EnrolledColumn, StatusColumn, ColumnCount };
    static constexpr int DeviceIdRole = Qt::UserRole;
    static constexpr int RevokedRole = Qt::UserRole + 1;

    explicit TrustedDeviceModel(vault::Vault& vault, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void reload();
    const sync::TrustedDevice& device(int row) const { return m_rows.at(row); }

    // "Receives our records" or "Sends us its records": what the relation means for the user.
    static QString relationText(sync::TrustedDevice::Relation relation);

signals:
    void loadFailed(const QString& message);

private:
    vault::Vault& m_vault;
    QList<sync::TrustedDevice> m_rows;
    QStringList m_fingerprints; // worked out once per reload: a hash per row
};

} // namespace tonghu::ui
