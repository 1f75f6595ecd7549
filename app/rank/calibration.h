#pragma once

#include <vector>

class QDataStream;

namespace pd::rank {

// Maps a decision value to 0–10 by its percentile among the decision values of the papers the
// reader sees (the corpus sample): "9.5" means better than 95% of them. Unlike a Platt sigmoid,
// whose probabilities here mostly reflect the class weights and the share of weak negatives,
// a percentile reads the same whatever the mix of training rows, and it spreads a day's papers
// over the whole scale. The cost is that it is relative: a day without a good paper still has
// some at 9. Stored as at most Points sorted quantiles, linearly interpolated, so the map is
// continuous, monotonic and deterministic; rounded to one decimal.
class Calibration
{
public:
    static constexpr int Points = 1001;

    static Calibration fromDecisions(std::vector<float> decisions);

    bool isValid() const { return !m_points.empty(); }
    double score(double decision) const;

    void save(QDataStream &out) const;
    bool load(QDataStream &in);

private:
    std::vector<float> m_points; // ascending
};

} // namespace pd::rank
