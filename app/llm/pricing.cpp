#include "pricing.h"

#include "core/modelcatalog.h"

#include <algorithm>

namespace pd::llm {

namespace {

constexpr double TokensPerPriceUnit = 1'000'000.0;

double dollars(qint64 tokens, double pricePerMillion)
{
    return static_cast<double>(tokens) * pricePerMillion / TokensPerPriceUnit;
}

} // namespace

core::Usage Pricing::priced(core::Usage usage, const std::optional<core::PriceRow> &row)
{
    usage.promptCost.reset();
    usage.completionCost.reset();
    if (usage.requests == 0 && usage.totalTokens() == 0) {
        // Nothing billed costs nothing, even for a model without a price row.
        usage.promptCost = 0.0;
        usage.completionCost = 0.0;
        return usage;
    }
    if (!row) {
        return usage;
    }
    // A provider never serves more from its cache than it was sent; clamp bad counts instead of
    // producing negative or inflated costs.
    const qint64 prompt = std::max<qint64>(usage.promptTokens, 0);
    const qint64 cached = std::clamp<qint64>(usage.cachedTokens, 0, prompt);
    const qint64 written = std::clamp<qint64>(usage.cacheWriteTokens, 0, prompt - cached);
    const qint64 completion = std::max<qint64>(usage.completionTokens, 0);
    const double writePrice = row->cacheWrite > 0.0 ? row->cacheWrite : row->prompt;
    usage.promptCost = dollars(prompt - cached - written, row->prompt) + dollars(cached, row->cached) +
                       dollars(written, writePrice);
    usage.completionCost = dollars(completion, row->completion);
    return usage;
}

core::Usage Pricing::priced(core::Usage usage, const core::Profile &profile, const QString &model,
                            const core::ModelCatalog &catalog)
{
    return priced(std::move(usage), catalog.priceFor(profile, model));
}

core::PriceRow Pricing::batchRow(const core::PriceRow &row)
{
    constexpr double Half = 0.5;
    const double factor = row.batchPrompt > 0.0 && row.prompt > 0.0 ? row.batchPrompt / row.prompt : Half;
    core::PriceRow batch = row;
    batch.prompt = row.prompt * factor;
    batch.cached = row.cached * factor;
    batch.cacheWrite = row.cacheWrite * factor;
    batch.completion = row.batchCompletion > 0.0 ? row.batchCompletion : row.completion * Half;
    return batch;
}

core::Usage Pricing::priced(core::Usage usage, const core::Profile &profile, const QString &model)
{
    return priced(std::move(usage), profile, model, core::ModelCatalog::builtIn());
}

} // namespace pd::llm
