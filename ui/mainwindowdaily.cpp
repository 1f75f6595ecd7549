// MainWindow's daily companion: the automatic run, notifications, staying in the tray while a
// schedule is on, and sending papers on (Save to Zotero, Export References).
#include "appicon.h"
#include "autorun.h"
#include "core/money.h"
#include "daypane.h"
#include "desktopnotifier.h"
#include "digest/bibtex.h"
#include "digest/references.h"
#include "fetchrangedialog.h"
#include "jobcontroller.h"
#include "library/zoteroconnector.h"
#include "mainactions.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "papertablemodel.h"
#include "paperview.h"
#include "pipeline/dayview.h"
#include "profilecontroller.h"
#include "referencesdialog.h"
#include "settings/settingskeys.h"
#include "setupwizard.h"
#include "store/dayrepository.h"
#include "store/paperrepository.h"
#include "traynotifier.h"

#include <QAbstractProxyModel>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QFileDialog>
#include <QItemSelectionModel>
#include <QLocale>
#include <QMenu>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace pd::ui {

void MainWindow::connectDaily()
{
    m_trayNotifier = new TrayNotifier(this);
    m_notifier = new DesktopNotifier(this, m_trayNotifier);
    m_autoRun = new AutoRun(
        m_calendar, [this](QDate date) { return isDayDone(date); }, {}, this);
    connect(m_autoRun, &AutoRun::due, this, &MainWindow::startAutoRun);
    connect(m_jobs, &JobController::finished, this, &MainWindow::notifyFinished);
    connect(m_notifier, &DesktopNotifier::dayActivated, this, [this](QDate date) { showDay(date); });
    connect(m_profiles, &ProfileController::settingsClosed, this, &MainWindow::loadDailySettings);
    connect(m_actions->saveToZotero, &QAction::triggered, this, [this] { saveToZotero(selectedPapers()); });
    connect(m_actions->exportReferences, &QAction::triggered, this, &MainWindow::exportReferences);
    connect(m_actions->setUp, &QAction::triggered, this, &MainWindow::showSetup);
    connect(m_actions->fetchRange, &QAction::triggered, this, [this] { fetchRange(); });
    connect(m_paperView, &PaperView::zoteroRequested, this, [this](const QString &arxivId) {
        const int row = paperModel()->rowOf(arxivId);
        if (const store::DayPaper *paper = row >= 0 ? paperModel()->paperAt(row) : nullptr) {
            saveToZotero({paper->paper()});
        }
    });
    // After the window has shown its day: a catch-up run then reports over it.
    QTimer::singleShot(0, this, &MainWindow::loadDailySettings);
}

void MainWindow::loadDailySettings()
{
    const QSettings settings(m_dataDir.settingsPath(), QSettings::IniFormat);
    m_notifier->setEnabled(settings::keys::Notifications.read(settings) != u"false");
    m_autoRun->load(m_dataDir.settingsPath());
    if (!m_autoRun->isEnabled() && m_resident) {
        m_resident->hide();
    }
}

bool MainWindow::isDayDone(QDate date) const
{
    const pipeline::DayContent day = m_view->day(date);
    if (!day.info) {
        return false;
    }
    if (day.info->state == core::DayInfo::State::NoAnnouncement) {
        return true;
    }
    return day.info->state == core::DayInfo::State::Fetched && !day.waitingForBatch &&
           day.count(core::PaperState::Unscored) == 0;
}

void MainWindow::startAutoRun(QDate date)
{
    m_autoRunDay = date;
    pipeline::Job job;
    job.kind = pipeline::Job::Kind::Run;
    job.date = date;
    // Nobody is at the keyboard to answer a question: without a key, the run says so and stops.
    m_jobs->queue(job, JobController::WithoutKey::Tell);
    statusBar()->showMessage(
        tr("The daily run for %1 has started.").arg(QLocale().toString(date, QLocale::LongFormat)), 10000);
}

void MainWindow::notifyFinished(const pipeline::Job &job, const pipeline::JobOutcome &outcome)
{
    const bool automatic = job.date.isValid() && job.date == m_autoRunDay;
    if (automatic) {
        m_autoRunDay = {};
    }
    // The user who is looking at the window sees the result there.
    if (!m_notifier->isEnabled() || (!automatic && isActiveWindow() && isVisible() && !isMinimized())) {
        return;
    }
    if (!job.explainIds.isEmpty() || job.detailsOnly) {
        return;
    }
    const QString message = m_jobs->finishedMessage(job, outcome);
    const QDate date = outcome.date.isValid() ? outcome.date : job.date;
    if (outcome.result != pipeline::Outcome::Done || job.kind == pipeline::Job::Kind::Fetch ||
        !date.isValid()) {
        m_notifier->notify(date, tr("Paperdesk"), message);
        return;
    }
    const pipeline::DayContent day = m_view->day(date);
    int hot = 0;
    for (const store::DayPaper &paper : day.papers) {
        hot += paper.showsScore() && !paper.score->hotspotTags.isEmpty() ? 1 : 0;
    }
    const std::optional<double> cost = day.usage.totalCost();
    const QString summary = DesktopNotifier::daySummary(
        date, day.relevant(), hot, cost && *cost > 0 ? core::Money::text(cost, day.model) : QString());
    m_notifier->notify(date, summary, message);
}

// Closing the window while a daily run is scheduled keeps Paperdesk in the tray, where the run
// can happen; Quit ends it. Without a tray there is nowhere to stay, and the window closes.
bool MainWindow::stayInTray()
{
    if (m_quitting || !m_autoRun || !m_autoRun->isEnabled() || !QSystemTrayIcon::isSystemTrayAvailable()) {
        return false;
    }
    if (!m_resident) {
        m_resident = new QSystemTrayIcon(appIcon(), this);
        m_resident->setObjectName(u"residentTrayIcon"_s);
        auto *menu = new QMenu(this);
        menu->addAction(tr("Open Paperdesk"), this, [this] {
            setWindowState(windowState() & ~Qt::WindowMinimized);
            show();
            raise();
            activateWindow();
        });
        menu->addAction(tr("Fetch and Score Now"), this,
                        [this] { startAutoRun(m_calendar.latestAt(QDateTime::currentDateTimeUtc())); });
        menu->addSeparator();
        menu->addAction(tr("Quit Paperdesk"), this, &MainWindow::quit);
        m_resident->setContextMenu(menu);
        connect(m_resident, &QSystemTrayIcon::activated, this,
                [this](QSystemTrayIcon::ActivationReason reason) {
                    if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick) {
                        show();
                        raise();
                        activateWindow();
                    }
                });
    }
    const std::optional<core::DailySchedule::Next> next = m_autoRun->next();
    const QString when = next ? QLocale().toString(next->at.toLocalTime(), QLocale::ShortFormat) : QString();
    m_resident->setToolTip(next ? tr("Paperdesk: next run %1").arg(when) : tr("Paperdesk"));
    m_resident->show();
    QApplication::setQuitOnLastWindowClosed(false);
    if (!m_toldAboutTray) {
        m_toldAboutTray = true;
        m_resident->showMessage(tr("Paperdesk keeps running"),
                                tr("The daily run needs Paperdesk in the tray (next: %1). Quit from the "
                                   "tray menu or File → Quit.")
                                    .arg(when),
                                appIcon());
    }
    return true;
}

void MainWindow::quit()
{
    m_quitting = true;
    saveState();
    QApplication::setQuitOnLastWindowClosed(true);
    close();
    QCoreApplication::quit();
}

QList<core::Paper> MainWindow::selectedPapers() const
{
    QList<core::Paper> papers;
    QTableView *table = m_dayPane->table();
    const auto *proxy = qobject_cast<const QAbstractProxyModel *>(table->model());
    QModelIndexList rows = table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &index : std::as_const(rows)) {
        const QModelIndex source = proxy ? proxy->mapToSource(index) : index;
        if (const store::DayPaper *paper = paperModel()->paperAt(source.row())) {
            papers.append(paper->paper());
        }
    }
    if (papers.isEmpty()) {
        if (const store::DayPaper *paper = m_dayPane->currentPaper()) {
            papers.append(paper->paper());
        }
    }
    return papers;
}

void MainWindow::saveToZotero(const QList<core::Paper> &papers)
{
    if (papers.isEmpty()) {
        return;
    }
    if (!m_zotero) {
        m_zotero = new library::ZoteroConnector(library::ZoteroConnector::defaultBaseUrl(), this);
        connect(m_zotero, &library::ZoteroConnector::finished, this, &MainWindow::zoteroFinished);
    }
    m_zoteroPapers = papers;
    statusBar()->showMessage(tr("Sending %n paper(s) to Zotero…", nullptr, static_cast<int>(papers.size())));
    m_zotero->save(papers);
}

void MainWindow::zoteroFinished(const library::ZoteroConnector::Result &result)
{
    statusBar()->clearMessage();
    if (result.ok) {
        statusBar()->showMessage(tr("Saved %n paper(s) to Zotero.", nullptr, result.saved), 8000);
        return;
    }
    auto *copy = new QAction(tr("Copy BibTeX Instead"), m_dayPane->messageBar());
    const QList<core::Paper> papers = m_zoteroPapers;
    connect(copy, &QAction::triggered, this, [this, papers] {
        QApplication::clipboard()->setText(
            digest::References::text(digest::References::Format::Bibtex, papers));
        statusBar()->showMessage(
            tr("BibTeX of %n paper(s) copied.", nullptr, static_cast<int>(papers.size())), 6000);
        m_dayPane->messageBar()->hide();
    });
    m_dayPane->messageBar()->showMessage(result.message, MessageBar::Type::Warning, {copy});
}

void MainWindow::exportReferences()
{
    const QList<core::Paper> selection = selectedPapers();
    const QList<core::Paper> starred = store::PaperRepository(m_db).starred().value_or(QList<core::Paper>());
    QList<core::Paper> relevant;
    for (const store::DayPaper &paper : paperModel()->papers()) {
        if (pipeline::DayView::isRelevant(paper, m_profile.thresholds)) {
            relevant.append(paper.paper());
        }
    }
    ReferencesDialog::Counts counts;
    counts.selection = static_cast<int>(selection.size());
    counts.starred = static_cast<int>(starred.size());
    counts.relevant = static_cast<int>(relevant.size());
    counts.day = m_day.isValid() ? QLocale().toString(m_day, QLocale::LongFormat) : QString();
    ReferencesDialog dialog(counts, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    const QList<core::Paper> papers = dialog.scope() == ReferencesDialog::Scope::Selection ? selection
                                      : dialog.scope() == ReferencesDialog::Scope::Starred ? starred
                                                                                           : relevant;
    const digest::References::Format format = dialog.format();
    const QString suffix = digest::References::suffix(format);
    const QString base = dialog.scope() == ReferencesDialog::Scope::Starred
                             ? u"starred"_s
                             : u"arxiv-"_s + m_day.toString(Qt::ISODate);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export References"), folder + u'/' + base + u'.' + suffix,
                                     tr("%1 (*.%2)").arg(digest::References::formatName(format), suffix));
    if (path.isEmpty()) {
        return;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(digest::References::text(format, papers).toUtf8()) < 0 || !file.commit()) {
        m_dayPane->messageBar()->showMessage(
            tr("The references were not written to %1: %2").arg(path, file.errorString()),
            MessageBar::Type::Error);
        return;
    }
    statusBar()->showMessage(
        tr("Exported %n reference(s) to %1.", nullptr, static_cast<int>(papers.size())).arg(path), 8000);
}

void MainWindow::showSetup()
{
    SetupWizard wizard(SetupContext::fromDatabase(m_db, m_profile, m_calendar, m_jobs->modelCatalog()),
                       m_jobs->secrets(), this);
    wizard.setSettingsFile(m_dataDir.settingsPath());
    if (wizard.exec() != QDialog::Accepted) {
        return;
    }
    const SetupChoices choices = wizard.choices();
    setProfile(choices.profile, true);
    if (choices.catchUpDays > 0) {
        const QList<QDate> days = SetupWizard::lastAnnouncementDays(
            m_calendar, QDateTime::currentDateTimeUtc(), choices.catchUpDays);
        if (!days.isEmpty()) {
            startRange(days.first(), days.last(), true);
        }
    }
    if (!choices.libraryFile.isEmpty()) {
        importLibraryFile(choices.libraryFile);
    }
}

void MainWindow::startRange(QDate from, QDate to, bool score, bool refresh)
{
    pipeline::Job job;
    job.kind = score ? pipeline::Job::Kind::Run : pipeline::Job::Kind::Fetch;
    job.date = from;
    job.to = to;
    job.refresh = refresh;
    m_jobs->queue(job, JobController::WithoutKey::Ask);
}

void MainWindow::fetchRange(QDate from, QDate to)
{
    QSet<QDate> stored;
    for (const core::DayInfo &day : store::DayRepository(m_db).list()) {
        if (day.state == core::DayInfo::State::Fetched) {
            stored.insert(day.date);
        }
    }
    auto *dialog =
        new FetchRangeDialog(m_calendar, m_calendar.latestAt(QDateTime::currentDateTimeUtc()), stored, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (from.isValid() && to.isValid()) {
        dialog->setRange(from, to);
    }
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { m_jobs->queue(dialog->job(), JobController::WithoutKey::Ask); });
    dialog->open();
}

} // namespace pd::ui
