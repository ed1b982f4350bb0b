// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/FormFields.h"

#include <QCalendarWidget>
#include <QMouseEvent>

namespace tonghu::ui {

ChoiceComboBox::ChoiceComboBox(QWidget* parent) : QComboBox(parent) {}

void ChoiceComboBox::setChoices(const QList<model::Choice>& choices, const QString& emptyLabel)
{
    const QString current = code();
    clear();
    if (!emptyLabel.isEmpty())
        addItem(emptyLabel, QString());
    for (const auto& choice : choices)
        addItem(choice.label, choice.code);
    setCode(current);
}

QString ChoiceComboBox::code() const
{
    return currentIndex() < 0 ? QString() : currentData().toString();
}

void ChoiceComboBox::setCode(const QString& code)
{
    // An unknown code still shows, rather than silently turning into another value on save.
    int index = findData(code);
    if (index < 0 && !code.isEmpty()) {
        addItem(code, code);
        index = count() - 1;
    }
    setCurrentIndex(index);
}

TriStateComboBox::TriStateComboBox(QWidget* parent) : QComboBox(parent)
{
    addItem(tr("Unknown"));
    addItem(tr("Yes"));
    addItem(tr("No"));
}

std::optional<bool> TriStateComboBox::value() const
{
    switch (currentIndex()) {
    case 1:
        return true;
    case 2:
        return false;
    default:
        return std::nullopt;
    }
}

void TriStateComboBox::setValue(std::optional<bool> value)
{
    setCurrentIndex(!value ? 0 : *value ? 1 : 2);
}

DisabilityLevelComboBox::DisabilityLevelComboBox(QWidget* parent) : QComboBox(parent)
{
    addItem(tr("Unknown"), -1);
    addItem(tr("No disability"), 0);
    for (int grade = 1; grade <= 4; ++grade)
        addItem(tr("Grade %1").arg(grade), grade);
}

std::optional<int> DisabilityLevelComboBox::value() const
{
    const int v = currentData().toInt();
    return v < 0 ? std::nullopt : std::optional<int>(v);
}

void DisabilityLevelComboBox::setValue(std::optional<int> value)
{
    setCurrentIndex(std::max(0, findData(value.value_or(-1))));
}

MonthsSpinBox::MonthsSpinBox(QWidget* parent) : QSpinBox(parent)
{
    setRange(-1, 1200);
    setSpecialValueText(tr("Unknown"));
    setValue(-1);
}

std::optional<int> MonthsSpinBox::months() const
{
    return value() < 0 ? std::nullopt : std::optional<int>(value());
}

void MonthsSpinBox::setMonths(std::optional<int> months)
{
    setValue(months.value_or(-1));
}

bool DateEdit::focusNextPrevChild(bool next)
{
    if (!specialValueText().isEmpty() && date() == minimumDate())
        return QWidget::focusNextPrevChild(next);
    return QDateEdit::focusNextPrevChild(next);
}

OptionalDateEdit::OptionalDateEdit(QWidget* parent) : DateEdit(parent)
{
    setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    setCalendarPopup(true);
    setDateRange(QDate(1899, 12, 31), QDate::currentDate());
    setSpecialValueText(tr("Unknown"));
    setDate(minimumDate());
}

QDate OptionalDateEdit::dateOrNull() const
{
    return isUnknown() ? QDate() : date();
}

void OptionalDateEdit::setDateOrNull(const QDate& d)
{
    setDate(d.isValid() ? d : minimumDate());
}

bool OptionalDateEdit::isUnknown() const
{
    return date() == minimumDate();
}

void OptionalDateEdit::mousePressEvent(QMouseEvent* event)
{
    DateEdit::mousePressEvent(event);
    // The popup opens on the date shown; for "Unknown" that is 1899, a long way to scroll to a
    // child's birthday.
    if (isUnknown() && calendarPopup() && calendarWidget()->isVisible()) {
        const QDate today = QDate::currentDate();
        calendarWidget()->setCurrentPage(today.year() - 8, today.month());
    }
}

} // namespace tonghu::ui
