#include "metatypes.h"

#include "announcement.h"
#include "arxiv/dayfetcher.h"
#include "dayinfo.h"
#include "paper.h"
#include "pipeline/job.h"
#include "profile.h"
#include "readingstate.h"
#include "score.h"
#include "store/daypaper.h"
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
    qRegisterMetaType<store::DayPaper>();
    qRegisterMetaType<store::DayPaperList>();
    qRegisterMetaType<arxiv::FetchOutcome>();
    qRegisterMetaType<pipeline::Job>();
    qRegisterMetaType<pipeline::Progress>();
    qRegisterMetaType<pipeline::ScoreSummary>();
    qRegisterMetaType<pipeline::JobOutcome>();
}

} // namespace pd::core
