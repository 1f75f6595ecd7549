#include "announcementcalendar.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace pd::core {

Q_LOGGING_CATEGORY(lcCalendar, "paperdesk.calendar", QtWarningMsg)

namespace {

constexpr int MailingHour = 20;
constexpr int CutoffHour = 14;
constexpr qint64 MaxHolidayFileBytes = 1024 * 1024;

void setText(QString *target, const QString &text)
{
    if (target) {
        *target = text;
    }
}

// A JSON value as a person would quote it in a message.
QString describe(const QJsonValue &value)
{
    if (value.isDouble()) {
        return QString::number(value.toDouble());
    }
    if (value.isString()) {
        return u'"' + value.toString() + u'"';
    }
    return AnnouncementCalendar::tr("neither a number nor text");
}

QTimeZone findEastern()
{
    const QTimeZone zone("America/New_York");
    if (zone.isValid()) {
        return zone;
    }
    // Without time zone data there is no DST rule to apply; standard time is off by at most an
    // hour, which beats failing outright.
    qCWarning(lcCalendar) << "The time zone America/New_York is unknown on this system (time zone data "
                             "missing?); using UTC-5 without daylight saving time.";
    return QTimeZone(-5 * 3600);
}

} // namespace

AnnouncementCalendar::AnnouncementCalendar() = default;

AnnouncementCalendar::AnnouncementCalendar(QSet<QDate> holidays)
    : m_holidays(std::move(holidays))
{}

QString AnnouncementCalendar::overrideFileName()
{
    return u"arxiv-holidays.json"_s;
}

QString AnnouncementCalendar::builtInFile()
{
    return u":/paperdesk/data/arxiv-holidays.json"_s;
}

AnnouncementCalendar AnnouncementCalendar::load(const QString &overrideFile, QString *warning)
{
    setText(warning, {});
    if (!overrideFile.isEmpty() && QFile::exists(overrideFile)) {
        QString problem;
        QFile file(overrideFile);
        if (!file.open(QIODevice::ReadOnly)) {
            problem = tr("it cannot be read (%1)").arg(file.errorString());
        } else if (file.size() > MaxHolidayFileBytes) {
            problem = tr("it is larger than 1 MiB");
        } else if (const auto holidays = readHolidays(file.readAll(), &problem)) {
            return AnnouncementCalendar(*holidays);
        }
        setText(warning, tr("The arXiv holiday file %1 could not be used: %2. The built-in holiday list is "
                            "used instead; fix or remove the file.")
                             .arg(overrideFile, problem));
    }

    QFile builtIn(builtInFile());
    QString problem;
    if (builtIn.open(QIODevice::ReadOnly)) {
        if (const auto holidays = readHolidays(builtIn.readAll(), &problem)) {
            return AnnouncementCalendar(*holidays);
        }
    } else {
        problem = builtIn.errorString();
    }
    // Only a broken build gets here; carry on without holidays rather than refuse to work.
    qCWarning(lcCalendar) << "The built-in arXiv holiday list is unusable:" << problem;
    return AnnouncementCalendar();
}

std::optional<QSet<QDate>> AnnouncementCalendar::readHolidays(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        setText(
            error,
            tr("it is not valid JSON (%1 at byte %2)").arg(parseError.errorString()).arg(parseError.offset));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        setText(error, tr("its top level is not a JSON object"));
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    const QJsonValue version = root.value(u"formatVersion"_s);
    if (version.isUndefined()) {
        setText(error, tr("\"formatVersion\" is missing"));
        return std::nullopt;
    }
    if (version.toInt(-1) != 1) {
        setText(error, tr("\"formatVersion\" is %1, but this version of Paperdesk reads only format 1")
                           .arg(describe(version)));
        return std::nullopt;
    }
    const QJsonValue list = root.value(u"holidays"_s);
    if (!list.isArray()) {
        setText(error, tr("\"holidays\" is missing or is not a list"));
        return std::nullopt;
    }

    QSet<QDate> holidays;
    const QJsonArray entries = list.toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const std::optional<QDate> date = readEntry(entries.at(i), i + 1, error);
        if (!date) {
            return std::nullopt;
        }
        holidays.insert(*date);
    }
    setText(error, {});
    return holidays;
}

std::optional<QDate> AnnouncementCalendar::readEntry(const QJsonValue &value, qsizetype number,
                                                     QString *error)
{
    const QString where = tr("entry %1 of \"holidays\"").arg(number);
    if (!value.isObject()) {
        setText(error, tr("%1 is not an object").arg(where));
        return std::nullopt;
    }
    const QJsonObject entry = value.toObject();
    const QJsonValue dateValue = entry.value(u"date"_s);
    if (!dateValue.isString()) {
        setText(error, tr("%1 has no \"date\" text").arg(where));
        return std::nullopt;
    }
    // Exactly YYYY-MM-DD: the date parser alone would also take one-digit months and days.
    static const QRegularExpression isoDate(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    const QString text = dateValue.toString();
    const QDate date = QDate::fromString(text, u"yyyy-MM-dd"_s);
    if (!isoDate.match(text).hasMatch() || !date.isValid()) {
        setText(error, tr("%1: \"%2\" is not a valid date (expected YYYY-MM-DD)").arg(where, text));
        return std::nullopt;
    }
    if (entry.contains(u"name"_s) && !entry.value(u"name"_s).isString()) {
        setText(error, tr("%1: \"name\" is not text").arg(where));
        return std::nullopt;
    }
    return date;
}

bool AnnouncementCalendar::isWeekday(QDate date)
{
    return date.isValid() && date.dayOfWeek() <= 5;
}

bool AnnouncementCalendar::isHoliday(QDate date) const
{
    return m_holidays.contains(date);
}

bool AnnouncementCalendar::isAnnouncementDay(QDate date) const
{
    return isWeekday(date) && !isHoliday(date);
}

QDate AnnouncementCalendar::previous(QDate date) const
{
    if (!date.isValid()) {
        return {};
    }
    for (int i = 1; i <= MaxSearchDays; ++i) {
        const QDate candidate = date.addDays(-i);
        if (isAnnouncementDay(candidate)) {
            return candidate;
        }
    }
    return {};
}

QDate AnnouncementCalendar::next(QDate date) const
{
    if (!date.isValid()) {
        return {};
    }
    for (int i = 1; i <= MaxSearchDays; ++i) {
        const QDate candidate = date.addDays(i);
        if (isAnnouncementDay(candidate)) {
            return candidate;
        }
    }
    return {};
}

QDate AnnouncementCalendar::latestAt(const QDateTime &now) const
{
    if (!now.isValid()) {
        return {};
    }
    const QDateTime local = now.toTimeZone(eastern());
    // The mailing of the evening of day X is the announcement dated X + 1.
    const QDate newest = local.time().hour() >= MailingHour ? local.date().addDays(1) : local.date();
    return isAnnouncementDay(newest) ? newest : previous(newest);
}

QList<QDate> AnnouncementCalendar::days(QDate from, QDate to) const
{
    QList<QDate> result;
    if (!from.isValid() || !to.isValid()) {
        return result;
    }
    for (QDate d = from; d <= to; d = d.addDays(1)) {
        if (isAnnouncementDay(d)) {
            result.append(d);
        }
    }
    return result;
}

QDateTime AnnouncementCalendar::cutoffFor(QDate announcementDate)
{
    // The mailing on the evening before the announcement date takes what came in before 14:00 on
    // the last weekday up to that evening (Friday for the Sunday mailing). Holidays do not move
    // this deadline: a deferred mailing only makes the next window start earlier.
    QDate day = announcementDate.addDays(-1);
    for (int i = 0; i < 2 && day.isValid() && !isWeekday(day); ++i) {
        day = day.addDays(-1);
    }
    if (!isWeekday(day)) {
        return {};
    }
    return QDateTime(day, QTime(CutoffHour, 0), eastern()).toUTC();
}

AnnouncementCalendar::Window AnnouncementCalendar::submissionWindow(QDate announcementDate) const
{
    if (!isAnnouncementDay(announcementDate)) {
        return {};
    }
    const QDate before = previous(announcementDate);
    if (!before.isValid()) {
        return {};
    }
    return {cutoffFor(before), cutoffFor(announcementDate)};
}

QTimeZone AnnouncementCalendar::eastern()
{
    static const QTimeZone zone = findEastern();
    return zone;
}

QDate AnnouncementCalendar::easternDate(const QDateTime &t)
{
    return t.isValid() ? t.toTimeZone(eastern()).date() : QDate();
}

} // namespace pd::core
