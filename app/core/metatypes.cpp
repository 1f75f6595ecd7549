#include "metatypes.h"

#include "announcement.h"
#include "dayinfo.h"
#include "paper.h"
#include "profile.h"
#include "readingstate.h"
#include "score.h"
#include "usage.h"

#include <QMetaType>

namespace pd::core {

void registerMetaTypes()
{
    qRegisterMetaType<Paper>();
    qRegisterMetaType<Score>();
    qRegisterMetaType<Usage>();
    qRegisterMetaType<DayInfo>();
    qRegisterMetaType<Announcement>();
    qRegisterMetaType<Profile>();
    qRegisterMetaType<ReadingState>();
}

} // namespace pd::core
