#include "fakezoteroconnector.h"

#include <QHash>
#include <QJsonDocument>
#include <QRegularExpression>

#include <utility>

using namespace Qt::StringLiterals;

namespace pd::test {

namespace {

constexpr int ConnectorApiVersion = 3;

// zotero-schema schema.json (version 41): every item type, every field and base field of any
// type, every creator type.
constexpr QStringView ItemTypes =
    u"annotation artwork attachment audioRecording bill blogPost book bookSection case computerProgram "
    u"conferencePaper dataset dictionaryEntry document email encyclopediaArticle film forumPost hearing "
    u"instantMessage interview journalArticle letter magazineArticle manuscript map newspaperArticle note "
    u"patent podcast preprint presentation radioBroadcast report standard statute thesis tvBroadcast "
    u"videoRecording webpage";
constexpr QStringView Fields =
    u"DOI ISBN ISSN PMCID PMID abstractNote accessDate applicationNumber archive archiveID archiveLocation "
    u"artworkMedium artworkSize assignee audioFileType audioRecordingFormat authority billNumber blogTitle "
    u"bookTitle callNumber caseName citationKey code codeNumber codePages codeVolume committee company "
    u"conferenceName country court date dateDecided dateEnacted dictionaryTitle distributor docketNumber "
    u"documentNumber edition encyclopediaTitle episodeNumber eventPlace extra filingDate firstPage format "
    u"forumTitle genre history identifier institution interviewMedium issue issueDate issuingAuthority "
    u"journalAbbreviation label language legalStatus legislativeBody letterType libraryCatalog "
    u"manuscriptType mapType medium meetingName nameOfAct network numPages number numberOfVolumes "
    u"organization originalDate originalPlace originalPublisher pages partNumber partTitle patentNumber "
    u"place postType presentationType priorityDate priorityNumbers proceedingsTitle programTitle "
    u"programmingLanguage publicLawNumber publicationTitle publisher references reportNumber reportType "
    u"reporter reporterVolume repository repositoryLocation rights runningTime scale section series "
    u"seriesNumber seriesText seriesTitle session sessionTitle shortTitle status studio subject system "
    u"thesisType title type university url versionNumber videoRecordingFormat volume websiteTitle "
    u"websiteType";
constexpr QStringView CreatorTypes =
    u"artist attorneyAgent author bookAuthor cartographer castMember chair commenter composer contributor "
    u"cosponsor counsel creator director editor executiveProducer guest host interviewee interviewer "
    u"inventor narrator organizer originalCreator performer podcaster presenter producer programmer "
    u"recipient reviewedAuthor scriptwriter seriesCreator seriesEditor sponsor translator wordsBy";

// The item types this fake knows the fields of: "field" or "field=baseField".
struct TypeSchema {
    QStringView fields;
    QStringView creatorTypes;
};
const QHash<QString, TypeSchema> &typeSchemas()
{
    static const QHash<QString, TypeSchema> schemas{
        {u"preprint"_s,
         {u"title abstractNote genre=type repository=publisher archiveID=number place date series "
          u"seriesNumber "
          u"DOI citationKey url accessDate archive archiveLocation shortTitle language libraryCatalog "
          u"callNumber "
          u"rights extra",
          u"author contributor editor translator reviewedAuthor"}},
        {u"journalArticle"_s,
         {u"title abstractNote publicationTitle publisher place date volume issue section partNumber "
          u"partTitle "
          u"pages series seriesTitle seriesText journalAbbreviation DOI citationKey url accessDate PMID "
          u"PMCID "
          u"ISSN archive archiveLocation shortTitle language libraryCatalog callNumber rights extra",
          u"author contributor editor translator reviewedAuthor"}},
        {u"webpage"_s,
         {u"title abstractNote websiteTitle=publicationTitle websiteType=type date publisher place DOI "
          u"citationKey "
          u"url accessDate shortTitle language rights extra",
          u"author contributor translator"}},
    };
    return schemas;
}

QSet<QString> words(QStringView text)
{
    QSet<QString> set;
    for (const QStringView word : text.split(u' ', Qt::SkipEmptyParts)) {
        set.insert(word.toString());
    }
    return set;
}

// Whether `type` has `field`, directly or as the base field one of its fields maps to
// ("publisher" is a preprint's "repository").
bool typeAccepts(const TypeSchema &schema, const QString &field)
{
    for (const QStringView entry : schema.fields.split(u' ', Qt::SkipEmptyParts)) {
        const qsizetype eq = entry.indexOf(u'=');
        if ((eq < 0 ? entry : entry.left(eq)) == field || (eq >= 0 && entry.mid(eq + 1) == field)) {
            return true;
        }
    }
    return false;
}

// Keys Zotero.Item.fromJSON handles itself or ItemSaver removes before it (not item fields).
bool isSpecialKey(const QString &key)
{
    static const QSet<QString> keys = words(
        u"key version itemType note md5 mtime collections parentItem deleted inPublications extra relations "
        u"linkMode filename contentType charset path lastRead dateAdded dateModified accessDate notes "
        u"seeAlso "
        u"id itemID annotationType annotationAuthorName annotationText annotationComment annotationColor "
        u"annotationPageLabel annotationSortIndex annotationPosition");
    return keys.contains(key);
}

// Zotero.Creators.cleanData and Item.setCreator: an error makes the save throw; what it changes
// silently goes to `changes`.
std::optional<QString> checkCreator(const QJsonValue &value, const QString &itemType, QStringList *changes)
{
    if (!value.isObject()) {
        return u"a creator is not an object"_s;
    }
    const QJsonObject c = value.toObject();
    const bool hasName = c.contains(u"name");
    if (!hasName && !c.contains(u"lastName")) {
        return u"Creator data must contain either 'name' or 'firstName'/'lastName' properties"_s;
    }
    if (hasName && (c.contains(u"firstName") || c.contains(u"lastName"))) {
        return u"Creator data cannot contain both 'name' and 'firstName'/'lastName' properties"_s;
    }
    const QJsonValue fieldMode = c.value(u"fieldMode");
    if (hasName && fieldMode.isDouble() && fieldMode.toInt() == 0) {
        return u"'fieldMode' cannot be 0 with 'name' property"_s;
    }
    if (fieldMode.isDouble() && fieldMode.toInt() == 1 && !c.value(u"firstName").toString().isEmpty()) {
        return u"'fieldMode' cannot be 1 with 'firstName' property"_s;
    }
    if (hasName && !c.value(u"name").isString()) {
        return u"'name' must be a string"_s;
    }
    if (c.contains(u"firstName") && !c.value(u"firstName").isString() && !c.value(u"firstName").isNull()) {
        return u"'firstName' must be a string"_s;
    }
    if (c.contains(u"lastName") && !c.value(u"lastName").isString()) {
        return u"'lastName' must be a string"_s;
    }
    const QString type = c.value(u"creatorType").toString();
    static const QSet<QString> known = words(CreatorTypes);
    if (type.isEmpty()) {
        changes->append(u"a creator without creatorType became an author"_s);
    } else if (!known.contains(type)) {
        changes->append(u"unknown creator type '%1' became the primary type"_s.arg(type));
    } else if (const auto it = typeSchemas().constFind(itemType);
               it != typeSchemas().cend() && !words(it->creatorTypes).contains(type)) {
        changes->append(u"creator type '%1' is not one of %2: became the primary type"_s.arg(type, itemType));
    }
    return std::nullopt;
}

std::optional<QString> checkTags(const QJsonValue &value)
{
    if (!value.isArray()) {
        return u"tags is not an array"_s;
    }
    for (const QJsonValue tag : value.toArray()) {
        if (!tag.isString() && !tag.toObject().value(u"tag").isString()) {
            return u"a tag is neither a string nor {\"tag\": string}"_s;
        }
    }
    return std::nullopt;
}

bool isHttpUrl(const QString &url)
{
    return url.startsWith(u"http://") || url.startsWith(u"https://");
}

// ItemSaver._canSaveAttachment and _saveAttachment: Zotero 8 and later keep only links to web
// pages (the connector uploads files itself); Zotero 7 keeps every link (snapshot: false) and
// downloads the other attachments.
std::optional<QString> sortAttachments(const QJsonValue &value, int zoteroMajor,
                                       FakeZoteroConnector::SavedItem *saved)
{
    if (!value.isArray()) {
        return u"attachments is not an array"_s;
    }
    for (const QJsonValue v : value.toArray()) {
        if (!v.isObject()) {
            return u"an attachment is not an object"_s;
        }
        const QJsonObject a = v.toObject();
        const QString mimeType = a.value(u"mimeType").toString();
        const bool link =
            a.value(u"snapshot") == QJsonValue(false) || a.value(u"linkMode") == u"linked_url"_s;
        const bool webLink = link && (mimeType == u"text/html" || mimeType == u"application/xhtml+xml");
        const QString url = a.value(u"url").toString();
        if ((zoteroMajor >= 8 && !webLink) || url.isEmpty()) {
            saved->ignored.append(a);
        } else if (link) {
            // A link to anything but http(s) throws inside _saveAttachmentLink: the attachment
            // fails, the item stays.
            (isHttpUrl(url) ? saved->links : saved->ignored).append(a);
        } else {
            saved->downloads.append(a);
        }
    }
    return std::nullopt;
}

std::optional<QString> checkField(const QString &key, const QJsonValue &value, const QString &itemType,
                                  QStringList *changes)
{
    static const QSet<QString> fields = words(Fields);
    if (!fields.contains(key)) {
        changes->append(value.isString() ? u"unknown field '%1' moved into Extra"_s.arg(key)
                                         : u"unknown field '%1' discarded"_s.arg(key));
        return std::nullopt;
    }
    if (!value.isString() && !value.isDouble()) {
        return u"the value of '%1' is neither a string nor a number"_s.arg(key);
    }
    const auto it = typeSchemas().constFind(itemType);
    if (it != typeSchemas().cend() && !typeAccepts(*it, key)) {
        changes->append(u"'%1' is not a %2 field: moved into Extra"_s.arg(key, itemType));
    }
    return std::nullopt;
}

// JSON.parse takes any JSON value, not only an object or an array.
std::optional<QJsonValue> parseJson(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson('[' + body + ']', &error);
    if (error.error != QJsonParseError::NoError || doc.array().size() != 1) {
        return std::nullopt;
    }
    return doc.array().first();
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

FakeZoteroConnector::FakeZoteroConnector(QObject *parent)
    : QObject(parent)
    , m_http(new FakeHttpServer(this))
{
    m_http->setHandler([this](const HttpRequest &request) { return answer(request); });
}

FakeZoteroConnector::~FakeZoteroConnector() = default;

bool FakeZoteroConnector::listen()
{
    return m_http->listen();
}

QUrl FakeZoteroConnector::baseUrl() const
{
    QUrl url = m_http->url();
    url.setPath(QString());
    return url;
}

std::optional<QString> FakeZoteroConnector::checkItem(const QJsonValue &value, bool strict, int zoteroMajor,
                                                      SavedItem *saved)
{
    static const QSet<QString> itemTypes = words(ItemTypes);
    if (!value.isObject()) {
        return u"an item is not a JSON object"_s;
    }
    const QJsonObject item = value.toObject();
    saved->json = item;
    saved->itemType = item.value(u"itemType").toString();
    if (!item.contains(u"itemType")) {
        saved->itemType = u"webpage"_s;
        saved->changes.append(u"an item without itemType was saved as a webpage"_s);
    } else if (!itemTypes.contains(saved->itemType)) {
        return u"Unknown item type '%1'"_s.arg(saved->itemType);
    } else if (saved->itemType == u"note" || saved->itemType == u"attachment" ||
               saved->itemType == u"annotation") {
        return u"this fake does not model top-level %1 items"_s.arg(saved->itemType);
    }
    for (auto it = item.begin(); it != item.end(); ++it) {
        std::optional<QString> error;
        if (it.key() == u"creators") {
            if (!it.value().isArray()) {
                return u"creators is not an array"_s;
            }
            for (const QJsonValue c : it.value().toArray()) {
                if ((error = checkCreator(c, saved->itemType, &saved->changes))) {
                    break;
                }
            }
        } else if (it.key() == u"tags") {
            error = checkTags(it.value());
        } else if (it.key() == u"attachments") {
            error = sortAttachments(it.value(), zoteroMajor, saved);
        } else if (!isSpecialKey(it.key())) {
            error = checkField(it.key(), it.value(), saved->itemType, &saved->changes);
        }
        if (error) {
            return error;
        }
    }
    // Zotero.Item.fromJSON in strict mode throws where it would otherwise change the item.
    if (strict && !saved->changes.isEmpty()) {
        return saved->changes.join(u"; "_s);
    }
    return std::nullopt;
}

HttpResponse FakeZoteroConnector::answer(const HttpRequest &request)
{
    const HttpResponse response = route(request);
    const bool dropped = response.fault == HttpResponse::Fault::Drop;
    m_exchanges.append(Exchange{request, dropped ? 0 : response.status, response.body});
    return response;
}

// Zotero.Server.RequestHandler (server.js): Host, endpoint, method, browser check, Content-Type and
// JSON, in this order, before the endpoint sees the request.
HttpResponse FakeZoteroConnector::route(const HttpRequest &request)
{
    static const QRegularExpression loopbackHost(uR"(^(?:127\.0\.0\.1|\[::1\]|localhost)(?::[0-9]+)?$)"_s,
                                                 QRegularExpression::CaseInsensitiveOption);
    if (!loopbackHost.match(QString::fromLatin1(request.header("host"))).hasMatch()) {
        return zotero(400, "text/plain", "Invalid Host header\n");
    }
    const bool isSave = request.path == "/connector/saveItems";
    const bool isPing = request.path == "/connector/ping";
    if (!isSave && !isPing) {
        return zotero(404, "text/plain", "No endpoint found\n");
    }
    const QByteArray method = request.method;
    if (method == "HEAD" || method == "OPTIONS") {
        return zotero(200);
    }
    const bool hasBody = method == "POST" || method == "PUT" || method == "PATCH" || method == "DELETE";
    if (!hasBody && method != "GET") {
        return zotero(501, "text/plain", "Method not implemented\n");
    }
    if (hasBody && method != "DELETE" && !request.headers.contains("content-length")) {
        return zotero(400, "text/plain", "Content-length not provided\n");
    }
    if (method != "POST" && !(isPing && method == "GET")) {
        return zotero(400, "text/plain", "Endpoint does not support method\n");
    }
    const bool looksLikeBrowser =
        request.header("user-agent").startsWith("Mozilla/") || request.headers.contains("origin");
    if (looksLikeBrowser && !request.headers.contains("x-zotero-connector-api-version") &&
        !request.headers.contains("zotero-allowed-request") &&
        !(isPing && request.header("sec-fetch-mode") == "navigate")) {
        return HttpResponse::make(0).withFault(HttpResponse::Fault::Drop);
    }

    std::optional<QJsonValue> data; // nullopt: JavaScript's null
    const QByteArray contentType = request.header("content-type").split(';').first().trimmed();
    if (hasBody && !contentType.isEmpty()) {
        if (contentType != "application/json" && !(isPing && contentType == "text/plain")) {
            return zotero(400, "text/plain", "Endpoint does not support content-type\n");
        }
        if (contentType == "application/json") {
            data = parseJson(request.body);
            if (!data) {
                return zotero(400, "text/plain", "Invalid JSON provided\n");
            }
        } else {
            data = QJsonValue(QString::fromUtf8(request.body));
        }
    }
    return isPing ? ping(request, data) : saveItems(request, data);
}

// Zotero.Server.Connector.Ping (server_connector.js).
HttpResponse FakeZoteroConnector::ping(const HttpRequest &request, const std::optional<QJsonValue> &data)
{
    if (request.method == "GET") {
        return zotero(200, "text/html", "<!DOCTYPE html><html><body>Zotero is running</body></html>");
    }
    if (!data || data->isNull()) {
        return zotero(500); // req.data.activeURL throws; the server answers a bare 500
    }
    const QJsonObject prefs{{u"automaticSnapshots"_s, true},       {u"downloadAssociatedFiles"_s, true},
                            {u"supportsAttachmentUpload"_s, true}, {u"supportsTagsAutocomplete"_s, true},
                            {u"canUserAddNote"_s, true},           {u"translatorsHash"_s, u"fake"_s},
                            {u"sortedTranslatorHash"_s, u"fake"_s}};
    return zotero(200, "application/json", json(QJsonObject{{u"prefs"_s, prefs}}));
}

// Zotero.Server.Connector.SaveItems (server_connector.js) and SaveSession (saveSession.js).
HttpResponse FakeZoteroConnector::saveItems(const HttpRequest &request, const std::optional<QJsonValue> &data)
{
    const QByteArray apiVersion = request.header("x-zotero-connector-api-version");
    if (!apiVersion.isEmpty() && apiVersion.toInt() < ConnectorApiVersion) {
        return zotero(400, "application/json", R"({"error":"CONNECTOR_VERSION_OUTDATED"})");
    }
    // `data.sessionID` on null throws inside the try that reports a session clash.
    const QByteArray sessionExists = R"({"error":"SESSION_EXISTS"})";
    if (!data || data->isNull()) {
        return zotero(409, "application/json", sessionExists);
    }
    const QJsonObject body = data->toObject();
    const QJsonValue sessionValue = body.value(u"sessionID");
    const QString sessionId = sessionValue.isUndefined() ? u"random-%1"_s.arg(++m_sessionCounter)
                                                         : sessionValue.toVariant().toString();
    if (m_sessions.contains(sessionId)) {
        return zotero(409, "application/json", sessionExists);
    }
    m_sessions.insert(sessionId);
    if (!m_libraryEditable) {
        return zotero(500, "application/json", R"({"libraryEditable":false})");
    }

    // From here an exception is answered with a bare 500 and the session is removed; the items
    // are saved in one transaction, so none of them is.
    const auto fail = [this, &sessionId] {
        m_sessions.remove(sessionId);
        return zotero(500);
    };
    const QJsonValue items = body.value(u"items");
    if (!items.isArray() || std::exchange(m_failNextSave, false)) {
        return fail();
    }
    QList<SavedItem> batch;
    for (const QJsonValue item : items.toArray()) {
        SavedItem saved;
        saved.sessionId = sessionId;
        if (const std::optional<QString> error = checkItem(item, m_strict, m_major, &saved)) {
            m_lastError = *error;
            return fail();
        }
        batch.append(saved);
    }
    m_saved += batch;
    if (m_major >= 8) {
        return zotero(201, "application/json");
    }
    QJsonArray listed;
    for (const SavedItem &saved : std::as_const(batch)) {
        listed.append(QJsonObject{{u"id"_s, saved.json.value(u"id")},
                                  {u"title"_s, saved.json.value(u"title")},
                                  {u"itemType"_s, saved.itemType}});
    }
    return zotero(201, "application/json", json(QJsonObject{{u"items"_s, listed}}));
}

HttpResponse FakeZoteroConnector::zotero(int status, const QByteArray &contentType,
                                         const QByteArray &body) const
{
    return HttpResponse::make(status, body, contentType)
        .withHeader("X-Zotero-Version", m_major >= 8 ? "8.0.1" : "7.0.11")
        .withHeader("X-Zotero-Connector-API-Version", QByteArray::number(ConnectorApiVersion));
}

} // namespace pd::test
