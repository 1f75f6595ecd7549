#include "jobcontroller.h"

#include "core/money.h"
#include "pipeline/dailyrun.h"
#include "pipeline/workerhost.h"
#include "secrets/secretstore.h"
#include "traynotifier.h"

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

JobController::JobController(const QString &databasePath, core::DataDir dataDir, QMainWindow *window,
                             QAction *cancelAction)
    : QObject(window)
    , m_dataDir(std::move(dataDir))
    , m_window(window)
    , m_worker(new pipeline::WorkerHost(databasePath, m_dataDir.holidaysPath(), this))
    , m_tray(new TrayNotifier(window))
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
    postWithKey(job, true);
}

void JobController::cancel()
{
    m_worker->cancel();
}

bool JobController::isWorking() const
{
    return m_waitingForKey || m_worker->isBusy();
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

void JobController::postWithKey(pipeline::Job job, bool mayAsk)
{
    job.profile = m_profile;
    job.catalog = modelCatalog();
    job.apiKey = secrets::SecretStore::environmentKey();
    if (job.kind == pipeline::Job::Kind::Fetch || !job.apiKey.isEmpty() ||
        !pipeline::DailyRun::needsKey(job.profile, job.catalog)) {
        post(job);
        return;
    }
    // The keychain answers asynchronously; the job starts when it has.
    m_waitingForKey = true;
    Q_EMIT busyChanged();
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(
        secrets(), &secrets::SecretStore::finished, this,
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
                post(job);
            } else if (mayAsk) {
                askForMissingKey(job, status == secrets::SecretStore::Status::NotSet ? QString() : message);
            } else {
                showMessage(tr("Nothing was scored: there is no API key for %1.")
                                .arg(job.catalog.presetOf(job.profile).label),
                            20000);
                Q_EMIT busyChanged();
            }
        });
    secrets()->read(core::providerName(job.profile.model.provider));
}

void JobController::askForMissingKey(pipeline::Job job, const QString &keychainProblem)
{
    m_waitingForKey = true; // no second job while the question is open
    Q_EMIT busyChanged();
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("No API Key"),
        tr("Scoring with %1 needs an API key, and none is set.").arg(job.catalog.presetOf(job.profile).label),
        QMessageBox::NoButton, m_window);
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
    connect(box, &QMessageBox::finished, this, [this, box, job, setKey, offline] {
        answerMissingKey(job, box->clickedButton() == offline, box->clickedButton() == setKey);
    });
    box->open();
}

void JobController::answerMissingKey(const pipeline::Job &job, bool offline, bool setKey)
{
    m_waitingForKey = false;
    if (offline) {
        pipeline::Job heuristic = job;
        heuristic.profile.model.provider = core::Profile::Provider::Heuristic;
        post(heuristic);
    } else if (setKey) {
        // After the box has closed; the job goes on once if a key (or a keyless model) was chosen.
        QTimer::singleShot(0, this, [this, job] { Q_EMIT keySettingsRequested(job); });
    } else {
        showMessage(tr("Nothing was scored: no API key."), 6000);
    }
    Q_EMIT busyChanged();
}

void JobController::post(const pipeline::Job &job)
{
    m_worker->post(job);
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancelButton->show();
    showMessage(job.kind == pipeline::Job::Kind::Fetch ? tr("Fetching…") : tr("Working…"));
    Q_EMIT busyChanged();
}

void JobController::onProgress(const pipeline::Progress &p)
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
        message += u"  "_s + tr("%1 tokens, %2")
                                 .arg(QLocale().toString(p.usage.totalTokens()),
                                      core::Money::text(p.usage.totalCost(), m_profile.model.model));
    }
    showMessage(message);
}

void JobController::onFinished(const pipeline::JobOutcome &outcome)
{
    m_progress->hide();
    m_cancelButton->hide();
    showMessage(outcome.message, 20000);
    m_tray->notifyFinished(tr("Paperdesk"), outcome.message);
    Q_EMIT busyChanged();
    Q_EMIT finished(outcome);
}

} // namespace pd::ui
