#pragma once

#include "core/datadir.h"
#include "core/modelcatalog.h"
#include "core/profile.h"
#include "pipeline/job.h"

#include <QDate>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QSet>

#include <optional>

class QAction;
class QMainWindow;
class QProgressBar;
class QToolButton;

namespace pd::pipeline {
class WorkerHost;
}

namespace pd::secrets {
class SecretStore;
}

namespace pd::ui {

// Runs the window's fetch and score jobs on the worker thread: finds the API key (environment,
// then the keychain, asynchronously), asks once what to do when a remote model has none, posts
// the job, and shows its progress and outcome in the status bar (the window notifies when it is
// out of sight). Never blocks the GUI thread.
class JobController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobController)

public:
    JobController(const QString &databasePath, core::DataDir dataDir, QMainWindow *window,
                  QAction *cancelAction);
    ~JobController() override;

    // What happens to a job for a remote model when no key is found.
    enum class WithoutKey {
        Ask,  // ask (once, not blocking) to set a key or score offline this time
        Tell, // say in the status bar that nothing was scored
        Skip, // nothing: work the user did not start by hand
    };

    void setProfile(const core::Profile &profile) { m_profile = profile; }
    const core::Profile &profile() const { return m_profile; }
    // Starts a job on `date` with the current profile; nothing while one runs or waits for a key.
    void start(pipeline::Job::Kind kind, QDate date, bool refresh = false);
    // Posts `job` with the current profile and the key from the environment or the keychain.
    void postWithKey(pipeline::Job job, WithoutKey withoutKey);
    // Posts `job` now, or after the job that runs and those queued before it. Pass-2 jobs for the
    // same day merge: the explained ids join, a second details-only job is dropped.
    void queue(const pipeline::Job &job, WithoutKey withoutKey);
    // Stops the job that runs and forgets the queued ones.
    void cancel();
    bool isWorking() const;
    // The papers of `date` an "Explain this score" job is asking about or waits to ask about.
    QSet<QString> explaining(QDate date) const;

    // The built-in model catalog with the data dir's override (a bad one is reported and ignored).
    core::ModelCatalog modelCatalog() const;
    // The keychain, created on first use; the settings dialog shares it.
    secrets::SecretStore *secrets();
    // The one line the status bar shows when `job` has ended (the window's notifications use it too).
    QString finishedMessage(const pipeline::Job &job, const pipeline::JobOutcome &outcome) const;
    // "about 3 min left" from the worker's estimate for a range of days.
    static QString rangeTimeLeft(qint64 seconds);

Q_SIGNALS:
    void busyChanged();
    // A batch landed or a fetch stored the day: its rows and counts changed.
    void dayChanged(QDate date);
    // `job` as it was posted (with the profile, without the key).
    void finished(const pd::pipeline::Job &job, const pd::pipeline::JobOutcome &outcome);
    // The user chose "Set Key…": open the model settings, then call postWithKey(job, false).
    void keySettingsRequested(const pd::pipeline::Job &job);

private:
    void askForMissingKey(pipeline::Job job, const QString &keychainProblem);
    void answerMissingKey(const pipeline::Job &job, bool offline, bool setKey);
    void post(const pipeline::Job &job);
    void postNext();
    void onProgress(const pipeline::Progress &progress);
    void onFinished(const pipeline::JobOutcome &outcome);
    void showMessage(const QString &text, int timeoutMs = 0);
    QString timeLeft(const pipeline::Progress &progress) const;

    core::DataDir m_dataDir;
    core::Profile m_profile;
    QMainWindow *m_window;
    pipeline::WorkerHost *m_worker;
    secrets::SecretStore *m_secrets = nullptr;
    QProgressBar *m_progress;
    QToolButton *m_cancelButton;
    bool m_waitingForKey = false;
    // Since the running job (or its current phase: fetching, then scoring) started; for the ETA.
    QElapsedTimer m_phaseClock;
    int m_lastDone = 0;
    struct Queued {
        pipeline::Job job;
        WithoutKey withoutKey = WithoutKey::Skip;
    };
    QList<Queued> m_queue;
    std::optional<pipeline::Job> m_running; // posted to the worker, key cleared
    std::optional<pipeline::Job> m_keyFor;  // waiting for the keychain or the missing-key question
};

} // namespace pd::ui
