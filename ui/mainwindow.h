#pragma once

#include "core/announcementcalendar.h"
#include "core/datadir.h"
#include "core/profile.h"
#include "library/zoteroconnector.h"
#include "pipeline/job.h"
#include "store/daypaper.h"

#include <QDate>
#include <QMainWindow>
#include <QSet>

#include <memory>

class QSplitter;
class QSystemTrayIcon;
class QStackedWidget;
class QTreeView;

namespace pd::store {
class Database;
}

namespace pd::pipeline {
class DayView;
}

namespace pd::ui {

class AutoRun;
class DayCalendar;
class DesktopNotifier;
class TrayNotifier;
class DayPane;
class ArchiveSearchDialog;
class ForYouTrainer;
class BatchCollector;
class DetailRequester;
class JobController;
class MainActions;
class MonthOverview;
class PaperFilterProxy;
class PaperTableModel;
class PaperView;
class ProfileController;
class ReadingFlow;
class ReadingService;
class SummaryLoader;
class ThresholdControl;
class TopicTreeModel;

// The reader: calendar and topic tree on the left, the day (DayPane) or the month overview in the
// middle, the selected paper on the right. What a day shows is pipeline::DayView's: the window
// reads the day through it (a few indexed queries), the calendar and month summaries come from a
// SummaryLoader thread, reading state goes to the ReadingService's writer thread, and fetching
// and scoring run through the JobController on the worker thread.
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

    PaperTableModel *paperModel() const;
    PaperFilterProxy *paperProxy() const;
    TopicTreeModel *topicModel() const { return m_tree; }
    DayCalendar *calendar() const { return m_calendarWidget; }
    ReadingService *reading() const { return m_reading; }
    SummaryLoader *summaries() const { return m_summaries; }
    // The current settings' fingerprint (pipeline::DayView's).
    QString fingerprint() const;
    const core::Profile &profile() const { return m_profile; }
    // Applies a new profile (from settings or import) and saves it in the data dir. Scores made
    // under the old settings stay in view, marked stale, until the day is re-scored.
    void setProfile(const core::Profile &profile, bool save = false);
    // Through the one ThresholdControl every view follows; saved in the profile.
    void setThresholds(int relevance, int novelty);

    void startJob(pipeline::Job::Kind kind, QDate date, bool refresh = false);
    bool isWorking() const;
    // Re-scores the shown day under the current settings; the table then marks what entered and
    // what left the relevant set shown before.
    void rescoreDay();
    // Help → Set Up Paperdesk… (and the first start of a new data dir): the first-run assistant;
    // on Finish its profile is applied, its library imported and its catch-up started.
    void showSetup();

Q_SIGNALS:
    void jobFinished(const pd::pipeline::JobOutcome &outcome);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createLayout();
    void connectActions();
    void connectViews();
    void connectServices();
    void reloadDay(bool keepSelection = false);
    void updateTree();
    void updateActions();
    void currentPaperChanged();
    void showCurrentPaper();
    void showReadingChange(const QString &arxivId);
    void requestCalendarDays();
    void toggleStar();
    void toggleRead();
    // Like or dislike the current paper; the same reaction again takes it back.
    void react(core::ReadingState::Reaction reaction);
    // File → Import Library…: BibTeX, RIS, CSL JSON or zotero.sqlite, then For you retrains.
    void importLibrary();
    void importLibraryFile(const QString &path);
    void openCurrent(bool pdf);
    void copyBibtex();
    void connectReading(); // mainwindowpaper.cpp: next unread, Mark Day Read, the row menu
    void connectForYou();  // mainwindowforyou.cpp: retraining after reactions, library import
    // mainwindowdaily.cpp: the automatic run, notifications, the tray, Zotero and references.
    void connectDaily();
    void loadDailySettings();
    bool isDayDone(QDate date) const;
    void startAutoRun(QDate date);
    void notifyFinished(const pipeline::Job &job, const pipeline::JobOutcome &outcome);
    bool stayInTray();
    void quit();
    // The selected rows' papers in table order, or the current paper when none is selected.
    QList<core::Paper> selectedPapers() const;
    void saveToZotero(const QList<core::Paper> &papers);
    void zoteroFinished(const library::ZoteroConnector::Result &result);
    void exportReferences();
    // Papers → Fetch Range… and the assistant's catch-up: every announcement day in [from, to].
    void startRange(QDate from, QDate to, bool score, bool refresh = false);
    void fetchRange(QDate from = {}, QDate to = {});
    void openDay(); // a day other than the shown one: its remembered or first unread paper
    void openUrl(const QUrl &url);
    void showSettings(bool onModelPage = false);
    // Search All Days: full text over every stored paper; a chosen one opens on its day.
    void showArchiveSearch();
    void startRescore(const QSet<QString> &relevantBefore);
    void onJobFinished(const pipeline::JobOutcome &outcome);
    void explainScore(const QString &arxivId);
    void restoreState();
    void saveState();
    void fitToScreen();

    store::Database &m_db;
    core::DataDir m_dataDir;
    core::Profile m_profile;
    core::AnnouncementCalendar m_calendar;
    std::unique_ptr<pipeline::DayView> m_view; // for the current profile
    QDate m_day;
    // After a re-score of m_day: what was relevant before it, so the table marks what changed.
    bool m_comparing = false;
    QSet<QString> m_relevantBefore;
    QSet<QString> m_relevantBeforeSettings; // taken as settings are applied, before they take effect

    ThresholdControl *m_thresholds = nullptr;
    MainActions *m_actions = nullptr;
    JobController *m_jobs = nullptr;
    DetailRequester *m_details = nullptr;
    BatchCollector *m_batches = nullptr;
    ArchiveSearchDialog *m_archiveSearch = nullptr;
    ForYouTrainer *m_trainer = nullptr;
    ProfileController *m_profiles = nullptr;
    ReadingService *m_reading = nullptr;
    ReadingFlow *m_flow = nullptr;
    SummaryLoader *m_summaries = nullptr;

    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_leftSplitter = nullptr;
    DayCalendar *m_calendarWidget = nullptr;
    QTreeView *m_treeView = nullptr;
    TopicTreeModel *m_tree = nullptr;
    QStackedWidget *m_centre = nullptr;
    DayPane *m_dayPane = nullptr;
    MonthOverview *m_month = nullptr;
    PaperView *m_paperView = nullptr;
    AutoRun *m_autoRun = nullptr;
    DesktopNotifier *m_notifier = nullptr;
    TrayNotifier *m_trayNotifier = nullptr;
    QSystemTrayIcon *m_resident = nullptr; // while a daily run keeps Paperdesk in the tray
    bool m_toldAboutTray = false;
    bool m_quitting = false;
    QDate m_autoRunDay; // the day the automatic run is working on
    library::ZoteroConnector *m_zotero = nullptr;
    QList<core::Paper> m_zoteroPapers; // the last ones sent, for BibTeX when Zotero is not there
};

} // namespace pd::ui
