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

QJsonObject item(const Digest &d, const store::DayPaper &row)
{
    const core::Paper &p = row.paper();
    const QString status = Digest::statusOf(row);
    const bool scored = status == u"scored";
    // A filtered paper's score, if an earlier listing had one, is not what this day shows.
    const core::Score s = row.score && !row.isFiltered() ? *row.score : core::Score();
    QString failure;
    if (row.isFiltered()) {
        failure = row.listing.filterReason;
    } else if (status == u"failed") {
        failure = s.failure;
    }
    return {
        {u"arxivId"_s, p.arxivId},
        {u"version"_s, p.version},
        {u"title"_s, p.title},
        {u"authors"_s, QJsonArray::fromStringList(p.authors)},
        {u"abstract"_s, p.abstract},
        {u"categories"_s, QJsonArray::fromStringList(p.categories)},
        {u"announceType"_s, core::announceTypeName(row.listing.type)},
        {u"status"_s, status},
        {u"failure"_s, failure},
        // Untranslated: which kind of judge made the score, for tools; null when nothing scored it.
        {u"scorer"_s,
         scored ? QJsonValue(s.heuristic ? u"heuristic"_s : u"llm"_s) : QJsonValue(QJsonValue::Null)},
        {u"relevance"_s, scored ? QJsonValue(s.relevance) : QJsonValue(QJsonValue::Null)},
        {u"novelty"_s, scored ? QJsonValue(s.novelty) : QJsonValue(QJsonValue::Null)},
        {u"relevant"_s, d.isRelevant(row)},
        {u"primaryTopic"_s, s.primaryTopic},
        {u"matchedTopics"_s, QJsonArray::fromStringList(s.matchedTopics)},
        {u"comment"_s, s.comment},
        {u"topicMatch"_s, s.topicMatch},
        {u"hotspotTags"_s, QJsonArray::fromStringList(s.hotspotTags)},
        {u"hotspotComment"_s, s.hotspotComment},
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
                                  {u"failed"_s, qint64(d.failed.size())}}},
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
