#include "metatypes.h"

#include "core/metatypes.h"
#include "pipeline/fetchoutcome.h"
#include "pipeline/job.h"
#include "pipeline/outcome.h"
#include "store/daypaper.h"

#include <QMetaType>

namespace pd::ui {

void registerMetaTypes()
{
    core::registerMetaTypes();
    qRegisterMetaType<store::DayPaper>();
    qRegisterMetaType<store::DayPaperList>();
    qRegisterMetaType<pipeline::Outcome>();
    qRegisterMetaType<pipeline::FetchOutcome>();
    qRegisterMetaType<pipeline::Job>();
    qRegisterMetaType<pipeline::Progress>();
    qRegisterMetaType<pipeline::ScoreSummary>();
    qRegisterMetaType<pipeline::JobOutcome>();
}

} // namespace pd::ui
