#pragma once

#include "core/announcementcalendar.h"
#include "core/datadir.h"
#include "core/profile.h"
#include "pipeline/job.h"
#include "store/daypaper.h"

#include <QDate>
#include <QMainWindow>
#include <QSet>

class QAction;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QSplitter;
class QStackedWidget;
class QTableView;
class QToolButton;
class QTreeView;

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

class DayCalendar;
class MonthOverview;
class PaperFilterProxy;
class PaperTableModel;
class PaperView;
class TopicTreeModel;
class TrayNotifier;

// The reader: calendar and topic tree on the left, the day's papers in the middle, the selected
// paper on the right; a month overview in place of the day. Database reads are small indexed
// queries; fetching and scoring run on the worker thread (WorkerHost) and report back through
// queued signals carrying values.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(store::Database &db, core::DataDir dataDir, core::Profile profile, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows `date`, or the latest stored day when it is invalid.
    void showDay(QDate date);
    void showMonth(QDate anyDay);
    QDate currentDay() const { return m_day; }
    bool isMonthShown() const;
    QDate lastDay() const;

    PaperTableModel *paperModel() const { return m_model; }
    PaperFilterProxy *paperProxy() const { return m_proxy; }
    TopicTreeModel *topicModel() const { return m_tree; }
    QString fingerprint() const { return m_fingerprint; }
    const core::Profile &profile() const { return m_profile; }
    // Applies a new profile (from settings or import) and saves it in the data dir.
    void setProfile(const core::Profile &profile, bool save = false);
    void setThresholds(int relevance, int novelty);

    void startJob(pipeline::Job::Kind kind, QDate date, bool refresh = false);
    bool isWorking() const;

    // The fingerprint whose scores the reader shows: the LLM's for the profile, or the heuristic's
    // when the day has only heuristic scores (no key yet).
    static QString readerFingerprint(const store::Database &db, const core::Profile &profile, QDate date);

Q_SIGNALS:
    void jobFinished(const pd::pipeline::JobOutcome &outcome);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createLayout();
    void reloadDay(bool keepSelection = false);
    void reloadCalendarMonth(QDate first, QDate last);
    void updateSummary();
    void updateActions();
    void updateTree();
    void selectRelative(int step);
    void currentPaperChanged();
    const store::DayPaper *currentPaper() const;
    void toggleStar();
    void toggleRead();
    void editNote();
    void openCurrent(bool pdf);
    void copyBibtex();
    void openUrl(const QUrl &url);
    void showSettings(bool onModelPage = false);
    void showExport();
    void importProfile();
    void exportProfile();
    void rescoreDay();
    void onProgress(const pipeline::Progress &progress);
    void onJobFinished(const pipeline::JobOutcome &outcome);
    void postJob(pipeline::Job job);
    // Posts `job` with the key from the environment or the keychain. A remote model without a key
    // does not score: `mayAsk` asks (once, not blocking) to set a key or score offline this time.
    void postWithKey(pipeline::Job job, bool mayAsk);
    void askForMissingKey(pipeline::Job job, const QString &keychainProblem);
    // The built-in model catalog with the data dir's override (a bad one is reported and ignored).
    core::ModelCatalog modelCatalog() const;
    void restoreState();
    void saveState();
    void markChanges(const QSet<QString> &relevantBefore);

    store::Database &m_db;
    core::DataDir m_dataDir;
    core::Profile m_profile;
    core::AnnouncementCalendar m_calendar;
    QString m_fingerprint;
    QDate m_day;
    QString m_rescoreFrom; // the fingerprint before a re-score, to show what entered and left
    QSet<QString> m_relevantBeforeRescore;
    pipeline::WorkerHost *m_worker = nullptr;
    secrets::SecretStore *m_secrets = nullptr;
    TrayNotifier *m_tray = nullptr;
    bool m_waitingForKey = false;

    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_leftSplitter = nullptr;
    DayCalendar *m_calendarWidget = nullptr;
    QTreeView *m_treeView = nullptr;
    TopicTreeModel *m_tree = nullptr;
    QStackedWidget *m_centre = nullptr;
    QLabel *m_dayLabel = nullptr;
    QLabel *m_summary = nullptr;
    QWidget *m_fetchBanner = nullptr;
    QLabel *m_fetchBannerText = nullptr;
    QTableView *m_table = nullptr;
    PaperTableModel *m_model = nullptr;
    PaperFilterProxy *m_proxy = nullptr;
    PaperView *m_paperView = nullptr;
    MonthOverview *m_month = nullptr;
    QLineEdit *m_search = nullptr;
    QSpinBox *m_minRelevance = nullptr;
    QSpinBox *m_minNovelty = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancelButton = nullptr;

    QAction *m_previousAction = nullptr;
    QAction *m_nextAction = nullptr;
    QAction *m_todayAction = nullptr;
    QAction *m_dayViewAction = nullptr;
    QAction *m_monthViewAction = nullptr;
    QAction *m_fetchAction = nullptr;
    QAction *m_runAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_rescoreAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_starAction = nullptr;
    QAction *m_unreadAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_pdfAction = nullptr;
    QAction *m_bibtexAction = nullptr;
    QAction *m_noteAction = nullptr;
};

} // namespace pd::ui
