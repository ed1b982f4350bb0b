// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHeaderView>

namespace tonghu::ui {

// Columns sized to their contents, measured on the rows in view and a few around them. Qt's
// default measures up to 1,000 rows, shaping every name and address again at each reload: with a
// full child list that was most of the time between unlocking and seeing the list.
inline void fitColumnsToContents(QHeaderView* header)
{
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setResizeContentsPrecision(60);
}

} // namespace tonghu::ui
