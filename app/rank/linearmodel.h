#pragma once

#include "tfidf.h"

#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace pd::rank {

// LIBLINEAR's two solvers for L2-regularised logistic regression: the primal trust-region Newton
// method (-s 0) and the dual coordinate descent (-s 7).
enum class Solver { Primal, Dual };

struct LinearOptions {
    double C = 1.0;
    Solver solver = Solver::Primal;
    // Instance weights are emulated by repeating rows (see LogisticProblem), at most this often.
    int maxCopies = 4;
};

// A linear decision function: weights · x + bias, positive for the liked class.
struct LinearModel {
    std::vector<float> weights; // one per feature
    float bias = 0;

    double decision(const SparseVector &x) const;
};

// The rows of an L2-regularised logistic regression, kept as LIBLINEAR nodes only (so a caller
// can add rows one by one without holding their vectors), solved with a bias term and class
// weights that balance the summed weight of the positives against that of the negatives.
// LIBLINEAR 2.3 (Debian 12) has no per-instance weights, so each row is repeated about
// weight / unit times (at least once, at most maxCopies; unit = largest weight / maxCopies) by
// pointing several rows at the same nodes; the rounding error is at most half a unit per row.
class LogisticProblem
{
public:
    explicit LogisticProblem(int features);
    ~LogisticProblem();
    Q_DISABLE_COPY_MOVE(LogisticProblem)

    // Room for `rows` rows of `nodes` nodes in all: each row's entries plus two (bias, end).
    void reserve(qsizetype rows, size_t nodes);
    void add(const SparseVector &x, bool positive, double weight);
    qsizetype size() const { return qsizetype(m_positive.size()); }

    // nullopt with *why when LIBLINEAR rejects the problem. Writes nothing to stdout.
    std::optional<LinearModel> solve(const LinearOptions &options, QString *why) const;

private:
    struct Nodes;
    int m_features;
    std::unique_ptr<Nodes> m_nodes;
    std::vector<size_t> m_starts;
    std::vector<bool> m_positive;
    std::vector<double> m_weights;
};

} // namespace pd::rank
