// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/CommentDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tonghu::ui {

CommentDialog::CommentDialog(const QString& title, const QString& prompt, const QString& okText,
                             const QString& text, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("commentDialog"));
    setWindowTitle(title);
    m_prompt = new QLabel(prompt, this);
    m_prompt->setObjectName(QStringLiteral("promptLabel"));
    m_prompt->setWordWrap(true);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("commentPlainTextEdit"));
    // Tab leaves the field for the buttons, as everywhere else in a dialog.
    m_text->setTabChangesFocus(true);
    m_text->setAccessibleName(prompt);
    m_prompt->setBuddy(m_text);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(okText);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_prompt);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_text, &QPlainTextEdit::textChanged, this, &CommentDialog::updateOk);
    setText(text);
    m_text->setFocus();
    resize(460, 240);
}

QString CommentDialog::text() const
{
    return m_text->toPlainText().trimmed();
}

void CommentDialog::setText(const QString& text)
{
    m_text->setPlainText(text);
    // A prefilled text is usually added to, not replaced: the cursor waits at its end.
    m_text->moveCursor(QTextCursor::End);
    updateOk();
}

void CommentDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!text().isEmpty());
}

} // namespace tonghu::ui
