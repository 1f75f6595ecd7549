#pragma once

#include "fakehttpserver.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace pd::test {

// Zotero's connector server (the HTTP server the Zotero app runs on 127.0.0.1:23119) for tests,
// built on FakeHttpServer: POST /connector/saveItems and GET/POST /connector/ping. Any other path
// answers 404, as Zotero does for a path it has no endpoint for.
//
// It is a contract, read from Zotero's sources (server.js, server_connector.js, saveSession.js,
// translate_item.js, item.js and creators.js in zotero/zotero; the item types of zotero-schema):
// a request Zotero refuses gets Zotero's status and body — a Host other than loopback, a POST
// without Content-Length, a method or Content-Type the endpoint does not take, JSON that does not
// parse, a reused sessionID, an outdated X-Zotero-Connector-API-Version, an unknown item type, a bad
// creator, tags or field value; a request that looks like a browser's (User-Agent "Mozilla/…" or an
// Origin header) without X-Zotero-Connector-API-Version is dropped without an answer. What Zotero
// accepts but silently changes (an unknown field or one the item type lacks moved into Extra, an
// unknown creator type made "author", a missing itemType saved as a webpage) is saved and listed in
// SavedItem::changes; in strict mode (Zotero.Item.fromJSON's own strict flag, which the connector
// does not set) it fails the save with 500 instead, so a client test catches it. Attachments are
// kept or ignored as the Zotero version set would (setZoteroVersion). Every answer carries
// X-Zotero-Version and X-Zotero-Connector-API-Version, as Zotero's do.
//
// It knows the fields of preprint, journalArticle and webpage; an item of another known type is
// saved with its fields taken as valid if Zotero knows them for any type.
class FakeZoteroConnector final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeZoteroConnector)

public:
    // One item as Zotero would store it.
    struct SavedItem {
        QString sessionId;
        QString itemType;             // "webpage" when the request gave none, as Zotero does
        QJsonObject json;             // the item as sent
        QList<QJsonObject> links;     // attachments Zotero stores as links to a URL
        QList<QJsonObject> downloads; // attachments Zotero 7 would download (8 and later: ignored)
        QList<QJsonObject> ignored;   // attachments Zotero does not store at all
        QStringList changes;          // what Zotero would change silently; empty for a clean item

        QString field(const QString &name) const { return json.value(name).toString(); }
    };

    // One request and what the fake did with it.
    struct Exchange {
        HttpRequest request;
        int status = 0; // 0: dropped without an answer
        QByteArray body;
    };

    explicit FakeZoteroConnector(QObject *parent = nullptr);
    ~FakeZoteroConnector() override;

    bool listen();
    QUrl baseUrl() const; // http://127.0.0.1:<port>
    FakeHttpServer &http() { return *m_http; }

    // 8 by default (attachments other than web links are left to the browser connector, 201 has
    // no body); 7: links are kept, other attachments downloaded, and 201 lists the saved items.
    void setZoteroVersion(int major) { m_major = major; }
    void setStrict(bool strict) { m_strict = strict; }
    // False: the save target is read-only, and saveItems answers 500 {"libraryEditable":false}.
    void setLibraryEditable(bool editable) { m_libraryEditable = editable; }
    // The next valid save throws inside Zotero (a database error): a bare 500, nothing saved.
    void failNextSave() { m_failNextSave = true; }

    QList<SavedItem> savedItems() const { return m_saved; }
    QList<Exchange> exchanges() const { return m_exchanges; }
    // The session ids Zotero holds (a session stays after a save unless saving threw).
    QSet<QString> sessionIds() const { return m_sessions; }
    // Why the last failed save failed, as Zotero's error would say it.
    QString lastError() const { return m_lastError; }

    // What Zotero does with one item of a saveItems body: an error (Zotero answers 500 and saves
    // nothing) or the stored item. Strict: what Zotero would change silently is an error too.
    static std::optional<QString> checkItem(const QJsonValue &value, bool strict, int zoteroMajor,
                                            SavedItem *saved);

private:
    HttpResponse answer(const HttpRequest &request);
    HttpResponse route(const HttpRequest &request);
    HttpResponse ping(const HttpRequest &request, const std::optional<QJsonValue> &data);
    HttpResponse saveItems(const HttpRequest &request, const std::optional<QJsonValue> &data);
    HttpResponse zotero(int status, const QByteArray &contentType = {}, const QByteArray &body = {}) const;

    FakeHttpServer *m_http;
    int m_major = 8;
    bool m_strict = false;
    bool m_libraryEditable = true;
    bool m_failNextSave = false;
    QList<SavedItem> m_saved;
    QList<Exchange> m_exchanges;
    QSet<QString> m_sessions;
    QString m_lastError;
    int m_sessionCounter = 0;
};

} // namespace pd::test
