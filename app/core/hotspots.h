#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace pd::core {

// The hotspot tags the default prompt's registry defines: papers the model marks as the day's buzz,
// whatever the user's topics. The parser accepts these, the reader and the digest group by them.
inline constexpr QStringView DailyHotTag = u"daily_hot";
inline constexpr QStringView NewFrontierTag = u"new_frontier";

inline QStringList hotspotTags()
{
    return {DailyHotTag.toString(), NewFrontierTag.toString()};
}

} // namespace pd::core
