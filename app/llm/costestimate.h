#pragma once

#include "core/profile.h"
#include "core/usage.h"

namespace pd::llm {

// What scoring a day would cost before running it, from the rendered prompt and the profile's
// batching and prices. An upper bound: it assumes no provider-side prompt caching.
class CostEstimate
{
public:
    // A JSONL answer line with short comments is about 450 characters.
    static constexpr int AnswerTokensPerPaper = 120;

    // Tokens and (when the model has a price row) dollars for scoring `papers` papers whose
    // fenced entries average `tokensPerPaper` tokens. Requests = the number of batches.
    static core::Usage forDay(const core::Profile &profile, int papers, int tokensPerPaper);
};

} // namespace pd::llm
