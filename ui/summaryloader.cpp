#include "summaryloader.h"

#include "pipeline/summarycache.h"
#include "store/database.h"

namespace pd::ui {

// What the loader's thread owns: its own database object (and so its own connection) and the cache.
struct SummaryLoader::State {
    State(const QString &path, const core::Profile &profile)
        : db(path)
        , cache(db, profile)
    {}
    store::Database db;
    pipeline::SummaryCache cache;
};

SummaryLoader::SummaryLoader(const QString &databasePath, const core::Profile &profile, QObject *parent)
    : QObject(parent)
    , m_context(new QObject)
    , m_thresholds(profile.thresholds)
{
    m_thread.setObjectName(QStringLiteral("paperdesk-summaries"));
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
    onThread([databasePath, profile](std::unique_ptr<State> &state) {
        state = std::make_unique<State>(databasePath, profile);
    });
}

SummaryLoader::~SummaryLoader()
{
    // The cache and its connection go on their own thread, after the work queued before.
    onThread([](std::unique_ptr<State> &state) {
        state.reset();
        QThread::currentThread()->quit();
    });
    m_thread.wait();
}

template<typename Work>
void SummaryLoader::onThread(Work work)
{
    QMetaObject::invokeMethod(
        m_context, [state = &m_state, work]() mutable { work(*state); }, Qt::QueuedConnection);
}

void SummaryLoader::setProfile(const core::Profile &profile)
{
    m_thresholds = profile.thresholds;
    onThread([profile](std::unique_ptr<State> &state) { state->cache.setProfile(profile); });
    askDays(true);
    askMonth(true);
}

void SummaryLoader::setThresholds(const core::Profile::Thresholds &thresholds)
{
    if (thresholds == m_thresholds) {
        return;
    }
    m_thresholds = thresholds;
    askDays(false); // recounted from what the cache holds
    askMonth(false);
}

void SummaryLoader::forget(QDate date)
{
    onThread([date](std::unique_ptr<State> &state) { state->cache.forget(date); });
    if (date >= m_from && date <= m_to) {
        askDays(false);
    }
    if (m_month.isValid() && date.year() == m_month.year() && date.month() == m_month.month()) {
        askMonth(false);
    }
}

void SummaryLoader::requestDays(QDate from, QDate to)
{
    m_from = from;
    m_to = to;
    askDays(true);
}

void SummaryLoader::requestMonth(QDate anyDay)
{
    m_month = anyDay.isValid() ? QDate(anyDay.year(), anyDay.month(), 1) : QDate();
    askMonth(true);
}

void SummaryLoader::askDays(bool reread)
{
    if (!m_from.isValid() || !m_to.isValid()) {
        return;
    }
    const qint64 asked = ++m_daysAsked;
    const QDate from = m_from;
    const QDate to = m_to;
    const core::Profile::Thresholds thresholds = m_thresholds;
    // The answer is posted to the loader, which outlives the thread (its destructor joins it).
    onThread([this, reread, from, to, thresholds, asked](std::unique_ptr<State> &state) {
        if (reread) {
            state->cache.forget(from, to); // another process may have scored these days
        }
        const QList<pipeline::DaySummary> days = state->cache.days(from, to, thresholds);
        QMetaObject::invokeMethod(
            this,
            [this, asked, days] {
                m_daysAnswered = std::max(m_daysAnswered, asked);
                if (asked == m_daysAsked) {
                    Q_EMIT daysReady(days);
                }
            },
            Qt::QueuedConnection);
    });
}

void SummaryLoader::askMonth(bool reread)
{
    if (!m_month.isValid()) {
        return;
    }
    const qint64 asked = ++m_monthAsked;
    const QDate month = m_month;
    const core::Profile::Thresholds thresholds = m_thresholds;
    onThread([this, reread, month, thresholds, asked](std::unique_ptr<State> &state) {
        if (reread) {
            state->cache.forget(month, month.addMonths(1).addDays(-1));
        }
        const pipeline::MonthSummary summary = state->cache.month(month, thresholds);
        QMetaObject::invokeMethod(
            this,
            [this, asked, summary] {
                m_monthAnswered = std::max(m_monthAnswered, asked);
                if (asked == m_monthAsked) {
                    Q_EMIT monthReady(summary);
                }
            },
            Qt::QueuedConnection);
    });
}

} // namespace pd::ui
