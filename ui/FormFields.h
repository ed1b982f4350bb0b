// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/Vocabulary.h"

#include <QComboBox>
#include <QDateEdit>
#include <QSpinBox>

#include <optional>

namespace tonghu::ui {

// Editors for record fields that may be unknown. Records keep "not asked yet" apart from "no"
// (the rulebook treats them differently), so every editor here has an explicit Unknown state.

// A list of vocabulary codes shown by their labels; an optional first entry stands for "" (unknown).
class ChoiceComboBox : public QComboBox
{
    Q_OBJECT
public:
    explicit ChoiceComboBox(QWidget* parent = nullptr);
    void setChoices(const QList<model::Choice>& choices, const QString& emptyLabel = {});
    QString code() const;
    void setCode(const QString& code);
};

// Unknown / Yes / No for a std::optional<bool>.
class TriStateComboBox : public QComboBox
{
    Q_OBJECT
public:
    explicit TriStateComboBox(QWidget* parent = nullptr);
    std::optional<bool> value() const;
    void setValue(std::optional<bool> value);
};

// Unknown / none / grade 1 (most severe) to 4, as China's disability certificates grade it.
class DisabilityLevelComboBox : public QComboBox
{
    Q_OBJECT
public:
    explicit DisabilityLevelComboBox(QWidget* parent = nullptr);
    std::optional<int> value() const;
    void setValue(std::optional<int> value);
};

// A number of months; the lowest value reads "Unknown".
class MonthsSpinBox : public QSpinBox
{
    Q_OBJECT
public:
    explicit MonthsSpinBox(QWidget* parent = nullptr);
    std::optional<int> months() const;
    void setMonths(std::optional<int> months);
};

// A date field whose lowest date may read as a word ("Unknown", "Any day"). Tab moves between
// the year, month and day as in any date field, and leaves it after the day; while the word is
// shown there are no parts to move between, and QDateEdit would then keep the focus for ever.
class DateEdit : public QDateEdit
{
    Q_OBJECT
public:
    explicit DateEdit(QWidget* parent = nullptr) : QDateEdit(parent) {}

protected:
    bool focusNextPrevChild(bool next) override;
};

// A date that may be unknown: the minimum date reads "Unknown".
class OptionalDateEdit : public DateEdit
{
    Q_OBJECT
public:
    explicit OptionalDateEdit(QWidget* parent = nullptr);
    QDate dateOrNull() const;
    void setDateOrNull(const QDate& date);
    bool isUnknown() const;

protected:
    void mousePressEvent(QMouseEvent* event) override;
};

} // namespace tonghu::ui
