#include "clirunner.h"

#include <QProcess>
#include <QSignalSpy>

namespace pd::test {

namespace {

void prepare(QProcess &process, const QProcessEnvironment &environment)
{
    QProcessEnvironment env = environment;
    env.remove(QStringLiteral("DISPLAY")); // headless commands must not need one
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(env);
}

CliResult collect(QProcess &process)
{
    CliResult result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

CliResult runServing(const QString &program, const QStringList &arguments,
                     const QProcessEnvironment &environment, int timeoutMs)
{
    QProcess process;
    prepare(process, environment);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(program, arguments);
    CliResult result;
    if (!process.waitForStarted()) {
        result.err = "could not start: " + process.errorString().toUtf8();
        return result;
    }
    // QSignalSpy::wait spins this thread's event loop, so the test's servers keep answering.
    if (finished.isEmpty() && !finished.wait(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = "timed out";
        return result;
    }
    return collect(process);
}

} // namespace

QStringList TestSeams::arguments() const
{
    QStringList out{QStringLiteral("--test-arxiv-interval-ms=%1").arg(arxivIntervalMs),
                    QStringLiteral("--test-retry-backoff-ms=%1").arg(retryBackoffMs),
                    QStringLiteral("--test-batch-poll-ms=%1").arg(batchPollMs)};
    if (now.isValid()) {
        out.append(QStringLiteral("--test-now=") + now.toString(Qt::ISODate));
    }
    if (!systemctl.isEmpty()) {
        out.append(QStringLiteral("--test-systemctl=") + systemctl);
    }
    return out;
}

CliResult runPaperdesk(const QStringList &arguments, const QProcessEnvironment &environment, int timeoutMs)
{
    QProcess process;
    prepare(process, environment);
    process.start(qEnvironmentVariable("PAPERDESK_BINARY"), arguments);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        CliResult result;
        result.err = "timed out";
        return result;
    }
    return collect(process);
}

CliResult runPaperdeskServing(const QStringList &arguments, const QProcessEnvironment &environment,
                              int timeoutMs)
{
    return runServing(qEnvironmentVariable("PAPERDESK_BINARY"), arguments, environment, timeoutMs);
}

CliResult runTestBinaryServing(const TestSeams &seams, const QStringList &arguments,
                               const QProcessEnvironment &environment, int timeoutMs)
{
    return runServing(qEnvironmentVariable("PAPERDESK_TEST_BINARY"), seams.arguments() + arguments,
                      environment, timeoutMs);
}

} // namespace pd::test
