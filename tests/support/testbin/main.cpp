// paperdesk_testbin: the `paperdesk` program (the same launcher, command line and window) with the
// seams tests need, given as options that it takes off the arguments before Paperdesk sees them:
//   --test-arxiv-interval-ms=N   arXiv requests N ms apart instead of arXiv's 3 s (local fakes only)
//   --test-retry-backoff-ms=N    the LLM client's first retry back-off
//   --test-batch-poll-ms=N       provider batches polled every N ms (growing to 4 N), not 5 s to 5 min
//   --test-now=ISO-DATETIME      the clock that says which announcement is the latest
//   --test-systemctl=PATH        `paperdesk schedule` calls this program instead of systemctl
//   --test-startup-probe         print the time to the window's first paint on stderr and quit
// Built only with the tests and never installed; the shipped executable has none of these.
#include "startupprobe.h"
#include "ui/launcher.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QString>

#include <cstdio>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

struct Seams {
    pd::ui::LaunchOptions options;
    bool startupProbe = false;
};

std::optional<int> intValue(const QString &text)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    return ok && value >= 0 ? std::optional<int>(value) : std::nullopt;
}

// Applies one --test-… option; false when it is unknown or its value is bad.
bool apply(const QString &argument, Seams &seams)
{
    const QString name = argument.section(u'=', 0, 0);
    const QString value = argument.section(u'=', 1);
    pd::pipeline::WorkerOptions &worker = seams.options.worker;
    if (name == u"--test-startup-probe" && value.isEmpty()) {
        seams.startupProbe = true;
        return true;
    }
    if (name == u"--test-now") {
        const QDateTime now = QDateTime::fromString(value, Qt::ISODate);
        worker.clock = [now] {
            return now;
        };
        return now.isValid();
    }
    if (name == u"--test-systemctl" && !value.isEmpty()) {
        worker.systemctl = value;
        return true;
    }
    const std::optional<int> ms = intValue(value);
    if (name == u"--test-arxiv-interval-ms" && ms) {
        worker.arxivIntervalMs = *ms;
        return true;
    }
    if (name == u"--test-retry-backoff-ms" && ms) {
        worker.retryBackoffMs = *ms;
        return true;
    }
    if (name == u"--test-batch-poll-ms" && ms) {
        worker.batchPollMs = *ms;
        return true;
    }
    return false;
}

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    Seams seams;
    std::vector<char *> rest;
    for (int i = 0; i < argc; ++i) {
        const QString argument = QString::fromLocal8Bit(argv[i]);
        if (i == 0 || !argument.startsWith(u"--test-"_s)) {
            rest.push_back(argv[i]);
        } else if (!apply(argument, seams)) {
            std::fprintf(stderr, "paperdesk_testbin: bad test option %s\n", argv[i]);
            return 2;
        }
    }
    if (seams.startupProbe) {
        seams.options.windowCreated = [sinceStart](QWidget *window) {
            pd::test::installStartupProbe(window, sinceStart);
        };
        seams.options.offerSetup = false; // the probe times the reader's first paint, not the assistant's
    }
    int restCount = static_cast<int>(rest.size());
    rest.push_back(nullptr); // argv[argc] is a null pointer
    return pd::ui::launch(restCount, rest.data(), seams.options);
}
