#pragma once

#include "core/announcementcalendar.h"
#include "core/topic.h"
#include "pipeline/daysummary.h"

#include <QHash>
#include <QWidget>

class QBoxLayout;
class QGridLayout;
class QLabel;
class QToolButton;
class QVBoxLayout;

namespace pd::core {
struct Profile;
}

namespace pd::ui {

// One month at a glance: a Monday-to-Friday grid with each announcement day's scanned, relevant
// and hotspot counts and cost; the month's totals; topic coverage; the best papers per topic.
// It does no SQL: the owner asks for the month's summary (pipeline::SummaryCache, off the GUI
// thread) and calls setSummary(), also in answer to monthRequested().
class MonthOverview final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MonthOverview)

public:
    explicit MonthOverview(QWidget *parent = nullptr);

    // Which weekdays are arXiv holidays (greyed, like weekends in the calendar).
    void setCalendar(const core::AnnouncementCalendar &calendar);
    // Shows `summary`; the profile names the topics and orders them.
    void setSummary(const pipeline::MonthSummary &summary, const core::Profile &profile);
    QDate month() const { return m_summary.month; }

    // The text shown for a total ("papers", "scanned", "relevant", "hotspot", "tokens", "cost").
    QString totalText(const QString &key) const;

Q_SIGNALS:
    void dayActivated(QDate date);
    void paperActivated(QDate date, const QString &arxivId);
    // The previous or next month was asked for; answer with setSummary().
    void monthRequested(QDate firstOfMonth);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QWidget *buildTotals();
    void updateTotals();
    void rebuild();
    // Grid and topic coverage side by side when they fit, else stacked.
    void arrangeTopRow();
    QWidget *buildGrid(QWidget *parent);
    QWidget *buildCoverage(QWidget *parent);
    QWidget *buildTopPapers(QWidget *parent);
    QLabel *paperLabel(const pipeline::TopPaper &paper, QWidget *parent) const;
    void openLink(const QString &link);
    // Profile topics first (in profile order, also those with nothing this month), then topics
    // the profile no longer has, then papers without a topic.
    QStringList topicOrder() const;
    QString topicLabel(const QString &id) const;

    core::AnnouncementCalendar m_calendar;
    pipeline::MonthSummary m_summary;
    core::TopicList m_topics;

    QToolButton *m_previous = nullptr;
    QToolButton *m_next = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_emptyHint = nullptr;
    QHash<QString, QLabel *> m_totals;
    QVBoxLayout *m_bodyLayout = nullptr;
    QWidget *m_content = nullptr; // rebuilt by every setSummary()
    QBoxLayout *m_topRow = nullptr;
    QWidget *m_grid = nullptr;
    QWidget *m_coverage = nullptr;
};

} // namespace pd::ui
