#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QStringList>

namespace pd::test {

// Runs the built `paperdesk` executable (PAPERDESK_BINARY, set by CTest) and collects its output.
struct CliResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

CliResult runPaperdesk(const QStringList &arguments,
                       const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
                       int timeoutMs = 120000);

// Like runPaperdesk, but the calling thread's event loop keeps running while the child works, so
// fake servers living in the test process can answer it.
CliResult
runPaperdeskServing(const QStringList &arguments,
                    const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
                    int timeoutMs = 120000);

} // namespace pd::test
