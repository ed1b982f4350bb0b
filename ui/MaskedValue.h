// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace tonghu::storage {
class Database;
}

namespace tonghu::ui {

// One sensitive value of one record (an ID number, a note on harm) shown masked, with a Show
// button that reveals it whole through core's Masking::reveal, which writes the audit entry. The
// whole value is read only then, never before.
class MaskedValue final : public QWidget
{
    Q_OBJECT
public:
    // `name` becomes the object names "<name>Label" and "<name>ShowPushButton".
    MaskedValue(storage::Database& db, QString userId, QString entity, QString field, const char* name,
                QWidget* parent = nullptr);
    // Shows the record's value masked again; an empty value shows `emptyText`.
    void setRecord(const QString& id, const QString& emptyText = {});
    bool isRevealed() const { return m_revealed; }
    QString text() const;
    // What the Show button does: returns false (and says why under the value) when refused.
    bool reveal();

private:
    storage::Database& m_db;
    QString m_userId;
    QString m_entity;
    QString m_field;
    QString m_id;
    QLabel* m_label = nullptr;
    QPushButton* m_show = nullptr;
    bool m_revealed = false;
};

} // namespace tonghu::ui
