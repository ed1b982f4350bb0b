// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;

namespace tonghu::model {
class VisitStore;
}

namespace tonghu::ui {

// The report a finding of harm requires (强制报告): when and to whom it was made, or why it
// could not be. The visit cannot be submitted without it; accepting records it at once.
class MandatoryReportDialog final : public QDialog
{
    Q_OBJECT
public:
    MandatoryReportDialog(model::VisitStore& store, QString visitId, const QStringList& findingTitles,
                          QWidget* parent = nullptr);
    void accept() override;

private:
    void updateFields();

    model::VisitStore& m_store;
    QString m_visitId;
    QRadioButton* m_reported = nullptr;
    QRadioButton* m_notPossible = nullptr;
    QDateTimeEdit* m_reportedAt = nullptr;
    QLineEdit* m_reportedTo = nullptr;
    QLineEdit* m_reference = nullptr;
    QPlainTextEdit* m_reason = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace tonghu::ui
