// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QDate>

namespace tonghu::rules {

// QDate::fromString(QString::fromUtf8(utf8), Qt::ISODate), without making the QString or
// parsing it in general when the text is the plain YYYY-MM-DD that the database and visit
// answers hold: a scan reads several dates for every child.
QDate isoDate(QByteArrayView utf8);

} // namespace tonghu::rules
