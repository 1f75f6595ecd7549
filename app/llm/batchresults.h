#pragma once

#include "batchclient.h"

#include <QByteArray>
#include <QList>

namespace pd::llm {

// Reads a Batch API results file (OpenAI's output or error file, or Anthropic's results JSONL):
// one BatchResult per line it can read, appended to `results` in file order. Returns how many
// lines could not be read (the caller asks their papers again).
int readBatchResults(const QByteArray &jsonl, bool anthropic, QList<BatchResult> &results);

} // namespace pd::llm
