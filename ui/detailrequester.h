#pragma once

#include "core/profile.h"
#include "store/daypaper.h"

#include <QDate>
#include <QObject>
#include <QTimer>

namespace pd::ui {

class JobController;

// Two-pass scoring asks the prose only for papers that pass the thresholds. After a threshold is
// lowered on the open day, this asks the model in the background for the comments of the papers
// that pass now and were scored without one: no question, no dialog, and after the job that runs.
// Fast spin-box steps are gathered into one request; raising a threshold asks nothing.
class DetailRequester final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailRequester)

public:
    // Quiet time after the last step before the request goes out.
    static constexpr int DelayMs = 1500;

    explicit DetailRequester(JobController *jobs, QObject *parent = nullptr);

    // `papers`: the rows `day` shows.
    void thresholdsChanged(QDate day, const store::DayPaperList &papers,
                           const core::Profile::Thresholds &before, const core::Profile::Thresholds &after);
    bool isPending() const { return m_timer.isActive(); }

    // Whether any current language-model score among `papers` passes `thresholds` without prose.
    static bool needsDetails(const store::DayPaperList &papers, const core::Profile::Thresholds &thresholds);

private:
    void request();

    JobController *m_jobs;
    QTimer m_timer;
    QDate m_day;
    store::DayPaperList m_papers;
    core::Profile::Thresholds m_thresholds;
};

} // namespace pd::ui
