#pragma once

#include "core/announcementcalendar.h"
#include "core/profile.h"
#include "pipeline/dayview.h"

#include <QSet>
#include <QWidget>

class QAction;
class QLabel;
class QTableView;

namespace pd::ui {

class MessageBar;
class PaperColumns;
class PaperFilterProxy;
class PaperTableModel;

// The centre of the reader for one day: its date, a summary line (model, tokens, cost, counts), a
// banner offering to fetch or score what is missing, and the paper table. It shows a
// pipeline::DayContent as DayView made it; it reads nothing from the database itself.
class DayPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DayPane)

public:
    explicit DayPane(QWidget *parent = nullptr);

    PaperTableModel *model() const { return m_model; }
    PaperFilterProxy *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    // The bar above the table for the day's notices, warnings and their actions.
    MessageBar *messageBar() const { return m_banner; }

    void setCalendar(const core::AnnouncementCalendar &calendar);
    // Topic labels; the thresholds come through setThresholds().
    void setProfile(const core::Profile &profile);
    void setThresholds(const core::Profile::Thresholds &thresholds);
    // A job runs: the banner would offer what is already being done.
    void setWorking(bool working);

    // Shows `content` for `date`. With `keepSelection`, rows are updated in place (a batch landed).
    void showDay(QDate date, pipeline::DayContent content, bool keepSelection);
    const pipeline::DayContent &content() const { return m_content; }
    // A job on the shown day failed: the reason stays in view beside the button that retries.
    PaperColumns *columns() const { return m_columns; }
    // A finished run's message, until it is closed or the day changes.
    void showNotice(const QString &message);
    // A failed job's message, with Fetch and Score to try again.
    void showFailure(const QString &message);

    // Null when no row is selected; valid until the model next changes.
    const store::DayPaper *currentPaper() const;
    void selectRelative(int step);
    bool selectPaper(const QString &arxivId);
    // After a re-score: mark what entered and what left the relevant set.
    void setComparison(const QSet<QString> &relevantBefore, bool enabled);

Q_SIGNALS:
    void currentPaperChanged();
    void fetchRequested();

private:
    void createTable();
    void updateSummary();
    QString summaryText() const;
    void showBanner(const QString &text, bool offerFetch);
    bool updateBannerFor(core::DayInfo::State state);

    core::AnnouncementCalendar m_calendar;
    pipeline::DayContent m_content;
    bool m_working = false;
    QLabel *m_dayLabel = nullptr;
    QLabel *m_summary = nullptr;
    MessageBar *m_banner = nullptr;
    PaperColumns *m_columns = nullptr;
    QAction *m_fetchAction = nullptr;
    QTableView *m_table = nullptr;
    PaperTableModel *m_model = nullptr;
    PaperFilterProxy *m_proxy = nullptr;
};

} // namespace pd::ui
