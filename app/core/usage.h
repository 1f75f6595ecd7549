#pragma once

#include <QMetaType>
#include <QString>

#include <optional>

namespace pd::core {

// Token usage and its price, for one request, a run or a whole day.
struct Usage {
    qint64 requests = 0;
    qint64 promptTokens = 0;
    qint64 completionTokens = 0;
    qint64 cachedTokens = 0;     // of promptTokens, read from the provider's prompt cache
    qint64 cacheWriteTokens = 0; // of promptTokens, written to it (Anthropic bills these at a premium)
    qint64 reasoningTokens = 0;  // of completionTokens, spent thinking before the answer
    // Dollars; empty when the model has no price row (cost unknown, never a guess).
    std::optional<double> promptCost;
    std::optional<double> completionCost;

    qint64 totalTokens() const { return promptTokens + completionTokens; }
    std::optional<double> totalCost() const
    {
        if (!promptCost || !completionCost) {
            return std::nullopt;
        }
        return *promptCost + *completionCost;
    }
    Usage &operator+=(const Usage &other);
    bool operator==(const Usage &) const = default;
};

} // namespace pd::core

Q_DECLARE_METATYPE(pd::core::Usage)
