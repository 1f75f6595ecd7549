#include "calibration.h"

#include <QDataStream>

#include <algorithm>
#include <cmath>

namespace pd::rank {

Calibration Calibration::fromDecisions(std::vector<float> decisions)
{
    Calibration c;
    std::erase_if(decisions, [](float d) { return !std::isfinite(d); });
    if (decisions.empty()) {
        return c;
    }
    std::sort(decisions.begin(), decisions.end());
    const size_t n = decisions.size();
    const size_t points = std::min(n, size_t(Points));
    c.m_points.reserve(points);
    for (size_t k = 0; k < points; ++k) {
        const size_t at =
            points == 1 ? 0 : size_t(std::llround(double(k) * double(n - 1) / double(points - 1)));
        c.m_points.push_back(decisions[at]);
    }
    return c;
}

double Calibration::score(double decision) const
{
    if (m_points.empty() || std::isnan(decision)) {
        return 0.0;
    }
    if (decision <= m_points.front()) {
        return decision < m_points.front() || m_points.size() > 1 ? 0.0 : 5.0;
    }
    if (decision >= m_points.back()) {
        return 10.0;
    }
    // points[k] <= decision < points[k + 1], so the two differ.
    const auto above = std::upper_bound(m_points.begin(), m_points.end(), float(decision));
    const auto k = size_t(above - m_points.begin()) - 1;
    const double low = m_points[k];
    const double high = m_points[k + 1];
    const double fraction = std::clamp((decision - low) / (high - low), 0.0, 1.0);
    const double percentile = (double(k) + fraction) / double(m_points.size() - 1);
    return std::round(percentile * 100.0) / 10.0;
}

void Calibration::save(QDataStream &out) const
{
    out << quint32(m_points.size());
    for (const float p : m_points) {
        out << p;
    }
}

bool Calibration::load(QDataStream &in)
{
    quint32 count = 0;
    in >> count;
    if (in.status() != QDataStream::Ok || count == 0 || count > quint32(Points)) {
        return false;
    }
    m_points.resize(count);
    for (float &p : m_points) {
        in >> p;
    }
    return in.status() == QDataStream::Ok && std::is_sorted(m_points.begin(), m_points.end()) &&
           std::all_of(m_points.begin(), m_points.end(), [](float p) { return std::isfinite(p); });
}

} // namespace pd::rank
