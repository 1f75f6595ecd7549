#pragma once

#include "core/announcementcalendar.h"
#include "pipeline/job.h"

#include <QDate>
#include <QDialog>
#include <QSet>

class QCheckBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;

namespace pd::ui {

// Papers → Fetch Range…: the announcement days between two dates, fetched (and scored) one after
// another by one job. Says how many days that is, which stored ones are skipped and how long
// arXiv's spacing makes it take; works from values, so it never touches the database.
class FetchRangeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FetchRangeDialog)

public:
    // `latest`: the newest announcement out; `stored`: the days stored with their papers.
    FetchRangeDialog(core::AnnouncementCalendar calendar, QDate latest, QSet<QDate> stored,
                     QWidget *parent = nullptr);

    // A range chosen elsewhere (the calendar); the end is kept at the latest announcement at most.
    void setRange(QDate from, QDate to);
    QDate from() const;
    QDate to() const;
    // A Fetch job, or a Run job with "Score too"; the profile and key are the job controller's.
    pipeline::Job job() const;
    // What the dialog says about the range (the label under the dates).
    QString summary() const;

private:
    void updateSummary();
    QList<QDate> daysToFetch() const;

    core::AnnouncementCalendar m_calendar;
    QDate m_latest;
    QSet<QDate> m_stored;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QCheckBox *m_score = nullptr;
    QCheckBox *m_refresh = nullptr;
    QLabel *m_summary = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace pd::ui
