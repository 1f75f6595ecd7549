#include "pricing.h"

#include <algorithm>

namespace pd::llm {

namespace {

constexpr double TokensPerPriceUnit = 1'000'000.0;

double dollars(qint64 tokens, double pricePerMillion)
{
    return static_cast<double>(tokens) * pricePerMillion / TokensPerPriceUnit;
}

} // namespace

core::Usage Pricing::priced(core::Usage usage, const core::Profile &profile, const QString &model)
{
    usage.promptCost.reset();
    usage.completionCost.reset();
    const std::optional<core::PriceRow> row = profile.priceFor(model);
    if (!row) {
        return usage;
    }
    // A provider never serves more from its cache than it was sent; clamp bad counts instead of
    // producing negative or inflated costs.
    const qint64 prompt = std::max<qint64>(usage.promptTokens, 0);
    const qint64 cached = std::clamp<qint64>(usage.cachedTokens, 0, prompt);
    const qint64 completion = std::max<qint64>(usage.completionTokens, 0);
    usage.promptCost = dollars(prompt - cached, row->prompt) + dollars(cached, row->cached);
    usage.completionCost = dollars(completion, row->completion);
    return usage;
}

} // namespace pd::llm
