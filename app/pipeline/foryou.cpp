#include "foryou.h"

#include "llm/heuristicscorer.h"
#include "store/database.h"
#include "store/json.h"
#include "store/libraryrepository.h"
#include "store/rankerrepository.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMutex>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pd::pipeline {

namespace {

struct Labels {
    QSet<QString> liked;
    QSet<QString> disliked;
};

// The date a paper was first listed on, for a time split; papers never listed count as old.
const QString firstListed = uR"(COALESCE((SELECT MIN(date) FROM announcements WHERE arxiv_id = %1), ''))"_s;

Labels labels(const store::Database &db, QDate before, const ForYou::Sources &from)
{
    Labels out;
    store::Query q(db.connection(),
                   uR"(
        SELECT arxiv_id, reaction, starred FROM %3 reading_state
        WHERE (reaction <> '' OR starred = 1) AND %1 < :before
        UNION ALL
        SELECT matched, '', 0 FROM %4 library_items WHERE matched IS NOT NULL AND %2 < :before)"_s.arg(
                       firstListed.arg(u"reading_state.arxiv_id"_s),
                       firstListed.arg(u"library_items.matched"_s), from.readingState, from.libraryItems));
    q.bind(u":before"_s, before.isValid() ? before.toString(Qt::ISODate) : u"9999"_s);
    if (!q.exec()) {
        return out;
    }
    while (q.next()) {
        const QString id = q.value(0).toString();
        const QString reaction = q.value(1).toString();
        if (reaction == u"dislike"_s) {
            out.disliked.insert(id);
        } else {
            out.liked.insert(id);
        }
    }
    out.liked.subtract(out.disliked); // a dislike beats a star or a library entry
    return out;
}

// The papers listed on days the user read in, neither liked nor disliked; everything stored when
// the user has read nothing yet (a library import before the first reading).
QStringList seenCandidates(const store::Database &db, const Labels &l, QDate before,
                           const ForYou::Sources &from)
{
    store::Query q(db.connection(), uR"(
        SELECT DISTINCT a.arxiv_id FROM announcements a
        WHERE a.filter_reason = '' AND a.date < :before AND a.date IN (
            SELECT DISTINCT a2.date FROM announcements a2
            JOIN %1 r ON r.arxiv_id = a2.arxiv_id WHERE r.read = 1)
        ORDER BY a.arxiv_id)"_s.arg(from.readingState));
    q.bind(u":before"_s, before.isValid() ? before.toString(Qt::ISODate) : u"9999"_s);
    QStringList ids;
    if (q.exec()) {
        while (q.next()) {
            ids.append(q.value(0).toString());
        }
    }
    if (ids.isEmpty()) {
        store::Query all(db.connection(), uR"(
            SELECT DISTINCT arxiv_id FROM announcements WHERE date < :before ORDER BY arxiv_id)"_s);
        all.bind(u":before"_s, before.isValid() ? before.toString(Qt::ISODate) : u"9999"_s);
        if (all.exec()) {
            while (all.next()) {
                ids.append(all.value(0).toString());
            }
        }
    }
    ids.removeIf([&l](const QString &id) { return l.liked.contains(id) || l.disliked.contains(id); });
    return ids;
}

QList<rank::Document> documents(const store::Database &db, const QStringList &ids)
{
    QList<rank::Document> out;
    out.reserve(ids.size());
    store::Query q(db.connection(), u"SELECT title, abstract, authors FROM papers WHERE arxiv_id = :id"_s);
    for (const QString &id : ids) {
        if (q.bind(u":id"_s, id).exec() && q.next()) {
            out.append(
                {q.value(0).toString(), q.value(1).toString(), store::fromJsonList(q.value(2).toString())});
        }
    }
    return out;
}

QList<rank::Document> corpusSample(const store::Database &db)
{
    store::Query count(db.connection(), u"SELECT COUNT(*) FROM papers"_s);
    const int total = count.exec() && count.next() ? count.value(0).toInt() : 0;
    const int step = std::max(1, (total + ForYou::CorpusSample - 1) / ForYou::CorpusSample);
    store::Query q(db.connection(), u"SELECT title, abstract, authors FROM papers WHERE rowid % :step = 0"_s);
    QList<rank::Document> out;
    if (q.bind(u":step"_s, step).exec()) {
        while (q.next()) {
            out.append(
                {q.value(0).toString(), q.value(1).toString(), store::fromJsonList(q.value(2).toString())});
        }
    }
    return out;
}

void addExamples(QList<rank::Example> &examples, const QList<rank::Document> &docs, bool liked, double weight,
                 const QStringList &labels)
{
    for (qsizetype i = 0; i < docs.size(); ++i) {
        examples.append({docs.at(i), liked, weight, labels.value(i)});
    }
}

struct Cached {
    QString signature;
    QDateTime trainedAt;
    std::shared_ptr<const rank::Ranker> ranker;
    // Scores already computed under this model: a day opened again costs no scoring.
    std::shared_ptr<QHash<QString, std::optional<double>>> scores =
        std::make_shared<QHash<QString, std::optional<double>>>();
};

QMutex cacheMutex;
QHash<QString, Cached> &cache()
{
    static QHash<QString, Cached> models;
    return models;
}

} // namespace

rank::Document ForYou::document(const core::Paper &paper)
{
    return {paper.title, paper.abstract, paper.authors};
}

std::optional<rank::Ranker> ForYou::fit(const store::Database &db, QDate before, ForYouTraining *report)
{
    return fit(db, before, report, Sources{});
}

std::optional<rank::Ranker> ForYou::fit(const store::Database &db, QDate before, ForYouTraining *report,
                                        const Sources &from)
{
    *report = {};
    const Labels l = labels(db, before, from);
    QStringList likedIds = l.liked.values();
    likedIds.sort();
    QStringList dislikedIds = l.disliked.values();
    dislikedIds.sort();

    QList<rank::Example> examples;
    const QList<rank::Document> likedDocs = documents(db, likedIds);
    QStringList likedLabels;
    for (const rank::Document &doc : likedDocs) {
        likedLabels.append(doc.title);
    }
    addExamples(examples, likedDocs, true, 1.0, likedLabels);
    report->likes = static_cast<int>(likedDocs.size());
    for (const store::LibraryItem &item : store::LibraryRepository(db).items()) {
        if (item.matched.isEmpty()) {
            examples.append({{item.title, item.abstract, item.authors}, true, 1.0, item.title});
            ++report->library;
        }
    }
    const QList<rank::Document> dislikedDocs = documents(db, dislikedIds);
    addExamples(examples, dislikedDocs, false, 1.0, {});
    report->dislikes = static_cast<int>(dislikedDocs.size());

    // The weak negatives: a fixed-seed sample, so the same reactions train the same model.
    QStringList seen = seenCandidates(db, l, before, from);
    QRandomGenerator shuffle(20260421);
    std::shuffle(seen.begin(), seen.end(), shuffle);
    const int room = std::max(0, MaxRows - static_cast<int>(examples.size()));
    seen.resize(
        std::min<qsizetype>(seen.size(), std::min(room, WeakPerLike * (report->likes + report->library))));
    const QList<rank::Document> weakDocs = documents(db, seen);
    addExamples(examples, weakDocs, false, 0.3, {});
    report->weak = static_cast<int>(weakDocs.size());

    rank::Ranker ranker;
    if (!ranker.train(examples, corpusSample(db), &report->message)) {
        return std::nullopt;
    }
    report->trained = true;
    return ranker;
}

ForYouTraining ForYou::train(const store::Database &db)
{
    QElapsedTimer clock;
    clock.start();
    store::RankerRepository repository(db);
    const QString signature = repository.signature();
    ForYouTraining report;
    const std::optional<rank::Ranker> ranker = fit(db, {}, &report);
    QString error;
    if (!ranker) {
        repository.clear(&error);
    } else {
        const store::StoredRanker stored{ranker->save(), report.likes + report.library,
                                         report.likes + report.library + report.dislikes + report.weak,
                                         signature, QDateTime::currentDateTimeUtc()};
        if (!repository.save(stored, &error)) {
            report.trained = false;
            report.message = error;
        }
    }
    report.milliseconds = clock.elapsed();
    if (report.trained) {
        report.message = tr("For you learned from %n liked paper(s)", nullptr, report.likes) +
                         tr(", %n library reference(s)", nullptr, report.library) +
                         tr(", %n disliked", nullptr, report.dislikes) +
                         tr(" and %n seen paper(s) in %1 s.", nullptr, report.weak)
                             .arg(QString::number(report.milliseconds / 1000.0, 'f', 1));
    }
    return report;
}

std::optional<core::Topic> ForYou::suggestTopic(const store::Database &db, const core::Profile &profile,
                                                QString *why)
{
    QList<rank::Document> liked;
    QStringList ids = labels(db, {}, Sources{}).liked.values();
    ids.sort();
    liked = documents(db, ids);
    for (const store::LibraryItem &item : store::LibraryRepository(db).items()) {
        if (item.matched.isEmpty()) {
            liked.append({item.title, item.abstract, item.authors});
        }
    }
    // What the topics do not cover, by the offline keyword judge (no key, no cost).
    const llm::HeuristicScorer judge(profile);
    QList<rank::Document> uncovered;
    for (const rank::Document &doc : std::as_const(liked)) {
        core::Paper paper;
        paper.title = doc.title;
        paper.abstract = doc.abstract;
        if (judge.score(paper).relevance < 5) {
            uncovered.append(doc);
        }
    }
    if (uncovered.size() < MinimumCluster) {
        *why = tr("Your topics already cover what you liked (%n paper(s) outside them; a suggestion needs "
                  "%1). Like or star more papers, or import your library.",
                  nullptr, static_cast<int>(uncovered.size()))
                   .arg(MinimumCluster);
        return std::nullopt;
    }
    const std::shared_ptr<const rank::Ranker> ranker = model(db);
    const QStringList terms = (ranker ? *ranker : rank::Ranker()).topTerms(uncovered, 8);
    QStringList words;
    for (const QString &term : terms) {
        if (!term.startsWith(u"author:"_s) && words.size() < 8) {
            words.append(term);
        }
    }
    if (words.isEmpty()) {
        *why = tr("The liked papers outside your topics share no terms to suggest a topic from.");
        return std::nullopt;
    }
    core::Topic topic;
    const auto titleCase = [](QString w) {
        return w.isEmpty() ? w : w.left(1).toUpper() + w.mid(1);
    };
    topic.label = words.mid(0, 2).size() == 2 ? titleCase(words.at(0)) + u" & "_s + words.at(1)
                                              : titleCase(words.at(0));
    topic.id = topic.label.toLower();
    topic.id.replace(QRegularExpression(u"[^a-z0-9]+"_s), u"_"_s);
    topic.description = tr("Papers on %1 (suggested from %n liked paper(s) your topics do not cover)",
                           nullptr, static_cast<int>(uncovered.size()))
                            .arg(words.mid(0, 4).join(u", "_s));
    topic.keep = tr("Papers about %1.").arg(words.join(u", "_s));
    return topic;
}

void ForYou::score(const store::Database &db, store::DayPaperList &rows)
{
    const std::shared_ptr<const rank::Ranker> ranker = model(db);
    if (!ranker) {
        return;
    }
    std::shared_ptr<QHash<QString, std::optional<double>>> scores;
    {
        const QMutexLocker lock(&cacheMutex);
        const auto it = cache().constFind(db.path());
        if (it == cache().cend() || it->ranker != ranker) {
            return;
        }
        scores = it->scores;
    }
    QList<store::DayPaper *> missing;
    {
        const QMutexLocker lock(&cacheMutex);
        for (store::DayPaper &row : rows) {
            const auto found = scores->constFind(row.paper().arxivId);
            if (found != scores->cend()) {
                row.forYou = *found;
            } else {
                missing.append(&row);
            }
        }
    }
    for (store::DayPaper *row : std::as_const(missing)) {
        row->forYou = ranker->score(document(row->paper()));
    }
    const QMutexLocker lock(&cacheMutex);
    for (const store::DayPaper *row : std::as_const(missing)) {
        scores->insert(row->paper().arxivId, row->forYou);
    }
}

bool ForYou::isCurrent(const store::Database &db)
{
    const store::RankerRepository repository(db);
    const std::optional<store::StoredRanker> stamp = repository.stamp();
    const QString signature = repository.signature();
    // No model is current while there is nothing to learn from either.
    return stamp ? stamp->signature == signature : signature.startsWith(u"0/0/0@/"_s);
}

ForYouTraining ForYou::ensureCurrent(const store::Database &db)
{
    if (isCurrent(db)) {
        ForYouTraining report;
        report.trained = model(db) != nullptr;
        return report;
    }
    return train(db);
}

std::shared_ptr<const rank::Ranker> ForYou::model(const store::Database &db)
{
    const std::optional<store::StoredRanker> stamp = store::RankerRepository(db).stamp();
    const QMutexLocker lock(&cacheMutex);
    if (!stamp) {
        cache().remove(db.path());
        return nullptr;
    }
    const auto it = cache().constFind(db.path());
    if (it != cache().cend() && it->trainedAt == stamp->trainedAt && it->signature == stamp->signature) {
        return it->ranker;
    }
    const std::optional<store::StoredRanker> stored = store::RankerRepository(db).load();
    auto ranker = std::make_shared<rank::Ranker>();
    if (!stored || !ranker->load(stored->model)) {
        return nullptr;
    }
    cache().insert(db.path(), {stored->signature, stored->trainedAt, ranker});
    return ranker;
}

} // namespace pd::pipeline
