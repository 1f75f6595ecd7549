#include "clirunner.h"

#include <QProcess>

namespace pd::test {

CliResult runPaperdesk(const QStringList &arguments, const QProcessEnvironment &environment, int timeoutMs)
{
    QProcess process;
    QProcessEnvironment env = environment;
    env.remove(QStringLiteral("DISPLAY")); // headless commands must not need one
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(env);
    process.start(qEnvironmentVariable("PAPERDESK_BINARY"), arguments);
    CliResult result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = "timed out";
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

} // namespace pd::test
