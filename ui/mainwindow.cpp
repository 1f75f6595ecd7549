#include "mainwindow.h"

#include "core/profilestore.h"
#include "daycalendar.h"
#include "exportdialog.h"
#include "llm/heuristicscorer.h"
#include "llm/promptbuilder.h"
#include "monthoverview.h"
#include "paperfilterproxy.h"
#include "papertablemodel.h"
#include "paperview.h"
#include "pipeline/dailyrun.h"
#include "pipeline/workerhost.h"
#include "roles.h"
#include "scoredelegate.h"
#include "secrets/secretstore.h"
#include "settings/modelpage.h"
#include "settings/settingsdialog.h"
#include "store/database.h"
#include "store/dayrepository.h"
#include "store/readingrepository.h"
#include "store/runrepository.h"
#include "store/scorerepository.h"
#include "store/summaryrepository.h"
#include "topictreemodel.h"
#include "translations.h"
#include "traynotifier.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

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
    , m_worker(new pipeline::WorkerHost(db.path(), m_dataDir.holidaysPath(), this))
    , m_tray(new TrayNotifier(this))
{
    setWindowTitle(tr("Paperdesk"));
    setObjectName(u"MainWindow"_s);
    createActions();
    createLayout();

    connect(m_worker, &pipeline::WorkerHost::progress, this, &MainWindow::onProgress);
    connect(m_worker, &pipeline::WorkerHost::finished, this, &MainWindow::onJobFinished);
    connect(m_worker, &pipeline::WorkerHost::dayChanged, this, [this](QDate date) {
        // Batches land while a run scores: refresh counts and rows in place, keep the selection.
        if (date == m_day) {
            reloadDay(true);
        }
        reloadCalendarMonth(m_calendarWidget->firstShown(), m_calendarWidget->lastShown());
    });
    resize(1400, 860);
    m_mainSplitter->setSizes({240, 800, 360}); // the table gets the room; restoreState() may override
    restoreState();
    setProfile(m_profile);
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *exportDigest = file->addAction(tr("&Export Digest…"), this, &MainWindow::showExport);
    exportDigest->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    file->addSeparator();
    file->addAction(tr("&Import Profile…"), this, &MainWindow::importProfile);
    file->addAction(tr("E&xport Profile…"), this, &MainWindow::exportProfile);
    QAction *settings = file->addAction(tr("&Settings…"), this, [this] { showSettings(); });
    settings->setShortcut(QKeySequence::Preferences);
    settings->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_dayViewAction = view->addAction(tr("&Day"), this, [this] { showDay(m_day); });
    m_dayViewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    m_monthViewAction = view->addAction(tr("&Month Overview"), this, [this] { showMonth(m_day); });
    m_monthViewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    QAction *find = view->addAction(tr("&Search Papers"), this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    find->setShortcut(QKeySequence::Find);

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    m_previousAction =
        go->addAction(tr("&Previous Day"), this, [this] { showDay(m_calendar.previous(m_day)); });
    m_previousAction->setShortcuts({QKeySequence(u"["_s), QKeySequence(Qt::ALT | Qt::Key_Left)});
    m_previousAction->setToolTip(tr("Previous announcement day ([)"));
    m_todayAction = go->addAction(tr("&Today"), this,
                                  [this] { showDay(m_calendar.latestAt(QDateTime::currentDateTimeUtc())); });
    m_todayAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_todayAction->setToolTip(tr("The latest announcement (Ctrl+T)"));
    m_nextAction = go->addAction(tr("&Next Day"), this, [this] { showDay(m_calendar.next(m_day)); });
    m_nextAction->setShortcuts({QKeySequence(u"]"_s), QKeySequence(Qt::ALT | Qt::Key_Right)});
    m_nextAction->setToolTip(tr("Next announcement day (])"));
    go->addSeparator();
    QAction *nextPaper = go->addAction(tr("Ne&xt Paper"), this, [this] { selectRelative(1); });
    nextPaper->setShortcut(QKeySequence(u"j"_s));
    QAction *previousPaper = go->addAction(tr("Pre&vious Paper"), this, [this] { selectRelative(-1); });
    previousPaper->setShortcut(QKeySequence(u"k"_s));

    QMenu *work = menuBar()->addMenu(tr("&Papers"));
    m_fetchAction =
        work->addAction(tr("&Fetch Day"), this, [this] { startJob(pipeline::Job::Kind::Fetch, m_day); });
    m_fetchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_fetchAction->setToolTip(tr("Fetch this day's announcement from arXiv (Ctrl+R)"));
    m_runAction =
        work->addAction(tr("Fetch and &Score"), this, [this] { startJob(pipeline::Job::Kind::Run, m_day); });
    m_runAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_runAction->setToolTip(tr("Fetch this day if needed and score what is not scored yet (Ctrl+Shift+R)"));
    m_refreshAction = work->addAction(tr("Re&fresh from arXiv"), this,
                                      [this] { startJob(pipeline::Job::Kind::Fetch, m_day, true); });
    m_refreshAction->setToolTip(tr("Fetch this day again even though it is stored; nothing stored is lost"));
    m_rescoreAction = work->addAction(tr("&Re-score with Current Settings"), this, &MainWindow::rescoreDay);
    m_rescoreAction->setToolTip(
        tr("Score this day under the current topics and prompt; earlier scores are kept"));
    m_cancelAction = work->addAction(tr("&Cancel"), this, [this] { m_worker->cancel(); });
    m_cancelAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancelAction->setToolTip(tr("Stop fetching or scoring; what is stored stays"));

    QMenu *paper = menuBar()->addMenu(tr("P&aper"));
    m_openAction = paper->addAction(tr("&Open Abstract Page"), this, [this] { openCurrent(false); });
    m_openAction->setShortcut(QKeySequence(u"o"_s));
    m_pdfAction = paper->addAction(tr("Open &PDF"), this, [this] { openCurrent(true); });
    m_pdfAction->setShortcut(QKeySequence(u"p"_s));
    m_bibtexAction = paper->addAction(tr("Copy &BibTeX"), this, &MainWindow::copyBibtex);
    m_bibtexAction->setShortcut(QKeySequence(u"b"_s));
    m_starAction = paper->addAction(tr("&Star"), this, &MainWindow::toggleStar);
    m_starAction->setShortcut(QKeySequence(u"s"_s));
    m_unreadAction = paper->addAction(tr("Mark &Unread"), this, &MainWindow::toggleRead);
    m_unreadAction->setShortcut(QKeySequence(u"u"_s));
    m_noteAction = paper->addAction(tr("&Note…"), this, &MainWindow::editNote);
    m_noteAction->setShortcut(QKeySequence(u"n"_s));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Paperdesk"), this, [this] {
        QMessageBox::about(
            this, tr("About Paperdesk"),
            tr("<p><b>Paperdesk %1</b></p><p>A desktop reader for the daily arXiv announcement: "
               "it fetches the new papers of your categories and has a language model score "
               "them against your own topics.</p><p>Thank you to arXiv for use of its open "
               "access interoperability.</p>")
                .arg(QStringLiteral(PAPERDESK_VERSION)));
    });
}

void MainWindow::createLayout()
{
    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(u"mainToolBar"_s);
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addAction(m_previousAction);
    bar->addAction(m_todayAction);
    bar->addAction(m_nextAction);
    bar->addSeparator();
    bar->addAction(m_dayViewAction);
    bar->addAction(m_monthViewAction);
    bar->addSeparator();
    bar->addAction(m_fetchAction);
    bar->addAction(m_runAction);
    for (QAction *action : bar->actions()) {
        action->setIconText(withoutMnemonic(action->text()));
    }
    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);

    m_minRelevance = new QSpinBox(bar);
    m_minRelevance->setObjectName(u"minRelevance"_s);
    m_minRelevance->setRange(1, 10);
    m_minRelevance->setPrefix(tr("Relevance ≥ "));
    m_minRelevance->setToolTip(tr("What counts as relevant; changing it does not re-score"));
    m_minNovelty = new QSpinBox(bar);
    m_minNovelty->setObjectName(u"minNovelty"_s);
    m_minNovelty->setRange(1, 10);
    m_minNovelty->setPrefix(tr("Novelty ≥ "));
    m_minNovelty->setToolTip(m_minRelevance->toolTip());
    bar->addWidget(m_minRelevance);
    bar->addWidget(m_minNovelty);
    m_search = new QLineEdit(bar);
    m_search->setObjectName(u"searchBox"_s);
    m_search->setPlaceholderText(tr("Search title, authors, abstract (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(260);
    bar->addWidget(m_search);

    // Left: calendar over the topic tree.
    m_calendarWidget = new DayCalendar(this);
    m_calendarWidget->setObjectName(u"dayCalendar"_s);
    m_calendarWidget->setCalendar(m_calendar);
    m_tree = new TopicTreeModel(this);
    m_treeView = new QTreeView(this);
    m_treeView->setObjectName(u"topicTree"_s);
    m_treeView->setModel(m_tree);
    m_treeView->setHeaderHidden(true);
    m_treeView->setUniformRowHeights(true);
    m_treeView->setTextElideMode(Qt::ElideMiddle); // keeps the "(n)" count in view
    m_leftSplitter = new QSplitter(Qt::Vertical, this);
    m_leftSplitter->setObjectName(u"leftSplitter"_s);
    m_leftSplitter->addWidget(m_calendarWidget);
    m_leftSplitter->addWidget(m_treeView);
    m_leftSplitter->setStretchFactor(1, 1);

    // Centre: the day (summary, fetch banner, table) or the month overview.
    auto *dayPage = new QWidget(this);
    auto *dayLayout = new QVBoxLayout(dayPage);
    dayLayout->setContentsMargins(6, 6, 6, 0);
    m_dayLabel = new QLabel(dayPage);
    m_dayLabel->setObjectName(u"dayLabel"_s);
    QFont big = m_dayLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_dayLabel->setFont(big);
    m_summary = new QLabel(dayPage);
    m_summary->setObjectName(u"daySummary"_s);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fetchBanner = new QWidget(dayPage);
    m_fetchBanner->setObjectName(u"fetchBanner"_s);
    auto *bannerLayout = new QHBoxLayout(m_fetchBanner);
    bannerLayout->setContentsMargins(0, 4, 0, 4);
    m_fetchBannerText = new QLabel(m_fetchBanner);
    auto *fetchButton = new QPushButton(tr("Fetch and Score This Day"), m_fetchBanner);
    fetchButton->setObjectName(u"fetchBannerButton"_s);
    connect(fetchButton, &QPushButton::clicked, this, [this] { startJob(pipeline::Job::Kind::Run, m_day); });
    bannerLayout->addWidget(m_fetchBannerText, 1);
    bannerLayout->addWidget(fetchButton);
    m_fetchBanner->hide();

    m_model = new PaperTableModel(this);
    m_proxy = new PaperFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    m_table = new QTableView(dayPage);
    m_table->setObjectName(u"paperTable"_s);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    auto *tenDelegate = new ScoreDelegate(10, m_table);
    m_table->setItemDelegateForColumn(PaperTableModel::RelevanceColumn, tenDelegate);
    m_table->setItemDelegateForColumn(PaperTableModel::NoveltyColumn, tenDelegate);
    m_table->setItemDelegateForColumn(PaperTableModel::ScoreColumn, new ScoreDelegate(20, m_table));
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(PaperTableModel::TitleColumn, QHeaderView::Stretch);
    header->setStretchLastSection(false);
    // Narrow number columns leave the title the room; the header tooltips name each column.
    const int digit = m_table->fontMetrics().horizontalAdvance(u"Relevance"_s) + 12;
    header->resizeSection(PaperTableModel::AuthorsColumn, 140);
    header->resizeSection(PaperTableModel::PrimaryTopicColumn, 110);
    header->resizeSection(PaperTableModel::RelevanceColumn, digit);
    header->resizeSection(PaperTableModel::NoveltyColumn, digit);
    header->resizeSection(PaperTableModel::ScoreColumn, digit);
    header->resizeSection(PaperTableModel::HotspotColumn, 76);
    header->resizeSection(PaperTableModel::StarredColumn, 26);
    header->resizeSection(PaperTableModel::ReadColumn, 26);
    header->setMinimumSectionSize(24);
    header->resizeSection(PaperTableModel::ChangeColumn, 90);
    m_table->setColumnHidden(PaperTableModel::ChangeColumn, true);
    m_table->sortByColumn(PaperTableModel::ScoreColumn, Qt::DescendingOrder);
    dayLayout->addWidget(m_dayLabel);
    dayLayout->addWidget(m_summary);
    dayLayout->addWidget(m_fetchBanner);
    dayLayout->addWidget(m_table, 1);

    m_month = new MonthOverview(this);
    m_month->setObjectName(u"monthOverview"_s);
    m_month->setCalendar(m_calendar);
    m_centre = new QStackedWidget(this);
    m_centre->addWidget(dayPage);
    m_centre->addWidget(m_month);

    m_paperView = new PaperView(this);
    m_paperView->setObjectName(u"paperView"_s);

    m_mainSplitter = new QSplitter(Qt::Horizontal, this);
    m_mainSplitter->setObjectName(u"mainSplitter"_s);
    m_mainSplitter->addWidget(m_leftSplitter);
    m_mainSplitter->addWidget(m_centre);
    m_mainSplitter->addWidget(m_paperView);
    m_mainSplitter->setStretchFactor(0, 0);
    m_mainSplitter->setStretchFactor(1, 3);
    m_mainSplitter->setStretchFactor(2, 1);
    setCentralWidget(m_mainSplitter);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"jobProgress"_s);
    m_progress->setMaximumWidth(220);
    m_progress->hide();
    m_cancelButton = new QToolButton(this);
    m_cancelButton->setDefaultAction(m_cancelAction);
    m_cancelButton->hide();
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancelButton);

    connect(m_calendarWidget, &QCalendarWidget::clicked, this, [this](QDate date) { showDay(date); });
    connect(m_calendarWidget, &DayCalendar::monthShown, this, &MainWindow::reloadCalendarMonth);
    connect(m_treeView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &index) { m_proxy->setNode(m_tree->node(index)); });
    connect(m_search, &QLineEdit::textChanged, m_proxy, &PaperFilterProxy::setSearchText);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::currentPaperChanged);
    connect(m_minRelevance, &QSpinBox::valueChanged, this,
            [this](int v) { setThresholds(v, m_minNovelty->value()); });
    connect(m_minNovelty, &QSpinBox::valueChanged, this,
            [this](int v) { setThresholds(m_minRelevance->value(), v); });
    connect(m_month, &MonthOverview::dayActivated, this, [this](QDate date) { showDay(date); });
    connect(m_month, &MonthOverview::paperActivated, this, [this](QDate date, const QString &id) {
        showDay(date);
        const int row = m_model->rowOf(id);
        if (row >= 0) {
            m_table->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
        }
    });
    connect(m_month, &MonthOverview::monthRequested, this, [this](QDate month) { showMonth(month); });
    connect(m_paperView, &PaperView::openUrlRequested, this, &MainWindow::openUrl);
    connect(m_paperView, &PaperView::starToggled, this, [this](const QString &, bool) { toggleStar(); });
    connect(m_paperView, &PaperView::readToggled, this, [this](const QString &, bool) { toggleRead(); });
    connect(m_paperView, &PaperView::noteChanged, this, [this](const QString &id, const QString &note) {
        store::ReadingRepository(m_db).setNote(id, note);
        core::ReadingState state = store::ReadingRepository(m_db).get(id);
        m_model->updateReading(id, state);
        currentPaperChanged();
    });
}

void MainWindow::setProfile(const core::Profile &profile, bool save)
{
    m_profile = profile;
    if (save) {
        QString error;
        if (!core::ProfileStore(m_dataDir.profilePath()).save(m_profile, &error)) {
            QMessageBox::warning(this, tr("Profile not saved"), error);
        }
    }
    {
        const QSignalBlocker a(m_minRelevance);
        const QSignalBlocker b(m_minNovelty);
        m_minRelevance->setValue(m_profile.thresholds.relevance);
        m_minNovelty->setValue(m_profile.thresholds.novelty);
    }
    m_model->setProfile(m_profile);
    m_paperView->setProfile(m_profile);
    if (m_day.isValid()) {
        reloadDay(true);
    }
}

void MainWindow::setThresholds(int relevance, int novelty)
{
    m_profile.thresholds.relevance = relevance;
    m_profile.thresholds.novelty = novelty;
    m_model->setThresholds(relevance, novelty);
    m_paperView->setProfile(m_profile);
    m_proxy->invalidate();
    updateTree();
    updateSummary();
    QString error;
    core::ProfileStore(m_dataDir.profilePath()).save(m_profile, &error);
}

QString MainWindow::readerFingerprint(const store::Database &db, const core::Profile &profile, QDate date)
{
    const QString heuristic = llm::HeuristicScorer(profile).fingerprint();
    if (profile.model.provider == core::Profile::Provider::Heuristic) {
        return heuristic;
    }
    const QString llmFingerprint = llm::PromptBuilder(profile).fingerprint();
    const store::ScoreRepository scores(db);
    // Show the heuristic's scores for a day the LLM never scored (no key yet), clearly marked.
    if (date.isValid() &&
        scores.unscoredIds(date, llmFingerprint).size() > scores.unscoredIds(date, heuristic).size()) {
        return heuristic;
    }
    return llmFingerprint;
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
        m_relevantBeforeRescore.clear();
        m_rescoreFrom.clear();
        markChanges({});
    }
    {
        const QSignalBlocker blocker(m_calendarWidget);
        m_calendarWidget->setSelectedDate(date);
    }
    reloadDay(sameDay);
}

void MainWindow::showMonth(QDate anyDay)
{
    if (!anyDay.isValid()) {
        anyDay = m_day.isValid() ? m_day : QDate::currentDate();
    }
    const store::MonthSummary summary = store::SummaryRepository(m_db).month(
        anyDay, m_fingerprint.isEmpty() ? readerFingerprint(m_db, m_profile, anyDay) : m_fingerprint,
        m_profile.thresholds.relevance, m_profile.thresholds.novelty);
    m_month->setSummary(summary, m_profile);
    m_centre->setCurrentIndex(MonthPage);
    updateActions();
}

void MainWindow::reloadDay(bool keepSelection)
{
    QString selectedId;
    if (keepSelection) {
        if (const store::DayPaper *paper = currentPaper()) {
            selectedId = paper->paper().arxivId;
        }
    }
    m_fingerprint = readerFingerprint(m_db, m_profile, m_day);
    store::DayPaperList papers = m_day.isValid()
                                     ? store::DayRepository(m_db).papersOfDay(m_day, m_fingerprint)
                                     : store::DayPaperList();
    if (keepSelection && m_model->rowCount() > 0) {
        m_model->updateScores(papers);
    } else {
        m_model->setPapers(std::move(papers));
    }
    markChanges(m_relevantBeforeRescore);
    updateTree();
    updateSummary();
    updateActions();
    if (!selectedId.isEmpty()) {
        const int row = m_model->rowOf(selectedId);
        if (row >= 0) {
            m_table->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
            return;
        }
    }
    if (!keepSelection) {
        m_paperView->clear();
        if (m_proxy->rowCount() > 0) {
            m_table->setCurrentIndex(m_proxy->index(0, 0));
        }
    }
}

void MainWindow::updateTree()
{
    const TreeNode node = m_tree->node(m_treeView->currentIndex());
    m_tree->setProfile(m_profile);
    m_tree->refresh(m_model->papers());
    const QModelIndex index = m_tree->indexOf(node);
    if (index.isValid() && index != m_treeView->currentIndex()) {
        m_treeView->setCurrentIndex(index);
    }
    m_treeView->expandAll();
}

void MainWindow::reloadCalendarMonth(QDate first, QDate last)
{
    m_calendarWidget->setSummaries(
        store::SummaryRepository(m_db).days(first, last, readerFingerprint(m_db, m_profile, m_day),
                                            m_profile.thresholds.relevance, m_profile.thresholds.novelty));
}

void MainWindow::updateSummary()
{
    m_dayLabel->setText(m_day.isValid() ? QLocale().toString(m_day, QLocale::LongFormat) : tr("No day"));
    m_fetchBanner->hide();
    if (!m_day.isValid()) {
        m_summary->setText(tr("Fetch an announcement to start reading."));
        return;
    }
    if (!m_calendar.isAnnouncementDay(m_day)) {
        m_summary->setText(m_calendar.isHoliday(m_day)
                               ? tr("arXiv makes no announcement on this day (a holiday).")
                               : tr("arXiv makes no announcement on weekends."));
        return;
    }
    const store::DaySummary s = store::SummaryRepository(m_db).day(
        m_day, m_fingerprint, m_profile.thresholds.relevance, m_profile.thresholds.novelty);
    const QDate latest = m_calendar.latestAt(QDateTime::currentDateTimeUtc());
    switch (s.state) {
    case core::DayInfo::State::NotFetched:
        m_summary->clear();
        if (m_day > latest) {
            m_fetchBannerText->setText(tr("This announcement is not out yet."));
            m_summary->setText(m_fetchBannerText->text());
            return;
        }
        m_fetchBannerText->setText(tr("This announcement day is not fetched yet."));
        m_fetchBanner->setVisible(!isWorking());
        return;
    case core::DayInfo::State::Failed: {
        const std::optional<core::DayInfo> day = store::DayRepository(m_db).find(m_day);
        m_fetchBannerText->setText(tr("Fetching failed: %1").arg(day ? day->failure : QString()));
        m_fetchBanner->setVisible(!isWorking());
        m_summary->clear();
        return;
    }
    case core::DayInfo::State::NoAnnouncement:
        m_summary->setText(tr("arXiv listed no new papers for this day."));
        return;
    case core::DayInfo::State::Fetched:
        break;
    }
    bool heuristic = false;
    for (const store::DayPaper &row : m_model->papers()) {
        heuristic = heuristic || (row.score && row.score->heuristic);
    }
    const std::optional<double> cost = s.usage.totalCost();
    const auto money = [](std::optional<double> v) {
        return v ? u"$"_s + QString::number(*v, 'f', 2) : tr("unknown");
    };
    const QString model = heuristic ? tr("offline heuristic — keyword overlap, not an LLM")
                                    : (s.model.isEmpty() ? m_profile.model.model : s.model);
    QString text =
        tr("<b>%1</b> · tokens %2 prompt / %3 completion / %4 total · cost %5 (%6 + %7)<br>"
           "Papers: %8 total arXiv · %9 scanned · <b>%10 relevant</b> · %11 scored · %12 failed · %13")
            .arg(model.toHtmlEscaped())
            .arg(QLocale().toString(s.usage.promptTokens))
            .arg(QLocale().toString(s.usage.completionTokens))
            .arg(QLocale().toString(s.usage.totalTokens()))
            .arg(money(cost), money(s.usage.promptCost), money(s.usage.completionCost))
            .arg(s.total)
            .arg(s.scanned)
            .arg(s.relevant)
            .arg(s.scored)
            .arg(s.failed)
            .arg(s.source == core::DayInfo::Source::Api ? tr("rebuilt from the arXiv API")
                                                        : tr("from the RSS feed"));
    m_summary->setText(text);
    if (s.scored + s.failed < s.scanned && !isWorking()) {
        m_fetchBannerText->setText(tr("%n paper(s) not scored yet under the current settings.", nullptr,
                                      s.scanned - s.scored - s.failed));
        m_fetchBanner->show();
    }
}

void MainWindow::updateActions()
{
    const bool working = isWorking();
    const bool announcement = m_day.isValid() && m_calendar.isAnnouncementDay(m_day);
    const QDate latest = m_calendar.latestAt(QDateTime::currentDateTimeUtc());
    m_fetchAction->setEnabled(!working && announcement && m_day <= latest);
    m_runAction->setEnabled(!working && announcement && m_day <= latest);
    m_refreshAction->setEnabled(!working && announcement && m_day <= latest);
    m_rescoreAction->setEnabled(!working && announcement && m_model->rowCount() > 0);
    m_cancelAction->setEnabled(working);
    const QDate next = m_day.isValid() ? m_calendar.next(m_day) : QDate();
    m_nextAction->setEnabled(next.isValid() && next <= latest);
    m_previousAction->setEnabled(m_day.isValid());
    const bool paper = currentPaper() != nullptr;
    for (QAction *a :
         {m_starAction, m_unreadAction, m_openAction, m_pdfAction, m_bibtexAction, m_noteAction}) {
        a->setEnabled(paper);
    }
    m_dayViewAction->setEnabled(isMonthShown());
    if (m_fetchBanner->isVisible() && working) {
        m_fetchBanner->hide();
    }
}

const store::DayPaper *MainWindow::currentPaper() const
{
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid()) {
        return nullptr;
    }
    return m_model->paperAt(m_proxy->mapToSource(index).row());
}

void MainWindow::selectRelative(int step)
{
    if (m_proxy->rowCount() == 0) {
        return;
    }
    const int row = m_table->currentIndex().isValid() ? m_table->currentIndex().row() + step : 0;
    m_table->setCurrentIndex(m_proxy->index(qBound(0, row, m_proxy->rowCount() - 1), 0));
    m_table->setFocus();
}

void MainWindow::currentPaperChanged()
{
    const store::DayPaper *paper = currentPaper();
    if (!paper) {
        m_paperView->clear();
        updateActions();
        return;
    }
    if (!paper->reading.read) {
        // Opening a paper reads it; "u" marks it unread again.
        core::ReadingState state = paper->reading;
        state.read = true;
        const QString id = paper->paper().arxivId;
        store::ReadingRepository(m_db).put(id, state);
        m_model->updateReading(id, state);
        paper = currentPaper();
    }
    m_paperView->setPaper(*paper);
    m_starAction->setText(paper->reading.starred ? tr("Un&star") : tr("&Star"));
    m_unreadAction->setText(paper->reading.read ? tr("Mark &Unread") : tr("Mark &Read"));
    updateActions();
}

void MainWindow::toggleStar()
{
    const store::DayPaper *paper = currentPaper();
    if (!paper) {
        return;
    }
    core::ReadingState state = paper->reading;
    state.starred = !state.starred;
    const QString id = paper->paper().arxivId;
    store::ReadingRepository(m_db).put(id, state);
    m_model->updateReading(id, state);
    updateTree();
    currentPaperChanged();
}

void MainWindow::toggleRead()
{
    const store::DayPaper *paper = currentPaper();
    if (!paper) {
        return;
    }
    core::ReadingState state = paper->reading;
    state.read = !state.read;
    const QString id = paper->paper().arxivId;
    store::ReadingRepository(m_db).put(id, state);
    m_model->updateReading(id, state);
    if (const store::DayPaper *now = currentPaper()) {
        m_paperView->setPaper(*now);
        m_unreadAction->setText(now->reading.read ? tr("Mark &Unread") : tr("Mark &Read"));
    }
}

void MainWindow::editNote()
{
    const store::DayPaper *paper = currentPaper();
    if (!paper) {
        return;
    }
    const QString id = paper->paper().arxivId;
    bool ok = false;
    const QString note = QInputDialog::getMultiLineText(
        this, tr("Note"), tr("Your note on %1:").arg(paper->paper().title), paper->reading.note, &ok);
    if (!ok) {
        return;
    }
    store::ReadingRepository(m_db).setNote(id, note);
    m_model->updateReading(id, store::ReadingRepository(m_db).get(id));
    currentPaperChanged();
}

void MainWindow::openUrl(const QUrl &url)
{
    if (PaperView::isSafeUrl(url)) {
        QDesktopServices::openUrl(url);
    }
}

void MainWindow::openCurrent(bool pdf)
{
    if (const store::DayPaper *paper = currentPaper()) {
        openUrl(QUrl(pdf ? paper->paper().pdfUrl() : paper->paper().absUrl()));
    }
}

void MainWindow::copyBibtex()
{
    if (const store::DayPaper *paper = currentPaper()) {
        QApplication::clipboard()->setText(PaperView::bibtex(paper->paper()));
        statusBar()->showMessage(tr("BibTeX of %1 copied.").arg(paper->paper().arxivId), 4000);
    }
}

void MainWindow::showSettings(bool onModelPage)
{
    if (!m_secrets) {
        m_secrets = new secrets::SecretStore(u"Paperdesk"_s, this);
    }
    settings::SettingsDialog dialog(m_profile, m_secrets, this);
    dialog.setSettingsFile(m_dataDir.settingsPath());
    auto *modelPage = dialog.findChild<settings::ModelPage *>();
    modelPage->setCatalog(modelCatalog());
    if (onModelPage) {
        dialog.showPage(static_cast<int>(dialog.pages().indexOf(modelPage)));
    }
    const std::optional<core::DayInfo> day = store::DayRepository(m_db).find(m_day);
    if (day && day->scanned > 0) {
        dialog.setScannedCount(day->scanned);
    }
    connect(&dialog, &settings::SettingsDialog::profileChanged, this,
            [this](const core::Profile &profile) { setProfile(profile, true); });
    connect(&dialog, &settings::SettingsDialog::rescoreRequested, this, &MainWindow::rescoreDay,
            Qt::QueuedConnection);
    dialog.exec();
}

void MainWindow::showExport()
{
    ExportDialog dialog(m_db, m_profile, m_day, m_calendar, this);
    dialog.exec();
}

void MainWindow::importProfile()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Import Profile"), {}, tr("Profile (*.json)"));
    if (file.isEmpty()) {
        return;
    }
    const core::ProfileResult result = core::ProfileJson::load(file);
    if (!result) {
        QMessageBox::warning(this, tr("Profile not imported"),
                             tr("%1\n\nYour current profile is unchanged.").arg(result.error));
        return;
    }
    setProfile(*result.profile, true);
    statusBar()->showMessage(tr("Imported the profile from %1.").arg(file), 6000);
}

void MainWindow::exportProfile()
{
    const QString file = QFileDialog::getSaveFileName(this, tr("Export Profile"), u"paperdesk-profile.json"_s,
                                                      tr("Profile (*.json)"));
    if (file.isEmpty()) {
        return;
    }
    QString error;
    if (!core::ProfileJson::save(m_profile, file, &error)) {
        QMessageBox::warning(this, tr("Profile not exported"), error);
    }
}

void MainWindow::rescoreDay()
{
    if (!m_day.isValid() || isWorking()) {
        return;
    }
    // Remember what was relevant so the table can show what entered and what left.
    m_relevantBeforeRescore.clear();
    for (const store::DayPaper &row : m_model->papers()) {
        if (row.score &&
            row.score->isRelevant(m_profile.thresholds.relevance, m_profile.thresholds.novelty)) {
            m_relevantBeforeRescore.insert(row.paper().arxivId);
        }
    }
    m_rescoreFrom = m_fingerprint;
    startJob(pipeline::Job::Kind::Score, m_day);
}

void MainWindow::markChanges(const QSet<QString> &relevantBefore)
{
    const bool compare = !m_rescoreFrom.isEmpty() && m_rescoreFrom != m_fingerprint;
    m_model->setComparison(compare ? relevantBefore : QSet<QString>(), compare);
    m_table->setColumnHidden(PaperTableModel::ChangeColumn, !compare);
}

void MainWindow::startJob(pipeline::Job::Kind kind, QDate date, bool refresh)
{
    if (isWorking()) {
        return;
    }
    pipeline::Job job;
    job.kind = kind;
    job.date = date;
    job.refresh = refresh;
    postWithKey(job, true);
}

core::ModelCatalog MainWindow::modelCatalog() const
{
    QString warning;
    core::ModelCatalog catalog = core::ModelCatalog::withOverride(m_dataDir.modelsPath(), &warning);
    if (!warning.isEmpty()) {
        statusBar()->showMessage(warning, 20000);
    }
    return catalog;
}

void MainWindow::postWithKey(pipeline::Job job, bool mayAsk)
{
    job.profile = m_profile;
    job.catalog = modelCatalog();
    job.apiKey = secrets::SecretStore::environmentKey();
    if (job.kind == pipeline::Job::Kind::Fetch || !job.apiKey.isEmpty() ||
        !pipeline::DailyRun::needsKey(job.profile, job.catalog)) {
        postJob(job);
        return;
    }
    // The keychain answers asynchronously; the job starts when it has.
    if (!m_secrets) {
        m_secrets = new secrets::SecretStore(u"Paperdesk"_s, this);
    }
    m_waitingForKey = true;
    updateActions();
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(
        m_secrets, &secrets::SecretStore::finished, this,
        [this, job, mayAsk, connection](secrets::SecretStore::Operation op,
                                        secrets::SecretStore::Status status, const QString &key,
                                        const QString &message) mutable {
            if (op != secrets::SecretStore::Operation::Read) {
                return;
            }
            disconnect(*connection);
            m_waitingForKey = false;
            job.apiKey = key;
            if (status == secrets::SecretStore::Status::Ok && !key.isEmpty()) {
                postJob(job);
            } else if (mayAsk) {
                askForMissingKey(job, status == secrets::SecretStore::Status::NotSet ? QString() : message);
            } else {
                statusBar()->showMessage(tr("Nothing was scored: there is no API key for %1.")
                                             .arg(job.catalog.presetOf(job.profile).label),
                                         20000);
                updateActions();
            }
        });
    m_secrets->read(core::providerName(job.profile.model.provider));
}

void MainWindow::askForMissingKey(pipeline::Job job, const QString &keychainProblem)
{
    m_waitingForKey = true; // no second job while the question is open
    updateActions();
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("No API Key"),
        tr("Scoring with %1 needs an API key, and none is set.").arg(job.catalog.presetOf(job.profile).label),
        QMessageBox::NoButton, this);
    box->setObjectName(u"missingKeyQuestion"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const QString choice =
        tr("Set a key (it goes to the system keychain), or score offline this time with the keyword "
           "heuristic: overlap with your topics, not a language model.");
    box->setInformativeText(keychainProblem.isEmpty() ? choice : keychainProblem + u"\n\n"_s + choice);
    QPushButton *setKey = box->addButton(tr("Set Key…"), QMessageBox::AcceptRole);
    setKey->setObjectName(u"setKeyButton"_s);
    QPushButton *offline = box->addButton(tr("Score Offline This Time"), QMessageBox::AcceptRole);
    offline->setObjectName(u"scoreOfflineButton"_s);
    box->addButton(QMessageBox::Cancel)->setObjectName(u"cancelButton"_s);
    box->setDefaultButton(setKey);
    connect(box, &QMessageBox::finished, this, [this, box, job, setKey, offline]() mutable {
        m_waitingForKey = false;
        if (box->clickedButton() == offline) {
            job.profile.model.provider = core::Profile::Provider::Heuristic;
            postJob(job);
        } else if (box->clickedButton() == setKey) {
            // After the box has closed; the job goes on once if a key (or a keyless model) was chosen.
            QTimer::singleShot(0, this, [this, job] {
                showSettings(true);
                if (!isWorking()) {
                    postWithKey(job, false);
                }
            });
        } else {
            statusBar()->showMessage(tr("Nothing was scored: no API key."), 6000);
        }
        updateActions();
    });
    box->open();
}

void MainWindow::postJob(pipeline::Job job)
{
    m_worker->post(job);
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancelButton->show();
    m_fetchBanner->hide();
    statusBar()->showMessage(job.kind == pipeline::Job::Kind::Fetch ? tr("Fetching…") : tr("Working…"));
    updateActions();
}

bool MainWindow::isWorking() const
{
    return m_waitingForKey || m_worker->isBusy();
}

void MainWindow::onProgress(const pipeline::Progress &p)
{
    if (p.total > 0) {
        m_progress->setRange(0, p.total);
        m_progress->setValue(qMin(p.done, p.total));
        m_progress->setFormat(tr("%v / %m papers"));
    } else {
        m_progress->setRange(0, 0);
    }
    QString message = p.message;
    if (p.usage.requests > 0) {
        const std::optional<double> cost = p.usage.totalCost();
        message += u"  "_s + tr("%1 tokens, %2")
                                 .arg(QLocale().toString(p.usage.totalTokens()))
                                 .arg(cost ? u"$"_s + QString::number(*cost, 'f', 3) : tr("cost unknown"));
    }
    statusBar()->showMessage(message);
}

void MainWindow::onJobFinished(const pipeline::JobOutcome &outcome)
{
    m_progress->hide();
    m_cancelButton->hide();
    statusBar()->showMessage(outcome.message, 20000);
    if (outcome.date.isValid() && (outcome.date == m_day || !m_day.isValid())) {
        reloadDay(true);
    }
    updateActions();
    m_tray->notifyFinished(tr("Paperdesk"), outcome.message);
    if (outcome.exitCode != 0 && outcome.date == m_day) {
        // Not a modal box: the reason stays in view beside the button that retries.
        m_fetchBannerText->setText(outcome.message);
        m_fetchBanner->show();
    }
    Q_EMIT jobFinished(outcome);
}

QDate MainWindow::lastDay() const
{
    return QSettings(m_dataDir.settingsPath(), QSettings::IniFormat).value(u"reader/lastDay"_s).toDate();
}

void MainWindow::restoreState()
{
    QSettings settings(m_dataDir.settingsPath(), QSettings::IniFormat);
    restoreGeometry(settings.value(u"window/geometry"_s).toByteArray());
    m_mainSplitter->restoreState(settings.value(u"window/mainSplitter"_s).toByteArray());
    m_leftSplitter->restoreState(settings.value(u"window/leftSplitter"_s).toByteArray());
    const int column = settings.value(u"reader/sortColumn"_s, int(PaperTableModel::ScoreColumn)).toInt();
    const auto order =
        static_cast<Qt::SortOrder>(settings.value(u"reader/sortOrder"_s, int(Qt::DescendingOrder)).toInt());
    m_table->sortByColumn(column, order);
}

void MainWindow::saveState()
{
    QSettings settings(m_dataDir.settingsPath(), QSettings::IniFormat);
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/mainSplitter"_s, m_mainSplitter->saveState());
    settings.setValue(u"window/leftSplitter"_s, m_leftSplitter->saveState());
    settings.setValue(u"reader/sortColumn"_s, m_table->horizontalHeader()->sortIndicatorSection());
    settings.setValue(u"reader/sortOrder"_s, int(m_table->horizontalHeader()->sortIndicatorOrder()));
    settings.setValue(u"reader/lastDay"_s, m_day);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveState();
    QMainWindow::closeEvent(event);
}

} // namespace pd::ui
