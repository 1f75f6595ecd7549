#include "costestimate.h"

#include "pricing.h"
#include "promptbuilder.h"

#include <algorithm>

namespace pd::llm {

core::Usage CostEstimate::forDay(const core::Profile &profile, int papers, int tokensPerPaper)
{
    const qint64 count = std::max(papers, 0);
    const qint64 batchSize = std::max(profile.model.batchSize, 1);
    const qint64 batches = (count + batchSize - 1) / batchSize;

    // Every batch repeats the system prompt and the static head of the user prompt; the closing
    // line is a handful of tokens, counted with the papers' share.
    const PromptBuilder builder(profile);
    const qint64 perBatch = PromptBuilder::estimateTokens(builder.systemPrompt()) +
                            PromptBuilder::estimateTokens(builder.staticUserPrompt());

    core::Usage usage;
    usage.requests = batches;
    usage.promptTokens = batches * perBatch + count * std::max(tokensPerPaper, 0);
    usage.completionTokens = count * AnswerTokensPerPaper;
    return Pricing::priced(usage, profile, profile.model.model);
}

} // namespace pd::llm
