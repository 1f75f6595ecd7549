#pragma once

#include "core/profile.h"
#include "core/usage.h"

namespace pd::llm {

// What scoring a day would cost before running it, from the rendered prompt and the profile's
// passes, run mode, batching and prices. An upper bound: it assumes no provider-side prompt caching.
class CostEstimate
{
public:
    // Reply tokens per paper (o200k): the full record with its three comments, pass 1's compact
    // {"id","r","n","t","h"}, and pass 2's prose.
    static constexpr int AnswerTokensPerPaper = 120;
    static constexpr int CompactAnswerTokensPerPaper = 25;
    static constexpr int ProseAnswerTokensPerPaper = 100;
    // Papers pass 2 asks about on a typical day: those at or above 8/8 plus hotspot papers (the
    // reference digests: 33 of 531 relevant, a handful of hotspots).
    static constexpr double ProseShare = 0.08;
    // Characters per prompt token assumed before a run has measured the model (arXiv text measures
    // about 4.8 with o200k; 4.0 keeps a first estimate on the safe side).
    static constexpr double DefaultCharsPerToken = 4.0;

    // Tokens and (when the model has a price row) dollars for scoring `papers` papers whose
    // fenced entries average `tokensPerPaper` tokens; the static prompt is counted at
    // `charsPerToken`. Requests = the number of requests both passes send; batch mode is priced at
    // the batch price.
    static core::Usage forDay(const core::Profile &profile, int papers, int tokensPerPaper,
                              double charsPerToken = DefaultCharsPerToken);
};

} // namespace pd::llm
