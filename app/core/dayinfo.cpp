#include "dayinfo.h"

using namespace Qt::StringLiterals;

namespace pd::core {

QString dayStateName(DayInfo::State state)
{
    switch (state) {
    case DayInfo::State::NotFetched:
        return u"not_fetched"_s;
    case DayInfo::State::Fetched:
        return u"fetched"_s;
    case DayInfo::State::NoAnnouncement:
        return u"no_announcement"_s;
    case DayInfo::State::Failed:
        return u"failed"_s;
    }
    return u"not_fetched"_s;
}

DayInfo::State dayStateFromName(const QString &name)
{
    if (name == u"fetched") {
        return DayInfo::State::Fetched;
    }
    if (name == u"no_announcement") {
        return DayInfo::State::NoAnnouncement;
    }
    if (name == u"failed") {
        return DayInfo::State::Failed;
    }
    return DayInfo::State::NotFetched;
}

QString daySourceName(DayInfo::Source source)
{
    switch (source) {
    case DayInfo::Source::Rss:
        return u"rss"_s;
    case DayInfo::Source::Api:
        return u"api"_s;
    case DayInfo::Source::None:
        break;
    }
    return {};
}

DayInfo::Source daySourceFromName(const QString &name)
{
    if (name == u"rss") {
        return DayInfo::Source::Rss;
    }
    if (name == u"api") {
        return DayInfo::Source::Api;
    }
    return DayInfo::Source::None;
}

} // namespace pd::core
