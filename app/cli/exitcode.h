#pragma once

#include "pipeline/outcome.h"

namespace pd::cli {

// Exit status of every command (DESIGN.md, Command line).
enum ExitCode : int {
    Done = 0,
    LocalFailure = 1,  // the data dir or database could not be used (disk, permissions)
    BadInput = 2,      // bad usage, a bad input file, a database or profile we cannot read
    RemoteFailure = 3, // network, HTTP, provider
    SomeFailed = 4,    // finished, but some papers failed
};

// The exit status for how a fetch, score or run ended.
constexpr ExitCode exitCodeFor(pipeline::Outcome outcome)
{
    switch (outcome) {
    case pipeline::Outcome::Done:
        return Done;
    case pipeline::Outcome::LocalFailure:
        return LocalFailure;
    case pipeline::Outcome::BadInput:
        return BadInput;
    case pipeline::Outcome::RemoteFailure:
        return RemoteFailure;
    case pipeline::Outcome::SomeFailed:
        return SomeFailed;
    }
    return LocalFailure;
}

} // namespace pd::cli
