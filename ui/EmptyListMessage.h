// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

class QAbstractItemView;

namespace tonghu::ui {

// A message across a list that has no rows, saying what to do next: a list showing only its
// headers leaves a new director wondering whether something failed. It lies over the list's
// empty area and is shown while the list's model has no rows and the message has a text (the
// owner clears it while the rows are still being read). Screen readers get it as the list's
// description.
class EmptyListMessage final : public QLabel
{
    Q_OBJECT
public:
    // Call once `view` has its model.
    EmptyListMessage(QAbstractItemView* view, const char* objectName);

    void setText(const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void refresh();

    QAbstractItemView* m_view;
    // The view's viewport, which the message lies on and watches. Kept here because the viewport
    // still sends events (a synthetic leave, say) while the view around it is being destroyed,
    // when asking the view for it would call into a half-destroyed object.
    QWidget* m_viewport;
};

} // namespace tonghu::ui
