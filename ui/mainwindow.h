#pragma once

#include "core/announcementcalendar.h"
#include "core/datadir.h"
#include "core/profile.h"
#include "pipeline/job.h"

#include <QDate>
#include <QMainWindow>

class QAction;
class QLabel;
class QProgressBar;
class QTableView;
class QToolButton;

namespace pd::store {
class Database;
}

namespace pd::pipeline {
class WorkerHost;
}

namespace pd::secrets {
class SecretStore;
}

namespace pd::ui {

class PaperTableModel;

// The reader's window. All database reads it does are small and indexed; fetching and scoring run
// on the worker thread (WorkerHost) and report back through queued signals.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(store::Database &db, core::DataDir dataDir, core::Profile profile, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows `date`, or the latest stored day when it is invalid.
    void showDay(QDate date);
    QDate currentDay() const { return m_day; }
    PaperTableModel *paperModel() const { return m_model; }
    QString fingerprint() const { return m_fingerprint; }
    const core::Profile &profile() const { return m_profile; }
    void setProfile(const core::Profile &profile);
    // Starts fetching (and, for a run, scoring) `date` on the worker thread.
    void startJob(pipeline::Job::Kind kind, QDate date, bool refresh = false);
    bool isWorking() const;
    // The day shown when the window was last closed.
    QDate lastDay() const;

    // The fingerprint whose scores the reader shows: the LLM's for the profile, or the heuristic's
    // when no key is set and the day has only heuristic scores.
    static QString readerFingerprint(const store::Database &db, const core::Profile &profile, QDate date);

Q_SIGNALS:
    void jobFinished(const pd::pipeline::JobOutcome &outcome);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void reloadDay();
    void updateSummary();
    void updateActions();
    void onProgress(const pipeline::Progress &progress);
    void onJobFinished(const pipeline::JobOutcome &outcome);
    void restoreState();
    void saveState();
    void postJob(pipeline::Job job);

    store::Database &m_db;
    core::DataDir m_dataDir;
    core::Profile m_profile;
    core::AnnouncementCalendar m_calendar;
    QString m_fingerprint;
    QDate m_day;
    pipeline::WorkerHost *m_worker = nullptr;
    secrets::SecretStore *m_secrets = nullptr;
    bool m_waitingForKey = false;

    QLabel *m_dayLabel = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_table = nullptr;
    PaperTableModel *m_model = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancelButton = nullptr;
    QAction *m_previousAction = nullptr;
    QAction *m_nextAction = nullptr;
    QAction *m_todayAction = nullptr;
    QAction *m_fetchAction = nullptr;
    QAction *m_runAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_cancelAction = nullptr;
};

} // namespace pd::ui
