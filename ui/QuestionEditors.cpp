// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/QuestionEditors.h"

#include "ui/FormFields.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QSignalBlocker>
#include <QSpinBox>

#include <cmath>

namespace tonghu::ui {

namespace {

// A combo box over a fixed list of JSON values; the first entry is always "unknown" (null).
class ComboEditor final : public QuestionEditor
{
public:
    ComboEditor(const QList<QPair<QString, QJsonValue>>& entries, QWidget* parent) : QuestionEditor(parent)
    {
        m_combo = new QComboBox(this);
        m_combo->setObjectName(QStringLiteral("answerComboBox"));
        m_combo->addItem(QuestionEditor::tr("Not asked yet"));
        m_values << QJsonValue();
        for (const auto& [label, value] : entries) {
            m_combo->addItem(label);
            m_values << value;
        }
        m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        auto* layout = new QHBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_combo);
        layout->addStretch();
        setFocusProxy(m_combo);
        connect(m_combo, &QComboBox::activated, this, [this] { emit edited(); });
    }
    QJsonValue value() const override { return m_values.value(m_combo->currentIndex()); }
    void setValue(const QJsonValue& value) override
    {
        const QSignalBlocker block(m_combo);
        const auto index = m_values.indexOf(value.isUndefined() ? QJsonValue() : value);
        m_combo->setCurrentIndex(index < 0 ? 0 : int(index));
    }

private:
    QComboBox* m_combo = nullptr;
    QList<QJsonValue> m_values;
};

// A whole number; the value below the range reads "Not asked yet".
class NumberEditor final : public QuestionEditor
{
public:
    NumberEditor(const rules::ChecklistQuestion& q, QWidget* parent) : QuestionEditor(parent)
    {
        m_spin = new QSpinBox(this);
        m_spin->setObjectName(QStringLiteral("answerSpinBox"));
        const int min = q.hasRange ? int(std::floor(q.min)) : 0;
        const int max = q.hasRange ? int(std::ceil(q.max)) : 9999;
        m_spin->setRange(min - 1, max);
        m_spin->setSpecialValueText(QuestionEditor::tr("Not asked yet"));
        m_spin->setValue(min - 1);
        auto* layout = new QHBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_spin);
        layout->addStretch();
        setFocusProxy(m_spin);
        // Saved when the director leaves the field or presses Enter, not at every keystroke
        // ("1" on the way to "12" is not an answer).
        connect(m_spin, &QSpinBox::editingFinished, this, [this] {
            if (m_spin->value() != m_last) {
                m_last = m_spin->value();
                emit edited();
            }
        });
        m_last = m_spin->value();
    }
    QJsonValue value() const override
    {
        return m_spin->value() == m_spin->minimum() ? QJsonValue() : QJsonValue(m_spin->value());
    }
    void setValue(const QJsonValue& value) override
    {
        const QSignalBlocker block(m_spin);
        m_spin->setValue(value.isDouble() ? int(value.toDouble()) : m_spin->minimum());
        m_last = m_spin->value();
    }

private:
    QSpinBox* m_spin = nullptr;
    int m_last = 0;
};

class DateEditor final : public QuestionEditor
{
public:
    explicit DateEditor(QWidget* parent) : QuestionEditor(parent)
    {
        m_edit = new OptionalDateEdit(this);
        m_edit->setObjectName(QStringLiteral("answerDateEdit"));
        auto* layout = new QHBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_edit);
        layout->addStretch();
        setFocusProxy(m_edit);
        connect(m_edit, &QDateEdit::editingFinished, this, [this] {
            if (m_edit->dateOrNull() != m_last) {
                m_last = m_edit->dateOrNull();
                emit edited();
            }
        });
    }
    QJsonValue value() const override
    {
        const QDate d = m_edit->dateOrNull();
        return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
    }
    void setValue(const QJsonValue& value) override
    {
        const QSignalBlocker block(m_edit);
        m_edit->setDateOrNull(QDate::fromString(value.toString(), Qt::ISODate));
        m_last = m_edit->dateOrNull();
    }

private:
    OptionalDateEdit* m_edit = nullptr;
    QDate m_last;
};

// One checkbox per value, and "none of these": a director who looked and saw none of the
// problems says so, which the rules read as an empty list. No box ticked at all reads as "not
// asked yet".
class ListEditor final : public QuestionEditor
{
public:
    ListEditor(const rules::ChecklistQuestion& q, const QString& language, QWidget* parent) : QuestionEditor(parent)
    {
        auto* layout = new QGridLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        for (qsizetype i = 0; i < q.values.size(); ++i) {
            auto* box = new QCheckBox(q.valueLabel(q.values.at(i), language), this);
            box->setObjectName(q.values.at(i) + QStringLiteral("CheckBox"));
            box->setProperty("code", q.values.at(i));
            layout->addWidget(box, int(i / 2), int(i % 2));
            m_boxes << box;
            connect(box, &QCheckBox::clicked, this, [this](bool checked) {
                if (checked)
                    m_none->setChecked(false);
                emit edited();
            });
        }
        m_none = new QCheckBox(QuestionEditor::tr("None of these"), this);
        m_none->setObjectName(QStringLiteral("noneCheckBox"));
        layout->addWidget(m_none, int((q.values.size() + 1) / 2), 0, 1, 2);
        connect(m_none, &QCheckBox::clicked, this, [this](bool checked) {
            if (checked)
                for (QCheckBox* box : m_boxes)
                    box->setChecked(false);
            emit edited();
        });
    }
    QJsonValue value() const override
    {
        QJsonArray codes;
        for (const QCheckBox* box : m_boxes)
            if (box->isChecked())
                codes << box->property("code").toString();
        if (codes.isEmpty() && !m_none->isChecked())
            return {};
        return codes;
    }
    void setValue(const QJsonValue& value) override
    {
        QStringList codes;
        for (const QJsonValue& v : value.toArray())
            codes << v.toString();
        for (QCheckBox* box : m_boxes) {
            const QSignalBlocker block(box);
            box->setChecked(codes.contains(box->property("code").toString()));
        }
        const QSignalBlocker block(m_none);
        m_none->setChecked(value.isArray() && codes.isEmpty());
    }

private:
    QList<QCheckBox*> m_boxes;
    QCheckBox* m_none = nullptr;
};

} // namespace

QuestionEditor* makeQuestionEditor(const rules::ChecklistQuestion& q, const QString& language, QWidget* parent)
{
    using Type = rules::FactSpec::Type;
    QuestionEditor* editor = nullptr;
    switch (q.type) {
    case Type::Bool:
        editor = new ComboEditor({{QuestionEditor::tr("Yes"), QJsonValue(true)},
                                  {QuestionEditor::tr("No"), QJsonValue(false)}},
                                 parent);
        break;
    case Type::Enum: {
        QList<QPair<QString, QJsonValue>> entries;
        for (const QString& code : q.values)
            entries.append({q.valueLabel(code, language), QJsonValue(code)});
        editor = new ComboEditor(entries, parent);
        break;
    }
    case Type::Number:
        editor = new NumberEditor(q, parent);
        break;
    case Type::Date:
        editor = new DateEditor(parent);
        break;
    case Type::List:
        editor = new ListEditor(q, language, parent);
        break;
    }
    editor->setObjectName(q.fact + QStringLiteral("QuestionEditor"));
    // The question's label is the editor's buddy, but a screen reader reads the control that has
    // focus: give it the question as its name. A list's checkboxes are named by their own text.
    if (QWidget* control = editor->focusProxy())
        control->setAccessibleName(q.localized(QStringLiteral("label"), language));
    return editor;
}

} // namespace tonghu::ui
