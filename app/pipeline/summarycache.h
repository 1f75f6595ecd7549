#pragma once

#include "core/profile.h"
#include "daysummary.h"
#include "dayview.h"

#include <QDate>
#include <QHash>
#include <QList>

#include <memory>

namespace pd::store {
class Database;
}

namespace pd::pipeline {

// Day and month summaries by DayView's rule for the calendar and the month overview. It keeps each
// day's content (without abstracts and author lists) until told to forget it, so a threshold
// change recounts without reading the database again. One thread at a time.
class SummaryCache final
{
public:
    SummaryCache(const store::Database &db, const core::Profile &profile);
    ~SummaryCache();
    Q_DISABLE_COPY_MOVE(SummaryCache)

    // New settings: everything is read again.
    void setProfile(const core::Profile &profile);
    // The day changed in the database (a run scored it, a fetch listed it).
    void forget(QDate date);
    void forget(QDate from, QDate to);

    // The stored days in [from, to], oldest first.
    QList<DaySummary> days(QDate from, QDate to, const core::Profile::Thresholds &thresholds);
    MonthSummary month(QDate anyDay, const core::Profile::Thresholds &thresholds, int topPerTopic = 5);

private:
    QList<const DayContent *> contents(QDate from, QDate to, const core::Profile::Thresholds &thresholds);

    const store::Database &m_db;
    std::unique_ptr<DayView> m_view;
    QHash<QDate, DayContent> m_contents;
};

} // namespace pd::pipeline
