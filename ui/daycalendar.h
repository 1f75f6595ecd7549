#pragma once

#include "core/announcementcalendar.h"
#include "daymark.h"
#include "pipeline/daysummary.h"

#include <QCalendarWidget>
#include <QHash>

namespace pd::ui {

// A month calendar that marks each date by what Paperdesk knows of it: no announcement (greyed),
// not fetched (plain), fetched but not scored (a dot beside the number), scored (a badge beside the
// number with the count of relevant papers) and failed (a red corner); a day with unread papers
// has a small accent dot in its top-left corner. Every date has a tooltip, and its cell an
// accessible name (AccessibleCalendarView); the selected date has a ring while the calendar has
// focus. It does no SQL: when the shown month changes it emits monthShown() and the owner answers
// with setSummaries().
class DayCalendar final : public QCalendarWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DayCalendar)

public:
    explicit DayCalendar(QWidget *parent = nullptr);

    void setCalendar(const core::AnnouncementCalendar &calendar);
    // The days of the shown page; dates not in the list count as nothing stored.
    void setSummaries(const QList<pipeline::DaySummary> &summaries);

    DayMark markOf(QDate date) const;
    // The relevant count the badge shows; -1 when the date has no badge.
    int badgeOf(QDate date) const;
    // The scanned papers of the date not read yet (0 when nothing is stored).
    int unreadOf(QDate date) const;
    QString toolTipOf(QDate date) const;
    // What a screen reader says for the date's cell (see dayAccessibleName()), and the details.
    QString accessibleNameOf(QDate date) const;
    QString accessibleDescriptionOf(QDate date) const;
    // Selects `date` as a click on its cell would, for a screen reader's press action.
    void activateDate(QDate date);
    // The dates the current page displays, including the neighbouring months' edges.
    QDate firstShown() const;
    QDate lastShown() const;

Q_SIGNALS:
    // The page changed to show [first, last]. (It hides QCalendarWidget::monthShown(), which
    // still answers under its qualified name.)
    void monthShown(QDate first, QDate last);

protected:
    void paintCell(QPainter *painter, const QRect &rect, QDate date) const override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    const pipeline::DaySummary *summaryOf(QDate date) const;
    void updateToolTips();
    void updateHeaderFormats();
    void updateMinimumHeight();
    bool viewHasFocus() const;
    // Where a cell's number and its badge or dot go.
    struct CellLayout {
        QRectF number;
        QRectF mark; // the badge or the dot; empty when there is neither
        QFont badgeFont;
    };
    CellLayout layOut(const QRectF &cell, const QFont &font, int day, int badge, bool dot) const;
    void paintBadge(QPainter *painter, const CellLayout &layout, int count, bool selected) const;

    core::AnnouncementCalendar m_calendar;
    QHash<QDate, pipeline::DaySummary> m_summaries;
};

} // namespace pd::ui
