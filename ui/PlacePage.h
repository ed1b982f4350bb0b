// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace tonghu::ui {

// The place this computer works for, picked province → city → county → township from the
// national division codes. A child director adds the village's name and 3-digit number, which
// the national table does not list. Levels a role does not need are hidden.
class PlacePage final : public QWizardPage
{
    Q_OBJECT
public:
    explicit PlacePage(QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

    // 12 digits for a village, 9 for a township, 6 for a county; empty until complete enough.
    QString placeCode() const;
    QString villageName() const;

private:
    void fillCities();
    void fillCounties();
    void fillTownships();
    void updatePreview();

    QFormLayout* m_form;
    QComboBox* m_province;
    QComboBox* m_city;
    QComboBox* m_county;
    QComboBox* m_township;
    QLineEdit* m_villageName;
    QLineEdit* m_villageCode;
    QLabel* m_villageHelp;
    QLabel* m_preview;
};

} // namespace tonghu::ui
