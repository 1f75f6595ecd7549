#pragma once

#include "core/paper.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace pd::library {

// Saves papers to the Zotero desktop app through its local connector server, the HTTP server Zotero
// runs on 127.0.0.1:23119 for the browser connectors: one POST /connector/saveItems for all papers,
// each a `preprint` item with a link attachment to its PDF. Asynchronous, on the caller's thread;
// never blocks. Only loopback base URLs are accepted: Zotero itself refuses any other Host.
class ZoteroConnector final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ZoteroConnector)

public:
    static QUrl defaultBaseUrl(); // http://127.0.0.1:23119
    explicit ZoteroConnector(QUrl baseUrl = defaultBaseUrl(), QObject *parent = nullptr);
    ~ZoteroConnector() override;

    // Builds the saveItems body for these papers (public for tests).
    static QJsonObject payload(const QList<core::Paper> &papers, const QString &sessionId);
    // One Zotero creator for an author as arXiv lists it ("First Middle Last"): firstName/lastName,
    // or the single-field {name} for a one-word name or a collaboration (public for tests).
    static QJsonObject creator(const QString &author);
    // "YYYY-MM" from the id's yymm ("2604.01234" → "2026-04", "hep-th/9901001" → "1999-01").
    static QString dateFromId(const QString &arxivId);

    // How long a save may take before Zotero counts as not running; 10 s unless a test sets it.
    void setTransferTimeout(int ms) { m_timeoutMs = ms; }

    void save(const QList<core::Paper> &papers); // asynchronous; one request for all papers

    struct Result {
        bool ok = false;
        bool notRunning = false; // connection refused / timed out: Zotero is not open
        int saved = 0;
        QString message; // tr()'d, one line, for the user; never contains a key or a payload
    };

Q_SIGNALS:
    void finished(const pd::library::ZoteroConnector::Result &result);

private:
    void onFinished(QNetworkReply *reply, int count);
    Result resultOf(QNetworkReply *reply, int count) const;
    Result httpResult(int status, const QByteArray &body, int count) const;
    Result notRunning(const QString &message) const;
    void finishLater(const Result &result);
    QString address() const;

    QUrl m_baseUrl;
    QNetworkAccessManager *m_network;
    int m_timeoutMs = 10'000;
};

} // namespace pd::library
