// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/rules/Checklist.h"
#include "ui/WidgetTeardown.h"

#include <QJsonValue>
#include <QWidget>

namespace tonghu::ui {

// The editor of one checklist question. Every type has an explicit "not asked yet" state
// (a null value): the rulebook treats an unknown answer differently from "no".
class QuestionEditor : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;
    ~QuestionEditor() override { disconnectDescendants(this); }
    // The answer as VisitStore::setAnswer takes it; null when unknown.
    virtual QJsonValue value() const = 0;
    // Shows a value without emitting edited(): loading a draft is not an answer.
    virtual void setValue(const QJsonValue& value) = 0;
    // Sets the value as if the director had chosen it (emits edited()); used by tests.
    void answer(const QJsonValue& value)
    {
        setValue(value);
        emit edited();
    }

signals:
    // The director changed the answer.
    void edited();
};

// One editor for the question's type (bool, number, date, enum, list), named "<fact>QuestionEditor"
// with the dots of the fact kept, so tests and screen readers find it by fact.
QuestionEditor* makeQuestionEditor(const rules::ChecklistQuestion& question, const QString& language,
                                   QWidget* parent = nullptr);

} // namespace tonghu::ui
