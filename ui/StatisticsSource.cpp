// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/StatisticsSource.h"

#include "core/rules/CountyRulebook.h"
#include "core/util/Error.h"
#include "core/vault/Vault.h"
#include "ui/FindingLabels.h"

namespace tonghu::ui {

StatisticsSource::StatisticsSource(vault::Vault& vault, QObject* parent) : QObject(parent), m_vault(vault) {}

QDate StatisticsSource::today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }

void StatisticsSource::setToday(const QDate& today)
{
    m_today = today;
    invalidate();
}

const reports::Overview& StatisticsSource::overview()
{
    const QString language = FindingLabels::rulesLanguage();
    if (m_valid && m_overview.today == today() && m_language == language)
        return m_overview;
    try {
        storage::Database& db = m_vault.database();
        m_overview = reports::Statistics::overview(db, rules::CountyRulebook::current(db), m_vault.placeCode(),
                                                   today(), language);
        m_language = language;
        m_valid = true;
    } catch (const Error& e) {
        emit loadFailed(e.message());
    }
    return m_overview;
}

void StatisticsSource::invalidate()
{
    m_valid = false;
    emit invalidated();
}

} // namespace tonghu::ui
