#include "costestimate.h"

#include "core/modelcatalog.h"
#include "pricing.h"
#include "promptbuilder.h"

#include <algorithm>
#include <cmath>

namespace pd::llm {

namespace {

constexpr int AssessedLineTokens = 25; // pass 2 repeats the scores inside each paper's fence

qint64 requestsFor(qint64 papers, qint64 batchSize)
{
    return (papers + batchSize - 1) / batchSize;
}

} // namespace

core::Usage CostEstimate::forDay(const core::Profile &profile, int papers, int tokensPerPaper,
                                 double charsPerToken)
{
    const qint64 count = std::max(papers, 0);
    const qint64 batchSize = std::max(core::batchSizeOf(profile.model), 1);
    const qint64 paperTokens = std::max(tokensPerPaper, 0);
    const PromptBuilder builder(profile);
    const auto tokens = [charsPerToken](const QString &text) {
        return PromptBuilder::estimateTokens(text, charsPerToken);
    };
    // Every request repeats the system prompt and the static head of the user prompt; the closing
    // line is a handful of tokens, counted with the papers' share.
    const qint64 system = tokens(builder.systemPrompt());
    core::Usage usage;
    const qint64 first = requestsFor(count, batchSize);
    usage.requests = first;
    usage.promptTokens = first * (system + tokens(builder.staticUserPrompt())) + count * paperTokens;
    usage.completionTokens = count * (builder.twoPass() ? CompactAnswerTokensPerPaper : AnswerTokensPerPaper);
    if (builder.twoPass() && count > 0) {
        const qint64 prose = static_cast<qint64>(std::ceil(static_cast<double>(count) * ProseShare));
        const qint64 second = requestsFor(prose, batchSize);
        usage.requests += second;
        usage.promptTokens +=
            second * (system + tokens(builder.staticUserPrompt(PromptBuilder::Pass::Details))) +
            prose * (paperTokens + AssessedLineTokens);
        usage.completionTokens += prose * ProseAnswerTokensPerPaper;
    }
    if (profile.model.runMode == core::Profile::Model::RunMode::Batch) {
        const std::optional<core::PriceRow> row =
            core::ModelCatalog::builtIn().priceFor(profile, profile.model.model);
        return Pricing::priced(usage, row ? std::optional(Pricing::batchRow(*row)) : std::nullopt);
    }
    return Pricing::priced(usage, profile, profile.model.model);
}

} // namespace pd::llm
