#pragma once

#include "core/profile.h"
#include "core/usage.h"

#include <QString>

namespace pd::llm {

// Turns token counts into dollars with the profile's price rows (prices per million tokens).
class Pricing
{
public:
    // Fills promptCost and completionCost from the model's price row, cached prompt tokens at the
    // cached price. Without a row for the model both stay empty: the cost is unknown, not zero.
    static core::Usage priced(core::Usage usage, const core::Profile &profile, const QString &model);
};

} // namespace pd::llm
