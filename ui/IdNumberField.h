// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QWidget>

class QLabel;
class QLineEdit;

namespace tonghu::ui {

class ChoiceComboBox;
class OptionalDateEdit;

// A resident ID number with live checking. A valid number fills the birth date and sex when
// they are empty (or were filled from an earlier number), and a warning shows when the values
// typed differ from the number. An impossible number shows why in red, and isAcceptable() stays
// false so the dialog refuses to save.
class IdNumberField final : public QWidget
{
    Q_OBJECT
public:
    explicit IdNumberField(QWidget* parent = nullptr);
    ~IdNumberField() override;

    // The editors this field fills and compares against; either may be null.
    void attach(OptionalDateEdit* birthDate, ChoiceComboBox* sex);

    QString text() const;
    void setText(const QString& text);
    // Empty or a valid number.
    bool isAcceptable() const;
    // Why the number is refused, or empty.
    QString problem() const;
    QLineEdit* lineEdit() const { return m_edit; }
    QLabel* messageLabel() const { return m_message; }

private:
    void check(bool finished);
    void showMessage(const QString& text, const char* colour);

    QLineEdit* m_edit;
    QLabel* m_message;
    OptionalDateEdit* m_birthDate = nullptr;
    ChoiceComboBox* m_sex = nullptr;
    // What this field last wrote into the editors, so a later number may replace it but never
    // something the user typed.
    QDate m_filledDate;
    QString m_filledSex;
    bool m_filling = false;
};

} // namespace tonghu::ui
