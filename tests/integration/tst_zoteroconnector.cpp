#include "fakehttpserver.h"
#include "fakezoteroconnector.h"
#include "library/zoteroconnector.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using pd::library::ZoteroConnector;
using pd::test::FakeHttpServer;
using pd::test::FakeZoteroConnector;
using pd::test::HttpResponse;

namespace {

constexpr int WaitMs = 15000;

pd::core::Paper paper(const QString &id, int version = 1)
{
    pd::core::Paper p;
    p.arxivId = id;
    p.version = version;
    p.title = u"Paper "_s + id;
    p.authors = {u"Ada Lovelace"_s, u"Charles Babbage"_s};
    p.abstract = u"We study "_s + id + u'.';
    p.categories = {u"cs.LG"_s, u"stat.ML"_s};
    return p;
}

pd::core::Paper richPaper()
{
    pd::core::Paper p = paper(u"2604.01234"_s, 2);
    p.title = u"Schr\\\"odinger bridges for $\\alpha$-stable   noise"_s;
    p.authors = {u"Johannes Diderik van der Waals"_s, u"Zoë Çelik"_s, u"ATLAS Collaboration"_s};
    p.abstract = u"Diffusions on $\\mathbb{R}^n$ with G\\\"odel's \\emph{twist}."_s;
    p.doi = u"10.1000/xyz123"_s;
    return p;
}

// A port on 127.0.0.1 that nothing listens on.
quint16 closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

// Saves `papers` and waits for the one answer.
ZoteroConnector::Result save(ZoteroConnector &connector, const QList<pd::core::Paper> &papers)
{
    QList<ZoteroConnector::Result> results;
    QObject context;
    QObject::connect(&connector, &ZoteroConnector::finished, &context,
                     [&results](const ZoteroConnector::Result &r) { results.append(r); });
    connector.save(papers);
    if (!QTest::qWaitFor([&results] { return !results.isEmpty(); }, WaitMs)) {
        qWarning("no answer from ZoteroConnector");
        return {};
    }
    QTest::qWait(50); // a second answer would be a bug
    if (results.size() != 1) {
        qWarning("ZoteroConnector answered %d times", int(results.size()));
    }
    return results.first();
}

// A request written byte for byte, so a test controls every header (Qt adds its own).
struct RawRequest {
    QByteArray method = "POST";
    QByteArray path = "/connector/saveItems";
    QByteArray host = {}; // empty: 127.0.0.1:<port>
    QByteArray contentType = "application/json";
    QByteArray apiVersion = "3";
    QByteArray userAgent = "tst_zoteroconnector";
    QByteArray body = {};
    bool withLength = true;
};

struct RawAnswer {
    int status = 0; // 0: the connection closed without an answer
    QMap<QByteArray, QByteArray> headers;
    QByteArray body;
};

RawAnswer send(quint16 port, const RawRequest &r)
{
    QByteArray bytes = r.method + ' ' + r.path + " HTTP/1.1\r\n";
    bytes += "Host: " + (r.host.isEmpty() ? "127.0.0.1:" + QByteArray::number(port) : r.host) + "\r\n";
    bytes += "User-Agent: " + r.userAgent + "\r\nConnection: close\r\n";
    if (!r.contentType.isEmpty()) {
        bytes += "Content-Type: " + r.contentType + "\r\n";
    }
    if (!r.apiVersion.isEmpty()) {
        bytes += "X-Zotero-Connector-API-Version: " + r.apiVersion + "\r\n";
    }
    if (r.withLength) {
        bytes += "Content-Length: " + QByteArray::number(r.body.size()) + "\r\n";
    }
    bytes += "\r\n" + r.body;

    QTcpSocket socket;
    QByteArray received;
    QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [&] { received += socket.readAll(); });
    socket.connectToHost(QHostAddress::LocalHost, port);
    socket.write(bytes);
    if (!QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::UnconnectedState; }, WaitMs)) {
        qWarning("the connection stayed open");
    }

    RawAnswer answer;
    const qsizetype headerEnd = received.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        return answer;
    }
    const QList<QByteArray> lines = received.left(headerEnd).split('\n');
    answer.status = lines.first().split(' ').value(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        answer.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                              lines.at(i).mid(colon + 1).trimmed());
    }
    answer.body = received.mid(headerEnd + 4);
    return answer;
}

QByteArray saveBody(const QByteArray &items, const QByteArray &sessionId = "s1")
{
    return R"({"sessionID":")" + sessionId + R"(","items":[)" + items + "]}";
}

const QByteArray CleanItem =
    R"({"itemType":"preprint","title":"T","creators":[{"firstName":"A","lastName":"B",)"
    R"("creatorType":"author"}],"archiveID":"arXiv:2604.00001","url":"https://arxiv.org/abs/2604.00001"})";

} // namespace

Q_DECLARE_METATYPE(RawRequest)

class TestZoteroConnector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // --- the body the client builds ---

    void payloadHasEveryField()
    {
        const QJsonObject body = ZoteroConnector::payload({richPaper()}, u"session-1"_s);
        QCOMPARE(body.value(u"sessionID").toString(), u"session-1"_s);
        const QJsonArray items = body.value(u"items").toArray();
        QCOMPARE(items.size(), 1);
        const QJsonObject item = items.first().toObject();
        QCOMPARE(item.value(u"itemType").toString(), u"preprint"_s);
        QCOMPARE(item.value(u"title").toString(), u"Schrödinger bridges for α-stable noise"_s);
        QCOMPARE(item.value(u"abstractNote").toString(), u"Diffusions on ℝⁿ with Gödel's twist."_s);
        QCOMPARE(item.value(u"date").toString(), u"2026-04"_s);
        QCOMPARE(item.value(u"archiveID").toString(), u"arXiv:2604.01234"_s);
        QCOMPARE(item.value(u"repository").toString(), u"arXiv"_s);
        QCOMPARE(item.value(u"url").toString(), u"https://arxiv.org/abs/2604.01234"_s);
        QCOMPARE(item.value(u"DOI").toString(), u"10.1000/xyz123"_s);
        QCOMPARE(item.value(u"extra").toString(), u"arXiv:2604.01234 [cs.LG]"_s);

        const QJsonArray creators = item.value(u"creators").toArray();
        QCOMPARE(creators.size(), 3);
        QCOMPARE(creators.at(0).toObject(), (QJsonObject{{u"creatorType"_s, u"author"_s},
                                                         {u"firstName"_s, u"Johannes Diderik"_s},
                                                         {u"lastName"_s, u"van der Waals"_s}}));
        QCOMPARE(creators.at(1).toObject().value(u"lastName").toString(), u"Çelik"_s);
        QCOMPARE(creators.at(2).toObject(),
                 (QJsonObject{{u"creatorType"_s, u"author"_s}, {u"name"_s, u"ATLAS Collaboration"_s}}));

        const QJsonArray attachments = item.value(u"attachments").toArray();
        QCOMPARE(attachments.size(), 1);
        QCOMPARE(attachments.first().toObject().value(u"url").toString(),
                 u"https://arxiv.org/pdf/2604.01234v2"_s);

        // Zotero, strict, stores it unchanged with the PDF link, in version 8 and in version 7.
        for (const int major : {8, 7}) {
            FakeZoteroConnector::SavedItem saved;
            const std::optional<QString> error = FakeZoteroConnector::checkItem(item, true, major, &saved);
            QVERIFY2(!error, qPrintable(error.value_or(QString())));
            QCOMPARE(saved.itemType, u"preprint"_s);
            QCOMPARE(saved.links.size(), 1);
            QCOMPARE(saved.links.first().value(u"url").toString(), u"https://arxiv.org/pdf/2604.01234v2"_s);
            QVERIFY(saved.ignored.isEmpty());
            QVERIFY(saved.downloads.isEmpty());
        }
    }

    void payloadWithoutDoiUsesArxivDoi()
    {
        const QJsonObject item = ZoteroConnector::payload({paper(u"hep-th/9901001"_s)}, u"s"_s)
                                     .value(u"items")
                                     .toArray()
                                     .first()
                                     .toObject();
        QCOMPARE(item.value(u"DOI").toString(), u"10.48550/arXiv.hep-th/9901001"_s);
        QCOMPARE(item.value(u"date").toString(), u"1999-01"_s);
        QCOMPARE(item.value(u"extra").toString(), u"arXiv:hep-th/9901001"_s);
    }

    void payloadSkipsRepeatsAndEmptyIds()
    {
        const QJsonObject body = ZoteroConnector::payload(
            {paper(u"2604.00001"_s), paper(u"2604.00002"_s), paper(u"2604.00001"_s), paper(QString())},
            u"s"_s);
        QCOMPARE(body.value(u"items").toArray().size(), 2);
    }

    void creators_data()
    {
        QTest::addColumn<QString>("author");
        QTest::addColumn<QString>("firstName");
        QTest::addColumn<QString>("lastName");
        QTest::addColumn<QString>("name"); // the single-field form, when expected

        QTest::newRow("two words") << u"Ashish Vaswani"_s << u"Ashish"_s << u"Vaswani"_s << QString();
        QTest::newRow("middle name") << u"Geoffrey E. Hinton"_s << u"Geoffrey E."_s << u"Hinton"_s
                                     << QString();
        QTest::newRow("particles") << u"Johannes Diderik van der Waals"_s << u"Johannes Diderik"_s
                                   << u"van der Waals"_s << QString();
        QTest::newRow("de la") << u"Maria de la Cruz"_s << u"Maria"_s << u"de la Cruz"_s << QString();
        QTest::newRow("hyphen") << u"Jean-Pierre Serre"_s << u"Jean-Pierre"_s << u"Serre"_s << QString();
        QTest::newRow("suffix") << u"Martin Luther King Jr."_s << u"Martin Luther"_s << u"King Jr."_s
                                << QString();
        QTest::newRow("comma form") << u"Lovelace, Ada"_s << u"Ada"_s << u"Lovelace"_s << QString();
        QTest::newRow("unicode") << u"Zoë  Çelik "_s << u"Zoë"_s << u"Çelik"_s << QString();
        QTest::newRow("one word") << u"Plato"_s << QString() << QString() << u"Plato"_s;
        QTest::newRow("collaboration")
            << u"The CMS Collaboration"_s << QString() << QString() << u"The CMS Collaboration"_s;
    }

    void creators()
    {
        QFETCH(QString, author);
        QFETCH(QString, firstName);
        QFETCH(QString, lastName);
        QFETCH(QString, name);
        const QJsonObject c = ZoteroConnector::creator(author);
        QCOMPARE(c.value(u"creatorType").toString(), u"author"_s);
        if (name.isEmpty()) {
            QCOMPARE(c.value(u"firstName").toString(), firstName);
            QCOMPARE(c.value(u"lastName").toString(), lastName);
            QVERIFY(!c.contains(u"name"));
        } else {
            QCOMPARE(c.value(u"name").toString(), name);
            QVERIFY(!c.contains(u"firstName") && !c.contains(u"lastName"));
        }
        // Zotero's creator rules hold.
        const QJsonObject item{{u"itemType"_s, u"preprint"_s}, {u"creators"_s, QJsonArray{c}}};
        FakeZoteroConnector::SavedItem saved;
        const std::optional<QString> error = FakeZoteroConnector::checkItem(item, true, 8, &saved);
        QVERIFY2(!error, qPrintable(error.value_or(QString())));
    }

    void dateFromId_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("date");
        QTest::newRow("new style") << u"2604.01234"_s << u"2026-04"_s;
        QTest::newRow("first new style") << u"0704.0001"_s << u"2007-04"_s;
        QTest::newRow("old style 1990s") << u"hep-th/9901001"_s << u"1999-01"_s;
        QTest::newRow("old style 2000s") << u"math.GT/0309136"_s << u"2003-09"_s;
        QTest::newRow("month 13") << u"2613.01234"_s << QString();
        QTest::newRow("no id") << u"nonsense"_s << QString();
    }

    void dateFromId()
    {
        QFETCH(QString, id);
        QFETCH(QString, date);
        QCOMPARE(ZoteroConnector::dateFromId(id), date);
    }

    // --- saving through the fake connector ---

    void savesOnePaper()
    {
        FakeZoteroConnector zotero;
        QVERIFY(zotero.listen());
        zotero.setStrict(true);
        ZoteroConnector connector(zotero.baseUrl());

        const ZoteroConnector::Result result = save(connector, {richPaper()});
        QVERIFY2(result.ok, qPrintable(result.message + u" / "_s + zotero.lastError()));
        QVERIFY(!result.notRunning);
        QCOMPARE(result.saved, 1);
        QVERIFY(result.message.contains(u"Saved 1 paper"));

        QCOMPARE(zotero.exchanges().size(), 1);
        const pd::test::HttpRequest request = zotero.exchanges().first().request;
        QCOMPARE(zotero.exchanges().first().status, 201);
        QCOMPARE(request.method, "POST");
        QCOMPARE(request.header("content-type"), "application/json");
        QCOMPARE(request.header("x-zotero-connector-api-version"), "3");
        QVERIFY(request.header("user-agent").startsWith("Paperdesk/"));

        QCOMPARE(zotero.savedItems().size(), 1);
        const FakeZoteroConnector::SavedItem item = zotero.savedItems().first();
        QCOMPARE(item.itemType, u"preprint"_s);
        QVERIFY2(item.changes.isEmpty(), qPrintable(item.changes.join(u"; ")));
        QCOMPARE(item.field(u"title"_s), u"Schrödinger bridges for α-stable noise"_s);
        QCOMPARE(item.field(u"archiveID"_s), u"arXiv:2604.01234"_s);
        QCOMPARE(item.links.size(), 1);
        QCOMPARE(item.links.first().value(u"url").toString(), u"https://arxiv.org/pdf/2604.01234v2"_s);
        QVERIFY(zotero.sessionIds().contains(item.sessionId));
    }

    void savesSeveralPapersInOneRequest()
    {
        FakeZoteroConnector zotero;
        QVERIFY(zotero.listen());
        zotero.setStrict(true);
        ZoteroConnector connector(zotero.baseUrl());
        const QList<pd::core::Paper> papers{paper(u"2604.00001"_s), paper(u"2604.00002"_s, 3),
                                            paper(u"hep-th/9901001"_s)};

        ZoteroConnector::Result result = save(connector, papers);
        QVERIFY2(result.ok, qPrintable(result.message + u" / "_s + zotero.lastError()));
        QCOMPARE(result.saved, 3);
        QCOMPARE(zotero.exchanges().size(), 1);
        QCOMPARE(zotero.savedItems().size(), 3);
        QCOMPARE(zotero.savedItems().at(1).links.first().value(u"url").toString(),
                 u"https://arxiv.org/pdf/2604.00002v3"_s);
        for (const FakeZoteroConnector::SavedItem &item : zotero.savedItems()) {
            QVERIFY2(item.changes.isEmpty(), qPrintable(item.changes.join(u"; ")));
        }

        // A second save opens a new session; Zotero would answer 409 to a reused one.
        result = save(connector, papers.mid(0, 1));
        QVERIFY2(result.ok, qPrintable(result.message));
        QCOMPARE(zotero.sessionIds().size(), 2);
    }

    void savesToZotero7()
    {
        FakeZoteroConnector zotero;
        QVERIFY(zotero.listen());
        zotero.setStrict(true);
        zotero.setZoteroVersion(7);
        ZoteroConnector connector(zotero.baseUrl());

        const ZoteroConnector::Result result =
            save(connector, {paper(u"2604.00001"_s), paper(u"2604.00002"_s)});
        QVERIFY2(result.ok, qPrintable(result.message));
        QCOMPARE(result.saved, 2); // counted from the items Zotero 7 lists
        QVERIFY(zotero.exchanges().first().body.contains("\"items\""));
        QCOMPARE(zotero.savedItems().first().links.size(), 1);
    }

    void zoteroNotRunning()
    {
        const quint16 port = closedPort();
        QUrl url(u"http://127.0.0.1"_s);
        url.setPort(port);
        ZoteroConnector connector(url);
        const ZoteroConnector::Result result = save(connector, {paper(u"2604.00001"_s)});
        QVERIFY(!result.ok);
        QVERIFY(result.notRunning);
        QCOMPARE(result.saved, 0);
        QVERIFY2(result.message.contains(u"Zotero is not running"), qPrintable(result.message));
        QVERIFY(result.message.contains(u"127.0.0.1:"_s + QString::number(port)));
        QVERIFY(result.message.contains(u"BibTeX"));
    }

    void zoteroDoesNotAnswer()
    {
        FakeZoteroConnector zotero;
        QVERIFY(zotero.listen());
        zotero.http().enqueue("/connector/saveItems",
                              HttpResponse::make(201).withFault(HttpResponse::Fault::Hang));
        ZoteroConnector connector(zotero.baseUrl());
        connector.setTransferTimeout(300);
        const ZoteroConnector::Result result = save(connector, {paper(u"2604.00001"_s)});
        QVERIFY(!result.ok);
        QVERIFY(result.notRunning);
        QVERIFY2(result.message.contains(u"did not answer"), qPrintable(result.message));
    }

    void zoteroFailsToSave()
    {
        FakeZoteroConnector zotero;
        QVERIFY(zotero.listen());
        zotero.failNextSave();
        ZoteroConnector connector(zotero.baseUrl());
        const ZoteroConnector::Result result = save(connector, {paper(u"2604.00001"_s)});
        QCOMPARE(zotero.exchanges().first().status, 500);
        QVERIFY(!result.ok);
        QVERIFY(!result.notRunning);
        QCOMPARE(result.saved, 0);
        QVERIFY2(result.message.contains(u"HTTP 500"), qPrintable(result.message));
        QVERIFY(!result.message.contains(u"2604.00001")); // no payload in the message
        QVERIFY(zotero.savedItems().isEmpty());
    }

    void readOnlyLibrary()
    {
        FakeZoteroConnector zotero;
        QVERIFY(zotero.listen());
        zotero.setLibraryEditable(false);
        ZoteroConnector connector(zotero.baseUrl());
        const ZoteroConnector::Result result = save(connector, {paper(u"2604.00001"_s)});
        QVERIFY(!result.ok);
        QVERIFY(!result.notRunning);
        QVERIFY2(result.message.contains(u"read-only"), qPrintable(result.message));
    }

    void anotherProgramOnThePort()
    {
        FakeHttpServer other;
        QVERIFY(other.listen());
        other.setHandler(
            [](const pd::test::HttpRequest &) { return HttpResponse::make(404, "nope\n", "text/plain"); });
        QUrl url = other.url();
        url.setPath(QString());
        ZoteroConnector connector(url);
        const ZoteroConnector::Result result = save(connector, {paper(u"2604.00001"_s)});
        QVERIFY(!result.ok);
        QVERIFY(result.notRunning);
        QVERIFY2(result.message.contains(u"not Zotero"), qPrintable(result.message));
    }

    void refusesOtherHosts()
    {
        ZoteroConnector connector(QUrl(u"http://192.0.2.1:23119"_s));
        const ZoteroConnector::Result result = save(connector, {paper(u"2604.00001"_s)});
        QVERIFY(!result.ok);
        QVERIFY(!result.message.isEmpty());
    }

    // --- the fake is Zotero's contract ---

    void fakeRejectsWhatZoteroRejects_data()
    {
        QTest::addColumn<RawRequest>("request");
        QTest::addColumn<bool>("strict");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("answer");

        const RawRequest valid{.body = saveBody(CleanItem)};
        const auto with = [&valid](auto change) {
            RawRequest r = valid;
            change(r);
            return r;
        };
        const auto item = [&valid](const QByteArray &json) {
            RawRequest r = valid;
            r.body = saveBody(json);
            return r;
        };
        QTest::newRow("GET") << with([](RawRequest &r) { r.method = "GET"; }) << false << 400
                             << QByteArray("Endpoint does not support method");
        QTest::newRow("PUT") << with([](RawRequest &r) { r.method = "PUT"; }) << false << 400
                             << QByteArray("Endpoint does not support method");
        QTest::newRow("unknown method") << with([](RawRequest &r) { r.method = "BREW"; }) << false << 501
                                        << QByteArray("Method not implemented");
        QTest::newRow("text/plain") << with([](RawRequest &r) { r.contentType = "text/plain"; }) << false
                                    << 400 << QByteArray("does not support content-type");
        QTest::newRow("form") << with([](RawRequest &r) {
            r.contentType = "application/x-www-form-urlencoded";
        }) << false << 400 << QByteArray("does not support content-type");
        QTest::newRow("no content-type") << with([](RawRequest &r) { r.contentType.clear(); }) << false << 409
                                         << QByteArray("SESSION_EXISTS");
        QTest::newRow("invalid JSON") << with([](RawRequest &r) { r.body = "{\"items\":[}"; }) << false << 400
                                      << QByteArray("Invalid JSON provided");
        QTest::newRow("no Content-Length") << with([](RawRequest &r) { r.withLength = false; }) << false
                                           << 400 << QByteArray("Content-length not provided");
        QTest::newRow("foreign Host") << with([](RawRequest &r) { r.host = "evil.example:23119"; }) << false
                                      << 400 << QByteArray("Invalid Host header");
        QTest::newRow("unknown endpoint") << with([](RawRequest &r) { r.path = "/connector/saveEverything"; })
                                          << false << 404 << QByteArray("No endpoint found");
        QTest::newRow("outdated connector") << with([](RawRequest &r) { r.apiVersion = "2"; }) << false << 400
                                            << QByteArray("CONNECTOR_VERSION_OUTDATED");
        QTest::newRow("items not an array")
            << with([](RawRequest &r) { r.body = R"({"items":{}})"; }) << false << 500 << QByteArray();
        QTest::newRow("unknown item type")
            << item(R"({"itemType":"eprint","title":"T"})") << false << 500 << QByteArray();
        QTest::newRow("name and lastName")
            << item(
                   R"({"itemType":"preprint","creators":[{"name":"A","lastName":"B","creatorType":"author"}]})")
            << false << 500 << QByteArray();
        QTest::newRow("creator without names")
            << item(R"({"itemType":"preprint","creators":[{"firstName":"A","creatorType":"author"}]})")
            << false << 500 << QByteArray();
        QTest::newRow("fieldMode 0 with name")
            << item(
                   R"({"itemType":"preprint","creators":[{"name":"A","fieldMode":0,"creatorType":"author"}]})")
            << false << 500 << QByteArray();
        QTest::newRow("creators not an array")
            << item(R"({"itemType":"preprint","creators":"A"})") << false << 500 << QByteArray();
        QTest::newRow("tag without tag")
            << item(R"({"itemType":"preprint","tags":[{"name":"x"}]})") << false << 500 << QByteArray();
        QTest::newRow("field value an object")
            << item(R"({"itemType":"preprint","title":{"a":1}})") << false << 500 << QByteArray();
        // Strict: what Zotero would silently change fails the save.
        QTest::newRow("strict: no itemType") << item(R"({"title":"T"})") << true << 500 << QByteArray();
        QTest::newRow("strict: unknown field")
            << item(R"({"itemType":"preprint","arxivId":"2604.1"})") << true << 500 << QByteArray();
        QTest::newRow("strict: field of another type")
            << item(R"({"itemType":"preprint","publicationTitle":"J"})") << true << 500 << QByteArray();
        QTest::newRow("strict: unknown creator type")
            << item(R"({"itemType":"preprint","creators":[{"name":"A","creatorType":"writer"}]})") << true
            << 500 << QByteArray();
    }

    void fakeRejectsWhatZoteroRejects()
    {
        QFETCH(RawRequest, request);
        QFETCH(bool, strict);
        QFETCH(int, status);
        QFETCH(QByteArray, answer);
        FakeZoteroConnector zotero;
        QVERIFY(zotero.listen());
        zotero.setStrict(strict);
        const RawAnswer got = send(zotero.baseUrl().port(), request);
        QCOMPARE(got.status, status);
        QVERIFY2(got.body.contains(answer), got.body.constData());
        QVERIFY(got.headers.contains("x-zotero-version"));
        QCOMPARE(got.headers.value("x-zotero-connector-api-version"), "3");
        QVERIFY(zotero.savedItems().isEmpty());
    }

    void fakeAcceptsWhatZoteroAccepts()
    {
        FakeZoteroConnector zotero;
        QVERIFY(zotero.listen());
        // Zotero's defaults: a missing type saves a webpage, unknown fields go into Extra, base
        // fields map to the type's own (publisher is a preprint's repository).
        const QByteArray items =
            R"({"title":"No type"},)"
            R"({"itemType":"preprint","publisher":"arXiv","arxivId":"x",)"
            R"("attachments":[{"url":"https://arxiv.org/pdf/1","mimeType":"application/pdf"},)"
            R"({"url":"https://arxiv.org/abs/1","mimeType":"text/html","snapshot":false}]})";
        RawAnswer got = send(zotero.baseUrl().port(), RawRequest{.body = saveBody(items)});
        QCOMPARE(got.status, 201);
        QVERIFY(got.body.isEmpty()); // Zotero 8 and later
        QCOMPARE(zotero.savedItems().size(), 2);
        const FakeZoteroConnector::SavedItem untyped = zotero.savedItems().at(0);
        QCOMPARE(untyped.itemType, u"webpage"_s);
        QCOMPARE(untyped.changes.size(), 1);
        const FakeZoteroConnector::SavedItem preprint = zotero.savedItems().at(1);
        QCOMPARE(preprint.changes, QStringList{u"unknown field 'arxivId' moved into Extra"_s});
        QCOMPARE(preprint.links.size(), 1); // the web link; the PDF is the connector's to upload
        QCOMPARE(preprint.ignored.size(), 1);

        // Zotero 7 downloaded the PDF itself.
        zotero.setZoteroVersion(7);
        got = send(zotero.baseUrl().port(), RawRequest{.body = saveBody(items, "s2")});
        QCOMPARE(got.status, 201);
        QVERIFY(got.body.contains("\"items\""));
        QCOMPARE(zotero.savedItems().at(3).downloads.size(), 1);
    }

    void fakeDropsBrowserRequests()
    {
        FakeZoteroConnector zotero;
        QVERIFY(zotero.listen());
        RawRequest request{.apiVersion = {}, .userAgent = "Mozilla/5.0", .body = saveBody(CleanItem)};
        RawAnswer got = send(zotero.baseUrl().port(), request);
        QCOMPARE(got.status, 0);
        QCOMPARE(zotero.exchanges().last().status, 0);
        QVERIFY(zotero.savedItems().isEmpty());

        request.apiVersion = "3"; // what the browser connector sends
        got = send(zotero.baseUrl().port(), request);
        QCOMPARE(got.status, 201);
    }

    void fakeSessions()
    {
        FakeZoteroConnector zotero;
        QVERIFY(zotero.listen());
        const quint16 port = zotero.baseUrl().port();
        QCOMPARE(send(port, RawRequest{.body = saveBody(CleanItem, "a")}).status, 201);
        const RawAnswer again = send(port, RawRequest{.body = saveBody(CleanItem, "a")});
        QCOMPARE(again.status, 409);
        QVERIFY(again.body.contains("SESSION_EXISTS"));
        // A save that throws removes its session, so the same id may be used again.
        QCOMPARE(send(port, RawRequest{.body = saveBody(R"({"itemType":"eprint"})", "b")}).status, 500);
        QCOMPARE(send(port, RawRequest{.body = saveBody(CleanItem, "b")}).status, 201);
        QCOMPARE(zotero.savedItems().size(), 2);
    }

    void fakePing()
    {
        FakeZoteroConnector zotero;
        QVERIFY(zotero.listen());
        const quint16 port = zotero.baseUrl().port();
        RawAnswer got = send(port, RawRequest{.method = "GET", .path = "/connector/ping", .contentType = {}});
        QCOMPARE(got.status, 200);
        QCOMPARE(got.headers.value("content-type"), "text/html");
        QVERIFY(got.body.contains("Zotero is running"));

        got = send(port, RawRequest{.path = "/connector/ping", .body = "{}"});
        QCOMPARE(got.status, 200);
        QVERIFY(QJsonDocument::fromJson(got.body).object().value(u"prefs").isObject());

        got = send(port, RawRequest{.path = "/connector/ping", .contentType = {}, .body = "{}"});
        QCOMPARE(got.status, 500);
    }
};

QTEST_MAIN(TestZoteroConnector)
#include "tst_zoteroconnector.moc"
