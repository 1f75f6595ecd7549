#pragma once

#include <QMetaType>

namespace pd::pipeline {

// How a piece of background work ended. The front ends decide what it means to the user: the
// command line maps it to an exit status (cli/exitcode.h), the window to a message or a banner.
enum class Outcome {
    Done,          // finished; also a cancel, which keeps what was done
    LocalFailure,  // the database or disk could not be written
    BadInput,      // a request that cannot run as asked: no key, a day not out yet, busy
    RemoteFailure, // network, HTTP, arXiv or the provider
    SomeFailed,    // finished, but some papers failed
};

// True when the work could not be done at all (as opposed to done, or done with some papers failed).
constexpr bool isFailure(Outcome outcome)
{
    return outcome == Outcome::LocalFailure || outcome == Outcome::BadInput ||
           outcome == Outcome::RemoteFailure;
}

} // namespace pd::pipeline

Q_DECLARE_METATYPE(pd::pipeline::Outcome)
