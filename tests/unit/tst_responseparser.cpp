#include "fixtures.h"
#include "llm/responseparser.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using pd::core::Score;
using pd::llm::ParsedReply;
using pd::llm::ResponseParser;

namespace {

const QString idA = u"2604.17177"_s;
const QString idB = u"2604.16809"_s;
const QString idC = u"2604.16988"_s;

QStringList topicIds()
{
    return {u"architecture_training"_s, u"efficiency_scaling"_s, u"representation_structure"_s,
            u"memory_systems"_s, u"world_models_open_ended_rl"_s};
}

ResponseParser parser()
{
    return ResponseParser(topicIds());
}

QString readText(const QString &name)
{
    QFile f(pd::test::dataFile(u"llm/"_s + name));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// A valid answer for `id` in the requested shape.
QJsonObject paperObject(const QString &id, int relevance = 8, int novelty = 7)
{
    return QJsonObject{
        {u"ARXIVID"_s, id},
        {u"COMMENT"_s, QString(u"Comment on "_s + id)},
        {u"RELEVANCE"_s, relevance},
        {u"NOVELTY"_s, novelty},
        {u"PRIMARY_TOPIC_ID"_s, u"architecture_training"_s},
        {u"MATCHED_TOPIC_IDS"_s, QJsonArray{u"architecture_training"_s}},
        {u"TOPIC_MATCH_COMMENT"_s, u"Fits the topic."_s},
        {u"HOTSPOT_PAPER_TAGS"_s, QJsonArray{}},
        {u"HOTSPOT_PAPER_COMMENT"_s, u""_s},
    };
}

// `object` with `key` set to `value`, or removed when `value` is undefined.
QJsonObject with(QJsonObject object, const QString &key, const QJsonValue &value)
{
    if (value.isUndefined()) {
        object.remove(key);
    } else {
        object.insert(key, value);
    }
    return object;
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString indented(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

QString jsonl(const QList<QJsonObject> &objects)
{
    QStringList lines;
    for (const QJsonObject &o : objects) {
        lines.append(compact(o));
    }
    return lines.join(u'\n') + u'\n';
}

QStringList idsOf(const QList<Score> &scores)
{
    QStringList ids;
    for (const Score &s : scores) {
        ids.append(s.arxivId);
    }
    return ids;
}

// The ids a 25-paper fixture answers, in order.
QStringList idsInReply(const QString &reply)
{
    QStringList ids;
    const QStringList lines = reply.split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        ids.append(QJsonDocument::fromJson(line.toUtf8()).object().value(u"ARXIVID"_s).toString());
    }
    return ids;
}

// What must hold for any reply: every expected id lands in exactly one of scores, rejected and
// missing, and every accepted score is one the reader can trust.
void checkInvariants(const ParsedReply &r, const QStringList &expected)
{
    QSet<QString> placed;
    const QStringList topics = topicIds();
    for (const Score &s : r.scores) {
        QVERIFY2(expected.contains(s.arxivId), qPrintable(s.arxivId));
        QVERIFY2(!placed.contains(s.arxivId), qPrintable(s.arxivId));
        placed.insert(s.arxivId);
        QCOMPARE(s.status, Score::Status::Scored);
        QVERIFY(s.fingerprint.isEmpty());
        QVERIFY(s.relevance >= 1 && s.relevance <= 10);
        QVERIFY(s.novelty >= 1 && s.novelty <= 10);
        QVERIFY(topics.contains(s.primaryTopic));
        QVERIFY(s.matchedTopics.contains(s.primaryTopic));
        for (const QString &t : s.matchedTopics) {
            QVERIFY(topics.contains(t));
        }
        for (const QString &t : s.hotspotTags) {
            QVERIFY(t == u"daily_hot" || t == u"new_frontier");
        }
        QVERIFY(s.comment.size() <= ResponseParser::maxTextLength);
    }
    for (auto it = r.rejected.cbegin(); it != r.rejected.cend(); ++it) {
        QVERIFY2(expected.contains(it.key()), qPrintable(it.key()));
        QVERIFY2(!placed.contains(it.key()), qPrintable(it.key()));
        QVERIFY(!it.value().isEmpty());
        placed.insert(it.key());
    }
    for (const QString &id : r.missing) {
        QVERIFY2(expected.contains(id), qPrintable(id));
        QVERIFY2(!placed.contains(id), qPrintable(id));
        placed.insert(id);
    }
    QCOMPARE(placed.size(), expected.size());
    QVERIFY(r.unknownIds >= 0 && r.duplicates >= 0 && r.malformed >= 0);
}

// One random change of the kinds a broken transport or a confused model produces.
QString mutated(QString text, QRandomGenerator &rng)
{
    static const QString specials = u"{}[]\",:\\\n' \u201C\u201D0123456789"_s;
    const auto pos = [&] {
        return qsizetype(rng.bounded(int(text.size()) + 1));
    };
    const auto special = [&] {
        return specials.at(rng.bounded(int(specials.size())));
    };
    switch (rng.bounded(9)) {
    case 0: // cut off
        return text.left(pos());
    case 1: // characters replaced, often by JSON structure
        for (int n = rng.bounded(1, 20); n > 0 && !text.isEmpty(); --n) {
            const qsizetype at = qsizetype(rng.bounded(int(text.size())));
            text[at] = rng.bounded(2) ? special() : QChar(char16_t(rng.bounded(0x10000)));
        }
        return text;
    case 2: // braces and quotes inserted
        for (int n = rng.bounded(1, 30); n > 0; --n) {
            text.insert(pos(), special());
        }
        return text;
    case 3: { // a range deleted
        const qsizetype from = pos();
        return text.remove(from, rng.bounded(1, 2000));
    }
    case 4: { // a range repeated elsewhere
        const qsizetype from = pos();
        const QString slice = text.mid(from, rng.bounded(1, 3000));
        return text.insert(pos(), slice);
    }
    case 5: // a huge run of one character
        return text.insert(pos(), QString(rng.bounded(1000, 200000), special()));
    case 6: { // a score changed to anything from -5 to 15, as text or number
        const qsizetype at = text.indexOf(rng.bounded(2) ? u"\"RELEVANCE\":"_s : u"\"NOVELTY\":"_s, pos());
        if (at < 0) {
            return text;
        }
        const qsizetype valueAt = text.indexOf(u':', at) + 1;
        const qsizetype valueEnd = text.indexOf(u',', valueAt);
        const QString value = QString::number(rng.bounded(-5, 16));
        return text.replace(valueAt, valueEnd < 0 ? 1 : valueEnd - valueAt,
                            rng.bounded(2) ? value : u'"' + value + u'"');
    }
    case 7: // deep nesting
        return text.insert(pos(), QString(rng.bounded(100, 10000), rng.bounded(2) ? u'{' : u'['));
    default: { // lines shuffled
        QStringList lines = text.split(u'\n');
        for (qsizetype i = lines.size() - 1; i > 0; --i) {
            lines.swapItemsAt(i, rng.bounded(int(i) + 1));
        }
        return lines.join(u'\n');
    }
    }
}

} // namespace

class TestResponseParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void compactFormInEverySloppyShape()
    {
        // The pass-1 template {"id","r","n","t","h"}, as models get it slightly wrong: a fence with
        // prose, a pretty-printed object with a trailing comma, numbers as strings, a prefixed and
        // versioned id, a topic id instead of its number.
        const QString reply =
            u"Here you go:\n```jsonl\n"_s
            u"{\"id\":\"2604.17177\",\"r\":9,\"n\":8,\"t\":1,\"h\":[\"daily_hot\"]}\n"_s
            u"{\n  \"id\": \"arXiv:2604.16809v3\",\n  \"r\": \"7\",\n  \"n\": \"5/10\",\n"_s
            u"  \"t\": \"4\",\n  \"h\": [],\n}\n"_s
            u"{\"id\":\"2604.16988\",\"r\":3,\"n\":2,\"t\":\"memory_systems\",\"h\":\"\"}\n```"_s;
        const ParsedReply r = parser().parse(reply, {idA, idB, idC}, ResponseParser::Form::Compact);
        QCOMPARE(r.scores.size(), 3);
        QCOMPARE(r.scores[0].relevance, 9);
        QCOMPARE(r.scores[0].primaryTopic, u"architecture_training"_s);
        QCOMPARE(r.scores[0].hotspotTags, QStringList{u"daily_hot"_s});
        QCOMPARE(r.scores[0].detail, pd::core::Score::Detail::NotAsked);
        QCOMPARE(r.scores[1].arxivId, idB);
        QCOMPARE(r.scores[1].novelty, 5);
        QCOMPARE(r.scores[1].primaryTopic, u"memory_systems"_s);
        QCOMPARE(r.scores[2].primaryTopic, u"memory_systems"_s);
        QCOMPARE(r.scores[2].matchedTopics, QStringList{u"memory_systems"_s});
        QVERIFY(r.scores[2].comment.isEmpty());
    }

    void compactFormRejectsWhatCouldMislead()
    {
        const QString reply = u"{\"id\":\"2604.17177\",\"r\":9,\"n\":8,\"t\":6,\"h\":[]}\n"_s
                              u"{\"id\":\"2604.16809\",\"r\":11,\"n\":8,\"t\":1,\"h\":[]}\n"_s
                              u"{\"id\":\"2604.16988\",\"r\":5,\"n\":5,\"h\":[]}\n"_s
                              u"{\"id\":\"2604.99999\",\"r\":5,\"n\":5,\"t\":1,\"h\":[]}\n"_s;
        const ParsedReply r = parser().parse(reply, {idA, idB, idC}, ResponseParser::Form::Compact);
        QVERIFY(r.scores.isEmpty());
        QVERIFY2(r.rejected.value(idA).contains(u"topic number 6, which is not one of 1–5"_s),
                 qPrintable(r.rejected.value(idA)));
        QVERIFY(r.rejected.value(idB).contains(u"outside 1–10"_s));
        QVERIFY(r.rejected.value(idC).contains(u"no topic number"_s) ||
                r.rejected.value(idC).contains(u"PRIMARY_TOPIC_ID"_s));
        QCOMPARE(r.unknownIds, 1);
    }

    void detailsFormReadsTheProseOnly()
    {
        const QString reply =
            u"{\"ARXIVID\":\"2604.17177\",\"COMMENT\":\"Sparse routing.\",\"MATCHED_TOPIC_IDS\":"_s
            u"[\"efficiency_scaling\"],\"TOPIC_MATCH_COMMENT\":\"MoE.\",\"HOTSPOT_PAPER_COMMENT\":\"\"}\n"_s
            u"{\"ARXIVID\":\"2604.16809\",\"MATCHED_TOPIC_IDS\":[]}\n"_s;
        const ParsedReply r = parser().parse(reply, {idA, idB}, ResponseParser::Form::Details);
        QCOMPARE(r.scores.size(), 1);
        QCOMPARE(r.scores[0].comment, u"Sparse routing."_s);
        QCOMPARE(r.scores[0].matchedTopics, QStringList{u"efficiency_scaling"_s});
        QCOMPARE(r.scores[0].detail, pd::core::Score::Detail::Asked);
        QVERIFY(r.rejected.value(idB).contains(u"no COMMENT"_s));
    }

    void referenceFormat()
    {
        const ParsedReply r = parser().parse(readText(u"reference-format.txt"_s), {idA, idB});
        QCOMPARE(r.scores.size(), 2);
        QVERIFY(r.rejected.isEmpty() && r.missing.isEmpty());
        QCOMPARE(r.unknownIds + r.duplicates + r.malformed, 0);
        QVERIFY(!r.empty());

        const Score &a = r.scores[0];
        QCOMPARE(a.arxivId, idA);
        QCOMPARE(a.status, Score::Status::Scored);
        QVERIFY(a.fingerprint.isEmpty());
        QCOMPARE(a.relevance, 9);
        QCOMPARE(a.novelty, 8);
        QCOMPARE(a.primaryTopic, u"architecture_training"_s);
        QCOMPARE(a.matchedTopics, QStringList({u"architecture_training"_s, u"representation_structure"_s}));
        QCOMPARE(a.comment,
                 u"Separates intrinsic depth-locality effects from gradient-magnitude effects in "
                 "fine-tuning by equalizing per-layer relative update size across many architectures."_s);
        QCOMPARE(a.topicMatch, u"The paper is fundamentally about training dynamics and depthwise adaptation "
                               "structure in fine-tuning, with broad architectural implications."_s);
        QVERIFY(a.hotspotTags.isEmpty());
        QVERIFY(a.hotspotComment.isEmpty());

        const Score &b = r.scores[1];
        QCOMPARE(b.arxivId, idB);
        QCOMPARE(b.relevance, 9);
        QCOMPARE(b.novelty, 8);
        // The reference lists no other matches: the primary topic is filled in.
        QCOMPARE(b.matchedTopics, QStringList({u"architecture_training"_s}));
        QCOMPARE(b.comment,
                 u"Provides theorem-level evidence that batch normalization can delay instability by "
                 "increasing effective learning rate over time, yielding a concrete delayed-spike "
                 "mechanism."_s);
        QCOMPARE(b.topicMatch,
                 u"This is tightly centered on a specialized training-stability mechanism\u2014how "
                 "normalization changes optimization dynamics and induces delayed loss spikes."_s);
    }

    void cleanReplyOf25Papers()
    {
        const QString reply = readText(u"clean-25.txt"_s);
        const QStringList ids = idsInReply(reply);
        QCOMPARE(ids.size(), 25);
        const ParsedReply r = parser().parse(reply, ids);
        QCOMPARE(idsOf(r.scores), ids);
        QVERIFY(r.rejected.isEmpty());
        QVERIFY(r.missing.isEmpty());
        QCOMPARE(r.unknownIds, 0);
        QCOMPARE(r.duplicates, 0);
        QCOMPARE(r.malformed, 0);
        checkInvariants(r, ids);

        QCOMPARE(r.scores[2].arxivId, idC);
        QCOMPARE(r.scores[2].matchedTopics, QStringList({u"architecture_training"_s, u"memory_systems"_s}));
        const Score &last = r.scores[24];
        QCOMPARE(last.arxivId, u"2604.16801"_s);
        QCOMPARE(last.primaryTopic, u"representation_structure"_s);
        QVERIFY(last.comment.startsWith(u"Establishes continuous"_s));
    }

    void scoresFollowTheOrderAsked()
    {
        const QString reply = jsonl({paperObject(idA), paperObject(idB), paperObject(idC)});
        QCOMPARE(idsOf(parser().parse(reply, {idC, idA, idB}).scores), QStringList({idC, idA, idB}));
    }

    void codeFences()
    {
        const QString reply = u"```json\n"_s + jsonl({paperObject(idA), paperObject(idB)}) + u"```\n"_s;
        const ParsedReply r = parser().parse(reply, {idA, idB});
        QCOMPARE(idsOf(r.scores), QStringList({idA, idB}));
        QCOMPARE(r.malformed, 0);

        const ParsedReply plain = parser().parse(u"```\n"_s + compact(paperObject(idA)) + u"\n```"_s, {idA});
        QCOMPARE(idsOf(plain.scores), QStringList({idA}));
    }

    void proseAroundAndBetweenObjects()
    {
        const QString reply =
            u"Here are my scores (I used the {criteria} you gave me):\n"_s + compact(paperObject(idA)) +
            u"\nThe next one is weaker, don't over-read it.\n"_s + compact(paperObject(idB, 3, 2)) +
            u"\nHope this helps! \"Quoted\" prose } is fine."_s;
        const ParsedReply r = parser().parse(reply, {idA, idB});
        QCOMPARE(idsOf(r.scores), QStringList({idA, idB}));
        QCOMPARE(r.scores[1].relevance, 3);
        QCOMPARE(r.scores[1].novelty, 2);
        QCOMPARE(r.malformed, 0);
    }

    void prettyPrintedObjects()
    {
        const QString reply = indented(paperObject(idA, 9, 9)) + u"\n"_s + indented(paperObject(idB));
        QVERIFY(reply.count(u'\n') > 15);
        const ParsedReply r = parser().parse(reply, {idA, idB});
        QCOMPARE(idsOf(r.scores), QStringList({idA, idB}));
        QCOMPARE(r.scores[0].relevance, 9);
    }

    void jsonArrayInsteadOfJsonl()
    {
        const QJsonArray array{paperObject(idA), paperObject(idB)};
        const QString compactArray = QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
        const QString indentedArray = QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        QCOMPARE(idsOf(parser().parse(compactArray, {idA, idB}).scores), QStringList({idA, idB}));
        QCOMPARE(idsOf(parser().parse(indentedArray, {idA, idB}).scores), QStringList({idA, idB}));
    }

    void wrappingObject()
    {
        const QJsonObject wrapper{{u"papers"_s, QJsonArray{paperObject(idA), paperObject(idB)}}};
        const ParsedReply r = parser().parse(indented(wrapper), {idA, idB});
        QCOMPARE(idsOf(r.scores), QStringList({idA, idB}));
        QCOMPARE(r.malformed, 0);

        // A wrapper broken elsewhere still gives up the papers inside it.
        const QString broken = u"{\"papers\": ["_s + compact(paperObject(idA)) + u", "_s +
                               compact(paperObject(idB)) + u"], \"note\": oops}"_s;
        QCOMPARE(idsOf(parser().parse(broken, {idA, idB}).scores), QStringList({idA, idB}));
    }

    void severalObjectsOnOneLine()
    {
        const QString reply =
            compact(paperObject(idA)) + compact(paperObject(idB)) + u" , "_s + compact(paperObject(idC));
        QVERIFY(!reply.contains(u'\n'));
        QCOMPARE(idsOf(parser().parse(reply, {idA, idB, idC}).scores), QStringList({idA, idB, idC}));
    }

    void trailingCommas()
    {
        const QString reply =
            uR"({"ARXIVID":"2604.17177","RELEVANCE":8,"NOVELTY":7,"PRIMARY_TOPIC_ID":"memory_systems",)"
            uR"("MATCHED_TOPIC_IDS":["memory_systems","efficiency_scaling",],"HOTSPOT_PAPER_TAGS":[],},)"
            u"\n"
            uR"({"ARXIVID":"2604.16809","RELEVANCE":6,"NOVELTY":5,"PRIMARY_TOPIC_ID":"memory_systems" ,
                              })"_s;
        const ParsedReply r = parser().parse(reply, {idA, idB});
        QCOMPARE(idsOf(r.scores), QStringList({idA, idB}));
        QCOMPARE(r.scores[0].matchedTopics, QStringList({u"memory_systems"_s, u"efficiency_scaling"_s}));
        QCOMPARE(r.scores[1].relevance, 6);
        QCOMPARE(r.malformed, 0);
    }

    void singleQuotesAreMalformedNotFatal()
    {
        const QString reply =
            uR"({'ARXIVID': '2604.17177', 'RELEVANCE': 8, 'NOVELTY': 7, 'PRIMARY_TOPIC_ID': 'memory_systems'})"
            u"\n"_s +
            compact(paperObject(idB));
        const ParsedReply r = parser().parse(reply, {idA, idB});
        QCOMPARE(idsOf(r.scores), QStringList({idB}));
        QCOMPARE(r.missing, QStringList({idA}));
        QCOMPARE(r.malformed, 1);
    }

    void smartQuotes()
    {
        const QString reply =
            u"{\u201CARXIVID\u201D: \u201C2604.17177\u201D, \u201CRELEVANCE\u201D: 8, "
            u"\u201CNOVELTY\u201D: \u201C7\u201D, \u201CPRIMARY_TOPIC_ID\u201D: "
            u"\u201Cmemory_systems\u201D, \u201CCOMMENT\u201D: \u201CSays \"hi\" twice\u201D}"_s;
        const ParsedReply r = parser().parse(reply, {idA});
        QCOMPARE(idsOf(r.scores), QStringList({idA}));
        QCOMPARE(r.scores[0].novelty, 7);
        QCOMPARE(r.scores[0].comment, u"Says \"hi\" twice"_s);
        // Smart quotes inside a plain string are text.
        const ParsedReply inside = parser().parse(
            compact(with(paperObject(idA), u"COMMENT"_s, u"The \u201Cghost\u201D trick"_s)), {idA});
        QCOMPARE(inside.scores.value(0).comment, u"The \u201Cghost\u201D trick"_s);
    }

    void idForms_data()
    {
        QTest::addColumn<QJsonValue>("given");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QJsonValue(u"2604.17177"_s) << u"2604.17177"_s;
        QTest::newRow("version") << QJsonValue(u"2604.17177v2"_s) << u"2604.17177"_s;
        QTest::newRow("arXiv: prefix") << QJsonValue(u"arXiv:2604.17177"_s) << u"2604.17177"_s;
        QTest::newRow("prefix and version") << QJsonValue(u"arXiv: 2604.17177v12"_s) << u"2604.17177"_s;
        QTest::newRow("abs url") << QJsonValue(u"https://arxiv.org/abs/2604.17177v3"_s) << u"2604.17177"_s;
        QTest::newRow("pdf url") << QJsonValue(u"http://arxiv.org/pdf/2604.17177"_s) << u"2604.17177"_s;
        QTest::newRow("spaces") << QJsonValue(u"  2604.17177 "_s) << u"2604.17177"_s;
        QTest::newRow("old style") << QJsonValue(u"hep-th/9901001v1"_s) << u"hep-th/9901001"_s;
        QTest::newRow("bare number") << QJsonValue(2604.17177) << u"2604.17177"_s;
        QTest::newRow("bare number, trailing zero") << QJsonValue(2604.1717) << u"2604.17170"_s;
        QTest::newRow("four-digit number") << QJsonValue(1501.0001) << u"1501.0001"_s;
    }

    void idForms()
    {
        QFETCH(QJsonValue, given);
        QFETCH(QString, expected);
        const ParsedReply r =
            parser().parse(compact(with(paperObject(u"x"_s), u"ARXIVID"_s, given)), {expected});
        QCOMPARE(idsOf(r.scores), QStringList({expected}));
        QCOMPARE(r.unknownIds + r.malformed, 0);
    }

    void expectedIdsWithVersion()
    {
        const ParsedReply r =
            parser().parse(jsonl({paperObject(idA), with(paperObject(idB), u"RELEVANCE"_s, 0)}),
                           {idA + u"v1"_s, idB + u"v2"_s, idC + u"v3"_s});
        QCOMPARE(idsOf(r.scores), QStringList({idA}));
        QCOMPARE(r.rejected.keys(), QStringList({idB + u"v2"_s}));
        QCOMPARE(r.missing, QStringList({idC + u"v3"_s}));
    }

    void numberForms_data()
    {
        QTest::addColumn<QJsonValue>("given");
        QTest::addColumn<int>("expected");
        QTest::newRow("integer") << QJsonValue(8) << 8;
        QTest::newRow("double") << QJsonValue(8.0) << 8;
        QTest::newRow("string") << QJsonValue(u"8"_s) << 8;
        QTest::newRow("string with spaces") << QJsonValue(u" 8 "_s) << 8;
        QTest::newRow("string double") << QJsonValue(u"8.0"_s) << 8;
        QTest::newRow("out of ten") << QJsonValue(u"8/10"_s) << 8;
        QTest::newRow("out of ten, spaced") << QJsonValue(u"8 / 10"_s) << 8;
        QTest::newRow("ten") << QJsonValue(u"10/10"_s) << 10;
        QTest::newRow("one") << QJsonValue(1) << 1;
    }

    void numberForms()
    {
        QFETCH(QJsonValue, given);
        QFETCH(int, expected);
        const QJsonObject object = with(with(paperObject(idA), u"RELEVANCE"_s, given), u"NOVELTY"_s, given);
        const ParsedReply r = parser().parse(compact(object), {idA});
        QCOMPARE(r.scores.size(), 1);
        QCOMPARE(r.scores[0].relevance, expected);
        QCOMPARE(r.scores[0].novelty, expected);
    }

    void lowerCaseAndVariantKeys()
    {
        const QString reply =
            uR"({"arxivid":"2604.17177","comment":"c","relevance":9,"Novelty":4,)"
            uR"("primary_topic_id":"memory_systems","matched_topic_ids":["memory_systems"],)"
            uR"("topic_match_comment":"t","hotspot_paper_tags":["new_frontier"],"hotspot_paper_comment":"h"})"
            u"\n"
            uR"({"arxiv_id":"2604.16809","Relevance":5,"novelty":6,"PrimaryTopicId":"MEMORY_SYSTEMS"})"_s;
        const ParsedReply r = parser().parse(reply, {idA, idB});
        QCOMPARE(idsOf(r.scores), QStringList({idA, idB}));
        const Score &a = r.scores[0];
        QCOMPARE(a.comment, u"c"_s);
        QCOMPARE(a.relevance, 9);
        QCOMPARE(a.novelty, 4);
        QCOMPARE(a.primaryTopic, u"memory_systems"_s);
        QCOMPARE(a.topicMatch, u"t"_s);
        QCOMPARE(a.hotspotTags, QStringList({u"new_frontier"_s}));
        QCOMPARE(a.hotspotComment, u"h"_s);
        // Topic ids are matched without regard to case and stored as the profile spells them.
        QCOMPARE(r.scores[1].primaryTopic, u"memory_systems"_s);
    }

    void listsAsCommaSeparatedStrings_data()
    {
        QTest::addColumn<QString>("matched");
        QTest::addColumn<QString>("tags");
        QTest::addColumn<QStringList>("expectedMatched");
        QTest::addColumn<QStringList>("expectedTags");
        const QString arch = u"architecture_training"_s;
        const QString repr = u"representation_structure"_s;
        QTest::newRow("commas") << u"architecture_training, representation_structure"_s
                                << u"daily_hot, new_frontier"_s << QStringList({arch, repr})
                                << QStringList({u"daily_hot"_s, u"new_frontier"_s});
        QTest::newRow("one") << u"representation_structure"_s << u"new_frontier"_s
                             << QStringList({arch, repr}) << QStringList({u"new_frontier"_s});
        QTest::newRow("empty") << u""_s << u""_s << QStringList({arch}) << QStringList();
        QTest::newRow("brackets") << u"[architecture_training; 'representation_structure']"_s << u"[]"_s
                                  << QStringList({arch, repr}) << QStringList();
        QTest::newRow("repeated") << u"representation_structure,representation_structure"_s
                                  << u"daily_hot,daily_hot"_s << QStringList({arch, repr})
                                  << QStringList({u"daily_hot"_s});
    }

    void listsAsCommaSeparatedStrings()
    {
        QFETCH(QString, matched);
        QFETCH(QString, tags);
        QFETCH(QStringList, expectedMatched);
        QFETCH(QStringList, expectedTags);
        QJsonObject object = with(paperObject(idA), u"MATCHED_TOPIC_IDS"_s, matched);
        object = with(object, u"HOTSPOT_PAPER_TAGS"_s, tags);
        const ParsedReply r = parser().parse(compact(object), {idA});
        QCOMPARE(r.scores.size(), 1);
        QCOMPARE(r.scores[0].matchedTopics, expectedMatched);
        QCOMPARE(r.scores[0].hotspotTags, expectedTags);
    }

    void missingOptionalFields()
    {
        const QString reply =
            uR"({"ARXIVID":"2604.17177","RELEVANCE":8,"NOVELTY":7,"PRIMARY_TOPIC_ID":"efficiency_scaling"})"_s;
        const ParsedReply r = parser().parse(reply, {idA});
        QCOMPARE(r.scores.size(), 1);
        const Score &s = r.scores[0];
        QVERIFY(s.comment.isEmpty());
        QVERIFY(s.topicMatch.isEmpty());
        QVERIFY(s.hotspotComment.isEmpty());
        QVERIFY(s.hotspotTags.isEmpty());
        QCOMPARE(s.matchedTopics, QStringList({u"efficiency_scaling"_s}));

        const ParsedReply nulls =
            parser().parse(compact(with(with(paperObject(idA), u"COMMENT"_s, QJsonValue::Null),
                                        u"HOTSPOT_PAPER_TAGS"_s, QJsonValue::Null)),
                           {idA});
        QCOMPARE(nulls.scores.size(), 1);
        QVERIFY(nulls.scores[0].comment.isEmpty());
        QVERIFY(nulls.scores[0].hotspotTags.isEmpty());
    }

    void primaryTopicAddedToMatched()
    {
        const QJsonObject object = with(with(paperObject(idA), u"PRIMARY_TOPIC_ID"_s, u"memory_systems"_s),
                                        u"MATCHED_TOPIC_IDS"_s, QJsonArray{u"efficiency_scaling"_s});
        const ParsedReply r = parser().parse(compact(object), {idA});
        QCOMPARE(r.scores.size(), 1);
        QCOMPARE(r.scores[0].primaryTopic, u"memory_systems"_s);
        QCOMPARE(r.scores[0].matchedTopics, QStringList({u"memory_systems"_s, u"efficiency_scaling"_s}));
    }

    void bracesQuotesAndUnicodeInsideStrings()
    {
        const QString tricky =
            u"Bounds {x} and }} {{ with \"quotes\", a \\ backslash, \u2211 \U0001F600 and {\"ARXIVID\":\"2604.16809\"}"_s;
        const QString reply = compact(with(paperObject(idA), u"COMMENT"_s, tricky)) + u"\n"_s +
                              compact(with(paperObject(idC), u"TOPIC_MATCH_COMMENT"_s, u"}"_s));
        const ParsedReply r = parser().parse(reply, {idA, idB, idC});
        QCOMPARE(idsOf(r.scores), QStringList({idA, idC}));
        QCOMPARE(r.scores[0].comment, tricky);
        QCOMPARE(r.scores[1].topicMatch, u"}"_s);
        QCOMPARE(r.missing, QStringList({idB}));
        QCOMPARE(r.unknownIds + r.malformed + r.duplicates, 0);
    }

    void unescapedQuotesInsideStrings()
    {
        const QString reply =
            // (not a raw string literal: moc misreads this one)
            u"{\"ARXIVID\":\"2604.17177\",\"COMMENT\":\"The so-called \"ghost\" trick on a 5\" screen\","
            u"\"RELEVANCE\":8,\"NOVELTY\":7,\"PRIMARY_TOPIC_ID\":\"memory_systems\"}"
            u"\n"_s +
            compact(paperObject(idB));
        const ParsedReply r = parser().parse(reply, {idA, idB});
        QCOMPARE(idsOf(r.scores), QStringList({idA, idB}));
        QCOMPARE(r.scores[0].comment, u"The so-called \"ghost\" trick on a 5\" screen"_s);
    }

    void rawLineBreakInsideString()
    {
        const QString reply =
            u"{\"ARXIVID\":\"2604.17177\",\"COMMENT\":\"First line\nsecond line\",\"RELEVANCE\":8,"
            u"\"NOVELTY\":7,\"PRIMARY_TOPIC_ID\":\"memory_systems\"}\n"_s +
            compact(paperObject(idB));
        const ParsedReply r = parser().parse(reply, {idA, idB});
        QCOMPARE(idsOf(r.scores), QStringList({idA, idB}));
        QCOMPARE(r.scores[0].comment, u"First line second line"_s);
    }

    void strayQuoteSpoilsOnlyItsLine()
    {
        // An odd quote followed by structure the matcher would otherwise read as string contents.
        const QString reply = uR"({"ARXIVID":"2604.17177","COMMENT":"x"y","RELEVANCE":8"})"
                              u"\n"_s +
                              jsonl({paperObject(idB), paperObject(idC)});
        const ParsedReply r = parser().parse(reply, {idA, idB, idC});
        QCOMPARE(idsOf(r.scores), QStringList({idB, idC}));
        QCOMPARE(r.missing, QStringList({idA}));
        QCOMPARE(r.malformed, 1);
    }

    void replyCutOffMidObject()
    {
        const QString full = readText(u"clean-25.txt"_s);
        const QStringList ids = idsInReply(full);
        // Cut in the middle of the eleventh line.
        qsizetype cut = 0;
        for (int i = 0; i < 10; ++i) {
            cut = full.indexOf(u'\n', cut) + 1;
        }
        cut += 120;
        const ParsedReply r = parser().parse(full.left(cut), ids);
        QCOMPARE(idsOf(r.scores), ids.mid(0, 10));
        QCOMPARE(r.missing, ids.mid(10));
        QVERIFY(r.rejected.isEmpty());
        QCOMPARE(r.malformed, 1);
        checkInvariants(r, ids);
    }

    void rejections_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("reason");
        const QJsonValue absent(QJsonValue::Undefined);
        QTest::newRow("relevance missing")
            << u"RELEVANCE"_s << absent << u"The model's answer gave no RELEVANCE."_s;
        QTest::newRow("novelty missing")
            << u"NOVELTY"_s << absent << u"The model's answer gave no NOVELTY."_s;
        QTest::newRow("relevance null")
            << u"RELEVANCE"_s << QJsonValue(QJsonValue::Null) << u"The model's answer gave no RELEVANCE."_s;
        QTest::newRow("relevance empty")
            << u"RELEVANCE"_s << QJsonValue(u" "_s) << u"The model's answer gave no RELEVANCE."_s;
        QTest::newRow("relevance word")
            << u"RELEVANCE"_s << QJsonValue(u"high"_s)
            << u"The model's answer gave RELEVANCE \"high\", which is not a whole number from 1 to 10."_s;
        QTest::newRow("novelty fraction")
            << u"NOVELTY"_s << QJsonValue(8.5)
            << u"The model's answer gave NOVELTY 8.5, which is not a whole number from 1 to 10."_s;
        QTest::newRow("relevance list")
            << u"RELEVANCE"_s << QJsonValue(QJsonArray{9})
            << u"The model's answer gave RELEVANCE [9], which is not a whole number from 1 to 10."_s;
        QTest::newRow("relevance bool")
            << u"RELEVANCE"_s << QJsonValue(true)
            << u"The model's answer gave RELEVANCE true, which is not a whole number from 1 to 10."_s;
        QTest::newRow("relevance 11") << u"RELEVANCE"_s << QJsonValue(11)
                                      << u"The model's answer gave RELEVANCE 11, outside 1\u201310."_s;
        QTest::newRow("relevance \"11\"") << u"RELEVANCE"_s << QJsonValue(u"11"_s)
                                          << u"The model's answer gave RELEVANCE 11, outside 1\u201310."_s;
        QTest::newRow("novelty 0") << u"NOVELTY"_s << QJsonValue(0)
                                   << u"The model's answer gave NOVELTY 0, outside 1\u201310."_s;
        QTest::newRow("novelty -3") << u"NOVELTY"_s << QJsonValue(u"-3/10"_s)
                                    << u"The model's answer gave NOVELTY -3, outside 1\u201310."_s;
        QTest::newRow("primary missing")
            << u"PRIMARY_TOPIC_ID"_s << absent << u"The model's answer gave no PRIMARY_TOPIC_ID."_s;
        QTest::newRow("primary unknown")
            << u"PRIMARY_TOPIC_ID"_s << QJsonValue(u"robotics"_s)
            << u"The model's answer gave PRIMARY_TOPIC_ID \"robotics\", which is not one of the profile's topics."_s;
        QTest::newRow("primary a label")
            << u"PRIMARY_TOPIC_ID"_s << QJsonValue(u"Architecture and Training Dynamics"_s)
            << u"The model's answer gave PRIMARY_TOPIC_ID \"Architecture and Training Dynamics\", which is "
               u"not "
               "one of the profile's topics."_s;
        QTest::newRow("primary number")
            << u"PRIMARY_TOPIC_ID"_s << QJsonValue(3)
            << u"The model's answer gave PRIMARY_TOPIC_ID 3, which is not one of the profile's topics."_s;
        QTest::newRow("matched unknown")
            << u"MATCHED_TOPIC_IDS"_s << QJsonValue(QJsonArray{u"architecture_training"_s, u"robotics"_s})
            << u"The model's answer listed \"robotics\" in MATCHED_TOPIC_IDS, which is not one of the "
               u"profile's "
               "topics."_s;
        QTest::newRow("matched unknown in string")
            << u"MATCHED_TOPIC_IDS"_s << QJsonValue(u"architecture_training, vision"_s)
            << u"The model's answer listed \"vision\" in MATCHED_TOPIC_IDS, which is not one of the "
               u"profile's "
               "topics."_s;
        QTest::newRow("tag unknown")
            << u"HOTSPOT_PAPER_TAGS"_s << QJsonValue(QJsonArray{u"trending"_s})
            << u"The model's answer gave the hotspot tag \"trending\", which is not one of: daily_hot, "
               "new_frontier."_s;
        QTest::newRow("tag unknown in string")
            << u"HOTSPOT_PAPER_TAGS"_s << QJsonValue(u"daily_hot, hot"_s)
            << u"The model's answer gave the hotspot tag \"hot\", which is not one of: daily_hot, new_frontier."_s;
        QTest::newRow("long value shortened")
            << u"PRIMARY_TOPIC_ID"_s << QJsonValue(QString(500, u'z'))
            << u"The model's answer gave PRIMARY_TOPIC_ID \""_s + QString(39, u'z') +
                   u"\u2026\", which is not one of the profile's topics."_s;
    }

    void rejections()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, reason);
        const QString reply = jsonl({paperObject(idA), with(paperObject(idB), field, value)});
        const ParsedReply r = parser().parse(reply, {idA, idB});
        QCOMPARE(idsOf(r.scores), QStringList({idA}));
        QCOMPARE(r.rejected.size(), 1);
        QCOMPARE(r.rejected.value(idB), reason);
        QVERIFY(r.missing.isEmpty());
        QCOMPARE(r.unknownIds + r.duplicates + r.malformed, 0);
        QVERIFY(!r.empty());
    }

    void unknownIdsAreCountedAndIgnored()
    {
        const QString reply =
            jsonl({paperObject(u"2604.00001"_s), paperObject(idA), paperObject(u"2604.00001v2"_s),
                   with(paperObject(u"2604.00002"_s), u"RELEVANCE"_s, 99)});
        const ParsedReply r = parser().parse(reply, {idA, idB});
        QCOMPARE(idsOf(r.scores), QStringList({idA}));
        QCOMPARE(r.unknownIds, 3);
        QCOMPARE(r.missing, QStringList({idB}));
        QVERIFY(r.rejected.isEmpty());
        QCOMPARE(r.duplicates, 0);
    }

    void duplicatesFirstValidWins()
    {
        const QString reply = jsonl({with(paperObject(idA), u"RELEVANCE"_s, 42), paperObject(idA, 5, 6),
                                     paperObject(idA, 9, 9), paperObject(idB, 3, 3), paperObject(idB, 4, 4)});
        const ParsedReply r = parser().parse(reply, {idA, idB});
        QCOMPARE(idsOf(r.scores), QStringList({idA, idB}));
        QCOMPARE(r.scores[0].relevance, 5);
        QCOMPARE(r.scores[0].novelty, 6);
        QCOMPARE(r.scores[1].relevance, 3);
        QCOMPARE(r.duplicates, 3);
        QVERIFY(r.rejected.isEmpty());
    }

    void duplicatesAllInvalidKeepFirstReason()
    {
        const QString reply = jsonl({with(paperObject(idA), u"RELEVANCE"_s, 42),
                                     with(paperObject(idA), u"PRIMARY_TOPIC_ID"_s, u"nope"_s)});
        const ParsedReply r = parser().parse(reply, {idA});
        QVERIFY(r.scores.isEmpty());
        QCOMPARE(r.rejected.value(idA), u"The model's answer gave RELEVANCE 42, outside 1\u201310."_s);
        QCOMPARE(r.duplicates, 1);
        QVERIFY(!r.empty());
    }

    void missingIds()
    {
        const ParsedReply r = parser().parse(jsonl({paperObject(idB)}), {idA, idB, idC});
        QCOMPARE(idsOf(r.scores), QStringList({idB}));
        QCOMPARE(r.missing, QStringList({idA, idC}));
    }

    void nothingUsable_data()
    {
        QTest::addColumn<QString>("reply");
        QTest::addColumn<int>("malformed");
        QTest::newRow("empty") << QString() << 0;
        QTest::newRow("whitespace") << u" \n\t\n"_s << 0;
        QTest::newRow("refusal") << u"I'm sorry, but I can't help with that."_s << 0;
        QTest::newRow("TeX braces") << u"The bound is $O(\\frac{1}{n})$ for {all} n."_s << 0;
        QTest::newRow("empty objects") << u"{} {}\n[{}]"_s << 0;
        QTest::newRow("object without id") << u"{\"RELEVANCE\": 8, \"NOVELTY\": 7}"_s << 1;
        QTest::newRow("unreadable id") << u"{\"ARXIVID\": \"the first paper\", \"RELEVANCE\": 8}"_s << 1;
        QTest::newRow("cut off") << u"{\"ARXIVID\": \"2604.17177\", \"RELEV"_s << 1;
        QTest::newRow("broken object") << u"{\"ARXIVID\": \"2604.17177\" \"RELEVANCE\" 8}"_s << 1;
    }

    void nothingUsable()
    {
        QFETCH(QString, reply);
        QFETCH(int, malformed);
        const ParsedReply r = parser().parse(reply, {idA, idB});
        QVERIFY(r.empty());
        QVERIFY(r.scores.isEmpty());
        QVERIFY(r.rejected.isEmpty());
        QCOMPARE(r.missing, QStringList({idA, idB}));
        QCOMPARE(r.malformed, malformed);
        QCOMPARE(r.unknownIds, 0);
    }

    void customHotspotTags()
    {
        const ResponseParser custom(topicIds(), {u"must_read"_s});
        const QJsonObject ok = with(paperObject(idA), u"HOTSPOT_PAPER_TAGS"_s, QJsonArray{u"must_read"_s});
        const QJsonObject bad = with(paperObject(idB), u"HOTSPOT_PAPER_TAGS"_s, QJsonArray{u"daily_hot"_s});
        const ParsedReply r = custom.parse(jsonl({ok, bad}), {idA, idB});
        QCOMPARE(idsOf(r.scores), QStringList({idA}));
        QCOMPARE(r.scores[0].hotspotTags, QStringList({u"must_read"_s}));
        QCOMPARE(r.rejected.value(idB),
                 u"The model's answer gave the hotspot tag \"daily_hot\", which is not one of: must_read."_s);
    }

    void longTextIsCut()
    {
        const QString huge(100000, u'w');
        const ParsedReply r = parser().parse(compact(with(paperObject(idA), u"COMMENT"_s, huge)), {idA});
        QCOMPARE(r.scores.size(), 1);
        QCOMPARE(r.scores[0].comment.size(), ResponseParser::maxTextLength);
        QVERIFY(r.scores[0].comment.endsWith(QChar(0x2026)));
    }

    void messyReply()
    {
        const QStringList ids{idA, idB, idC, u"2604.16496"_s, u"2604.15764"_s};
        const ParsedReply r = parser().parse(readText(u"messy.txt"_s), ids);
        QCOMPARE(idsOf(r.scores), QStringList({idA, idB, idC}));
        QCOMPARE(r.scores[0].relevance, 9);
        QCOMPARE(r.scores[0].novelty, 8);
        const Score &b = r.scores[1];
        QCOMPARE(b.comment,
                 u"Shows how {batch norm} delays \"loss spikes\" \u2014 a \u2211-level mechanism."_s);
        QCOMPARE(b.relevance, 9);
        QCOMPARE(b.matchedTopics, QStringList({u"architecture_training"_s, u"representation_structure"_s}));
        QCOMPARE(b.hotspotTags, QStringList({u"daily_hot"_s}));
        QCOMPARE(b.hotspotComment, u"Widely discussed today."_s);
        QCOMPARE(r.scores[2].matchedTopics, QStringList({u"memory_systems"_s}));
        QCOMPARE(r.rejected.size(), 1);
        QCOMPARE(r.rejected.value(u"2604.16496"_s),
                 u"The model's answer gave RELEVANCE 11, outside 1\u201310."_s);
        QCOMPARE(r.missing, QStringList({u"2604.15764"_s}));
        QCOMPARE(r.unknownIds, 1);
        QCOMPARE(r.duplicates, 0);
        QCOMPARE(r.malformed, 0);
    }

    void robustnessAgainstRandomDamage()
    {
        const QString base = readText(u"clean-25.txt"_s);
        QStringList expected = idsInReply(base);
        expected << u"2604.00001"_s << u"2604.00002"_s; // asked for, never answered
        QRandomGenerator rng(20260421);
        const ResponseParser p = parser();
        QElapsedTimer timer;
        timer.start();
        constexpr int rounds = 2500;
        int accepted = 0;
        for (int round = 0; round < rounds; ++round) {
            QString reply = base;
            for (int n = rng.bounded(1, 4); n > 0; --n) {
                reply = mutated(reply, rng);
            }
            const ParsedReply r = p.parse(reply, expected);
            checkInvariants(r, expected);
            if (QTest::currentTestFailed()) {
                qWarning("Failed on round %d, reply of %lld characters", round, qlonglong(reply.size()));
                return;
            }
            accepted += int(r.scores.size());
        }
        qInfo("%d damaged replies parsed in %lld ms, %d scores accepted", rounds, timer.elapsed(), accepted);
        // The damage must leave many objects intact, or the test exercises nothing but garbage.
        QVERIFY(accepted > rounds * 5);
    }

    void robustnessAgainstHostileInput_data()
    {
        QTest::addColumn<QString>("reply");
        QRandomGenerator rng(7);
        QString binary(200000, Qt::Uninitialized);
        for (QChar &c : binary) {
            c = QChar(char16_t(rng.bounded(0x10000)));
        }
        QString bytes(300000, Qt::Uninitialized);
        for (QChar &c : bytes) {
            c = QChar(char16_t(rng.bounded(256)));
        }
        const QString valid = compact(paperObject(idA));
        QTest::newRow("empty") << QString();
        QTest::newRow("10000 {") << QString(10000, u'{');
        QTest::newRow("10000 { then valid") << QString(10000, u'{') + valid;
        QTest::newRow("10000 {\" ") << u"{\""_s.repeated(10000) + valid;
        QTest::newRow("10000 nested, closed") << QString(10000, u'{') + QString(10000, u'}');
        QTest::newRow("10000 [") << QString(10000, u'[') + valid;
        QTest::newRow("nested arrays in object")
            << u"{\"a\":"_s + QString(5000, u'[') + QString(5000, u']') + u"}"_s;
        QTest::newRow("10000 }") << QString(10000, u'}') + valid;
        QTest::newRow("quotes") << QString(100000, u'"') + valid;
        QTest::newRow("backslashes") << u"{\"ARXIVID\":\""_s + QString(100001, u'\\') + u"\"}"_s + valid;
        QTest::newRow("line breaks in a string") << u"{\"ARXIVID\":\""_s + QString(200000, u'\n') + valid;
        QTest::newRow("huge string") << u"{\"ARXIVID\":\"2604.17177\",\"COMMENT\":\""_s +
                                            QString(1000000, u'x');
        QTest::newRow("huge key count") << u"{"_s + u"\"k\":1,"_s.repeated(100000) + u"\"ARXIVID\":1}"_s;
        QTest::newRow("binary") << binary;
        QTest::newRow("bytes") << bytes;
        QTest::newRow("nul") << QString(1000, QChar(0)) + valid;
        QTest::newRow("lone surrogates") << QString(1000, QChar(0xD800)) + valid + QString(10, QChar(0xDC00));
    }

    void robustnessAgainstHostileInput()
    {
        QFETCH(QString, reply);
        const QStringList expected{idA, idB};
        const ParsedReply r = parser().parse(reply, expected);
        checkInvariants(r, expected);
    }

    void fiveMegabyteReply()
    {
        const QString base = readText(u"clean-25.txt"_s);
        const QStringList ids = idsInReply(base);
        QRandomGenerator rng(5);
        QString reply = base;
        qsizetype bytes = base.toUtf8().size();
        while (bytes < 5 * 1024 * 1024) {
            const QString piece = mutated(base, rng);
            bytes += piece.toUtf8().size();
            reply += piece;
        }
        QElapsedTimer timer;
        timer.start();
        const ParsedReply r = parser().parse(reply, ids);
        qInfo("5 MB reply (%lld characters) parsed in %lld ms: %lld scores, %d duplicates, %d malformed",
              qlonglong(reply.size()), timer.elapsed(), qlonglong(r.scores.size()), r.duplicates,
              r.malformed);
        checkInvariants(r, ids);
        // The undamaged copy comes first, so every paper is accepted from it.
        QCOMPARE(idsOf(r.scores), ids);
        QVERIFY(r.duplicates > 1000);
    }
};

QTEST_GUILESS_MAIN(TestResponseParser)
#include "tst_responseparser.moc"
