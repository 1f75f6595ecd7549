#include "linearmodel.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <cmath>
#include <linear.h>
#include <mutex>

namespace pd::rank {

namespace {

void quiet(const char *) {}

// LIBLINEAR's print function is global; set it once, before the first training.
void silenceLiblinear()
{
    static std::once_flag once;
    std::call_once(once, [] { set_print_string_function(&quiet); });
}

std::vector<int> copiesOf(const std::vector<double> &weights, int maxCopies)
{
    const int most = std::max(1, maxCopies);
    const double unit = *std::max_element(weights.begin(), weights.end()) / most;
    std::vector<int> copies;
    copies.reserve(weights.size());
    for (const double w : weights) {
        copies.push_back(std::clamp(int(std::lround(w / unit)), 1, most));
    }
    return copies;
}

} // namespace

// Every row's nodes back to back, each row ending with the bias node and the -1 terminator;
// LIBLINEAR's feature indices start at 1 and the bias is feature `features + 1`.
struct LogisticProblem::Nodes {
    std::vector<feature_node> nodes;
};

double LinearModel::decision(const SparseVector &x) const
{
    double sum = bias;
    for (size_t i = 0; i < x.index.size(); ++i) {
        sum += double(weights[x.index[i]]) * x.value[i];
    }
    return sum;
}

LogisticProblem::LogisticProblem(int features)
    : m_features(features)
    , m_nodes(std::make_unique<Nodes>())
{}

LogisticProblem::~LogisticProblem() = default;

void LogisticProblem::reserve(qsizetype rows, size_t nodes)
{
    m_nodes->nodes.reserve(nodes);
    m_starts.reserve(size_t(rows));
    m_positive.reserve(size_t(rows));
    m_weights.reserve(size_t(rows));
}

void LogisticProblem::add(const SparseVector &x, bool positive, double weight)
{
    if (!(weight > 0)) {
        return;
    }
    std::vector<feature_node> &nodes = m_nodes->nodes;
    m_starts.push_back(nodes.size());
    for (size_t i = 0; i < x.index.size(); ++i) {
        nodes.push_back({int(x.index[i]) + 1, double(x.value[i])});
    }
    nodes.push_back({m_features + 1, 1.0});
    nodes.push_back({-1, 0.0});
    m_positive.push_back(positive);
    m_weights.push_back(weight);
}

std::optional<LinearModel> LogisticProblem::solve(const LinearOptions &options, QString *why) const
{
    silenceLiblinear();
    const auto fail = [why](const QString &reason) {
        if (why) {
            *why = QCoreApplication::translate("Ranker", "The ranker could not be trained: %1.").arg(reason);
        }
        return std::nullopt;
    };
    if (m_weights.empty()) {
        return fail(QCoreApplication::translate("Ranker", "there are no examples"));
    }
    // Repeated rows point at the same nodes.
    const std::vector<int> copies = copiesOf(m_weights, options.maxCopies);
    std::vector<feature_node *> x;
    std::vector<double> y;
    std::array<double, 2> sums{}; // summed copies of the positives, of the negatives
    for (size_t r = 0; r < m_starts.size(); ++r) {
        for (int c = 0; c < copies[r]; ++c) {
            x.push_back(m_nodes->nodes.data() + m_starts[r]);
            y.push_back(m_positive[r] ? 1.0 : -1.0);
        }
        sums[m_positive[r] ? 0 : 1] += copies[r];
    }
    if (sums[0] == 0 || sums[1] == 0) {
        return fail(QCoreApplication::translate("Ranker", "it needs examples of both kinds"));
    }
    problem prob{};
    prob.l = int(x.size());
    prob.n = m_features + 1;
    prob.y = y.data();
    prob.x = x.data();
    prob.bias = 1.0;

    // Balanced classes: each carries half of the total weight.
    std::array<int, 2> labels{1, -1};
    std::array<double, 2> classWeights{(sums[0] + sums[1]) / (2.0 * std::max(1.0, sums[0])),
                                       (sums[0] + sums[1]) / (2.0 * std::max(1.0, sums[1]))};
    parameter param{};
    param.solver_type = options.solver == Solver::Primal ? L2R_LR : L2R_LR_DUAL;
    param.eps = options.solver == Solver::Primal ? 0.01 : 0.1; // LIBLINEAR's defaults
    param.C = options.C;
    param.nr_weight = 2;
    param.weight_label = labels.data();
    param.weight = classWeights.data();
    param.p = 0.1;
    param.init_sol = nullptr;
    if (const char *error = check_parameter(&prob, &param)) {
        return fail(QString::fromUtf8(error));
    }
    model *trained = train(&prob, &param);
    // LIBLINEAR's decision values are positive for its first label, the class of the first row.
    const double sign = trained->label[0] == 1 ? 1.0 : -1.0;
    LinearModel out;
    out.weights.resize(size_t(m_features));
    for (int j = 0; j < m_features; ++j) {
        out.weights[size_t(j)] = float(sign * trained->w[j]);
    }
    out.bias = float(sign * trained->w[m_features] * prob.bias);
    free_and_destroy_model(&trained);
    return out;
}

} // namespace pd::rank
