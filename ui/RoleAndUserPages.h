// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/vault/Vault.h"

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QRadioButton;

namespace tonghu::ui {

// The first and third pages of the set-up wizard: who will use Tonghu, and their name.
class RolePage final : public QWizardPage
{
    Q_OBJECT
public:
    explicit RolePage(QWidget* parent = nullptr);
    vault::Role role() const;

private:
    QRadioButton* m_village;
    QRadioButton* m_township;
    QRadioButton* m_county;
};

class UserPage final : public QWizardPage
{
    Q_OBJECT
public:
    explicit UserPage(QWidget* parent = nullptr);
    QString userName() const;
    void initializePage() override;
    bool isComplete() const override;

private:
    QLabel* m_summary;
    QLineEdit* m_name;
};

} // namespace tonghu::ui
