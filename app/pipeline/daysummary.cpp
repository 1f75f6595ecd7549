#include "daysummary.h"

#include "core/hotspots.h"
#include "dayview.h"

#include <QSet>

#include <algorithm>

namespace pd::pipeline {

namespace {

bool isHotspot(const store::DayPaper &paper)
{
    if (!paper.showsScore()) {
        return false;
    }
    const QStringList known = core::hotspotTags();
    const QStringList &tags = paper.score->hotspotTags;
    return std::any_of(tags.cbegin(), tags.cend(), [&known](const QString &t) { return known.contains(t); });
}

void addCounts(DaySummary &sum, const DaySummary &day)
{
    sum.total += day.total;
    sum.scanned += day.scanned;
    sum.scored += day.scored;
    sum.stale += day.stale;
    sum.failed += day.failed;
    sum.relevant += day.relevant;
    sum.hotspot += day.hotspot;
    sum.usage += day.usage;
    if (!day.model.isEmpty()) {
        sum.model = day.model; // days are oldest first: the last one wins
    }
}

// Relevant papers of the month, each once, on the first day that listed it.
QList<TopPaper> relevantPapers(const QList<const DayContent *> &days)
{
    QList<TopPaper> out;
    QSet<QString> seen;
    for (const DayContent *day : days) {
        for (const store::DayPaper &p : day->papers) {
            if (!day->isRelevant(p) || seen.contains(p.paper().arxivId)) {
                continue;
            }
            seen.insert(p.paper().arxivId);
            out.append({p.paper().arxivId, p.paper().title, day->date, p.score->relevance, p.score->novelty,
                        p.score->primaryTopic});
        }
    }
    return out;
}

bool better(const TopPaper &a, const TopPaper &b)
{
    if (a.relevance + a.novelty != b.relevance + b.novelty) {
        return a.relevance + a.novelty > b.relevance + b.novelty;
    }
    if (a.relevance != b.relevance) {
        return a.relevance > b.relevance;
    }
    return a.date != b.date ? a.date < b.date : a.arxivId < b.arxivId;
}

void addTopics(MonthSummary &summary, QList<TopPaper> papers, int topPerTopic)
{
    std::sort(papers.begin(), papers.end(), better);
    QHash<QString, int> counts;
    for (const TopPaper &p : std::as_const(papers)) {
        if (++counts[p.primaryTopic] <= topPerTopic) {
            summary.topByTopic[p.primaryTopic].append(p);
        }
    }
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        summary.topics.append({it.key(), it.value()});
    }
    std::sort(summary.topics.begin(), summary.topics.end(), [](const TopicCount &a, const TopicCount &b) {
        return a.count != b.count ? a.count > b.count : a.topicId < b.topicId;
    });
}

} // namespace

DaySummary summarize(const DayContent &content)
{
    DaySummary s;
    s.date = content.date;
    if (content.info) {
        s.state = content.info->state;
        s.source = content.info->source;
        s.failure = content.info->failure;
    }
    s.total = content.total();
    s.scanned = content.scanned();
    s.stale = content.count(core::PaperState::Stale);
    s.scored = content.count(core::PaperState::Scored) + s.stale;
    s.failed = content.count(core::PaperState::Failed);
    s.relevant = content.relevant();
    s.hotspot = static_cast<int>(std::count_if(content.papers.cbegin(), content.papers.cend(), isHotspot));
    s.unread = static_cast<int>(
        std::count_if(content.papers.cbegin(), content.papers.cend(), [](const store::DayPaper &p) {
            return p.state != core::PaperState::Filtered && !p.reading.read;
        }));
    s.usage = content.usage;
    s.interrupted = content.interrupted();
    s.waitingForBatch = content.waitingForBatch;
    const bool spent = content.usage.requests > 0 || content.usage.totalTokens() > 0;
    s.model = spent || s.scored > 0 ? content.model : QString();
    return s;
}

MonthSummary summarizeMonth(QDate month, const QList<const DayContent *> &days, int topPerTopic)
{
    MonthSummary summary;
    if (!month.isValid()) {
        return summary;
    }
    summary.month = QDate(month.year(), month.month(), 1);
    summary.totals.date = summary.month;
    for (const DayContent *day : days) {
        summary.days.append(summarize(*day));
        addCounts(summary.totals, summary.days.constLast());
    }
    addTopics(summary, relevantPapers(days), topPerTopic);
    return summary;
}

} // namespace pd::pipeline
