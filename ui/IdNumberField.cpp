// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/IdNumberField.h"

#include "core/model/IdNumber.h"
#include "core/model/Vocabulary.h"
#include "ui/FormFields.h"
#include "ui/WidgetTeardown.h"

#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace tonghu::ui {

IdNumberField::IdNumberField(QWidget* parent)
    : QWidget(parent), m_edit(new QLineEdit(this)), m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("idNumberField"));
    m_edit->setObjectName(QStringLiteral("idNumberLineEdit"));
    // Room for the spaces people type between groups of digits; the check removes them.
    m_edit->setMaxLength(22);
    // Room for all 18 characters: a clipped number is read wrongly when copied from the card.
    m_edit->setMinimumWidth(m_edit->fontMetrics().horizontalAdvance(QStringLiteral("000000000000000000X")) + 16);
    m_edit->setPlaceholderText(tr("18 characters; the last may be X"));
    m_edit->setInputMethodHints(Qt::ImhPreferNumbers | Qt::ImhPreferUppercase | Qt::ImhNoPredictiveText);
    // Spaces and lower-case x are common when copying from a form; the check normalises them.
    m_edit->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9xX ]*")), m_edit));
    m_message->setObjectName(QStringLiteral("idNumberMessageLabel"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit);
    layout->addWidget(m_message);
    setFocusProxy(m_edit);

    connect(m_edit, &QLineEdit::textChanged, this, [this] { check(false); });
    connect(m_edit, &QLineEdit::editingFinished, this, [this] { check(true); });
}

// The line edit's editingFinished would otherwise reach a half-destroyed field when a dialog is
// deleted with the focus in it.
IdNumberField::~IdNumberField()
{
    disconnectDescendants(this);
}

void IdNumberField::attach(OptionalDateEdit* birthDate, ChoiceComboBox* sex)
{
    m_birthDate = birthDate;
    m_sex = sex;
    // A date or sex changed by hand is compared again, so the warning is always current.
    if (m_birthDate)
        connect(m_birthDate, &QDateEdit::dateChanged, this, [this] {
            if (!m_filling)
                check(false);
        });
    if (m_sex)
        connect(m_sex, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling)
                check(false);
        });
}

QString IdNumberField::text() const
{
    return m_edit->text().trimmed();
}

void IdNumberField::setText(const QString& text)
{
    m_edit->setText(text);
    check(true);
}

bool IdNumberField::isAcceptable() const
{
    return problem().isEmpty();
}

QString IdNumberField::problem() const
{
    const QString t = text();
    if (t.isEmpty())
        return {};
    const model::IdNumberInfo info = model::IdNumber::parse(t);
    return info.valid() ? QString() : info.message();
}

void IdNumberField::showMessage(const QString& text, const char* colour)
{
    m_message->setText(text);
    m_message->setStyleSheet(QStringLiteral("color: %1;").arg(QLatin1String(colour)));
    m_message->setVisible(!text.isEmpty());
}

void IdNumberField::check(bool finished)
{
    const QString t = text();
    if (t.isEmpty()) {
        showMessage({}, "");
        return;
    }
    const model::IdNumberInfo info = model::IdNumber::parse(t);
    if (!info.valid()) {
        // Half-typed numbers are not errors yet; say so only once the user leaves the field.
        const bool incomplete = QString(t).remove(QLatin1Char(' ')).size() < 18 && !finished;
        showMessage(incomplete ? QString() : info.message(), "#c62828");
        return;
    }

    m_filling = true;
    if (m_birthDate && (m_birthDate->isUnknown() || m_birthDate->date() == m_filledDate)) {
        m_birthDate->setDate(info.birthDate);
        m_filledDate = info.birthDate;
    }
    if (m_sex && (m_sex->code().isEmpty() || m_sex->code() == m_filledSex)) {
        m_sex->setCode(info.sex);
        m_filledSex = info.sex;
    }
    m_filling = false;

    QStringList differences;
    if (m_birthDate && !m_birthDate->isUnknown() && m_birthDate->date() != info.birthDate)
        differences << tr("born %1").arg(info.birthDate.toString(Qt::ISODate));
    if (m_sex && !m_sex->code().isEmpty() && m_sex->code() != info.sex)
        differences << model::Vocabulary::label(model::Vocabulary::sexes(), info.sex);
    if (differences.isEmpty())
        showMessage({}, "");
    else
        showMessage(tr("The ID number says: %1. Check the number or the values entered.")
                        .arg(differences.join(tr(", "))),
                    "#a15c00");
}

} // namespace tonghu::ui
