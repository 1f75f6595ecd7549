#pragma once

#include "core/profile.h"
#include "core/usage.h"

#include <QString>

#include <optional>

namespace pd::core {
class ModelCatalog;
}

namespace pd::llm {

// Turns token counts into dollars (prices per million tokens).
class Pricing
{
public:
    // Fills promptCost and completionCost from `row`: cached prompt tokens at the cached price, cache
    // writes at the cache-write price, the rest at the prompt price; reasoning tokens are completion
    // tokens. Without a row both stay empty (the cost is unknown, not zero), unless nothing was billed.
    static core::Usage priced(core::Usage usage, const std::optional<core::PriceRow> &row);
    // The row from the profile's price table, else the catalog's list price for the model.
    static core::Usage priced(core::Usage usage, const core::Profile &profile, const QString &model,
                              const core::ModelCatalog &catalog);
    // The row's prices through a provider's Batch API: its batch prices where it has them, else half
    // of each list price (what OpenAI and Anthropic both charge).
    static core::PriceRow batchRow(const core::PriceRow &row);
    // With the built-in catalog.
    static core::Usage priced(core::Usage usage, const core::Profile &profile, const QString &model);
};

} // namespace pd::llm
