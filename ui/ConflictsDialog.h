// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace tonghu::vault {
class Vault;
}

namespace tonghu::ui {

// The fields changed on two devices at once (sync conflicts), one per row: the record, the field,
// the value shown now (the later change) and the other device's value. The user keeps the one
// shown or takes the other; the choice travels on like any change.
class ConflictsDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ConflictsDialog(vault::Vault& vault, QWidget* parent = nullptr);

    int openCount() const;

signals:
    // A value was written to a record: lists showing it should refresh.
    void recordsChanged();

private:
    void reload();
    void settle(bool takeOther);

    vault::Vault& m_vault;
    QTableWidget* m_table;
    QLabel* m_empty;
    QPushButton* m_keep;
    QPushButton* m_takeOther;
};

} // namespace tonghu::ui
