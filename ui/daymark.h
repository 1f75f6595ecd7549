#pragma once

#include "core/announcementcalendar.h"
#include "pipeline/daysummary.h"

#include <QColor>
#include <QDate>
#include <QFont>
#include <QPalette>
#include <QString>

#include <optional>

namespace pd::ui {

// What the calendar and the month overview show for a date, from the most to the least final.
enum class DayMark {
    NoAnnouncement, // weekend, arXiv holiday, or a day arXiv skipped
    NotFetched,
    Fetched, // listing stored, nothing scored yet
    Scored,  // at least one paper scored: show the count of relevant papers
    Failed,  // fetching failed, or scoring failed for every paper
};

// `summary` may be null (nothing stored for the date).
DayMark dayMarkOf(QDate date, const pipeline::DaySummary *summary,
                  const core::AnnouncementCalendar &calendar);

// A few lines for a tooltip: the date, its state, its counts and cost.
QString dayToolTip(QDate date, const pipeline::DaySummary *summary,
                   const core::AnnouncementCalendar &calendar);

// "Tuesday 21 April 2026": the date as a screen reader says it, in the translation's word order.
QString spokenDate(QDate date);
// "not fetched", "no announcement", "fetched", "scored" or "failed".
QString dayMarkText(DayMark mark);
// What a screen reader says for a calendar cell: "Tuesday 21 April 2026, scored, 33 relevant,
// 12 unread"; the counts only where the calendar shows them.
QString dayAccessibleName(QDate date, const pipeline::DaySummary *summary,
                          const core::AnnouncementCalendar &calendar);
// The tooltip without its first line (the date), for an accessible description beside a name
// that already says the date.
QString dayAccessibleDescription(QDate date, const pipeline::DaySummary *summary,
                                 const core::AnnouncementCalendar &calendar);

// "$1.32" (core::Money), or an empty string when nothing was spent; "no price for <model>" (or
// "unknown") when a model had no price.
QString costText(const core::Usage &usage, const QString &model = {});

// A red that reads well on the palette's base colour, light or dark.
QColor failureColor(const QPalette &palette);
// The unread dot's colour: the highlight, like the relevant badge (both ask for attention).
QColor unreadColor(const QPalette &palette);
// `a` moved towards `b` by `amount` (0..1): derived tints that follow the palette.
QColor blend(const QColor &a, const QColor &b, double amount);
bool isDark(const QPalette &palette);
// The WCAG contrast ratio of two opaque colours, 1 (none) to 21 (black on white).
double contrastRatio(const QColor &a, const QColor &b);
// `font` scaled by `factor`, whether it was set in points or pixels.
QFont scaledFont(const QFont &font, double factor);

} // namespace pd::ui
