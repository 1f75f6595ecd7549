#include "feedsupport.h"

#include <QRegularExpression>
#include <QTimeZone>

#include <array>

using namespace Qt::StringLiterals;

namespace pd::arxiv::feedsupport {

namespace {

constexpr qsizetype kSniffBytes = 64 * 1024;
constexpr qsizetype kExcerptChars = 100;

QByteArrayView withoutBomAndBlanks(const QByteArray &body)
{
    QByteArrayView v(body);
    if (v.startsWith("\xEF\xBB\xBF")) {
        v = v.sliced(3);
    }
    return v.trimmed();
}

QString shortened(const QString &text)
{
    return text.size() <= kExcerptChars ? text : text.left(kExcerptChars - 1) + u'…';
}

// The date of the n-th Sunday (n >= 1) of a month.
QDate nthSunday(int year, int month, int n)
{
    const QDate first(year, month, 1);
    const int toSunday = (7 - first.dayOfWeek()) % 7; // dayOfWeek: Monday 1 … Sunday 7
    return first.addDays(toSunday + 7 * (n - 1));
}

bool isNameSuffix(QStringView part)
{
    static const QStringList suffixes{u"jr"_s, u"jr."_s, u"sr"_s, u"sr."_s, u"ii"_s, u"iii"_s, u"iv"_s};
    return part.size() <= 4 && suffixes.contains(part.toString(), Qt::CaseInsensitive);
}

// One author's name: whitespace collapsed, a trailing "(affiliation, …)" dropped.
QString cleanName(QStringView raw)
{
    QString name = raw.toString().simplified();
    if (name.endsWith(u')')) {
        const qsizetype open = name.indexOf(u'(');
        if (open > 0) {
            name = name.left(open).trimmed();
        }
    }
    return name;
}

// The position of a " and " outside parentheses/braces, searching from the end; -1 if none.
qsizetype lastTopLevelAnd(QStringView text)
{
    int depth = 0;
    for (qsizetype i = text.size() - 1; i >= 0; --i) {
        const QChar c = text[i];
        if (c == u')' || c == u'}') {
            ++depth;
        } else if ((c == u'(' || c == u'{') && depth > 0) {
            --depth;
        } else if (depth == 0 && c == u' ' && text.sliced(i).startsWith(u" and ")) {
            return i;
        }
    }
    return -1;
}

// A UTF-16 or UTF-32 byte-order mark, or an XML declaration naming an encoding other than UTF-8.
bool declaresOtherEncoding(const QByteArray &body)
{
    const QByteArrayView head = QByteArrayView(body).first(qMin(body.size(), qsizetype(200)));
    if (head.startsWith("\xFE\xFF") || head.startsWith("\xFF\xFE")) {
        return true;
    }
    static const QRegularExpression declared(
        uR"(^(?:\x{FEFF})?<\?xml[^>]*encoding\s*=\s*["']([^"']+)["'])"_s);
    const QRegularExpressionMatch match = declared.match(QString::fromLatin1(head));
    if (!match.hasMatch()) {
        return false;
    }
    const QString name = match.captured(1).toLower();
    return name != u"utf-8" && name != u"utf8";
}

// The length of the UTF-8 character at `p[0]`, or 0 when it is not one (overlong forms, surrogates
// and code points past U+10FFFF included).
int utf8Length(const uchar *p, qsizetype available)
{
    static constexpr std::array<char32_t, 5> smallest{0, 0, 0x80, 0x800, 0x10000};
    const uchar lead = p[0];
    if (lead < 0x80) {
        return 1;
    }
    const int length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 0;
    if (length == 0 || lead >= 0xF8 || length > available) {
        return 0;
    }
    char32_t code = lead & (0x7F >> length);
    for (int k = 1; k < length; ++k) {
        if ((p[k] & 0xC0) != 0x80) {
            return 0;
        }
        code = (code << 6) | (p[k] & 0x3F);
    }
    const bool surrogate = code >= 0xD800 && code <= 0xDFFF;
    return code < smallest[length] || code > 0x10FFFF || surrogate ? 0 : length;
}

} // namespace

qsizetype firstInvalidUtf8(const QByteArray &body)
{
    if (QByteArrayView(body).isValidUtf8() || declaresOtherEncoding(body)) {
        return -1;
    }
    const auto *bytes = reinterpret_cast<const uchar *>(body.constData());
    for (qsizetype i = 0; i < body.size();) {
        const int length = utf8Length(bytes + i, body.size() - i);
        if (length == 0) {
            return i;
        }
        i += length;
    }
    return -1;
}

qsizetype lineAt(const QByteArray &body, qsizetype offset)
{
    return QByteArrayView(body).first(qBound(qsizetype(0), offset, body.size())).count('\n') + 1;
}

bool isBlank(const QByteArray &body)
{
    return withoutBomAndBlanks(body).isEmpty();
}

bool isHtmlContentType(const QString &contentType)
{
    const QString mime = contentType.section(u';', 0, 0).trimmed().toLower();
    return mime == u"text/html" || mime == u"application/xhtml+xml";
}

bool startsLikeHtml(const QByteArray &body)
{
    const QByteArrayView v = withoutBomAndBlanks(body);
    const QByteArray head = v.first(qMin(v.size(), qsizetype(256))).toByteArray().toLower();
    return head.startsWith("<!doctype html") || head.startsWith("<html");
}

QString htmlTitle(const QByteArray &body)
{
    const QByteArray head = body.left(kSniffBytes);
    const QByteArray lower = head.toLower();
    const qsizetype open = lower.indexOf("<title");
    if (open < 0) {
        return {};
    }
    const qsizetype start = lower.indexOf('>', open);
    const qsizetype end = lower.indexOf("</title", start);
    if (start < 0 || end < 0) {
        return {};
    }
    return shortened(QString::fromUtf8(head.mid(start + 1, end - start - 1)).simplified());
}

QString bodyExcerpt(const QByteArray &body)
{
    const QByteArrayView v = withoutBomAndBlanks(body);
    const qsizetype newline = v.indexOf('\n');
    const QByteArrayView line = newline < 0 ? v : v.first(newline);
    return shortened(QString::fromUtf8(line.first(qMin(line.size(), 4 * kExcerptChars))).simplified());
}

QString withoutFinalStop(const QString &sentence)
{
    const QString s = sentence.trimmed();
    return s.endsWith(u'.') ? s.chopped(1) : s;
}

QDateTime parseRfc2822(const QString &text)
{
    // Qt rejects a date whose weekday disagrees with it; the weekday adds nothing, so drop it.
    QString t = text.trimmed();
    const qsizetype comma = t.indexOf(u',');
    if (comma >= 0 && comma <= 10) {
        t = t.mid(comma + 1).trimmed();
    }
    // RFC 822's zone names, still common in feeds; Qt only reads numeric offsets.
    static const QList<std::pair<QString, QString>> zones{
        {u" GMT"_s, u" +0000"_s}, {u" UTC"_s, u" +0000"_s}, {u" UT"_s, u" +0000"_s},
        {u" Z"_s, u" +0000"_s},   {u" EDT"_s, u" -0400"_s}, {u" EST"_s, u" -0500"_s},
        {u" CDT"_s, u" -0500"_s}, {u" CST"_s, u" -0600"_s}, {u" MDT"_s, u" -0600"_s},
        {u" MST"_s, u" -0700"_s}, {u" PDT"_s, u" -0700"_s}, {u" PST"_s, u" -0800"_s}};
    for (const auto &[name, offset] : zones) {
        if (t.endsWith(name, Qt::CaseInsensitive)) {
            t = t.chopped(name.size()) + offset;
            break;
        }
    }
    return QDateTime::fromString(t, Qt::RFC2822Date);
}

QDate easternDate(const QDateTime &moment)
{
    static const QTimeZone eastern(QByteArrayLiteral("America/New_York"));
    if (!moment.isValid()) {
        return {};
    }
    if (eastern.isValid()) {
        return moment.toTimeZone(eastern).date();
    }
    return easternDateByRule(moment);
}

QDate easternDateByRule(const QDateTime &moment)
{
    if (!moment.isValid()) {
        return {};
    }
    const QDateTime utc = moment.toUTC();
    const int year = utc.date().year();
    // Daylight time runs from 02:00 EST on the second Sunday of March (07:00 UTC) to 02:00 EDT on
    // the first Sunday of November (06:00 UTC).
    const QDateTime dstStart(nthSunday(year, 3, 2), QTime(7, 0), Qt::UTC);
    const QDateTime dstEnd(nthSunday(year, 11, 1), QTime(6, 0), Qt::UTC);
    const int offsetHours = (utc >= dstStart && utc < dstEnd) ? -4 : -5;
    return utc.addSecs(offsetHours * 3600).date();
}

QStringList splitAuthorList(QStringView text)
{
    QList<QStringView> parts;
    int depth = 0;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'(' || c == u'{') {
            ++depth;
        } else if ((c == u')' || c == u'}') && depth > 0) {
            --depth;
        } else if (c == u',' && depth == 0) {
            parts.append(text.sliced(start, i - start));
            start = i + 1;
        }
    }
    parts.append(text.sliced(start));

    // arXiv sometimes writes " and " before the last name, with or without a comma before it.
    QStringView last = parts.takeLast().trimmed();
    if (last.startsWith(u"and ")) {
        last = last.sliced(4);
    }
    const qsizetype cut = lastTopLevelAnd(last);
    if (cut >= 0) {
        parts.append(last.first(cut));
        parts.append(last.sliced(cut + 5));
    } else {
        parts.append(last);
    }

    QStringList names;
    names.reserve(parts.size());
    for (const QStringView part : std::as_const(parts)) {
        const QString name = cleanName(part);
        if (name.isEmpty()) {
            continue;
        }
        if (isNameSuffix(name) && !names.isEmpty()) {
            names.last() += u", "_s + name; // "John Smith, Jr." is one author
        } else {
            names.append(name);
        }
    }
    return names;
}

void appendCategory(QStringList *categories, const QString &category)
{
    const QString c = category.trimmed();
    if (!c.isEmpty() && !categories->contains(c)) {
        categories->append(c);
    }
}

QString abstractText(QStringView raw)
{
    QString out;
    out.reserve(raw.size());
    raw = raw.trimmed();
    bool pendingSpace = false;
    bool pendingParagraph = false;
    qsizetype i = 0;
    while (i < raw.size()) {
        const QChar c = raw[i];
        if (c == u'\n' || c == u'\r') {
            // A line break: a paragraph when the next line is empty or starts indented.
            qsizetype j = i + 1;
            if (c == u'\r' && j < raw.size() && raw[j] == u'\n') {
                ++j;
            }
            const bool indented =
                j < raw.size() && (raw[j] == u' ' || raw[j] == u'\t' || raw[j] == u'\n' || raw[j] == u'\r');
            pendingParagraph = pendingParagraph || indented;
            pendingSpace = true;
            i = j;
            continue;
        }
        if (c.isSpace()) {
            pendingSpace = true;
            ++i;
            continue;
        }
        if (pendingParagraph && !out.isEmpty()) {
            out += u"\n\n"_s;
        } else if (pendingSpace && !out.isEmpty()) {
            out += u' ';
        }
        pendingParagraph = false;
        pendingSpace = false;
        out += c;
        ++i;
    }
    return out;
}

} // namespace pd::arxiv::feedsupport
