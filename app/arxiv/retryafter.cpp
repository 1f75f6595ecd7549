#include "arxiv/arxivclient.h"

#include <QLocale>

#include <array>

namespace pd::arxiv {

namespace {

constexpr qint64 MaxRetryAfterSecondsParsed = 10LL * 365 * 24 * 3600; // beyond this a value is nonsense

} // namespace

std::optional<qint64> parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty()) {
        return std::nullopt;
    }
    bool isNumber = false;
    const qint64 seconds = trimmed.toLongLong(&isNumber);
    if (isNumber) {
        if (seconds < 0 || seconds > MaxRetryAfterSecondsParsed) {
            return std::nullopt;
        }
        return seconds * 1000;
    }
    // IMF-fixdate, then the two obsolete forms HTTP still allows (RFC 850 and asctime). The weekday
    // is dropped before parsing: it adds nothing, and a wrong one must not void the date.
    static const std::array<QString, 3> formats = {
        QStringLiteral("dd MMM yyyy hh:mm:ss 'GMT'"), // Sun, 06 Nov 1994 08:49:37 GMT
        QStringLiteral("dd-MMM-yy hh:mm:ss 'GMT'"),   // Sunday, 06-Nov-94 08:49:37 GMT
        QStringLiteral("MMM d hh:mm:ss yyyy"),        // Sun Nov  6 08:49:37 1994
    };
    QString text = QString::fromLatin1(trimmed).simplified();
    const qsizetype comma = text.indexOf(u',');
    text = comma >= 0 ? text.mid(comma + 1).trimmed() : text.section(u' ', 1);
    for (const QString &format : formats) {
        const QDateTime parsed = QLocale::c().toDateTime(text, format);
        if (!parsed.isValid()) {
            continue;
        }
        QDate date = parsed.date();
        if (date.year() < 1970) {
            date = date.addYears(100); // two-digit RFC 850 years
        }
        const QDateTime when(date, parsed.time(), Qt::UTC);
        return qMax<qint64>(0, now.msecsTo(when));
    }
    return std::nullopt;
}

} // namespace pd::arxiv
