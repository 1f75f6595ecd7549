#pragma once

namespace pd::cli {

// Exit status of every command (DESIGN.md, Command line).
enum ExitCode : int {
    Done = 0,
    LocalFailure = 1,  // the data dir or database could not be used (disk, permissions)
    BadInput = 2,      // bad usage, a bad input file, a database or profile we cannot read
    RemoteFailure = 3, // network, HTTP, provider
    SomeFailed = 4,    // finished, but some papers failed
};

} // namespace pd::cli
