#include "jobcontroller.h"

#include "core/money.h"
#include "pipeline/dailyrun.h"
#include "pipeline/workerhost.h"
#include "secrets/secretstore.h"

#include <QAction>
#include <QLocale>
#include <QMainWindow>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>

#include <memory>

using namespace Qt::StringLiterals;

namespace pd::ui {

namespace {

// A job that asks only the prose of papers already scored.
bool isPass2(const pipeline::Job &job)
{
    return job.detailsOnly || !job.explainIds.isEmpty();
}

} // namespace

JobController::JobController(const QString &databasePath, core::DataDir dataDir, QMainWindow *window,
                             QAction *cancelAction)
    : QObject(window)
    , m_dataDir(std::move(dataDir))
    , m_window(window)
    , m_worker(new pipeline::WorkerHost(databasePath, m_dataDir.holidaysPath(), this))
    , m_progress(new QProgressBar(window))
    , m_cancelButton(new QToolButton(window))
{
    m_progress->setObjectName(u"jobProgress"_s);
    m_progress->setMaximumWidth(220);
    m_progress->hide();
    m_cancelButton->setDefaultAction(cancelAction);
    m_cancelButton->hide();
    window->statusBar()->addPermanentWidget(m_progress);
    window->statusBar()->addPermanentWidget(m_cancelButton);
    connect(cancelAction, &QAction::triggered, this, &JobController::cancel);
    connect(m_worker, &pipeline::WorkerHost::progress, this, &JobController::onProgress);
    connect(m_worker, &pipeline::WorkerHost::finished, this, &JobController::onFinished);
    connect(m_worker, &pipeline::WorkerHost::dayChanged, this, &JobController::dayChanged);
}

JobController::~JobController() = default;

void JobController::showMessage(const QString &text, int timeoutMs)
{
    m_window->statusBar()->showMessage(text, timeoutMs);
}

void JobController::start(pipeline::Job::Kind kind, QDate date, bool refresh)
{
    if (isWorking()) {
        return;
    }
    pipeline::Job job;
    job.kind = kind;
    job.date = date;
    job.refresh = refresh;
    postWithKey(job, WithoutKey::Ask);
}

void JobController::queue(const pipeline::Job &job, WithoutKey withoutKey)
{
    if (!isWorking() && m_queue.isEmpty()) {
        postWithKey(job, withoutKey);
        return;
    }
    for (Queued &queued : m_queue) {
        pipeline::Job &waiting = queued.job;
        if (waiting.kind != job.kind || waiting.date != job.date) {
            continue;
        }
        if (job.detailsOnly && waiting.detailsOnly) {
            return; // it will ask with the thresholds of the moment it starts
        }
        if (!job.explainIds.isEmpty() && !waiting.explainIds.isEmpty()) {
            for (const QString &id : job.explainIds) {
                if (!waiting.explainIds.contains(id)) {
                    waiting.explainIds.append(id);
                }
            }
            Q_EMIT busyChanged();
            return;
        }
    }
    m_queue.append({job, withoutKey});
    Q_EMIT busyChanged();
}

void JobController::postNext()
{
    if (isWorking() || m_queue.isEmpty()) {
        return;
    }
    const Queued next = m_queue.takeFirst();
    postWithKey(next.job, next.withoutKey);
}

void JobController::cancel()
{
    m_queue.clear();
    m_worker->cancel();
    Q_EMIT busyChanged();
}

bool JobController::isWorking() const
{
    return m_waitingForKey || m_worker->isBusy();
}

QSet<QString> JobController::explaining(QDate date) const
{
    QSet<QString> ids;
    auto add = [&ids, date](const pipeline::Job &job) {
        if (job.date == date) {
            ids.unite(QSet<QString>(job.explainIds.cbegin(), job.explainIds.cend()));
        }
    };
    if (m_running) {
        add(*m_running);
    }
    if (m_keyFor) {
        add(*m_keyFor);
    }
    for (const Queued &queued : m_queue) {
        add(queued.job);
    }
    return ids;
}

core::ModelCatalog JobController::modelCatalog() const
{
    QString warning;
    core::ModelCatalog catalog = core::ModelCatalog::withOverride(m_dataDir.modelsPath(), &warning);
    if (!warning.isEmpty()) {
        m_window->statusBar()->showMessage(warning, 20000);
    }
    return catalog;
}

secrets::SecretStore *JobController::secrets()
{
    if (!m_secrets) {
        m_secrets = new secrets::SecretStore(u"Paperdesk"_s, this);
    }
    return m_secrets;
}

void JobController::postWithKey(pipeline::Job job, WithoutKey withoutKey)
{
    job.profile = m_profile;
    if (isPass2(job)) {
        // A few papers' comments, wanted now: an overnight batch would hold the worker for minutes.
        job.profile.model.runMode = core::Profile::Model::RunMode::Immediate;
    }
    job.catalog = modelCatalog();
    job.apiKey = secrets::SecretStore::environmentKey();
    if (job.kind == pipeline::Job::Kind::Fetch || !job.apiKey.isEmpty() ||
        !pipeline::DailyRun::needsKey(job.profile, job.catalog)) {
        post(job);
        return;
    }
    // The keychain answers asynchronously; the job starts when it has.
    m_waitingForKey = true;
    m_keyFor = job;
    Q_EMIT busyChanged();
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(
        secrets(), &secrets::SecretStore::finished, this,
        [this, job, withoutKey, connection](secrets::SecretStore::Operation op,
                                            secrets::SecretStore::Status status, const QString &key,
                                            const QString &message) mutable {
            if (op != secrets::SecretStore::Operation::Read) {
                return;
            }
            disconnect(*connection);
            m_waitingForKey = false;
            job.apiKey = key;
            if (status == secrets::SecretStore::Status::Ok && !key.isEmpty()) {
                post(job);
                return;
            }
            if (withoutKey == WithoutKey::Ask) {
                askForMissingKey(job, status == secrets::SecretStore::Status::NotSet ? QString() : message);
                return;
            }
            m_keyFor.reset();
            if (withoutKey == WithoutKey::Tell) {
                showMessage(tr("Nothing was scored: there is no API key for %1.")
                                .arg(job.catalog.presetOf(job.profile).label),
                            20000);
            }
            Q_EMIT busyChanged();
            postNext();
        });
    secrets()->read(core::providerName(job.profile.model.provider));
}

void JobController::askForMissingKey(pipeline::Job job, const QString &keychainProblem)
{
    m_waitingForKey = true; // no second job while the question is open
    Q_EMIT busyChanged();
    // The keyword heuristic writes no comments: a pass-2 job has nothing to do offline.
    const bool comments = isPass2(job);
    const QString provider = job.catalog.presetOf(job.profile).label;
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("No API Key"),
        comments ? tr("Asking %1 for a comment needs an API key, and none is set.").arg(provider)
                 : tr("Scoring with %1 needs an API key, and none is set.").arg(provider),
        QMessageBox::NoButton, m_window);
    box->setObjectName(u"missingKeyQuestion"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const QString choice =
        comments
            ? tr("Set a key (it goes to the system keychain), and the comment is asked for.")
            : tr("Set a key (it goes to the system keychain), or score offline this time with the keyword "
                 "heuristic: overlap with your topics, not a language model.");
    box->setInformativeText(keychainProblem.isEmpty() ? choice : keychainProblem + u"\n\n"_s + choice);
    QPushButton *setKey = box->addButton(tr("Set Key…"), QMessageBox::AcceptRole);
    setKey->setObjectName(u"setKeyButton"_s);
    QPushButton *offline = nullptr;
    if (!comments) {
        offline = box->addButton(tr("Score Offline This Time"), QMessageBox::AcceptRole);
        offline->setObjectName(u"scoreOfflineButton"_s);
    }
    box->addButton(QMessageBox::Cancel)->setObjectName(u"cancelButton"_s);
    box->setDefaultButton(setKey);
    connect(box, &QMessageBox::finished, this, [this, box, job, setKey, offline] {
        answerMissingKey(job, offline && box->clickedButton() == offline, box->clickedButton() == setKey);
    });
    box->open();
}

void JobController::answerMissingKey(const pipeline::Job &job, bool offline, bool setKey)
{
    m_waitingForKey = false;
    m_keyFor.reset();
    if (offline) {
        pipeline::Job heuristic = job;
        heuristic.profile.model.provider = core::Profile::Provider::Heuristic;
        post(heuristic);
    } else if (setKey) {
        // After the box has closed; the job goes on once if a key (or a keyless model) was chosen.
        QTimer::singleShot(0, this, [this, job] { Q_EMIT keySettingsRequested(job); });
    } else {
        showMessage(isPass2(job) ? tr("No comment was asked for: no API key.")
                                 : tr("Nothing was scored: no API key."),
                    6000);
    }
    Q_EMIT busyChanged();
    postNext();
}

void JobController::post(const pipeline::Job &job)
{
    m_worker->post(job);
    m_keyFor.reset();
    m_running = job;
    m_running->apiKey.clear(); // kept no longer than the worker needs it
    m_progress->setRange(0, 0);
    m_phaseClock.start();
    m_lastDone = 0;
    m_progress->show();
    m_cancelButton->show();
    showMessage(job.kind == pipeline::Job::Kind::Fetch ? tr("Fetching…")
                : !job.explainIds.isEmpty()            ? tr("Asking the model to explain its score…")
                : job.detailsOnly ? tr("Asking for the comments of newly relevant papers…")
                                  : tr("Working…"));
    Q_EMIT busyChanged();
}

void JobController::onProgress(const pipeline::Progress &p)
{
    if (p.daysTotal > 0) {
        // A range: the bar counts days; the worker measures the time per day.
        m_progress->setRange(0, p.daysTotal);
        m_progress->setValue(qMin(p.daysDone, p.daysTotal));
        m_progress->setFormat(tr("%v / %m days"));
    } else if (p.total > 0) {
        m_progress->setRange(0, p.total);
        m_progress->setValue(qMin(p.done, p.total));
        m_progress->setFormat(tr("%v / %m papers"));
    } else {
        m_progress->setRange(0, 0);
    }
    if (p.total > 0) {
        if (p.done < m_lastDone) {
            m_phaseClock.start(); // a new phase (scoring after fetching) counts from zero
        }
        m_lastDone = p.done;
    }
    QString message = p.message;
    const QString left = p.daysTotal > 0 ? rangeTimeLeft(p.secondsLeft) : timeLeft(p);
    if (!left.isEmpty()) {
        message += u" — "_s + left;
    }
    if (p.usage.requests > 0) {
        message += u"  "_s + tr("%1 tokens, %2")
                                 .arg(QLocale().toString(p.usage.totalTokens()),
                                      core::Money::text(p.usage.totalCost(), m_profile.model.model));
    }
    showMessage(message);
}

QString JobController::rangeTimeLeft(qint64 seconds)
{
    if (seconds <= 0) {
        return {};
    }
    if (seconds < 60) {
        return tr("less than a minute left");
    }
    return tr("about %n min left", nullptr, static_cast<int>((seconds + 30) / 60));
}

// From the throughput measured so far, once some papers are done: none before, as the first
// batch's wait says nothing yet about the rate.
QString JobController::timeLeft(const pipeline::Progress &p) const
{
    if (p.total <= 0 || p.done <= 0 || p.done >= p.total || !m_phaseClock.isValid()) {
        return {};
    }
    const double perPaperMs = static_cast<double>(m_phaseClock.elapsed()) / p.done;
    const auto seconds = static_cast<qint64>(perPaperMs * (p.total - p.done) / 1000.0);
    if (seconds < 60) {
        return tr("less than a minute left");
    }
    const int minutes = static_cast<int>((seconds + 30) / 60);
    return tr("about %n min left", nullptr, minutes);
}

void JobController::onFinished(const pipeline::JobOutcome &outcome)
{
    const pipeline::Job job = m_running.value_or(pipeline::Job{});
    m_running.reset();
    m_progress->hide();
    m_cancelButton->hide();
    const QString message = finishedMessage(job, outcome);
    showMessage(message, 20000);
    Q_EMIT busyChanged();
    Q_EMIT finished(job, outcome);
    // After the window has shown what this job changed.
    QTimer::singleShot(0, this, &JobController::postNext);
}

QString JobController::finishedMessage(const pipeline::Job &job, const pipeline::JobOutcome &outcome) const
{
    const pipeline::ScoreSummary &s = outcome.score;
    const bool pass2 = isPass2(job);
    if (!pass2 || outcome.result != pipeline::Outcome::Done) {
        return outcome.message;
    }
    const QString cost = core::Money::text(s.usage.totalCost(), job.profile.model.model);
    QString message;
    if (job.detailsOnly) {
        message = s.detailed > 0
                      ? tr("Comments for %n newly relevant paper(s): %1", nullptr, s.detailed).arg(cost)
                      : tr("The newly relevant papers already have their comments.");
    } else if (s.detailed > 0) {
        message = s.detailed == 1 && job.explainIds.size() == 1
                      ? tr("Comment for %1: %2").arg(job.explainIds.first(), cost)
                      : tr("Comments for %n paper(s): %1", nullptr, s.detailed).arg(cost);
    }
    if (s.detailFailed > 0) {
        const QString failed =
            tr("No comment came for %n paper(s); the paper view says why and offers to try again.", nullptr,
               s.detailFailed);
        message = message.isEmpty() ? failed : message + u' ' + failed;
    }
    return message.isEmpty() ? outcome.message : message;
}

} // namespace pd::ui
