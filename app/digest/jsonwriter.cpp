#include "jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace pd::digest {

namespace {

QJsonValue money(std::optional<double> value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonObject usage(const core::Usage &u)
{
    return {
        {u"promptTokens"_s, u.promptTokens},
        {u"completionTokens"_s, u.completionTokens},
        {u"totalTokens"_s, u.totalTokens()},
        {u"cachedTokens"_s, u.cachedTokens},
        {u"cacheWriteTokens"_s, u.cacheWriteTokens},
        {u"reasoningTokens"_s, u.reasoningTokens},
        {u"requests"_s, u.requests},
        {u"cost"_s, QJsonObject{{u"prompt"_s, money(u.promptCost)},
                                {u"completion"_s, money(u.completionCost)},
                                {u"total"_s, money(u.totalCost())}}},
    };
}

QJsonValue orNull(bool present, const QJsonValue &value)
{
    return present ? value : QJsonValue(QJsonValue::Null);
}

// The model whose score the row shows: the earlier one for a stale score, the run's otherwise.
QString scoredModel(const Digest &d, const store::DayPaper &row)
{
    if (row.state == core::PaperState::Stale) {
        return row.staleModel;
    }
    return row.score->heuristic ? core::HeuristicModelId : d.model;
}

QJsonObject item(const Digest &d, const store::DayPaper &row)
{
    const core::Paper &p = row.paper();
    const bool shown = row.showsScore();
    const core::Score s = shown || row.state == core::PaperState::Failed ? *row.score : core::Score();
    QString failure;
    if (row.state == core::PaperState::Filtered) {
        failure = row.listing.filterReason;
    } else if (row.state == core::PaperState::Failed) {
        failure = s.failure;
    } else if (row.state == core::PaperState::Stale) {
        failure = row.currentFailure; // the current settings failed; the earlier scores stand
    }
    return {
        {u"arxivId"_s, p.arxivId},
        {u"version"_s, p.version},
        {u"title"_s, p.title},
        {u"authors"_s, QJsonArray::fromStringList(p.authors)},
        {u"abstract"_s, p.abstract},
        {u"categories"_s, QJsonArray::fromStringList(p.categories)},
        {u"announceType"_s, core::announceTypeName(row.listing.type)},
        {u"arxivComment"_s, p.comments},
        {u"journalRef"_s, p.journalRef},
        {u"doi"_s, p.doi},
        {u"license"_s, p.license},
        {u"status"_s, Digest::statusOf(row)},
        {u"failure"_s, failure},
        // Untranslated: which kind of judge made the score, for tools; null when nothing scored it.
        {u"scorer"_s, orNull(shown, s.heuristic ? u"heuristic"_s : u"llm"_s)},
        {u"scoredModel"_s, orNull(shown, shown ? scoredModel(d, row) : QString())},
        {u"scoredAt"_s, orNull(shown && s.scoredAt.isValid(), s.scoredAt.toUTC().toString(Qt::ISODate))},
        {u"relevance"_s, orNull(shown, s.relevance)},
        {u"novelty"_s, orNull(shown, s.novelty)},
        {u"relevant"_s, d.isRelevant(row)},
        {u"primaryTopic"_s, s.primaryTopic},
        {u"matchedTopics"_s, QJsonArray::fromStringList(s.matchedTopics)},
        {u"comment"_s, s.comment},
        {u"topicMatch"_s, s.topicMatch},
        {u"hotspotTags"_s, QJsonArray::fromStringList(s.hotspotTags)},
        {u"hotspotComment"_s, s.hotspotComment},
        {u"forYou"_s, row.forYou ? QJsonValue(*row.forYou) : QJsonValue(QJsonValue::Null)},
    };
}

} // namespace

QJsonObject JsonWriter::day(const Digest &d)
{
    QJsonArray topics;
    for (const TopicGroup &g : d.topics) {
        topics.append(
            QJsonObject{{u"id"_s, g.id}, {u"label"_s, g.label}, {u"count"_s, qint64(g.papers.size())}});
    }
    QJsonArray items;
    for (const store::DayPaper &row : d.papers) {
        items.append(item(d, row));
    }
    return {
        {u"date"_s, d.date.toString(Qt::ISODate)},
        {u"model"_s, d.model},
        {u"scorer"_s, d.heuristic ? u"heuristic"_s : u"llm"_s},
        {u"usage"_s, usage(d.usage)},
        {u"papers"_s, QJsonObject{{u"total"_s, d.total()},
                                  {u"scanned"_s, d.scanned()},
                                  {u"relevant"_s, d.relevant()},
                                  {u"failed"_s, qint64(d.failed.size())},
                                  {u"stale"_s, d.stale}}},
        {u"topics"_s, topics},
        {u"items"_s, items},
    };
}

QJsonObject JsonWriter::month(const MonthDigest &m)
{
    QJsonArray days;
    for (const Digest &d : m.days) {
        days.append(day(d));
    }
    return {{u"month"_s, m.month.toString(u"yyyy-MM"_s)}, {u"days"_s, days}};
}

QByteArray JsonWriter::toBytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

} // namespace pd::digest
