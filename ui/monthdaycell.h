#pragma once

#include "daymark.h"
#include "pipeline/daysummary.h"

#include <QAbstractButton>
#include <QDate>

namespace pd::ui {

// One announcement day in the month overview: its number and cost, then scanned / relevant /
// hotspot counts, or what keeps it from having them. Clicking it (or Space) opens the day.
class MonthDayCell final : public QAbstractButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MonthDayCell)

public:
    // `summary` may be null: nothing stored for the date.
    MonthDayCell(QDate date, const pipeline::DaySummary *summary, const core::AnnouncementCalendar &calendar,
                 QWidget *parent = nullptr);

    QDate date() const { return m_date; }
    DayMark mark() const { return m_mark; }

    // What a screen reader says: "Tuesday 21 April 2026, 33 relevant of 531, $1.32".
    QString spokenText() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    struct Line {
        QString label;
        QString value;
        bool strong = false;
    };
    QList<Line> lines() const;
    QString statusText() const;
    QColor statusColor() const;
    // The cost as the cell shows it: "$1.32", "$ ?" for a model without a price, or empty.
    QString shownCost() const;

    QDate m_date;
    DayMark m_mark;
    pipeline::DaySummary m_summary;
};

} // namespace pd::ui
