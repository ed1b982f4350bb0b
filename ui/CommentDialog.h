// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace tonghu::ui {

// Asks for a short text that a decision cannot go without: what the child director should
// correct in a returned visit, or why a visit is corrected. OK stays disabled until something
// other than spaces is typed, so an empty reason is never sent.
class CommentDialog final : public QDialog
{
    Q_OBJECT
public:
    CommentDialog(const QString& title, const QString& prompt, const QString& okText,
                  const QString& text = {}, QWidget* parent = nullptr);
    // The text typed, without leading or trailing spaces.
    QString text() const;
    void setText(const QString& text);

private:
    void updateOk();

    QLabel* m_prompt = nullptr;
    QPlainTextEdit* m_text = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace tonghu::ui
