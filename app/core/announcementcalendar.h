#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QSet>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace pd::core {

// Which dates carry an arXiv announcement and which submissions each one holds.
//
// arXiv mails Sunday to Thursday at 20:00 US Eastern; the RSS feed and Paperdesk date an
// announcement by the next calendar day, so announcement dates are Monday to Friday. The
// announcement dated D holds the submissions made before 14:00 ET on the last weekday before D
// and not yet announced. Holidays are announcement dates without an announcement; their
// submissions go with the next announcement. Every computation happens in America/New_York,
// whatever the machine's time zone.
class AnnouncementCalendar final
{
    Q_DECLARE_TR_FUNCTIONS(AnnouncementCalendar)

public:
    struct Window {
        QDateTime start; // UTC, inclusive
        QDateTime end;   // UTC, exclusive
        bool isValid() const { return start.isValid() && end.isValid(); }
        bool operator==(const Window &) const = default;
    };

    // Searches for an announcement day give up after this many days, so that a holiday file that
    // marks every day cannot make them loop for long.
    static constexpr int MaxSearchDays = 30;

    AnnouncementCalendar(); // no holidays
    explicit AnnouncementCalendar(QSet<QDate> holidays);

    // The built-in holidays, replaced by `overrideFile` when it exists and is valid. When it exists
    // but cannot be used, *warning says why and the built-in holidays are used.
    static AnnouncementCalendar load(const QString &overrideFile = {}, QString *warning = nullptr);
    // Parses the holiday JSON ({"formatVersion": 1, "holidays": [{"date": "YYYY-MM-DD", ...}]}).
    // On failure returns nothing and *error names the problem.
    static std::optional<QSet<QDate>> readHolidays(const QByteArray &json, QString *error);
    // The name of a user's override file in the data dir.
    static QString overrideFileName();
    // The holiday file compiled into the application.
    static QString builtInFile();

    QSet<QDate> holidays() const { return m_holidays; }
    bool isAnnouncementDay(QDate date) const; // Monday to Friday and not a holiday
    bool isHoliday(QDate date) const;
    // The announcement day strictly before / after `date`; invalid when there is none within
    // MaxSearchDays.
    QDate previous(QDate date) const;
    QDate next(QDate date) const;
    // The newest announcement already out at `now` (any time zone); invalid when there is none.
    QDate latestAt(const QDateTime &now) const;
    // The announcement days in [from, to].
    QList<QDate> days(QDate from, QDate to) const;
    // The submissions the announcement dated `announcementDate` holds; invalid for a date that has
    // no announcement.
    Window submissionWindow(QDate announcementDate) const;

    static QTimeZone eastern();
    static QDate easternDate(const QDateTime &t); // the calendar date in ET

private:
    // One element of "holidays"; `number` counts from 1 for the message.
    static std::optional<QDate> readEntry(const QJsonValue &value, qsizetype number, QString *error);
    static bool isWeekday(QDate date);
    // The submission deadline of the mailing that the announcement dated `date` comes from.
    static QDateTime cutoffFor(QDate announcementDate);

    QSet<QDate> m_holidays;
};

} // namespace pd::core
