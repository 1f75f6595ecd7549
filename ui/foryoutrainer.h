#pragma once

#include "pipeline/foryou.h"

#include <QObject>
#include <QString>
#include <QTimer>

class QThread;

namespace pd::ui {

// Retrains the For you ranker on a worker thread (with its own database connection) after the
// user's reactions change: a few seconds after the last like, dislike or star, or at once after a
// library import. One training at a time; changes during one start another when it ends.
class ForYouTrainer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ForYouTrainer)

public:
    explicit ForYouTrainer(QString databasePath, QObject *parent = nullptr);
    ~ForYouTrainer() override;

    void setDelay(int milliseconds) { m_delay.setInterval(milliseconds); }
    // Trains after the delay (restarted by every call).
    void schedule();
    // Trains now, or right after the training under way.
    void trainNow();
    // Trains when the stored model is older than the reactions (at start).
    void trainIfStale();
    bool isTraining() const { return m_thread != nullptr; }

Q_SIGNALS:
    void trained(const pd::pipeline::ForYouTraining &report);

private:
    void start(bool onlyIfStale);
    void finish(const pipeline::ForYouTraining &report, bool ran);

    QString m_path;
    QTimer m_delay;
    QThread *m_thread = nullptr;
    bool m_again = false;
};

} // namespace pd::ui
