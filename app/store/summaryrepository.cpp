#include "summaryrepository.h"

#include "database.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pd::store {

namespace {

// CROSS JOIN keeps announcements as the outer loop: the range of dates picks a few thousand
// listings, each finding its score by primary key. Left to itself, SQLite would walk every score of
// the fingerprint (its index) and look each paper's listings up: 20-40 times slower on 100,000 papers.

// Per-day counts over scanned papers, and per-day usage over runs, joined onto the days table.
// The costs come with enough detail to reproduce core::Usage's addition, where a run that spent
// nothing never makes the sum unknown: a NULL cost of a run that did spend something does.
const QString daysSql = uR"(
    WITH counts AS (
        SELECT a.date AS date,
               SUM(s.status = 'scored') AS scored,
               SUM(s.status = 'failed') AS failed,
               SUM(s.status = 'scored' AND s.relevance >= :minRelevance AND s.novelty >= :minNovelty)
                   AS relevant,
               SUM(s.status = 'scored' AND s.hotspot_tags <> '[]'
                   AND CASE WHEN json_valid(s.hotspot_tags) THEN json_array_length(s.hotspot_tags) > 0
                            ELSE 0 END) AS hotspot
        FROM announcements a
        CROSS JOIN scores s ON s.arxiv_id = a.arxiv_id AND s.fingerprint = :fingerprint
        WHERE a.date BETWEEN :from AND :to AND a.filter_reason = ''
        GROUP BY a.date),
    spent AS (
        SELECT date, COUNT(*) AS runs,
               SUM(requests) AS requests, SUM(prompt_tokens) AS prompt_tokens,
               SUM(completion_tokens) AS completion_tokens, SUM(cached_tokens) AS cached_tokens,
               SUM(reasoning_tokens) AS reasoning_tokens,
               SUM(requests > 0 OR prompt_tokens + completion_tokens > 0) AS busy_runs,
               SUM(prompt_cost) AS prompt_cost, MAX(prompt_cost IS NULL) AS prompt_unknown,
               SUM(completion_cost) AS completion_cost, MAX(completion_cost IS NULL) AS completion_unknown,
               MAX((requests > 0 OR prompt_tokens + completion_tokens > 0) AND prompt_cost IS NULL)
                   AS busy_prompt_unknown,
               MAX((requests > 0 OR prompt_tokens + completion_tokens > 0) AND completion_cost IS NULL)
                   AS busy_completion_unknown,
               SUM(CASE WHEN requests > 0 OR prompt_tokens + completion_tokens > 0 THEN prompt_cost END)
                   AS busy_prompt_cost,
               SUM(CASE WHEN requests > 0 OR prompt_tokens + completion_tokens > 0 THEN completion_cost END)
                   AS busy_completion_cost,
               MAX(id) AS latest_run
        FROM runs
        WHERE date BETWEEN :from AND :to
        GROUP BY date)
    SELECT d.date, d.state, d.source, d.total, d.scanned, d.failure,
           IFNULL(c.scored, 0), IFNULL(c.failed, 0), IFNULL(c.relevant, 0), IFNULL(c.hotspot, 0),
           IFNULL(u.runs, 0), IFNULL(u.requests, 0), IFNULL(u.prompt_tokens, 0),
           IFNULL(u.completion_tokens, 0), IFNULL(u.cached_tokens, 0), IFNULL(u.busy_runs, 0),
           u.prompt_cost, u.prompt_unknown, u.completion_cost, u.completion_unknown,
           u.busy_prompt_cost, u.busy_prompt_unknown, u.busy_completion_cost, u.busy_completion_unknown,
           (SELECT r.model FROM runs r WHERE r.id = u.latest_run), IFNULL(u.reasoning_tokens, 0)
    FROM days d
    LEFT JOIN counts c ON c.date = d.date
    LEFT JOIN spent u ON u.date = d.date
    WHERE d.date BETWEEN :from AND :to
    ORDER BY d.date)"_s;

// Relevant papers of the month, each once (on the first day that listed it), ranked within their
// primary topic; the topic's size rides along so one statement gives coverage and top papers.
const QString topicsSql = uR"(
    WITH relevant AS (
        SELECT a.arxiv_id AS arxiv_id, MIN(a.date) AS date, s.relevance AS relevance,
               s.novelty AS novelty, s.primary_topic AS topic
        FROM announcements a
        CROSS JOIN scores s ON s.arxiv_id = a.arxiv_id AND s.fingerprint = :fingerprint
        WHERE a.date BETWEEN :from AND :to AND a.filter_reason = '' AND s.status = 'scored'
          AND s.relevance >= :minRelevance AND s.novelty >= :minNovelty
        GROUP BY a.arxiv_id),
    ranked AS (
        SELECT arxiv_id, date, relevance, novelty, topic,
               ROW_NUMBER() OVER (PARTITION BY topic
                                  ORDER BY relevance + novelty DESC, relevance DESC, date, arxiv_id) AS rank,
               COUNT(*) OVER (PARTITION BY topic) AS topic_size
        FROM relevant)
    SELECT r.topic, r.topic_size, r.rank, r.arxiv_id, p.title, r.date, r.relevance, r.novelty
    FROM ranked r
    JOIN papers p ON p.arxiv_id = r.arxiv_id
    WHERE r.rank <= :keep
    ORDER BY r.topic_size DESC, r.topic, r.rank)"_s;

std::optional<double> costOf(const Query &q, int runs, int busyRuns, int sumColumn, int busySumColumn)
{
    // Columns: sum, unknown flag; the busy pair follows the same layout.
    if (runs == 0) {
        return std::nullopt;
    }
    const int column = busyRuns > 0 ? busySumColumn : sumColumn;
    if (q.value(column + 1).toInt() != 0 || q.value(column).isNull()) {
        return std::nullopt;
    }
    return q.value(column).toDouble();
}

DaySummary daySummaryFromRow(const Query &q)
{
    DaySummary d;
    d.date = QDate::fromString(q.value(0).toString(), Qt::ISODate);
    d.state = core::dayStateFromName(q.value(1).toString());
    d.source = core::daySourceFromName(q.value(2).toString());
    d.total = q.value(3).toInt();
    d.scanned = q.value(4).toInt();
    d.failure = q.value(5).toString();
    d.scored = q.value(6).toInt();
    d.failed = q.value(7).toInt();
    d.relevant = q.value(8).toInt();
    d.hotspot = q.value(9).toInt();
    const int runs = q.value(10).toInt();
    d.usage.requests = q.value(11).toLongLong();
    d.usage.promptTokens = q.value(12).toLongLong();
    d.usage.completionTokens = q.value(13).toLongLong();
    d.usage.cachedTokens = q.value(14).toLongLong();
    const int busyRuns = q.value(15).toInt();
    d.usage.promptCost = costOf(q, runs, busyRuns, 16, 20);
    d.usage.completionCost = costOf(q, runs, busyRuns, 18, 22);
    d.model = q.value(24).toString();
    d.usage.reasoningTokens = q.value(25).toLongLong();
    return d;
}

QString isoDate(QDate date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

SummaryRepository::SummaryRepository(const Database &db)
    : m_db(db)
{}

DaySummary SummaryRepository::day(QDate date, const QString &fingerprint, int minRelevance,
                                  int minNovelty) const
{
    const QList<DaySummary> found = days(date, date, fingerprint, minRelevance, minNovelty);
    if (!found.isEmpty()) {
        return found.first();
    }
    DaySummary unknown;
    unknown.date = date;
    return unknown;
}

QList<DaySummary> SummaryRepository::days(QDate from, QDate to, const QString &fingerprint, int minRelevance,
                                          int minNovelty) const
{
    QList<DaySummary> out;
    if (!from.isValid() || !to.isValid() || from > to) {
        return out;
    }
    Query q(m_db.connection(), daysSql);
    q.bind(u":from"_s, isoDate(from))
        .bind(u":to"_s, isoDate(to))
        .bind(u":fingerprint"_s, fingerprint)
        .bind(u":minRelevance"_s, minRelevance)
        .bind(u":minNovelty"_s, minNovelty);
    if (!q.exec()) {
        return out;
    }
    while (q.next()) {
        out.append(daySummaryFromRow(q));
    }
    return out;
}

MonthSummary SummaryRepository::month(QDate anyDayInMonth, const QString &fingerprint, int minRelevance,
                                      int minNovelty, int topPerTopic) const
{
    MonthSummary summary;
    if (!anyDayInMonth.isValid()) {
        return summary;
    }
    summary.month = QDate(anyDayInMonth.year(), anyDayInMonth.month(), 1);
    summary.totals.date = summary.month;
    summary.days =
        days(summary.month, summary.month.addMonths(1).addDays(-1), fingerprint, minRelevance, minNovelty);
    DaySummary &t = summary.totals;
    for (const DaySummary &d : std::as_const(summary.days)) {
        t.total += d.total;
        t.scanned += d.scanned;
        t.scored += d.scored;
        t.failed += d.failed;
        t.relevant += d.relevant;
        t.hotspot += d.hotspot;
        t.usage += d.usage;
        if (!d.model.isEmpty()) {
            t.model = d.model; // days are oldest first: the last one wins
        }
    }
    addTopics(summary, fingerprint, minRelevance, minNovelty, topPerTopic);
    return summary;
}

void SummaryRepository::addTopics(MonthSummary &summary, const QString &fingerprint, int minRelevance,
                                  int minNovelty, int topPerTopic) const
{
    Query q(m_db.connection(), topicsSql);
    // At least one row per topic must come back, or a topic's count would be lost.
    q.bind(u":from"_s, isoDate(summary.month))
        .bind(u":to"_s, isoDate(summary.month.addMonths(1).addDays(-1)))
        .bind(u":fingerprint"_s, fingerprint)
        .bind(u":minRelevance"_s, minRelevance)
        .bind(u":minNovelty"_s, minNovelty)
        .bind(u":keep"_s, std::max(topPerTopic, 1));
    if (!q.exec()) {
        return;
    }
    while (q.next()) {
        const QString topic = q.value(0).toString();
        if (q.value(2).toInt() == 1) {
            summary.topics.append({topic, q.value(1).toInt()});
        }
        if (q.value(2).toInt() > topPerTopic) {
            continue;
        }
        TopPaper p;
        p.primaryTopic = topic;
        p.arxivId = q.value(3).toString();
        p.title = q.value(4).toString();
        p.date = QDate::fromString(q.value(5).toString(), Qt::ISODate);
        p.relevance = q.value(6).toInt();
        p.novelty = q.value(7).toInt();
        summary.topByTopic[topic].append(p);
    }
}

} // namespace pd::store
