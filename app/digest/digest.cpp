#include "digest.h"

#include "core/hotspots.h"
#include "pipeline/dayview.h"
#include "store/database.h"
#include "store/dayrepository.h"
#include "store/runrepository.h"
#include "store/scorerepository.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pd::digest {

int Digest::scanned() const
{
    return int(std::count_if(papers.cbegin(), papers.cend(),
                             [](const store::DayPaper &p) { return !p.isFiltered(); }));
}

int Digest::relevant() const
{
    return int(std::count_if(papers.cbegin(), papers.cend(),
                             [this](const store::DayPaper &p) { return isRelevant(p); }));
}

bool Digest::isRelevant(const store::DayPaper &paper) const
{
    return pipeline::DayView::isRelevant(paper, {minRelevance, minNovelty});
}

QString Digest::statusOf(const store::DayPaper &paper)
{
    return core::paperStateName(paper.state);
}

int MonthDigest::total() const
{
    int n = 0;
    for (const Digest &d : days) {
        n += d.total();
    }
    return n;
}

int MonthDigest::scanned() const
{
    int n = 0;
    for (const Digest &d : days) {
        n += d.scanned();
    }
    return n;
}

int MonthDigest::relevant() const
{
    int n = 0;
    for (const Digest &d : days) {
        n += d.relevant();
    }
    return n;
}

int MonthDigest::failed() const
{
    int n = 0;
    for (const Digest &d : days) {
        n += int(d.failed.size());
    }
    return n;
}

core::Usage MonthDigest::usage() const
{
    core::Usage sum;
    for (const Digest &d : days) {
        sum += d.usage;
    }
    return sum;
}

QList<TopicGroup> MonthDigest::topics() const
{
    QList<TopicGroup> groups;
    QHash<QString, qsizetype> index;
    for (const Digest &d : days) {
        for (const TopicGroup &g : d.topics) {
            auto it = index.constFind(g.id);
            if (it == index.cend()) {
                it = index.insert(g.id, groups.size());
                groups.append({g.id, g.label, {}});
            }
            groups[*it].papers.append(g.papers);
        }
    }
    for (TopicGroup &g : groups) {
        DigestBuilder::sortBest(g.papers);
    }
    return groups;
}

QDate MonthDigest::dayOf(const QString &arxivId) const
{
    for (const Digest &d : days) {
        for (const store::DayPaper &p : d.papers) {
            if (p.paper().arxivId == arxivId && d.isRelevant(p)) {
                return d.date;
            }
        }
    }
    return {};
}

void DigestBuilder::sortBest(store::DayPaperList &papers)
{
    std::stable_sort(papers.begin(), papers.end(), [](const store::DayPaper &a, const store::DayPaper &b) {
        const int ta = a.score ? a.score->total() : 0;
        const int tb = b.score ? b.score->total() : 0;
        if (ta != tb) {
            return ta > tb;
        }
        return (a.score ? a.score->relevance : 0) > (b.score ? b.score->relevance : 0);
    });
}

bool DigestBuilder::isHotspot(const store::DayPaper &paper)
{
    if (!paper.showsScore()) {
        return false;
    }
    const QStringList &tags = paper.score->hotspotTags;
    const QStringList known = core::hotspotTags();
    return std::any_of(tags.cbegin(), tags.cend(), [&known](const QString &t) { return known.contains(t); });
}

QList<TopicGroup> DigestBuilder::groupByTopic(const Digest &digest, const core::Profile &profile)
{
    QList<TopicGroup> groups;
    QHash<QString, qsizetype> index;
    for (const core::Topic &t : profile.topics) {
        index.insert(t.id, groups.size());
        groups.append({t.id, t.label, {}});
    }
    for (const store::DayPaper &p : digest.papers) {
        if (!digest.isRelevant(p)) {
            continue;
        }
        const QString &id = p.score->primaryTopic;
        auto it = index.constFind(id);
        if (it == index.cend()) {
            // A topic the profile no longer has (or none at all): still shown, under its id.
            it = index.insert(id, groups.size());
            groups.append({id, id.isEmpty() ? tr("Other") : id, {}});
        }
        groups[*it].papers.append(p);
    }
    for (TopicGroup &g : groups) {
        sortBest(g.papers);
    }
    return groups;
}

std::optional<Digest> DigestBuilder::day(const store::Database &db, QDate date, const core::Profile &profile,
                                         QString *error, const core::AnnouncementCalendar &calendar)
{
    const std::optional<core::DayInfo> info = store::DayRepository(db).find(date);
    QString problem;
    if (!date.isValid()) {
        problem = tr("No date given.");
    } else if (!info) {
        problem = tr("%1 is not in the database; fetch it first.").arg(date.toString(Qt::ISODate));
    } else if (info->state != core::DayInfo::State::Fetched) {
        problem = tr("%1 has no digest: the day is %2%3.")
                      .arg(date.toString(Qt::ISODate), core::dayStateName(info->state),
                           info->failure.isEmpty() ? QString() : u" ("_s + info->failure + u')');
    }
    if (!problem.isEmpty()) {
        if (error) {
            *error = problem;
        }
        return std::nullopt;
    }

    Digest d;
    d.date = date;
    d.day = *info;
    d.previousDay = calendar.previous(date);
    d.nextDay = calendar.next(date);
    d.minRelevance = profile.thresholds.relevance;
    d.minNovelty = profile.thresholds.novelty;
    // What the day shows is pipeline::DayView's to decide, for the reader and every export alike.
    const pipeline::DayContent content = pipeline::DayView(db, profile).day(date);
    d.fingerprint = content.fingerprint;
    d.papers = content.papers;
    d.usage = content.usage; // everything spent on the day, every run
    const bool heuristicProfile = profile.model.provider == core::Profile::Provider::Heuristic;
    d.heuristic = heuristicProfile || content.heuristicOnly();
    d.heuristicFallback = !heuristicProfile && content.heuristicOnly();
    // The model id, never a translated description: tools read it, `scorer` says how it scored.
    d.model = d.heuristic ? core::HeuristicModelId : content.model;
    d.stale = content.count(core::PaperState::Stale);

    d.topics = groupByTopic(d, profile);
    for (const store::DayPaper &p : std::as_const(d.papers)) {
        if (p.state == core::PaperState::Unscored) {
            ++d.unscored;
        } else if (p.state == core::PaperState::Failed) {
            d.failed.append(p);
        } else if (isHotspot(p)) {
            d.hotspots.append(p);
        }
    }
    sortBest(d.hotspots);
    const QPair<QString, QString> prompts = store::ScoreRepository(db).promptsOf(d.fingerprint);
    d.systemPrompt = prompts.first;
    d.userPrompt = prompts.second;
    return d;
}

std::optional<MonthDigest> DigestBuilder::month(const store::Database &db, QDate anyDay,
                                                const core::Profile &profile, QString *error,
                                                const core::AnnouncementCalendar &calendar)
{
    if (!anyDay.isValid()) {
        if (error) {
            *error = tr("No month given.");
        }
        return std::nullopt;
    }
    MonthDigest m;
    m.month = QDate(anyDay.year(), anyDay.month(), 1);
    const QDate last = m.month.addMonths(1).addDays(-1);
    m.known = store::DayRepository(db).list(m.month, last);
    for (QDate d = m.month; d <= last; d = d.addDays(1)) {
        if (calendar.isHoliday(d)) {
            m.holidays.insert(d);
        }
    }
    for (const core::DayInfo &info : std::as_const(m.known)) {
        if (info.state != core::DayInfo::State::Fetched) {
            continue;
        }
        if (std::optional<Digest> d = day(db, info.date, profile, nullptr, calendar)) {
            m.days.append(std::move(*d));
        }
    }
    if (m.days.isEmpty()) {
        if (error) {
            *error = tr("No fetched day in %1; fetch a day of that month first.")
                         .arg(m.month.toString(u"yyyy-MM"_s));
        }
        return std::nullopt;
    }
    return m;
}

} // namespace pd::digest
