#include "mainwindow.h"

#include "archivesearchdialog.h"
#include "batchcollector.h"
#include "core/profilestore.h"
#include "daycalendar.h"
#include "daypane.h"
#include "detailrequester.h"
#include "focusorder.h"
#include "jobcontroller.h"
#include "mainactions.h"
#include "monthoverview.h"
#include "papercolumns.h"
#include "paperfilterproxy.h"
#include "papertablemodel.h"
#include "paperview.h"
#include "pipeline/dayview.h"
#include "profilecontroller.h"
#include "readingservice.h"
#include "searchfield.h"
#include "sharedstore.h"
#include "store/database.h"
#include "store/daychanges.h"
#include "store/dayrepository.h"
#include "summaryloader.h"
#include "thresholdcontrol.h"
#include "topictreemodel.h"
#include "treecountdelegate.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QHeaderView>
#include <QLineEdit>
#include <QScreen>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTreeView>

#include <utility>

using namespace Qt::StringLiterals;

namespace pd::ui {

namespace {
constexpr int DayPage = 0;
constexpr int MonthPage = 1;
} // namespace

MainWindow::MainWindow(store::Database &db, core::DataDir dataDir, core::Profile profile, QWidget *parent)
    : QMainWindow(parent)
    , m_db(db)
    , m_dataDir(std::move(dataDir))
    , m_profile(std::move(profile))
    , m_calendar(core::AnnouncementCalendar::load(m_dataDir.holidaysPath()))
    , m_view(std::make_unique<pipeline::DayView>(db, m_profile))
    , m_thresholds(new ThresholdControl(this))
    , m_reading(new ReadingService(db.path(), this))
    , m_summaries(new SummaryLoader(db.path(), m_profile, this))
{
    setWindowTitle(tr("Paperdesk"));
    SharedStore::showIn(this, db);
    setObjectName(u"MainWindow"_s);
    m_actions = new MainActions(this);
    m_jobs = new JobController(db.path(), m_dataDir, this, m_actions->cancel);
    m_details = new DetailRequester(m_jobs, this);
    m_batches = new BatchCollector(m_jobs, this);
    m_profiles = new ProfileController(db, m_dataDir, m_jobs, this);
    createLayout();
    connectActions();
    connectViews();
    connectServices();
    connectReading();
    connectDaily();
    fitToScreen();
    restoreState();
    setProfile(m_profile);
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::createLayout()
{
    // Left: calendar over the topic tree.
    m_calendarWidget = new DayCalendar(this);
    m_calendarWidget->setCalendar(m_calendar);
    m_tree = new TopicTreeModel(this);
    m_treeView = new QTreeView(this);
    m_treeView->setObjectName(u"topicTree"_s);
    m_treeView->setModel(m_tree);
    m_treeView->setHeaderHidden(true);
    m_treeView->setUniformRowHeights(true);
    m_treeView->setItemDelegate(new TreeCountDelegate(m_treeView)); // counts stay whole, labels are cut
    m_leftSplitter = new QSplitter(Qt::Vertical, this);
    m_leftSplitter->setObjectName(u"leftSplitter"_s);
    m_leftSplitter->addWidget(m_calendarWidget);
    m_leftSplitter->addWidget(m_treeView);
    m_leftSplitter->setStretchFactor(1, 1);

    // Centre: the day or the month overview; right: the selected paper.
    m_dayPane = new DayPane(this);
    m_dayPane->columns()->setSettingsFile(m_dataDir.settingsPath());
    m_dayPane->setCalendar(m_calendar);
    m_month = new MonthOverview(this);
    m_month->setObjectName(u"monthOverview"_s);
    m_month->setCalendar(m_calendar);
    m_centre = new QStackedWidget(this);
    m_centre->addWidget(m_dayPane);
    m_centre->addWidget(m_month);
    m_paperView = new PaperView(this);
    m_paperView->setMinimumWidth(300); // the reading pane keeps room for a paper at every size
    m_paperView->setObjectName(u"paperView"_s);

    m_mainSplitter = new QSplitter(Qt::Horizontal, this);
    m_mainSplitter->setObjectName(u"mainSplitter"_s);
    m_mainSplitter->addWidget(m_leftSplitter);
    m_mainSplitter->addWidget(m_centre);
    m_mainSplitter->addWidget(m_paperView);
    m_mainSplitter->setStretchFactor(0, 0);
    m_mainSplitter->setStretchFactor(1, 3);
    m_mainSplitter->setStretchFactor(2, 1);
    applyReaderFocusOrder(m_calendarWidget, m_treeView, m_dayPane->table(), m_paperView);
    setCentralWidget(m_mainSplitter);
}

void MainWindow::connectActions()
{
    const MainActions &a = *m_actions;
    connect(a.exportDigest, &QAction::triggered, this,
            [this] { m_profiles->showExport(m_profile, m_day, m_calendar); });
    connect(a.importProfile, &QAction::triggered, m_profiles, &ProfileController::importProfile);
    connect(a.exportProfile, &QAction::triggered, this, [this] { m_profiles->exportProfile(m_profile); });
    connect(a.settings, &QAction::triggered, this, [this] { showSettings(); });
    connect(a.quit, &QAction::triggered, this, &MainWindow::quit);
    connect(a.dayView, &QAction::triggered, this, [this] { showDay(m_day); });
    connect(a.monthView, &QAction::triggered, this, [this] { showMonth(m_day); });
    connect(a.find, &QAction::triggered, m_actions->searchField, &SearchField::activate);
    connect(a.searchAll, &QAction::triggered, this, &MainWindow::showArchiveSearch);
    connect(a.previousDay, &QAction::triggered, this, [this] { showDay(m_calendar.previous(m_day)); });
    connect(a.today, &QAction::triggered, this,
            [this] { showDay(m_calendar.latestAt(QDateTime::currentDateTimeUtc())); });
    connect(a.nextDay, &QAction::triggered, this, [this] { showDay(m_calendar.next(m_day)); });
    connect(a.nextPaper, &QAction::triggered, this, [this] { m_dayPane->selectRelative(1); });
    connect(a.previousPaper, &QAction::triggered, this, [this] { m_dayPane->selectRelative(-1); });
    connect(a.fetch, &QAction::triggered, this, [this] { startJob(pipeline::Job::Kind::Fetch, m_day); });
    connect(a.run, &QAction::triggered, this, [this] { startJob(pipeline::Job::Kind::Run, m_day); });
    connect(a.refresh, &QAction::triggered, this,
            [this] { startJob(pipeline::Job::Kind::Fetch, m_day, true); });
    connect(a.rescore, &QAction::triggered, this, &MainWindow::rescoreDay);
    connect(a.openAbstract, &QAction::triggered, this, [this] { openCurrent(false); });
    connect(a.openPdf, &QAction::triggered, this, [this] { openCurrent(true); });
    connect(a.copyBibtex, &QAction::triggered, this, &MainWindow::copyBibtex);
    connect(a.star, &QAction::triggered, this, &MainWindow::toggleStar);
    connect(a.unread, &QAction::triggered, this, &MainWindow::toggleRead);
    connect(a.like, &QAction::triggered, this, [this] { react(core::ReadingState::Reaction::Like); });
    connect(a.dislike, &QAction::triggered, this, [this] { react(core::ReadingState::Reaction::Dislike); });
    connect(a.importLibrary, &QAction::triggered, this, &MainWindow::importLibrary);
    connect(a.note, &QAction::triggered, m_paperView, &PaperView::editNote);
    connect(a.minRelevance, &QSpinBox::valueChanged, this,
            [this](int v) { setThresholds(v, m_actions->minNovelty->value()); });
    connect(a.minNovelty, &QSpinBox::valueChanged, this,
            [this](int v) { setThresholds(m_actions->minRelevance->value(), v); });
    connect(a.search, &QLineEdit::textChanged, paperProxy(), &PaperFilterProxy::setSearchText);
    // The match count follows whatever changes the rows shown: the search, the tree, a reload.
    const auto countMatches = [this] {
        m_actions->searchField->setMatches(paperProxy()->rowCount(), paperModel()->rowCount());
    };
    connect(paperProxy(), &QAbstractItemModel::rowsInserted, this, countMatches);
    connect(paperProxy(), &QAbstractItemModel::rowsRemoved, this, countMatches);
    connect(paperProxy(), &QAbstractItemModel::modelReset, this, countMatches);
    connect(paperProxy(), &QAbstractItemModel::layoutChanged, this, countMatches);
}

void MainWindow::connectViews()
{
    connect(m_calendarWidget, &QCalendarWidget::clicked, this, [this](QDate date) {
        // Shift+click selects a range from the shown day: Fetch Range… opens with it.
        if (QGuiApplication::keyboardModifiers().testFlag(Qt::ShiftModifier) && m_day.isValid() &&
            date != m_day) {
            const QDate shown = m_day;
            m_calendarWidget->setSelectedDate(shown);
            fetchRange(std::min(shown, date), std::max(shown, date));
            return;
        }
        showDay(date);
    });
    // Enter (or a double click) on a day, for those who reach the calendar by keyboard.
    connect(m_calendarWidget, &QCalendarWidget::activated, this, [this](QDate date) { showDay(date); });
    connect(m_calendarWidget, &DayCalendar::monthShown, this, &MainWindow::requestCalendarDays);
    connect(m_treeView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &index) { paperProxy()->setNode(m_tree->node(index)); });
    connect(m_dayPane, &DayPane::currentPaperChanged, this, &MainWindow::currentPaperChanged);
    connect(m_dayPane, &DayPane::fetchRequested, this, [this] { startJob(pipeline::Job::Kind::Run, m_day); });
    connect(m_month, &MonthOverview::dayActivated, this, [this](QDate date) { showDay(date); });
    connect(m_month, &MonthOverview::paperActivated, this, [this](QDate date, const QString &id) {
        showDay(date);
        m_dayPane->selectPaper(id);
    });
    connect(m_month, &MonthOverview::monthRequested, this, &MainWindow::showMonth);
    connect(m_paperView, &PaperView::openUrlRequested, this, &MainWindow::openUrl);
    connect(m_paperView, &PaperView::starToggled, m_reading, &ReadingService::setStarred);
    connect(m_paperView, &PaperView::readToggled, m_reading, &ReadingService::setRead);
    connect(m_paperView, &PaperView::reactionRequested, m_reading, &ReadingService::setReaction);
    connect(m_paperView, &PaperView::noteChanged, m_reading, &ReadingService::setNote);
    connect(m_paperView, &PaperView::explainRequested, this, &MainWindow::explainScore);
}

void MainWindow::connectServices()
{
    connectForYou();
    // The one thresholds signal: every view that shows relevance follows it, in this order.
    const auto thresholdsChanged = &ThresholdControl::changed;
    connect(m_thresholds, thresholdsChanged, m_dayPane, &DayPane::setThresholds);
    connect(m_thresholds, thresholdsChanged, m_tree,
            qOverload<const core::Profile::Thresholds &>(&TopicTreeModel::setThresholds));
    connect(m_thresholds, thresholdsChanged, m_paperView, &PaperView::setThresholds);
    connect(m_thresholds, thresholdsChanged, m_summaries, &SummaryLoader::setThresholds);
    connect(m_thresholds, thresholdsChanged, this, [this](const core::Profile::Thresholds &t) {
        const QSignalBlocker relevance(m_actions->minRelevance);
        const QSignalBlocker novelty(m_actions->minNovelty);
        m_actions->minRelevance->setValue(t.relevance);
        m_actions->minNovelty->setValue(t.novelty);
        const core::Profile::Thresholds before = std::exchange(m_profile.thresholds, t);
        m_jobs->setProfile(m_profile); // a details-only job asks for what passes these
        if (m_day.isValid()) {
            m_details->thresholdsChanged(m_day, paperModel()->papers(), before, t);
        }
    });
    connect(m_summaries, &SummaryLoader::daysReady, m_calendarWidget, &DayCalendar::setSummaries);
    connect(m_summaries, &SummaryLoader::monthReady, this,
            [this](const pipeline::MonthSummary &month) { m_month->setSummary(month, m_profile); });
    connect(m_jobs, &JobController::busyChanged, this, &MainWindow::updateActions);
    connect(m_jobs, &JobController::finished, this,
            [this](const pipeline::Job &, const pipeline::JobOutcome &outcome) { onJobFinished(outcome); });
    const auto onDayChanged = [this](QDate date) {
        // Batches land while a run scores: refresh counts and rows in place, keep the selection.
        if (date == m_day) {
            reloadDay(true);
        }
        m_summaries->forget(date);
    };
    connect(m_jobs, &JobController::dayChanged, this, onDayChanged);
    // In a shared database, so do the batches another machine scores.
    auto *listener = new store::DayChangeListener(m_db, this);
    listener->setObjectName(u"dayChangeListener"_s);
    connect(listener, &store::DayChangeListener::dayChanged, this, onDayChanged);
    connect(m_profiles, &ProfileController::profileChosen, this, [this](const core::Profile &profile) {
        // A re-score under the new settings compares with what was relevant before them.
        m_relevantBeforeSettings = paperModel()->relevantIds();
        setProfile(profile, true);
    });
    connect(m_profiles, &ProfileController::rescoreRequested, this,
            [this] { startRescore(m_relevantBeforeSettings); });
    connect(m_jobs, &JobController::keySettingsRequested, this, [this](const pipeline::Job &job) {
        showSettings(true);
        m_jobs->queue(job, JobController::WithoutKey::Tell);
    });
    connect(m_reading, &ReadingService::changed, this, &MainWindow::showReadingChange);
    connect(m_reading, &ReadingService::failed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 30000); });
}

PaperTableModel *MainWindow::paperModel() const
{
    return m_dayPane->model();
}

PaperFilterProxy *MainWindow::paperProxy() const
{
    return m_dayPane->proxy();
}

QString MainWindow::fingerprint() const
{
    return m_view->fingerprint();
}

void MainWindow::setProfile(const core::Profile &profile, bool save)
{
    m_profile = profile;
    if (save) {
        m_profiles->save(m_profile);
    }
    m_view = std::make_unique<pipeline::DayView>(m_db, m_profile);
    m_jobs->setProfile(m_profile);
    m_thresholds->set(m_profile.thresholds); // first, so the views below already agree
    m_dayPane->setProfile(m_profile);
    m_tree->setProfile(m_profile);
    m_paperView->setProfile(m_profile);
    m_summaries->setProfile(m_profile);
    if (m_day.isValid()) {
        reloadDay(true);
    }
}

void MainWindow::setThresholds(int relevance, int novelty)
{
    m_thresholds->set({relevance, novelty});
    QString error;
    core::ProfileStore(m_dataDir.profilePath()).save(m_profile, &error);
}

bool MainWindow::isMonthShown() const
{
    return m_centre->currentIndex() == MonthPage;
}

void MainWindow::showDay(QDate date)
{
    if (!date.isValid()) {
        date = store::DayRepository(m_db).latest(core::DayInfo::State::Fetched).value_or(QDate());
    }
    if (!date.isValid()) {
        date = m_calendar.latestAt(QDateTime::currentDateTimeUtc());
    }
    const bool sameDay = date == m_day;
    m_day = date;
    m_centre->setCurrentIndex(DayPage);
    if (!sameDay) {
        m_comparing = false;
        m_relevantBefore.clear();
    }
    {
        const QSignalBlocker blocker(m_calendarWidget);
        m_calendarWidget->setSelectedDate(date);
    }
    requestCalendarDays();
    if (sameDay) {
        reloadDay(true);
    } else {
        openDay();
    }
}

void MainWindow::showMonth(QDate anyDay)
{
    if (!anyDay.isValid()) {
        anyDay = m_day.isValid() ? m_day : QDate::currentDate();
    }
    m_summaries->requestMonth(anyDay);
    m_centre->setCurrentIndex(MonthPage);
    updateActions();
}

void MainWindow::requestCalendarDays()
{
    if (m_summaries->daysFrom() != m_calendarWidget->firstShown()) {
        m_summaries->requestDays(m_calendarWidget->firstShown(), m_calendarWidget->lastShown());
    }
}

void MainWindow::reloadDay(bool keepSelection)
{
    pipeline::DayContent content;
    if (m_day.isValid()) {
        content = m_view->day(m_day, m_thresholds->value());
        m_reading->apply(content.papers); // changes the writer has not stored yet
    }
    m_batches->dayShown(m_day, content.waitingForBatch);
    m_dayPane->showDay(m_day, std::move(content), keepSelection);
    m_dayPane->setComparison(m_relevantBefore, m_comparing);
    updateTree();
    showCurrentPaper();
}

void MainWindow::updateTree()
{
    const TreeNode node = m_tree->node(m_treeView->currentIndex());
    m_tree->refresh(paperModel()->papers());
    const QModelIndex index = m_tree->indexOf(node);
    if (index.isValid() && index != m_treeView->currentIndex()) {
        m_treeView->setCurrentIndex(index);
    }
    m_treeView->expandAll();
}

void MainWindow::updateActions()
{
    const MainActions &a = *m_actions;
    const bool working = isWorking();
    const bool announcement = m_day.isValid() && m_calendar.isAnnouncementDay(m_day);
    const QDate latest = m_calendar.latestAt(QDateTime::currentDateTimeUtc());
    const bool fetchable = !working && announcement && m_day <= latest;
    a.fetch->setEnabled(fetchable);
    a.run->setEnabled(fetchable);
    a.refresh->setEnabled(fetchable);
    a.rescore->setEnabled(!working && announcement && paperModel()->rowCount() > 0);
    a.cancel->setEnabled(working);
    const QDate next = m_day.isValid() ? m_calendar.next(m_day) : QDate();
    a.nextDay->setEnabled(next.isValid() && next <= latest);
    a.previousDay->setEnabled(m_day.isValid());
    m_actions->enablePaperActions(m_dayPane->currentPaper() != nullptr);
    a.dayView->setEnabled(isMonthShown());
    m_dayPane->setWorking(working);
    m_paperView->setExplaining(m_jobs->explaining(m_day));
}

void MainWindow::showSettings(bool onModelPage)
{
    m_profiles->showSettings(m_profile, m_dayPane->content().scanned(), onModelPage);
}

void MainWindow::rescoreDay()
{
    // Stale scores of earlier settings stay in view until the day is re-scored: what is relevant
    // now is what was relevant before.
    startRescore(paperModel()->relevantIds());
}

void MainWindow::startRescore(const QSet<QString> &relevantBefore)
{
    if (!m_day.isValid() || isWorking()) {
        return;
    }
    m_relevantBefore = relevantBefore;
    m_comparing = true;
    startJob(pipeline::Job::Kind::Score, m_day);
}

void MainWindow::startJob(pipeline::Job::Kind kind, QDate date, bool refresh)
{
    m_jobs->start(kind, date, refresh);
}

void MainWindow::explainScore(const QString &arxivId)
{
    if (!m_day.isValid()) {
        return;
    }
    pipeline::Job job;
    job.kind = pipeline::Job::Kind::Score;
    job.date = m_day;
    job.explainIds = {arxivId};
    // Asked for by hand: waits for the job that runs, and asks for a key if none is set.
    m_jobs->queue(job, JobController::WithoutKey::Ask);
}

bool MainWindow::isWorking() const
{
    return m_jobs->isWorking();
}

void MainWindow::onJobFinished(const pipeline::JobOutcome &outcome)
{
    if (outcome.date.isValid() && (outcome.date == m_day || !m_day.isValid())) {
        reloadDay(true);
    }
    m_summaries->forget(outcome.date);
    updateActions();
    if (outcome.result != pipeline::Outcome::Done && outcome.date == m_day) {
        m_dayPane->showFailure(outcome.message);
    } else if (outcome.date == m_day &&
               (outcome.score.newlyScored > 0 || outcome.kind == pipeline::Job::Kind::Fetch)) {
        // A run the user started ends with a notice in the pane, not only in the status bar.
        m_dayPane->showNotice(outcome.message);
    }
    Q_EMIT jobFinished(outcome);
}

void MainWindow::showArchiveSearch()
{
    if (!m_archiveSearch) {
        m_archiveSearch = new ArchiveSearchDialog(m_db, this);
        connect(m_archiveSearch, &ArchiveSearchDialog::paperChosen, this,
                [this](QDate date, const QString &id) {
                    showDay(date);
                    m_dayPane->selectPaper(id);
                });
    }
    m_archiveSearch->setFingerprint(m_view->fingerprint());
    m_archiveSearch->show();
    m_archiveSearch->raise();
    m_archiveSearch->activateWindow();
    m_archiveSearch->field()->setFocus();
    m_archiveSearch->field()->selectAll();
}

} // namespace pd::ui
