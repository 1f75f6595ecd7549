#include "responseparser.h"

#include "core/paper.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>

#include <cmath>
#include <utility>

using namespace Qt::StringLiterals;

namespace pd::llm {

namespace {

// A complete {...} in the text: [begin, end).
struct Span {
    qsizetype begin = 0;
    qsizetype end = 0;
};

struct Scan {
    QList<Span> objects;     // the outermost complete objects, in order
    int unclosedObjects = 0; // object-like openings that never close (a reply cut off mid-object)
};

// The paper objects found in a reply and the fragments that could not be read.
struct Fragments {
    QList<QJsonObject> papers;
    int malformed = 0;
};

// How many times a fragment that is not valid JSON is searched again for complete objects inside
// it (papers inside a broken wrapper). Bounded so that deeply nested garbage stays linear.
constexpr int maxRescanDepth = 2;

constexpr qsizetype shownValueLength = 40;

constexpr QChar leftSmartQuote(0x201C);
constexpr QChar rightSmartQuote(0x201D);

bool isSmartQuote(QChar c)
{
    return c == leftSmartQuote || c == rightSmartQuote;
}

bool isQuote(QChar c)
{
    return c == u'"' || c == u'\'' || isSmartQuote(c) || c == QChar(0x2018) || c == QChar(0x2019);
}

qsizetype skipSpace(QStringView text, qsizetype i)
{
    while (i < text.size() && text[i].isSpace()) {
        ++i;
    }
    return i;
}

// A '{' followed by a key: the start of an object rather than a brace in prose or TeX.
bool looksLikeObject(QStringView text, qsizetype brace)
{
    const qsizetype next = skipSpace(text, brace + 1);
    return next < text.size() && isQuote(text[next]);
}

// In valid JSON a closing quote is followed by one of these (or by the end). Treating any other
// quote as part of the string recovers the unescaped "quotation" models put in comments.
bool endsString(QStringView text, qsizetype afterQuote)
{
    const qsizetype next = skipSpace(text, afterQuote);
    return next == text.size() || QStringView(u",:}]").contains(text[next]);
}

// A raw line break cannot be inside a JSON string. When the next line starts with JSON structure,
// the quote that opened the "string" was a stray one: ending the string there keeps the damage to
// one line instead of the rest of the reply.
bool startsStructure(QStringView text, qsizetype i)
{
    return i == text.size() || QStringView(u"{}[]\",").contains(text[i]);
}

// The outermost complete objects, found with a brace matcher that skips string contents (in plain
// or smart quotes, closed by the same rule as endsString()). Quotes outside objects are prose. Linear: every
// character is looked at a bounded number of times, and nesting depth only costs a list entry.
Scan scanObjects(QStringView text)
{
    enum class Mode { Structure, PlainString, SmartString };
    Scan scan;
    QList<qsizetype> open;
    Mode mode = Mode::Structure;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (mode != Mode::Structure) {
            const bool closingQuote = mode == Mode::PlainString ? c == u'"' : isSmartQuote(c);
            if (c == u'\\') {
                ++i;
            } else if (closingQuote && endsString(text, i + 1)) {
                mode = Mode::Structure;
            } else if (c == u'\n') {
                const qsizetype next = skipSpace(text, i + 1);
                mode = startsStructure(text, next) ? Mode::Structure : mode;
                i = mode == Mode::Structure ? i : next - 1;
            }
            continue;
        }
        if (c == u'{') {
            open.append(i);
        } else if (c == u'}' && !open.isEmpty()) {
            const qsizetype begin = open.takeLast();
            // Objects that closed inside this one are part of it.
            while (!scan.objects.isEmpty() && scan.objects.last().begin > begin) {
                scan.objects.removeLast();
            }
            scan.objects.append({begin, i + 1});
        } else if (c == u'"' && !open.isEmpty()) {
            mode = Mode::PlainString;
        } else if (isSmartQuote(c) && !open.isEmpty()) {
            mode = Mode::SmartString;
        }
    }
    for (const qsizetype begin : std::as_const(open)) {
        scan.unclosedObjects += looksLikeObject(text, begin) ? 1 : 0;
    }
    return scan;
}

void appendStringChar(QString *out, QChar c)
{
    if (c == u'\n') {
        out->append(u"\\n");
    } else if (c == u'\r') {
        out->append(u"\\r");
    } else if (c == u'\t') {
        out->append(u"\\t");
    } else if (c.unicode() < 0x20) {
        out->append(u"\\u%1"_s.arg(int(c.unicode()), 4, 16, QChar(u'0')));
    } else {
        out->append(c);
    }
}

// Makes near-JSON parseable: drops trailing commas before } and ], escapes raw control characters
// and stray quotes inside strings, and turns smart-quoted keys and values into plain ones. Valid
// JSON passes through unchanged.
QString repairedJson(QStringView text)
{
    enum class Mode { Structure, PlainString, SmartString };
    QString out;
    out.reserve(text.size() + 16);
    Mode mode = Mode::Structure;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (mode == Mode::Structure) {
            if (c == u'"') {
                mode = Mode::PlainString;
                out.append(c);
            } else if (isSmartQuote(c)) {
                mode = Mode::SmartString;
                out.append(u'"');
            } else if (c == u',') {
                const qsizetype next = skipSpace(text, i + 1);
                if (next == text.size() || (text[next] != u'}' && text[next] != u']')) {
                    out.append(c);
                }
            } else {
                out.append(c);
            }
        } else if (c == u'\\' && i + 1 < text.size()) {
            out.append(c);
            out.append(text[++i]);
        } else if (mode == Mode::PlainString && c == u'"') {
            const bool closes = endsString(text, i + 1);
            out.append(closes ? u"\""_s : u"\\\""_s);
            mode = closes ? Mode::Structure : mode;
        } else if (mode == Mode::SmartString && isSmartQuote(c) && endsString(text, i + 1)) {
            mode = Mode::Structure;
            out.append(u'"');
        } else if (mode == Mode::SmartString && c == u'"') {
            out.append(u"\\\"");
        } else {
            appendStringChar(&out, c);
        }
    }
    return out;
}

std::optional<QJsonObject> parsedObject(QStringView fragment)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(repairedJson(fragment).toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        return std::nullopt;
    }
    return doc.object();
}

// Upper case, letters and digits only: "arxiv_id", "ArxivId" and "ARXIVID" are the same key.
QString normalizedKey(const QString &key)
{
    QString out;
    for (const QChar c : key) {
        if (c.isLetterOrNumber()) {
            out.append(c.toUpper());
        }
    }
    return out;
}

// Names models use instead of the ones the prompt asks for.
QString canonicalKey(const QString &key)
{
    static const QHash<QString, QString> aliases = {
        {u"ARXIV"_s, u"ARXIVID"_s},
        {u"PAPERID"_s, u"ARXIVID"_s},
        {u"ID"_s, u"ARXIVID"_s},
        {u"PRIMARYTOPIC"_s, u"PRIMARYTOPICID"_s},
        {u"MATCHEDTOPICS"_s, u"MATCHEDTOPICIDS"_s},
        {u"HOTSPOTTAGS"_s, u"HOTSPOTPAPERTAGS"_s},
        {u"HOTSPOTCOMMENT"_s, u"HOTSPOTPAPERCOMMENT"_s},
        {u"TOPICMATCH"_s, u"TOPICMATCHCOMMENT"_s},
    };
    const QString normalized = normalizedKey(key);
    return aliases.value(normalized, normalized);
}

bool namesPaper(const QJsonObject &object)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (canonicalKey(it.key()) == u"ARXIVID") {
            return true;
        }
    }
    return false;
}

// The paper objects in a JSON value: the object itself when it names a paper, otherwise the
// objects inside it (a wrapper such as {"papers": [...]}). Qt's JSON parser caps nesting depth,
// which bounds this recursion.
void collectPapers(const QJsonValue &value, QList<QJsonObject> *papers)
{
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array) {
            collectPapers(item, papers);
        }
        return;
    }
    if (!value.isObject()) {
        return;
    }
    const QJsonObject object = value.toObject();
    if (namesPaper(object)) {
        papers->append(object);
        return;
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        collectPapers(it.value(), papers);
    }
}

void readFragments(QStringView text, int depth, Fragments *out)
{
    const Scan scan = scanObjects(text);
    out->malformed += scan.unclosedObjects;
    for (const Span &span : scan.objects) {
        const QStringView fragment = text.sliced(span.begin, span.end - span.begin);
        const qsizetype found = out->papers.size() + out->malformed;
        // Only an object that starts with a key can hold a paper; others ({{...}}, TeX) are searched.
        const bool keyed = looksLikeObject(fragment, 0);
        if (const std::optional<QJsonObject> object = keyed ? parsedObject(fragment) : std::nullopt) {
            collectPapers(*object, &out->papers);
        } else if (depth < maxRescanDepth) {
            readFragments(fragment.sliced(1, fragment.size() - 2), depth + 1, out);
        }
        if (keyed && out->papers.size() + out->malformed == found) {
            ++out->malformed;
        }
    }
}

QString shortened(const QString &text, qsizetype length)
{
    if (text.size() <= length) {
        return text;
    }
    qsizetype cut = length - 1;
    if (text[cut - 1].isHighSurrogate()) {
        --cut;
    }
    return text.left(cut) + QChar(0x2026);
}

// A value as a reason sentence shows it: short, and strings in quotes.
QString shownValue(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return u'"' + shortened(value.toString(), shownValueLength) + u'"';
    case QJsonValue::Double:
        return QString::number(value.toDouble());
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Array:
        return shortened(QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)),
                         shownValueLength);
    case QJsonValue::Object:
        return shortened(QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)),
                         shownValueLength);
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return u"null"_s;
}

bool isAbsent(const QJsonValue &value)
{
    return value.isUndefined() || value.isNull() ||
           (value.isString() && value.toString().trimmed().isEmpty());
}

// "8", "8.0", " 8 ", "8/10" and 8.0 all mean 8.
std::optional<double> numberIn(const QJsonValue &value)
{
    if (value.isDouble()) {
        return value.toDouble();
    }
    if (!value.isString()) {
        return std::nullopt;
    }
    static const QRegularExpression re(uR"(^\s*([+-]?\d{1,6}(?:\.\d{1,6})?)\s*(?:/\s*10(?:\.0+)?\s*)?$)"_s);
    const QRegularExpressionMatch m = re.match(value.toString());
    return m.hasMatch() ? std::optional<double>(m.captured(1).toDouble()) : std::nullopt;
}

// The id in an ARXIVID value. A bare number lost its trailing zeros in JSON ("2604.1717" for
// 2604.17170), so both id lengths are tried against the ids that were asked for.
QString arxivIdIn(const QJsonValue &value, const QHash<QString, QString> &expected)
{
    QStringList texts;
    if (value.isString()) {
        texts = {value.toString()};
    } else if (value.isDouble()) {
        texts = {QString::number(value.toDouble(), 'f', 5), QString::number(value.toDouble(), 'f', 4)};
    }
    QString first;
    for (const QString &text : std::as_const(texts)) {
        QString id;
        int version = 0;
        if (core::splitArxivId(text, &id, &version)) {
            if (expected.contains(id)) {
                return id;
            }
            first = first.isEmpty() ? id : first;
        }
    }
    return first;
}

QString textIn(const QJsonValue &value)
{
    if (value.isString()) {
        return shortened(value.toString().simplified(), ResponseParser::maxTextLength);
    }
    return value.isDouble() ? QString::number(value.toDouble()) : QString();
}

// A list value as separate items: a JSON array, or a string such as "a, b" or "[a; b]".
QStringList itemsIn(const QJsonValue &value)
{
    QStringList items;
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array) {
            items.append(item.isString() ? item.toString().trimmed() : shownValue(item));
        }
    } else if (value.isString()) {
        static const QRegularExpression separators(u"[,;|]"_s);
        static const QRegularExpression wrapping(uR"(^[\s\[\]"'`]+|[\s\[\]"'`]+$)"_s);
        const QStringList parts = value.toString().split(separators);
        for (QString part : parts) {
            items.append(part.remove(wrapping));
        }
    } else if (!isAbsent(value)) {
        items.append(shownValue(value));
    }
    items.removeAll(QString());
    return items;
}

// The entry of `allowed` that `text` names, ignoring case and - or space for _; empty if none.
QString allowedName(const QString &text, const QStringList &allowed)
{
    QString key = text.trimmed().toLower();
    key.replace(u'-', u'_').replace(u' ', u'_');
    for (const QString &name : allowed) {
        if (name.compare(key, Qt::CaseInsensitive) == 0) {
            return name;
        }
    }
    return {};
}

} // namespace

ResponseParser::ResponseParser(QStringList topicIds, QStringList hotspotTags)
    : m_topicIds(std::move(topicIds))
    , m_hotspotTags(std::move(hotspotTags))
{}

ParsedReply ResponseParser::parse(const QString &reply, const QStringList &expectedIds, Form form) const
{
    // Expected ids are compared without version; results are reported under the id as given.
    QHash<QString, QString> expected;
    QStringList order;
    for (const QString &given : expectedIds) {
        QString id;
        int version = 0;
        if (!core::splitArxivId(given, &id, &version)) {
            id = given.trimmed();
        }
        if (!expected.contains(id)) {
            expected.insert(id, given);
            order.append(id);
        }
    }

    Fragments fragments;
    readFragments(reply, 0, &fragments);

    ParsedReply result;
    result.malformed = fragments.malformed;
    QHash<QString, core::Score> accepted;
    QHash<QString, int> seen;
    for (const QJsonObject &object : std::as_const(fragments.papers)) {
        const Fields fields = fieldsOf(object, form);
        const QString id = arxivIdIn(fields.value(u"ARXIVID"_s), expected);
        if (id.isEmpty()) {
            ++result.malformed;
            continue;
        }
        if (!expected.contains(id)) {
            ++result.unknownIds;
            continue;
        }
        if (seen[id]++ > 0) {
            ++result.duplicates;
        }
        if (accepted.contains(id)) {
            continue;
        }
        QString reason;
        std::optional<core::Score> score = form == Form::Compact   ? readCompact(fields, &reason)
                                           : form == Form::Details ? readDetails(fields, &reason)
                                                                   : readScore(fields, &reason);
        if (score) {
            score->arxivId = id;
            accepted.insert(id, *score);
            result.rejected.remove(expected.value(id));
        } else if (!result.rejected.contains(expected.value(id))) {
            result.rejected.insert(expected.value(id), reason);
        }
    }

    for (const QString &id : std::as_const(order)) {
        if (accepted.contains(id)) {
            result.scores.append(accepted.value(id));
        } else if (!result.rejected.contains(expected.value(id))) {
            result.missing.append(expected.value(id));
        }
    }
    return result;
}

ResponseParser::Fields ResponseParser::fieldsOf(const QJsonObject &object, Form form)
{
    // The compact form's one-letter keys, read as the full names they stand for.
    static const QHash<QString, QString> compactKeys = {
        {u"R"_s, u"RELEVANCE"_s},
        {u"N"_s, u"NOVELTY"_s},
        {u"T"_s, u"TOPICNUMBER"_s},
        {u"H"_s, u"HOTSPOTPAPERTAGS"_s},
    };
    Fields fields;
    for (auto it = object.begin(); it != object.end(); ++it) {
        QString key = canonicalKey(it.key());
        if (form == Form::Compact) {
            key = compactKeys.value(key, key);
        }
        if (!fields.contains(key)) {
            fields.insert(key, it.value()); // the first spelling of a key wins
        }
    }
    return fields;
}

std::optional<core::Score> ResponseParser::readScore(const Fields &fields, QString *reason) const
{
    const std::optional<int> relevance = readRating(fields, u"RELEVANCE"_s, reason);
    const std::optional<int> novelty = relevance ? readRating(fields, u"NOVELTY"_s, reason) : std::nullopt;
    const std::optional<QString> primary = novelty ? readPrimaryTopic(fields, reason) : std::nullopt;
    const std::optional<QStringList> matched =
        primary ? readMatchedTopics(fields, *primary, reason) : std::nullopt;
    const std::optional<QStringList> tags = matched ? readHotspotTags(fields, reason) : std::nullopt;
    if (!tags) {
        return std::nullopt;
    }
    core::Score score;
    score.status = core::Score::Status::Scored;
    score.relevance = *relevance;
    score.novelty = *novelty;
    score.primaryTopic = *primary;
    score.matchedTopics = *matched;
    score.hotspotTags = *tags;
    score.comment = textIn(fields.value(u"COMMENT"_s));
    score.topicMatch = textIn(fields.value(u"TOPICMATCHCOMMENT"_s));
    score.hotspotComment = textIn(fields.value(u"HOTSPOTPAPERCOMMENT"_s));
    return score;
}

std::optional<core::Score> ResponseParser::readCompact(const Fields &fields, QString *reason) const
{
    const std::optional<int> relevance = readRating(fields, u"RELEVANCE"_s, reason);
    const std::optional<int> novelty = relevance ? readRating(fields, u"NOVELTY"_s, reason) : std::nullopt;
    const std::optional<QString> primary = !novelty ? std::nullopt
                                           : fields.contains(u"TOPICNUMBER"_s)
                                               ? readTopicNumber(fields, reason)
                                               : readPrimaryTopic(fields, reason);
    const std::optional<QStringList> tags = primary ? readHotspotTags(fields, reason) : std::nullopt;
    if (!tags) {
        return std::nullopt;
    }
    core::Score score;
    score.status = core::Score::Status::Scored;
    score.relevance = *relevance;
    score.novelty = *novelty;
    score.primaryTopic = *primary;
    score.matchedTopics = {*primary};
    score.hotspotTags = *tags;
    score.detail = core::Score::Detail::NotAsked;
    return score;
}

std::optional<QString> ResponseParser::readTopicNumber(const Fields &fields, QString *reason) const
{
    QJsonValue value = fields.value(u"TOPICNUMBER"_s);
    if (value.isArray() && value.toArray().size() == 1) {
        value = value.toArray().first();
    }
    if (isAbsent(value)) {
        *reason = tr("The model's answer gave no topic number (t).");
        return std::nullopt;
    }
    // A model that answers with the topic's id instead of its number is understood.
    if (value.isString()) {
        const QString topic = allowedName(value.toString(), m_topicIds);
        if (!topic.isEmpty()) {
            return topic;
        }
    }
    const std::optional<double> number = numberIn(value);
    if (!number || !std::isfinite(*number) || std::floor(*number) != *number || *number < 1 ||
        *number > static_cast<double>(m_topicIds.size())) {
        *reason = tr("The model's answer gave the topic number %1, which is not one of 1–%2.")
                      .arg(shownValue(value))
                      .arg(m_topicIds.size());
        return std::nullopt;
    }
    return m_topicIds.at(static_cast<qsizetype>(*number) - 1);
}

std::optional<core::Score> ResponseParser::readDetails(const Fields &fields, QString *reason) const
{
    if (isAbsent(fields.value(u"COMMENT"_s))) {
        *reason = tr("The model's answer gave no COMMENT.");
        return std::nullopt;
    }
    // The primary topic is the stored score's; the caller puts it first.
    const std::optional<QStringList> matched = readMatchedTopics(fields, QString(), reason);
    if (!matched) {
        return std::nullopt;
    }
    core::Score score;
    score.status = core::Score::Status::Scored;
    score.matchedTopics = *matched;
    score.matchedTopics.removeAll(QString());
    score.comment = textIn(fields.value(u"COMMENT"_s));
    score.topicMatch = textIn(fields.value(u"TOPICMATCHCOMMENT"_s));
    score.hotspotComment = textIn(fields.value(u"HOTSPOTPAPERCOMMENT"_s));
    score.detail = core::Score::Detail::Asked;
    return score;
}

std::optional<int> ResponseParser::readRating(const Fields &fields, const QString &name,
                                              QString *reason) const
{
    const QJsonValue value = fields.value(name);
    if (isAbsent(value)) {
        *reason = tr("The model's answer gave no %1.").arg(name);
        return std::nullopt;
    }
    const std::optional<double> number = numberIn(value);
    if (!number || !std::isfinite(*number) || std::floor(*number) != *number) {
        *reason = tr("The model's answer gave %1 %2, which is not a whole number from 1 to 10.")
                      .arg(name, shownValue(value));
        return std::nullopt;
    }
    if (*number < 1 || *number > 10) {
        *reason = tr("The model's answer gave %1 %2, outside 1–10.").arg(name, QString::number(*number));
        return std::nullopt;
    }
    return static_cast<int>(*number);
}

std::optional<QString> ResponseParser::readPrimaryTopic(const Fields &fields, QString *reason) const
{
    QJsonValue value = fields.value(u"PRIMARYTOPICID"_s);
    if (value.isArray() && value.toArray().size() == 1) {
        value = value.toArray().first();
    }
    if (isAbsent(value)) {
        *reason = tr("The model's answer gave no PRIMARY_TOPIC_ID.");
        return std::nullopt;
    }
    const QString topic = value.isString() ? allowedName(value.toString(), m_topicIds) : QString();
    if (topic.isEmpty()) {
        *reason = tr("The model's answer gave PRIMARY_TOPIC_ID %1, which is not one of the profile's topics.")
                      .arg(shownValue(value));
        return std::nullopt;
    }
    return topic;
}

std::optional<QStringList> ResponseParser::readMatchedTopics(const Fields &fields, const QString &primary,
                                                             QString *reason) const
{
    QStringList topics;
    const QStringList items = itemsIn(fields.value(u"MATCHEDTOPICIDS"_s));
    for (const QString &item : items) {
        const QString topic = allowedName(item, m_topicIds);
        if (topic.isEmpty()) {
            *reason = tr("The model's answer listed %1 in MATCHED_TOPIC_IDS, which is not one of the "
                         "profile's topics.")
                          .arg(u'"' + shortened(item, shownValueLength) + u'"');
            return std::nullopt;
        }
        if (!topics.contains(topic)) {
            topics.append(topic);
        }
    }
    // The primary topic always matches; the prompt only asks for it when there are several.
    if (!topics.contains(primary)) {
        topics.prepend(primary);
    }
    return topics;
}

std::optional<QStringList> ResponseParser::readHotspotTags(const Fields &fields, QString *reason) const
{
    QStringList tags;
    const QStringList items = itemsIn(fields.value(u"HOTSPOTPAPERTAGS"_s));
    for (const QString &item : items) {
        const QString tag = allowedName(item, m_hotspotTags);
        if (tag.isEmpty()) {
            *reason = tr("The model's answer gave the hotspot tag %1, which is not one of: %2.")
                          .arg(u'"' + shortened(item, shownValueLength) + u'"', m_hotspotTags.join(u", "));
            return std::nullopt;
        }
        if (!tags.contains(tag)) {
            tags.append(tag);
        }
    }
    return tags;
}

} // namespace pd::llm
