#pragma once

#include <QDate>
#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace pd::core {

// What Paperdesk knows about one announcement date.
struct DayInfo {
    enum class State { NotFetched, Fetched, NoAnnouncement, Failed };
    enum class Source { None, Rss, Api }; // Api: rebuilt from the export API, not authoritative

    QDate date;
    State state = State::NotFetched;
    Source source = Source::None;
    int total = 0;   // every paper the feed listed
    int scanned = 0; // kept by the prefilter
    int skipped = 0; // items the feed listed without an id or title
    QDateTime fetchedAt;
    QString failure; // reason, when state is Failed

    bool operator==(const DayInfo &) const = default;
};

QString dayStateName(DayInfo::State state);
DayInfo::State dayStateFromName(const QString &name);
QString daySourceName(DayInfo::Source source);
DayInfo::Source daySourceFromName(const QString &name);

} // namespace pd::core

Q_DECLARE_METATYPE(pd::core::DayInfo)
