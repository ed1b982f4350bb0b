// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace tonghu::ui {

// A widget deleted while one of its children holds the keyboard focus first takes the focus
// away, in QWidget's destructor, and a line, spin or date edit then reports editingFinished. By
// then the widget's own destructor has run, so a connection from that child to the widget calls
// into a half-destroyed object (UBSan: "member call ... does not point to an object of type").
// A widget that listens to editingFinished calls this first thing in its destructor.
inline void disconnectDescendants(QObject* receiver)
{
    for (QObject* child : receiver->findChildren<QObject*>())
        child->disconnect(receiver);
}

} // namespace tonghu::ui
