#include "digest/digest.h"
#include "digest/htmlwriter.h"
#include "digest/jsonwriter.h"
#include "digest/markdownwriter.h"
#include "digestfixture.h"
#include "fixtures.h"
#include "llm/heuristicscorer.h"
#include "llm/promptbuilder.h"
#include "store/database.h"
#include "store/dayrepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmark.h>

using namespace Qt::StringLiterals;
using namespace pd;
using test::DigestFixture;

namespace {

// What a CommonMark parser makes of a document: the parts the tests look at.
struct Ast {
    QList<QPair<int, QString>> headings;  // level, visible text
    QList<QPair<QString, QString>> links; // url, visible text
    QStringList strong;
    QStringList paragraphs; // visible text
    QStringList codeBlocks;
    int emphasis = 0;
    int html = 0;
    int images = 0;
};

QString textOf(cmark_node *node)
{
    QString text;
    cmark_iter *iter = cmark_iter_new(node);
    for (cmark_event_type ev = cmark_iter_next(iter); ev != CMARK_EVENT_DONE; ev = cmark_iter_next(iter)) {
        cmark_node *n = cmark_iter_get_node(iter);
        const cmark_node_type type = cmark_node_get_type(n);
        if (ev != CMARK_EVENT_ENTER) {
            continue;
        }
        if (type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE) {
            text += QString::fromUtf8(cmark_node_get_literal(n));
        } else if (type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK) {
            text += u' ';
        }
    }
    cmark_iter_free(iter);
    return text;
}

Ast parseMarkdown(const QString &markdown)
{
    const QByteArray utf8 = markdown.toUtf8();
    cmark_node *doc = cmark_parse_document(utf8.constData(), size_t(utf8.size()), CMARK_OPT_DEFAULT);
    Ast ast;
    cmark_iter *iter = cmark_iter_new(doc);
    for (cmark_event_type ev = cmark_iter_next(iter); ev != CMARK_EVENT_DONE; ev = cmark_iter_next(iter)) {
        if (ev != CMARK_EVENT_ENTER) {
            continue;
        }
        cmark_node *n = cmark_iter_get_node(iter);
        switch (cmark_node_get_type(n)) {
        case CMARK_NODE_HEADING:
            ast.headings.append({cmark_node_get_heading_level(n), textOf(n)});
            break;
        case CMARK_NODE_LINK:
            ast.links.append({QString::fromUtf8(cmark_node_get_url(n)), textOf(n)});
            break;
        case CMARK_NODE_STRONG:
            ast.strong.append(textOf(n));
            break;
        case CMARK_NODE_EMPH:
            ++ast.emphasis;
            break;
        case CMARK_NODE_PARAGRAPH:
            ast.paragraphs.append(textOf(n));
            break;
        case CMARK_NODE_CODE_BLOCK:
            ast.codeBlocks.append(QString::fromUtf8(cmark_node_get_literal(n)));
            break;
        case CMARK_NODE_HTML_BLOCK:
        case CMARK_NODE_HTML_INLINE:
            ++ast.html;
            break;
        case CMARK_NODE_IMAGE:
            ++ast.images;
            break;
        default:
            break;
        }
    }
    cmark_iter_free(iter);
    cmark_node_free(doc);
    return ast;
}

// GitHub's heading slugs with its de-duplication, restated here from its documented behaviour.
QStringList githubAnchors(const QList<QPair<int, QString>> &headings)
{
    QStringList anchors;
    QHash<QString, int> counts;
    for (const auto &h : headings) {
        QString base;
        for (const QChar c : h.second.toLower()) {
            if (c == u' ') {
                base += u'-';
            } else if (c.isLetterOrNumber() || c.isMark() || c == u'-' || c == u'_') {
                base += c;
            }
        }
        QString anchor = base;
        while (anchors.contains(anchor)) {
            anchor = base + u'-' + QString::number(++counts[base]);
        }
        anchors.append(anchor);
    }
    return anchors;
}

QStringList headingTexts(const Ast &ast, int level)
{
    QStringList out;
    for (const auto &h : ast.headings) {
        if (h.first == level) {
            out.append(h.second);
        }
    }
    return out;
}

} // namespace

class TestDigest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<store::Database> m_db;
    core::Profile m_profile;
    // No holidays: the previous and next links are plain weekdays.
    core::AnnouncementCalendar m_calendar;

    digest::Digest richDigest()
    {
        QString error;
        const std::optional<digest::Digest> d =
            digest::DigestBuilder::day(*m_db, DigestFixture::richDay(), m_profile, &error, m_calendar);
        if (!d) {
            qWarning("%s", qPrintable(error));
            return {};
        }
        return *d;
    }

    digest::MonthDigest april()
    {
        QString error;
        const std::optional<digest::MonthDigest> m =
            digest::DigestBuilder::month(*m_db, QDate(2026, 4, 17), m_profile, &error, m_calendar);
        if (!m) {
            qWarning("%s", qPrintable(error));
            return {};
        }
        return *m;
    }

    // Compares with tests/data/digest/<name>; PAPERDESK_UPDATE_GOLDEN=1 rewrites the file instead.
    void compareGolden(const QByteArray &actual, const QString &name)
    {
        const QString path = test::dataFile(u"digest/"_s + name);
        if (qEnvironmentVariableIntValue("PAPERDESK_UPDATE_GOLDEN") == 1) {
            QFile out(path);
            QVERIFY2(out.open(QIODevice::WriteOnly), qPrintable(out.errorString()));
            out.write(actual);
            qWarning("updated the golden file %s", qPrintable(path));
            return;
        }
        QFile in(path);
        QVERIFY2(in.open(QIODevice::ReadOnly), qPrintable(path + u": "_s + in.errorString()));
        const QList<QByteArray> expected = in.readAll().split('\n');
        const QList<QByteArray> got = actual.split('\n');
        for (qsizetype i = 0; i < qMin(expected.size(), got.size()); ++i) {
            QVERIFY2(expected.at(i) == got.at(i),
                     qPrintable(u"%1 line %2:\n  expected: %3\n  actual:   %4"_s.arg(name).arg(i + 1).arg(
                         QString::fromUtf8(expected.at(i)), QString::fromUtf8(got.at(i)))));
        }
        QCOMPARE(got.size(), expected.size());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_profile = DigestFixture::profile();
        m_db = std::make_unique<store::Database>(m_dir.filePath(u"paperdesk.sqlite"_s));
        QString error;
        QVERIFY2(m_db->open(&error), qPrintable(error));
        QVERIFY2(DigestFixture::store(*m_db, m_profile, &error), qPrintable(error));
    }

    void groupsByTopicInProfileOrderBestFirst()
    {
        const digest::Digest d = richDigest();
        QCOMPARE(d.fingerprint, llm::PromptBuilder(m_profile).fingerprint());
        QVERIFY(!d.heuristic);
        QCOMPARE(d.total(), 10);
        QCOMPARE(d.scanned(), 9);
        QCOMPARE(d.relevant(), 5);
        QCOMPARE(d.unscored, 1);
        QCOMPARE(d.failed.size(), 1);
        QCOMPARE(d.failed.first().paper().arxivId, u"2604.20006"_s);
        QCOMPARE(d.previousDay, QDate(2026, 4, 20));
        QCOMPARE(d.nextDay, QDate(2026, 4, 22));

        QCOMPARE(d.topics.size(), 3);
        QCOMPARE(d.topics.at(0).id, u"architecture_training"_s);
        QCOMPARE(d.topics.at(1).id, u"efficiency_scaling"_s);
        QCOMPARE(d.topics.at(2).id, u"memory_systems"_s);
        QStringList order;
        for (const store::DayPaper &p : d.topics.at(0).papers) {
            order.append(p.paper().arxivId);
        }
        // 9+8 and 8+9 tie on the sum; the higher relevance goes first. 8+8 comes last; 7+9 is not
        // relevant (relevance below 8), 3+2 neither.
        QCOMPARE(order, (QStringList{u"2604.20001"_s, u"2604.20009"_s, u"2604.20002"_s}));
        QCOMPARE(d.topics.at(2).papers.first().paper().arxivId, DigestFixture::hostileId());

        QCOMPARE(d.hotspots.size(), 2); // the relevant daily_hot one and the not relevant new_frontier one
        QCOMPARE(d.hotspots.at(0).paper().arxivId, u"2604.20003"_s);
        QCOMPARE(d.hotspots.at(1).paper().arxivId, u"2604.20004"_s);

        // Everything spent on the day counts, the old fingerprint's 5000 tokens too: the day's cost is
        // the same figure in the window and in every export.
        QCOMPARE(d.usage.promptTokens, 17000);
        QCOMPARE(d.usage.completionTokens, 1900);
        QVERIFY(d.usage.totalCost().has_value());
        QCOMPARE(d.model, u"gpt-5.4"_s);
        QVERIFY(d.systemPrompt.startsWith(m_profile.prompt.system.left(20)));
    }

    void fallsBackToHeuristicScoresAndSaysSo()
    {
        const std::optional<digest::Digest> d =
            digest::DigestBuilder::day(*m_db, DigestFixture::heuristicDay(), m_profile, nullptr, m_calendar);
        QVERIFY(d);
        QVERIFY(d->heuristic);
        QVERIFY(d->heuristicFallback);
        QCOMPARE(d->fingerprint, llm::PromptBuilder(m_profile).fingerprint()); // the current settings
        for (const store::DayPaper &p : d->papers) {
            QVERIFY(!p.showsScore() || p.score->heuristic); // shown, and labelled
        }
        QCOMPARE(d->relevant(), 2);
        QVERIFY(d->usage.totalCost().has_value()); // nothing spent: $0.00, not unknown
        const QString md = digest::MarkdownWriter::day(*d, {true});
        QVERIFY(md.contains(u"offline heuristic's scores"_s));
        QVERIFY(md.contains(u"The offline heuristic uses no prompt."_s));
    }

    void unknownAndFailedDaysHaveNoDigest()
    {
        QString error;
        QVERIFY(!digest::DigestBuilder::day(*m_db, QDate(2026, 4, 22), m_profile, &error, m_calendar));
        QVERIFY2(error.contains(u"2026-04-22"_s), qPrintable(error));
        QVERIFY(
            !digest::DigestBuilder::day(*m_db, DigestFixture::failedDay(), m_profile, &error, m_calendar));
        QVERIFY2(error.contains(u"HTTP 503 from arXiv"_s), qPrintable(error));
        QVERIFY(!digest::DigestBuilder::month(*m_db, QDate(2026, 3, 2), m_profile, &error, m_calendar));
        QVERIFY2(error.contains(u"2026-03"_s), qPrintable(error));
    }

    void markdownMatchesGolden()
    {
        compareGolden(digest::MarkdownWriter::day(richDigest()).toUtf8(), u"2026-04-21.md"_s);
        compareGolden(digest::MarkdownWriter::month(april()).toUtf8(), u"2026-04.md"_s);
    }

    void htmlAndJsonMatchGolden()
    {
        compareGolden(digest::HtmlWriter::day(richDigest(), {}).toUtf8(), u"2026-04-21.html"_s);
        compareGolden(digest::HtmlWriter::month(april()).toUtf8(), u"2026-04.html"_s);
        compareGolden(digest::JsonWriter::toBytes(digest::JsonWriter::day(richDigest())),
                      u"2026-04-21.json"_s);
    }

    void markdownParsesToTheExpectedDocument()
    {
        const Ast ast = parseMarkdown(digest::MarkdownWriter::day(richDigest()));
        QCOMPARE(headingTexts(ast, 1), QStringList{u"Personalized Daily ArXiv Papers 2026-04-21"_s});
        const QStringList sections = headingTexts(ast, 2);
        QCOMPARE(sections, (QStringList{u"Usage"_s, u"Topic Coverage"_s, u"Table of Contents by Topic"_s,
                                        u"Architecture and Training Dynamics (3)"_s,
                                        u"Efficiency, Compression, and Large-Scale Training (1)"_s,
                                        u"Memory Structures and Agent Memory Systems (1)"_s,
                                        u"Hotspot Papers (2)"_s, u"Failed Papers (1)"_s}));
        const QStringList entries = headingTexts(ast, 3);
        QCOMPARE(entries.size(), 7);
        QCOMPARE(entries.at(0), u"1. Attention Sinks Explained"_s);
        // The hostile title reads exactly as written: no markup took effect, nothing was lost.
        QCOMPARE(entries.at(4), u"1. "_s + DigestFixture::hostileTitle());
        QVERIFY(ast.paragraphs.contains(u"Abstract: "_s + DigestFixture::hostileAbstract().simplified()));

        const QStringList anchors = githubAnchors(ast.headings);
        QCOMPARE(QSet<QString>(anchors.cbegin(), anchors.cend()).size(), anchors.size());
        // Each anchor's heading and the section (level 2) it sits in.
        QHash<QString, qsizetype> headingOf;
        QHash<QString, QString> sectionOf;
        QString section;
        for (qsizetype i = 0; i < anchors.size(); ++i) {
            headingOf.insert(anchors.at(i), i);
            if (ast.headings.at(i).first <= 2) {
                section = anchors.at(i);
            }
            sectionOf.insert(anchors.at(i), section);
        }
        int tocLinks = 0;
        QString group;
        QStringList files;
        for (const auto &link : ast.links) {
            const QString &url = link.first;
            if (url.startsWith(u'#')) {
                ++tocLinks;
                const QString anchor = url.mid(1);
                QVERIFY2(headingOf.contains(anchor), qPrintable(u"no heading for "_s + url));
                const auto &target = ast.headings.at(headingOf.value(anchor));
                if (target.first == 2) {
                    // A coverage row or a contents group: the heading is "<label> (<count>)".
                    QVERIFY2(target.second.startsWith(link.second), qPrintable(target.second));
                    group = anchor;
                } else {
                    // A contents entry: the heading of that title, in the group's own section.
                    QCOMPARE(target.first, 3);
                    QVERIFY2(target.second.endsWith(u". "_s + link.second), qPrintable(target.second));
                    QCOMPARE(sectionOf.value(anchor), group);
                }
            } else if (url.startsWith(u"https://arxiv.org/abs/2604.200"_s)) {
                QVERIFY(!link.second.isEmpty());
            } else {
                files.append(url);
            }
        }
        // 3 topics + hotspots in the coverage (topics only) and the contents (groups and entries).
        QCOMPARE(tocLinks, 3 + 4 + 7);
        QCOMPARE(files, (QStringList{u"2026-04-20.md"_s, u"2026-04.md"_s, u"2026-04-22.md"_s}));

        // Untrusted text made no emphasis, raw HTML or images; bold is only the writer's labels.
        QCOMPARE(ast.emphasis, 0);
        QCOMPARE(ast.html, 0);
        QCOMPARE(ast.images, 0);
        const QSet<QString> labels{u"ArXiv ID:"_s, u"Primary Topic:"_s, u"Also Matches:"_s,   u"Authors:"_s,
                                   u"Abstract:"_s, u"Comment:"_s,       u"Topic Match:"_s,    u"Relevance:"_s,
                                   u"Novelty:"_s,  u"Hotspot Tags:"_s,  u"Hotspot Comment:"_s};
        for (const QString &s : ast.strong) {
            QVERIFY2(labels.contains(s) || sections.contains(s), qPrintable(u"unexpected bold: "_s + s));
        }
        QVERIFY(ast.codeBlocks.isEmpty()); // no prompt unless asked for
    }

    void promptAppendixHoldsThePromptVerbatim()
    {
        digest::Digest d = richDigest();
        const llm::PromptBuilder prompt(m_profile);
        Ast ast = parseMarkdown(digest::MarkdownWriter::day(d, {true}));
        QVERIFY(headingTexts(ast, 2).contains(u"Paper Selection Prompt"_s));
        QCOMPARE(ast.codeBlocks.size(), 2);
        QCOMPARE(ast.codeBlocks.at(0).trimmed(), prompt.systemPrompt().trimmed());
        QCOMPARE(ast.codeBlocks.at(1).trimmed(), prompt.staticUserPrompt().trimmed());

        // A prompt holding fences cannot end its code block early.
        d.systemPrompt = u"Answer in JSONL.\n```json\n{\"a\": 1}\n```\n# not a heading\n````"_s;
        ast = parseMarkdown(digest::MarkdownWriter::day(d, {true}));
        QCOMPARE(ast.codeBlocks.size(), 2);
        QCOMPARE(ast.codeBlocks.at(0), d.systemPrompt + u'\n');
    }

    void escapeKeepsTextLiteral_data()
    {
        QTest::addColumn<QString>("text");
        const QStringList cases{
            u"*a* _b_ **c** __d__"_s,
            u"[x](y) ![i](j) [r]: /u"_s,
            u"<b>bold</b> <!-- c -->"_s,
            u"&amp; &#42; &copy"_s,
            u"`code` ``x``"_s,
            u"# heading ##"_s,
            u"- item"_s,
            u"+ item"_s,
            u"1. item"_s,
            u"12) item"_s,
            u"> quote"_s,
            u"back\\slash\\"_s,
            u"$\\alpha$ \\mathbb{R}"_s,
            u"~~strike~~"_s,
            u"a | b | c"_s,
            u"<http://example.com>"_s,
            u"line\nbreak  \n\tend"_s,
            u"=== "_s,
            u"***"_s,
            u"\u0000\u0007ctl"_s,
            u"javascript:alert(1)"_s,
        };
        for (qsizetype i = 0; i < cases.size(); ++i) {
            QTest::addRow("case %d", int(i)) << cases.at(i);
        }
    }

    void escapeKeepsTextLiteral()
    {
        QFETCH(QString, text);
        const QString md = u"**Abstract:** "_s + digest::MarkdownWriter::escape(text) + u'\n';
        const Ast ast = parseMarkdown(md);
        QCOMPARE(ast.paragraphs.size(), 1);
        QCOMPARE(ast.paragraphs.first(), u"Abstract: "_s + digest::MarkdownWriter::plain(text));
        QCOMPARE(ast.links.size(), 0);
        QCOMPARE(ast.emphasis, 0);
        QCOMPARE(ast.strong.size(), 1);
        QCOMPARE(ast.html, 0);
        // At the start of a line too.
        const Ast alone = parseMarkdown(digest::MarkdownWriter::escape(text));
        QVERIFY(alone.headings.isEmpty());
        QCOMPARE(alone.paragraphs.size(), digest::MarkdownWriter::plain(text).isEmpty() ? 0 : 1);
        if (!alone.paragraphs.isEmpty()) {
            QCOMPARE(alone.paragraphs.first(), digest::MarkdownWriter::plain(text));
        }
    }

    void jsonHasTheDocumentedFields()
    {
        const QJsonObject o =
            QJsonDocument::fromJson(digest::JsonWriter::toBytes(digest::JsonWriter::day(richDigest())))
                .object();
        const QStringList topKeys{u"date"_s,   u"model"_s,  u"scorer"_s, u"usage"_s,
                                  u"papers"_s, u"topics"_s, u"items"_s};
        const QStringList keys = o.keys();
        QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()), QSet<QString>(topKeys.cbegin(), topKeys.cend()));
        QCOMPARE(o[u"date"_s].toString(), u"2026-04-21"_s);
        QCOMPARE(o[u"model"_s].toString(), u"gpt-5.4"_s);

        const QJsonObject usage = o[u"usage"_s].toObject();
        for (const QString &k :
             {u"promptTokens"_s, u"completionTokens"_s, u"totalTokens"_s, u"cachedTokens"_s, u"requests"_s}) {
            QVERIFY2(usage[k].isDouble(), qPrintable(k));
        }
        // Both runs of the day: 12000 + 5000 prompt tokens (2000 cached), 1500 + 400 completion.
        QCOMPARE(usage[u"promptTokens"_s].toInteger(), 17000);
        QCOMPARE(usage[u"totalTokens"_s].toInteger(), 18900);
        QCOMPARE(usage[u"cachedTokens"_s].toInteger(), 2000);
        QCOMPARE(usage[u"reasoningTokens"_s].toInteger(), 0);
        const QJsonObject cost = usage[u"cost"_s].toObject();
        QCOMPARE(cost.keys(), (QStringList{u"completion"_s, u"prompt"_s, u"total"_s}));
        QCOMPARE(cost[u"prompt"_s].toDouble(), (15000 * 2.5 + 2000 * 0.25) / 1e6);
        QCOMPARE(cost[u"completion"_s].toDouble(), 1900 * 15.0 / 1e6);

        const QJsonObject papers = o[u"papers"_s].toObject();
        QCOMPARE(papers.keys(),
                 (QStringList{u"failed"_s, u"relevant"_s, u"scanned"_s, u"stale"_s, u"total"_s}));
        QCOMPARE(papers[u"total"_s].toInt(), 10);
        QCOMPARE(papers[u"scanned"_s].toInt(), 9);
        QCOMPARE(papers[u"relevant"_s].toInt(), 5);
        QCOMPARE(papers[u"failed"_s].toInt(), 1);

        const QJsonArray topics = o[u"topics"_s].toArray();
        QCOMPARE(topics.size(), 3);
        int topicSum = 0;
        for (const QJsonValue &t : topics) {
            QCOMPARE(t.toObject().keys(), (QStringList{u"count"_s, u"id"_s, u"label"_s}));
            topicSum += t[u"count"_s].toInt();
        }
        QCOMPARE(topicSum, 5);

        // Every listed paper exactly once, in feed order, with its status.
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(u"SELECT arxiv_id FROM announcements WHERE date = '2026-04-21' ORDER BY position"_s));
        QStringList listed;
        while (q.next()) {
            listed.append(q.value(0).toString());
        }
        const QJsonArray items = o[u"items"_s].toArray();
        const QSet<QString> itemKeys{
            u"arxivId"_s,    u"version"_s,      u"title"_s,          u"authors"_s,       u"abstract"_s,
            u"categories"_s, u"announceType"_s, u"status"_s,         u"failure"_s,       u"relevance"_s,
            u"novelty"_s,    u"relevant"_s,     u"primaryTopic"_s,   u"matchedTopics"_s, u"comment"_s,
            u"topicMatch"_s, u"hotspotTags"_s,  u"hotspotComment"_s, u"arxivComment"_s,  u"journalRef"_s,
            u"doi"_s,        u"license"_s,      u"scorer"_s,         u"scoredModel"_s,   u"scoredAt"_s,
            u"forYou"_s};
        const QSet<QString> statuses{u"scored"_s, u"stale"_s, u"failed"_s, u"filtered"_s, u"unscored"_s};
        QStringList ids;
        QHash<QString, QString> statusOf;
        for (const QJsonValue &v : items) {
            const QJsonObject item = v.toObject();
            const QStringList present = item.keys();
            QCOMPARE(QSet<QString>(present.cbegin(), present.cend()), itemKeys);
            for (const QString &k :
                 {u"arxivId"_s, u"title"_s, u"abstract"_s, u"announceType"_s, u"status"_s, u"failure"_s,
                  u"primaryTopic"_s, u"comment"_s, u"topicMatch"_s, u"hotspotComment"_s}) {
                QVERIFY2(item[k].isString(), qPrintable(k));
            }
            for (const QString &k : {u"authors"_s, u"categories"_s, u"matchedTopics"_s, u"hotspotTags"_s}) {
                QVERIFY2(item[k].isArray(), qPrintable(k));
                for (const QJsonValue &e : item[k].toArray()) {
                    QVERIFY(e.isString());
                }
            }
            QVERIFY(item[u"version"_s].isDouble());
            QVERIFY(item[u"relevant"_s].isBool());
            const QString status = item[u"status"_s].toString();
            QVERIFY(statuses.contains(status));
            const bool scored = status == u"scored";
            QCOMPARE(item[u"relevance"_s].isDouble(), scored);
            QCOMPARE(item[u"novelty"_s].isNull(), !scored);
            if (scored) {
                QVERIFY(item[u"relevance"_s].toInt() >= 1 && item[u"relevance"_s].toInt() <= 10);
            }
            QCOMPARE(item[u"failure"_s].toString().isEmpty(), status == u"scored" || status == u"unscored");
            for (const QJsonValue &tag : item[u"hotspotTags"_s].toArray()) {
                QVERIFY(tag.toString() == u"daily_hot" || tag.toString() == u"new_frontier");
            }
            ids.append(item[u"arxivId"_s].toString());
            statusOf.insert(ids.last(), status);
        }
        QCOMPARE(ids, listed);
        QCOMPARE(statusOf.value(u"2604.20006"_s), u"failed"_s);
        QCOMPARE(statusOf.value(u"2604.20007"_s), u"filtered"_s);
        QCOMPARE(statusOf.value(u"2604.20008"_s), u"unscored"_s);
        QCOMPARE(items.at(6)[u"failure"_s].toString(), u"announce type replace is not kept"_s);
        QCOMPARE(items.at(5)[u"failure"_s].toString(), u"missing from the reply after 3 retries"_s);
        QCOMPARE(items.at(4)[u"title"_s].toString(), DigestFixture::hostileTitle());
        QCOMPARE(items.at(4)[u"abstract"_s].toString(), DigestFixture::hostileAbstract());
    }

    void monthTotalsMatchTheDatabase()
    {
        const digest::MonthDigest m = april();
        QCOMPARE(m.days.size(), 2); // the failed day has no digest; May is another month

        const QString llm = llm::PromptBuilder(m_profile).fingerprint();
        const QString heuristic = llm::HeuristicScorer(m_profile).fingerprint();
        QSqlQuery q(m_db->connection());
        const auto number = [&](const QString &sql) {
            if (!q.exec(sql) || !q.next()) {
                qWarning("%s", qPrintable(sql));
                return qint64(-1);
            }
            return q.value(0).toLongLong();
        };
        const QString inApril = u"date BETWEEN '2026-04-01' AND '2026-04-30'"_s;
        const qint64 listed = number(u"SELECT COUNT(*) FROM announcements WHERE "_s + inApril);
        const qint64 scanned =
            number(u"SELECT COUNT(*) FROM announcements WHERE filter_reason = '' AND "_s + inApril);
        // Each day shows one fingerprint: the LLM's on the 21st, the heuristic's on the 20th.
        const qint64 relevant =
            number(uR"(SELECT COUNT(*) FROM announcements a JOIN scores s ON s.arxiv_id = a.arxiv_id
            WHERE a.filter_reason = '' AND s.status = 'scored' AND s.relevance >= 8 AND s.novelty >= 8
            AND ((a.date = '2026-04-21' AND s.fingerprint = ':llm') OR (a.date = '2026-04-20' AND s.fingerprint = ':h')))"_s
                       .replace(u":llm"_s, llm)
                       .replace(u":h"_s, heuristic));
        // Every run of a day with a digest counts, under whatever settings it ran.
        const QString runsOfDigests = u" FROM runs WHERE "_s + inApril +
                                      u" AND date IN (SELECT date FROM days WHERE state = 'fetched')"_s;
        const qint64 prompt = number(u"SELECT SUM(prompt_tokens)"_s + runsOfDigests);
        const qint64 completion = number(u"SELECT SUM(completion_tokens)"_s + runsOfDigests);
        const qint64 failed =
            number(u"SELECT COUNT(*) FROM scores s JOIN announcements a ON a.arxiv_id = s.arxiv_id "
                   u"WHERE s.status = 'failed' AND "_s +
                   QString(inApril).replace(u"date"_s, u"a.date"_s));
        QCOMPARE(listed, 13);
        QCOMPARE(m.total(), listed);
        QCOMPARE(m.scanned(), scanned);
        QCOMPARE(m.relevant(), relevant);
        QCOMPARE(m.failed(), failed);
        QCOMPARE(m.usage().promptTokens, prompt);
        QCOMPARE(m.usage().completionTokens, completion);

        // The Markdown's totals row and the JSON say the same.
        const QString md = digest::MarkdownWriter::month(m);
        const QString row = u"| 2 | %1 | %2 | %3 | %4 | %5 | %6 | %7 |"_s.arg(listed)
                                .arg(scanned)
                                .arg(relevant)
                                .arg(failed)
                                .arg(prompt)
                                .arg(completion)
                                .arg(prompt + completion);
        QVERIFY2(md.contains(row), qPrintable(row));
        const QJsonObject json = digest::JsonWriter::month(m);
        QCOMPARE(json[u"month"_s].toString(), u"2026-04"_s);
        qint64 jsonTotal = 0;
        qint64 jsonPrompt = 0;
        for (const QJsonValue &day : json[u"days"_s].toArray()) {
            jsonTotal += day[u"papers"_s][u"total"_s].toInteger();
            jsonPrompt += day[u"usage"_s][u"promptTokens"_s].toInteger();
        }
        QCOMPARE(jsonTotal, listed);
        QCOMPARE(jsonPrompt, prompt);

        const Ast ast = parseMarkdown(md);
        QCOMPARE(headingTexts(ast, 1), QStringList{u"Monthly Overview 2026-04"_s});
        const QStringList anchors = githubAnchors(ast.headings);
        QStringList days;
        for (const auto &link : ast.links) {
            if (link.first.startsWith(u'#')) {
                QVERIFY2(anchors.contains(link.first.mid(1)), qPrintable(link.first));
            } else if (!link.first.startsWith(u"https://arxiv.org/abs/"_s)) {
                days.append(link.first);
            }
        }
        QVERIFY(days.contains(u"2026-04-20.md"_s));
        QVERIFY(days.contains(u"2026-04-21.md"_s));
        QVERIFY(days.contains(u"2026-03.md"_s));
        QVERIFY(days.contains(u"2026-05.md"_s));
        QVERIFY(!days.contains(u"2026-04-23.md"_s)); // the failed day has no digest to link to
        QVERIFY(md.contains(u"23 failed"_s));
    }

    void htmlIsSafeAndStandalone()
    {
        const QString html = digest::HtmlWriter::day(richDigest(), {true});
        QVERIFY(html.startsWith(u"<!DOCTYPE html>"_s));
        QVERIFY(html.contains(u"<meta charset=\"utf-8\">"_s));
        QVERIFY(html.contains(u"<title>Personalized Daily ArXiv Papers 2026-04-21</title>"_s));
        QVERIFY(html.contains(u"prefers-color-scheme: dark"_s));
        QVERIFY(!html.contains(u"<script"_s, Qt::CaseInsensitive));
        // The hostile abstract's "[click](javascript:alert(1))" stays visible text; no attribute
        // anywhere holds a javascript: URL.
        static const QRegularExpression attribute(u"(?:href|src)\\s*=\\s*\"?\\s*javascript:"_s,
                                                  QRegularExpression::CaseInsensitiveOption);
        QVERIFY(!attribute.match(html).hasMatch());
        QVERIFY(html.contains(u"[click](javascript:alert(1))"_s));
        QVERIFY(!html.contains(u"href=\"javascript"_s, Qt::CaseInsensitive));
        QVERIFY(!html.contains(u"href=\"y\""_s));
        QVERIFY(!html.contains(u"<img"_s, Qt::CaseInsensitive));
        QVERIFY(!html.contains(u"<b>"_s));
        QVERIFY(html.contains(u"&lt;b&gt;tag&lt;/b&gt;"_s));
        QVERIFY(html.contains(u"<table>"_s));
        QVERIFY(html.contains(u"<pre><code class=\"language-text\">"_s));
        // Day links point at the HTML exports; every #link has a heading with that id.
        QVERIFY(html.contains(u"href=\"2026-04-20.html\""_s));
        QVERIFY(html.contains(u"href=\"2026-04.html\""_s));
        QVERIFY(!html.contains(u".md\""_s));
        static const QRegularExpression ids(u"<h[1-6] id=\"([^\"]*)\""_s);
        static const QRegularExpression refs(u"href=\"#([^\"]*)\""_s);
        QSet<QString> known;
        for (auto it = ids.globalMatch(html); it.hasNext();) {
            known.insert(it.next().captured(1));
        }
        int checked = 0;
        for (auto it = refs.globalMatch(html); it.hasNext(); ++checked) {
            const QString ref = it.next().captured(1);
            QVERIFY2(known.contains(ref), qPrintable(ref));
        }
        QVERIFY(checked > 10);
    }
};

QTEST_GUILESS_MAIN(TestDigest)
#include "tst_digest.moc"
