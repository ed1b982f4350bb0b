// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/SecretInput.h"

#include <QByteArray>
#include <QLineEdit>

namespace tonghu::ui {

SecureBuffer takeSecret(QLineEdit* lineEdit)
{
    QString text = lineEdit->text();
    QByteArray bytes = text.toUtf8();
    SecureBuffer secret = SecureBuffer::fromText(std::string_view(bytes.constData(), bytes.size()));
    bytes.fill('\0');
    text.fill(QChar(u'\0'));
    lineEdit->clear();
    return secret;
}

void makeSecretField(QLineEdit* lineEdit)
{
    lineEdit->setEchoMode(QLineEdit::Password);
    lineEdit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
}

} // namespace tonghu::ui
