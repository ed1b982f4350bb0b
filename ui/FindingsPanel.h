// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/rules/Evaluator.h"

#include <QWidget>

class QLabel;
class QListWidget;

namespace tonghu::rules {
class Checklist;
class Rulebook;
}

namespace tonghu::ui {

// What the answers so far mean, while the director is still in the household: met findings
// (the most severe risks first, in red) and possible ones with the questions still to ask.
class FindingsPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit FindingsPanel(QWidget* parent = nullptr);
    // `checklist` and `rulebook` turn fact names and rule ids into the questions' labels and
    // the rules' titles in `language` ("zh" or "en").
    void setEvaluation(const rules::Evaluation& evaluation, const rules::Rulebook& rulebook,
                       const rules::Checklist& checklist, const QString& language);
    QListWidget* list() const { return m_list; }

private:
    QLabel* m_heading = nullptr;
    QListWidget* m_list = nullptr;
};

} // namespace tonghu::ui
