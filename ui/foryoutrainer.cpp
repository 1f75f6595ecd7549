#include "foryoutrainer.h"

#include "store/database.h"

#include <QThread>

namespace pd::ui {

ForYouTrainer::ForYouTrainer(QString databasePath, QObject *parent)
    : QObject(parent)
    , m_path(std::move(databasePath))
{
    m_delay.setSingleShot(true);
    m_delay.setInterval(3000);
    connect(&m_delay, &QTimer::timeout, this, [this] { start(false); });
}

ForYouTrainer::~ForYouTrainer()
{
    if (m_thread) {
        m_thread->wait(); // a training takes seconds; its result is stored either way
    }
}

void ForYouTrainer::schedule()
{
    m_delay.start();
}

void ForYouTrainer::trainNow()
{
    m_delay.stop();
    start(false);
}

void ForYouTrainer::trainIfStale()
{
    start(true);
}

void ForYouTrainer::start(bool onlyIfStale)
{
    if (m_thread) {
        m_again = true;
        return;
    }
    m_thread = QThread::create([this, path = m_path, onlyIfStale] {
        store::Database db(path);
        QString error;
        pipeline::ForYouTraining report;
        bool ran = false;
        if (!db.open(&error)) {
            report.message = error;
        } else if (!onlyIfStale || !pipeline::ForYou::isCurrent(db)) {
            report = pipeline::ForYou::train(db);
            ran = true;
        }
        QMetaObject::invokeMethod(
            this, [this, report, ran] { finish(report, ran); }, Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("paperdesk-foryou"));
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    m_thread->start(QThread::LowPriority);
}

void ForYouTrainer::finish(const pipeline::ForYouTraining &report, bool ran)
{
    m_thread->wait();
    m_thread = nullptr;
    if (ran) {
        Q_EMIT trained(report);
    }
    if (std::exchange(m_again, false)) {
        start(false);
    }
}

} // namespace pd::ui
