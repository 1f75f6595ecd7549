#pragma once

#include "fakellmserver.h"

#include <QJsonObject>
#include <QString>

// The wire format of FakeLlmServer's successful answers, apart from the server that sends them.
namespace pd::test {

// An answer as the reply limit leaves it.
struct LimitedReply {
    QString text;
    qint64 completionTokens = 0; // reasoning included
    qint64 reasoningTokens = 0;
    bool cut = false; // the limit ended it: finish_reason "length", stop_reason "max_tokens"
};

// Reasoning comes first and the answer gets what the limit leaves, so a limit below the reasoning
// yields an empty answer, billed all the same, as the real APIs do.
LimitedReply limitedReply(const QString &text, const ContractVerdict &verdict);

// A messages API body: thinking block when the model reasoned, input_tokens without cache reads
// and writes, output_tokens with thinking.
QJsonObject anthropicReplyBody(const QString &model, const QString &id, const LimitedReply &reply,
                               const FakeLlmServer::Billed &usage);

// A chat completions body: prompt_tokens with the cached ones, completion_tokens with reasoning;
// DeepSeek adds reasoning_content and its cache hit and miss counts.
QJsonObject openAiReplyBody(const QString &model, const QString &id, const LimitedReply &reply,
                            const FakeLlmServer::Billed &usage, bool deepSeek);

} // namespace pd::test
