#pragma once

#include "calibration.h"
#include "linearmodel.h"
#include "ranker.h"
#include "tfidf.h"

#include <QStringList>

#include <vector>

namespace pd::rank {

// The liked examples kept for "similar to" in explain(), evenly sampled beyond this many.
constexpr int MaxLikedVectors = 2000;

// Everything a trained Ranker holds; never changed after training or loading, so shared freely.
struct Ranker::Model {
    TfIdf tfidf;
    LinearModel linear;
    Calibration calibration;
    std::vector<SparseVector> liked; // at most MaxLikedVectors liked examples
    QStringList likedLabels;         // one per liked vector
    int likeCount = 0;
};

} // namespace pd::rank
