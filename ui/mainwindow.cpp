#include "mainwindow.h"

#include "llm/heuristicscorer.h"
#include "llm/promptbuilder.h"
#include "papertablemodel.h"
#include "pipeline/dailyrun.h"
#include "pipeline/workerhost.h"
#include "secrets/secretstore.h"
#include "store/database.h"
#include "store/dayrepository.h"
#include "store/runrepository.h"
#include "store/scorerepository.h"

#include <QApplication>
#include <QCloseEvent>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pd::ui {

MainWindow::MainWindow(store::Database &db, core::DataDir dataDir, core::Profile profile, QWidget *parent)
    : QMainWindow(parent)
    , m_db(db)
    , m_dataDir(std::move(dataDir))
    , m_profile(std::move(profile))
    , m_calendar(core::AnnouncementCalendar::load(m_dataDir.holidaysPath()))
    , m_worker(new pipeline::WorkerHost(db.path(), m_dataDir.holidaysPath(), this))
    , m_dayLabel(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this))
    , m_model(new PaperTableModel(this))
    , m_progress(new QProgressBar(this))
    , m_cancelButton(new QToolButton(this))
{
    setWindowTitle(tr("Paperdesk"));
    setObjectName(u"MainWindow"_s);
    createActions();

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_dayLabel->setObjectName(u"dayLabel"_s);
    QFont big = m_dayLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_dayLabel->setFont(big);
    m_summary->setObjectName(u"daySummary"_s);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    layout->addWidget(m_dayLabel);
    layout->addWidget(m_summary);

    m_table->setObjectName(u"paperTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(PaperTableModel::TitleColumn, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);
    setCentralWidget(central);

    m_progress->setObjectName(u"jobProgress"_s);
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_cancelButton->setDefaultAction(m_cancelAction);
    m_cancelButton->hide();
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancelButton);

    connect(m_worker, &pipeline::WorkerHost::progress, this, &MainWindow::onProgress);
    connect(m_worker, &pipeline::WorkerHost::finished, this, &MainWindow::onJobFinished);
    connect(m_worker, &pipeline::WorkerHost::dayChanged, this, [this](QDate date) {
        if (date == m_day || !m_day.isValid()) {
            showDay(date);
        }
    });
    setProfile(m_profile);
    resize(1200, 760);
    restoreState();
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    m_previousAction =
        go->addAction(tr("&Previous Day"), this, [this] { showDay(m_calendar.previous(m_day)); });
    m_previousAction->setShortcuts({QKeySequence(u"["_s), QKeySequence(Qt::ALT | Qt::Key_Left)});
    m_previousAction->setToolTip(tr("Previous announcement day ([)"));
    m_nextAction = go->addAction(tr("&Next Day"), this, [this] { showDay(m_calendar.next(m_day)); });
    m_nextAction->setShortcuts({QKeySequence(u"]"_s), QKeySequence(Qt::ALT | Qt::Key_Right)});
    m_nextAction->setToolTip(tr("Next announcement day (])"));
    m_todayAction = go->addAction(tr("&Today"), this,
                                  [this] { showDay(m_calendar.latestAt(QDateTime::currentDateTimeUtc())); });
    m_todayAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_todayAction->setToolTip(tr("The latest announcement (Ctrl+T)"));

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
    m_cancelAction = work->addAction(tr("&Cancel"), this, [this] { m_worker->cancel(); });
    m_cancelAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancelAction->setToolTip(tr("Stop fetching or scoring; what is stored stays"));

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(u"mainToolBar"_s);
    bar->setMovable(false);
    bar->addAction(m_previousAction);
    bar->addAction(m_todayAction);
    bar->addAction(m_nextAction);
    bar->addSeparator();
    bar->addAction(m_fetchAction);
    bar->addAction(m_runAction);
}

void MainWindow::setProfile(const core::Profile &profile)
{
    m_profile = profile;
    if (m_day.isValid()) {
        showDay(m_day);
    }
}

QString MainWindow::readerFingerprint(const store::Database &db, const core::Profile &profile, QDate date)
{
    const QString llm = llm::PromptBuilder(profile).fingerprint();
    if (profile.model.provider == core::Profile::Provider::Heuristic) {
        return llm::HeuristicScorer(profile).fingerprint();
    }
    const store::ScoreRepository scores(db);
    const QString heuristic = llm::HeuristicScorer(profile).fingerprint();
    // Show the heuristic's scores for a day the LLM never scored (no key yet), clearly marked.
    if (date.isValid() && scores.unscoredIds(date, llm).size() > scores.unscoredIds(date, heuristic).size()) {
        return heuristic;
    }
    return llm;
}

void MainWindow::showDay(QDate date)
{
    if (!date.isValid()) {
        date = store::DayRepository(m_db).latest(core::DayInfo::State::Fetched).value_or(QDate());
    }
    if (!date.isValid()) {
        date = m_calendar.latestAt(QDateTime::currentDateTimeUtc());
    }
    m_day = date;
    reloadDay();
}

void MainWindow::reloadDay()
{
    m_fingerprint = readerFingerprint(m_db, m_profile, m_day);
    m_model->setPapers(m_day.isValid() ? store::DayRepository(m_db).papersOfDay(m_day, m_fingerprint)
                                       : store::DayPaperList());
    updateSummary();
    updateActions();
}

void MainWindow::updateSummary()
{
    m_dayLabel->setText(m_day.isValid() ? QLocale().toString(m_day, QLocale::LongFormat) : tr("No day"));
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
    const std::optional<core::DayInfo> day = store::DayRepository(m_db).find(m_day);
    if (!day || day->state == core::DayInfo::State::NotFetched) {
        m_summary->setText(tr("Not fetched yet. Use Fetch and Score (Ctrl+Shift+R) to read this day."));
        return;
    }
    if (day->state == core::DayInfo::State::Failed) {
        m_summary->setText(tr("Fetching failed: %1").arg(day->failure));
        return;
    }
    if (day->state == core::DayInfo::State::NoAnnouncement) {
        m_summary->setText(tr("arXiv listed no new papers for this day."));
        return;
    }
    int scored = 0;
    int failed = 0;
    int relevant = 0;
    bool heuristic = false;
    for (const store::DayPaper &row : m_model->papers()) {
        if (!row.score || row.isFiltered()) {
            continue;
        }
        heuristic = heuristic || row.score->heuristic;
        if (row.score->status == core::Score::Status::Failed) {
            ++failed;
        } else {
            ++scored;
            relevant += row.score->isRelevant(m_profile.thresholds.relevance, m_profile.thresholds.novelty);
        }
    }
    const core::Usage usage = store::RunRepository(m_db).usageOfDay(m_day);
    const std::optional<double> cost = usage.totalCost();
    const QString model =
        heuristic ? tr("offline heuristic (keyword overlap, not an LLM)") : m_profile.model.model;
    m_summary->setText(tr("Model %1 · tokens %2 prompt / %3 completion / %4 total · cost %5 · papers %6 "
                          "total / %7 scanned / %8 "
                          "relevant · %9 scored, %10 failed · %11")
                           .arg(model)
                           .arg(usage.promptTokens)
                           .arg(usage.completionTokens)
                           .arg(usage.totalTokens())
                           .arg(cost ? u"$"_s + QString::number(*cost, 'f', 2) : tr("unknown"))
                           .arg(day->total)
                           .arg(day->scanned)
                           .arg(relevant)
                           .arg(scored)
                           .arg(failed)
                           .arg(day->source == core::DayInfo::Source::Api ? tr("rebuilt from the arXiv API")
                                                                          : tr("from the RSS feed")));
}

void MainWindow::updateActions()
{
    const bool working = isWorking();
    const bool announcement = m_day.isValid() && m_calendar.isAnnouncementDay(m_day);
    m_fetchAction->setEnabled(!working && announcement);
    m_runAction->setEnabled(!working && announcement);
    m_refreshAction->setEnabled(!working && announcement);
    m_cancelAction->setEnabled(working);
    const QDate latest = m_calendar.latestAt(QDateTime::currentDateTimeUtc());
    m_nextAction->setEnabled(m_day.isValid() && m_calendar.next(m_day).isValid() &&
                             m_calendar.next(m_day) <= latest);
    m_previousAction->setEnabled(m_day.isValid());
}

bool MainWindow::isWorking() const
{
    return m_waitingForKey || m_worker->isBusy();
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
    job.profile = m_profile;
    job.apiKey = secrets::SecretStore::environmentKey();
    if (kind == pipeline::Job::Kind::Fetch || !job.apiKey.isEmpty() ||
        !pipeline::DailyRun::needsKey(m_profile)) {
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
        [this, job, connection](secrets::SecretStore::Operation op, secrets::SecretStore::Status status,
                                const QString &key, const QString &message) mutable {
            if (op != secrets::SecretStore::Operation::Read) {
                return;
            }
            disconnect(*connection);
            m_waitingForKey = false;
            job.apiKey = key;
            if (status != secrets::SecretStore::Status::Ok) {
                statusBar()->showMessage(
                    tr("%1 Scoring with the offline heuristic (keyword overlap, not an LLM).").arg(message),
                    20000);
            }
            postJob(job);
        });
    m_secrets->read(core::providerName(m_profile.model.provider));
}

void MainWindow::postJob(pipeline::Job job)
{
    m_worker->post(job);
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancelButton->show();
    statusBar()->showMessage(job.kind == pipeline::Job::Kind::Fetch ? tr("Fetching…")
                                                                    : tr("Fetching and scoring…"));
    updateActions();
}

void MainWindow::onProgress(const pipeline::Progress &p)
{
    if (p.total > 0) {
        m_progress->setRange(0, p.total);
        m_progress->setValue(qMin(p.done, p.total));
        m_progress->setFormat(tr("%v / %m"));
    } else {
        m_progress->setRange(0, 0);
    }
    QString message = p.message;
    if (p.usage.requests > 0) {
        const std::optional<double> cost = p.usage.totalCost();
        message += u"  "_s + tr("%1 tokens, %2")
                                 .arg(p.usage.totalTokens())
                                 .arg(cost ? u"$"_s + QString::number(*cost, 'f', 3) : tr("cost unknown"));
    }
    statusBar()->showMessage(message);
}

void MainWindow::onJobFinished(const pipeline::JobOutcome &outcome)
{
    m_progress->hide();
    m_cancelButton->hide();
    statusBar()->showMessage(outcome.message, 15000);
    if (outcome.date.isValid()) {
        showDay(outcome.date);
    }
    updateActions();
    if (outcome.exitCode == 3 && isVisible()) {
        QMessageBox::warning(this, tr("Paperdesk"), outcome.message);
    }
    Q_EMIT jobFinished(outcome);
}

void MainWindow::restoreState()
{
    QSettings settings(m_dataDir.settingsPath(), QSettings::IniFormat);
    restoreGeometry(settings.value(u"window/geometry"_s).toByteArray());
}

QDate MainWindow::lastDay() const
{
    return QSettings(m_dataDir.settingsPath(), QSettings::IniFormat).value(u"reader/lastDay"_s).toDate();
}

void MainWindow::saveState()
{
    QSettings settings(m_dataDir.settingsPath(), QSettings::IniFormat);
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"reader/lastDay"_s, m_day);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveState();
    QMainWindow::closeEvent(event);
}

} // namespace pd::ui
