#pragma once

#include "core/dayinfo.h"

#include <QDate>
#include <QMetaType>
#include <QString>

namespace pd::pipeline {

// How the fetch of one announcement day ended; `day` is what is now stored for the date.
struct FetchOutcome {
    enum class Result { Fetched, AlreadyStored, NoAnnouncement, Failed, Cancelled };
    Result result = Result::Failed;
    QDate date;
    core::DayInfo day;
    QString message;     // one sentence for the user
    bool remote = false; // the failure was the network's or arXiv's, not bad local input
    bool local = false;  // the failure was the database's or the disk's (exit status 1)
};

} // namespace pd::pipeline

Q_DECLARE_METATYPE(pd::pipeline::FetchOutcome)
