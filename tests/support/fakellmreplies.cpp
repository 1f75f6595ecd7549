#include "fakellmreplies.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pd::test {

namespace {

const QString Thought = u"Weighing each paper against the topics."_s;

} // namespace

LimitedReply limitedReply(const QString &text, const ContractVerdict &verdict)
{
    const qint64 reasoning = verdict.reasoningTokens;
    const qint64 limit = verdict.replyLimit;
    const qint64 answer = FakeLlmServer::tokensFor(text);
    if (limit < 0 || reasoning + answer <= limit) {
        return LimitedReply{text, reasoning + answer, reasoning, false};
    }
    const qint64 thought = std::min(reasoning, limit);
    const QString kept = text.left((limit - thought) * 4); // tokensFor counts 4 characters a token
    return LimitedReply{kept, thought + FakeLlmServer::tokensFor(kept), thought, true};
}

QJsonObject anthropicReplyBody(const QString &model, const QString &id, const LimitedReply &reply,
                               const FakeLlmServer::Billed &usage)
{
    QJsonArray content;
    if (reply.reasoningTokens > 0) {
        content.append(QJsonObject{
            {u"type"_s, u"thinking"_s}, {u"thinking"_s, Thought}, {u"signature"_s, u"fake-signature"_s}});
    }
    // Cut off while thinking, the answer has no text block at all.
    if (!reply.text.isEmpty() || !reply.cut) {
        content.append(QJsonObject{{u"type"_s, u"text"_s}, {u"text"_s, reply.text}});
    }
    const QJsonObject usageObject{
        {u"input_tokens"_s, usage.promptTokens - usage.cachedTokens - usage.cacheWriteTokens},
        {u"cache_read_input_tokens"_s, usage.cachedTokens},
        {u"cache_creation_input_tokens"_s, usage.cacheWriteTokens},
        {u"output_tokens"_s, usage.completionTokens}};
    return QJsonObject{{u"id"_s, id},
                       {u"type"_s, u"message"_s},
                       {u"role"_s, u"assistant"_s},
                       {u"model"_s, model},
                       {u"content"_s, content},
                       {u"stop_reason"_s, reply.cut ? u"max_tokens"_s : u"end_turn"_s},
                       {u"stop_sequence"_s, QJsonValue()},
                       {u"usage"_s, usageObject}};
}

QJsonObject openAiReplyBody(const QString &model, const QString &id, const LimitedReply &reply,
                            const FakeLlmServer::Billed &usage, bool deepSeek)
{
    QJsonObject message{{u"role"_s, u"assistant"_s}, {u"content"_s, reply.text}};
    if (deepSeek && reply.reasoningTokens > 0) {
        message.insert(u"reasoning_content"_s, Thought);
    }
    QJsonObject usageObject{
        {u"prompt_tokens"_s, usage.promptTokens},
        {u"completion_tokens"_s, usage.completionTokens},
        {u"total_tokens"_s, usage.promptTokens + usage.completionTokens},
        {u"prompt_tokens_details"_s, QJsonObject{{u"cached_tokens"_s, usage.cachedTokens}}},
        {u"completion_tokens_details"_s, QJsonObject{{u"reasoning_tokens"_s, usage.reasoningTokens}}}};
    if (deepSeek) {
        usageObject.insert(u"prompt_cache_hit_tokens"_s, usage.cachedTokens);
        usageObject.insert(u"prompt_cache_miss_tokens"_s, usage.promptTokens - usage.cachedTokens);
    }
    const QJsonObject choice{
        {u"index"_s, 0}, {u"message"_s, message}, {u"finish_reason"_s, reply.cut ? u"length"_s : u"stop"_s}};
    return QJsonObject{{u"id"_s, id},       {u"object"_s, u"chat.completion"_s}, {u"created"_s, 1776729600},
                       {u"model"_s, model}, {u"choices"_s, QJsonArray{choice}},  {u"usage"_s, usageObject}};
}

} // namespace pd::test
