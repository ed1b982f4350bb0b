// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDialog>
#include <QList>
#include <QString>

#include <utility>

class QComboBox;

namespace tonghu::ui {

// Which month a summary is for and, where the vault holds several, which township: the months
// of the last two years, the one just ended first chosen, since a monthly summary is made once
// the month is over.
class SummaryDialog final : public QDialog
{
    Q_OBJECT
public:
    // `places`: code and name of the townships to choose from; empty hides the choice.
    SummaryDialog(const QString& title, const QList<std::pair<QString, QString>>& places, const QDate& today,
                  QWidget* parent = nullptr);

    enum class Format { Pdf, Xlsx };

    QDate month() const;   // its first day
    QString place() const; // empty when there was no choice
    Format format() const { return m_format; } // the button that accepted
    QComboBox* monthBox() const { return m_month; }
    QComboBox* placeBox() const { return m_place; }

private:
    QComboBox* m_month = nullptr;
    QComboBox* m_place = nullptr;
    Format m_format = Format::Pdf;
};

} // namespace tonghu::ui
