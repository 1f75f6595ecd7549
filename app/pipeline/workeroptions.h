#pragma once

#include <QDateTime>
#include <QString>

#include <functional>

namespace pd::pipeline {

// How the worker paces its requests and tells the time. The defaults are what users get: arXiv's
// rule of one request every three seconds and the system clock. Tests inject a short spacing for
// their local fake servers and a fixed "now".
struct WorkerOptions {
    int arxivIntervalMs = -1;         // < 0: arXiv's rule (ArxivClient::Options)
    int retryBackoffMs = -1;          // < 0: the LLM client's default back-off
    int batchPollMs = -1;             // < 0: batches polled from 5 s, doubling to 5 min
    std::function<QDateTime()> clock; // empty: the system clock
    QString systemctl;                // `paperdesk schedule`'s systemctl; empty: the one on PATH

    QDateTime now() const { return clock ? clock() : QDateTime::currentDateTimeUtc(); }
};

} // namespace pd::pipeline
