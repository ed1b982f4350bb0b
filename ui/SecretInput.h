// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/SecureBuffer.h"

class QLineEdit;

namespace tonghu::ui {

// Moves a typed passphrase into locked memory and clears the field, so the plain text lives in
// ordinary memory for as short a time as Qt allows.
SecureBuffer takeSecret(QLineEdit* lineEdit);

// Sets up a field for a passphrase: hidden, no input-method suggestions or history.
void makeSecretField(QLineEdit* lineEdit);

} // namespace tonghu::ui
