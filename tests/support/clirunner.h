#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QProcessEnvironment>
#include <QStringList>

namespace pd::test {

// Runs the built `paperdesk` executable (PAPERDESK_BINARY, set by CTest) and collects its output.
struct CliResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// What the test executable (PAPERDESK_TEST_BINARY, tests/support/testbin) is told besides the
// arguments: how fast it may ask the local fake arXiv, how long it waits before a retry, and the
// clock that decides which announcement is the latest.
struct TestSeams {
    int arxivIntervalMs = 20;
    int retryBackoffMs = 50;
    int batchPollMs = 100; // provider batches polled every 100 ms (growing to 400 ms)
    QDateTime now;         // invalid: the system clock
    QString systemctl;     // empty: `paperdesk schedule` calls the real systemctl

    QStringList arguments() const;
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

// Like runPaperdeskServing, but runs the same program built as the test executable, with `seams`.
CliResult
runTestBinaryServing(const TestSeams &seams, const QStringList &arguments,
                     const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
                     int timeoutMs = 120000);

} // namespace pd::test
