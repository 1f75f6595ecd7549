#include "usage.h"

namespace pd::core {

namespace {
std::optional<double> addCosts(std::optional<double> a, std::optional<double> b, bool aEmpty, bool bEmpty)
{
    // An empty side that spent nothing does not make the sum unknown.
    if (aEmpty) {
        return b;
    }
    if (bEmpty) {
        return a;
    }
    if (!a || !b) {
        return std::nullopt;
    }
    return *a + *b;
}
} // namespace

Usage &Usage::operator+=(const Usage &other)
{
    const bool selfEmpty = requests == 0 && totalTokens() == 0;
    const bool otherEmpty = other.requests == 0 && other.totalTokens() == 0;
    promptCost = addCosts(promptCost, other.promptCost, selfEmpty, otherEmpty);
    completionCost = addCosts(completionCost, other.completionCost, selfEmpty, otherEmpty);
    requests += other.requests;
    promptTokens += other.promptTokens;
    completionTokens += other.completionTokens;
    cachedTokens += other.cachedTokens;
    cacheWriteTokens += other.cacheWriteTokens;
    reasoningTokens += other.reasoningTokens;
    return *this;
}

} // namespace pd::core
