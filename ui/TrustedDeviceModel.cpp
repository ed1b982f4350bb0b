// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/TrustedDeviceModel.h"

#include "core/sync/DeviceIdentity.h"
#include "core/util/Error.h"
#include "core/vault/Vault.h"

#include <QFontDatabase>
#include <QLocale>

namespace tonghu::ui {

TrustedDeviceModel::TrustedDeviceModel(vault::Vault& vault, QObject* parent) : QAbstractTableModel(parent), m_vault(vault)
{
    reload();
}

int TrustedDeviceModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TrustedDeviceModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TrustedDeviceModel::relationText(sync::TrustedDevice::Relation relation)
{
    return relation == sync::TrustedDevice::Relation::Parent ? tr("Receives our records") : tr("Sends us its records");
}

QVariant TrustedDeviceModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const sync::TrustedDevice& d = m_rows.at(index.row());
    if (role == DeviceIdRole)
        return d.record.keys.deviceId;
    if (role == RevokedRole)
        return d.revoked();
    if (role == Qt::FontRole && index.column() == FingerprintColumn)
        return QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case RoleColumn:
        return vault::roleTitle(d.record.role);
    case PlaceColumn:
        return d.record.placeName.isEmpty() ? d.record.placeCode
                                            : tr("%1 (%2)").arg(d.record.placeName, d.record.placeCode);
    case RelationColumn:
        return relationText(d.relation);
    case FingerprintColumn:
        return m_fingerprints.value(index.row());
    case EnrolledColumn:
        return locale.toString(d.enrolledAt.toLocalTime(), QLocale::ShortFormat);
    case StatusColumn:
        return d.revoked() ? tr("Revoked %1").arg(locale.toString(d.revokedAt.toLocalTime(), QLocale::ShortFormat))
                           : tr("Trusted");
    }
    return {};
}

QVariant TrustedDeviceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RoleColumn:
        return tr("Role");
    case PlaceColumn:
        return tr("Place");
    case RelationColumn:
        return tr("Exchange");
    case FingerprintColumn:
        return tr("Fingerprint");
    case EnrolledColumn:
        return tr("Enrolled");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

void TrustedDeviceModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_fingerprints.clear();
    try {
        m_rows = sync::TrustStore(m_vault).devices();
        for (const sync::TrustedDevice& d : m_rows)
            m_fingerprints << sync::DeviceIdentity::fingerprint(d.record.keys.signPublic, d.record.keys.boxPublic);
    } catch (const Error& e) {
        m_rows.clear();
        m_fingerprints.clear();
        emit loadFailed(e.message());
    }
    endResetModel();
}

} // namespace tonghu::ui
