#pragma once

#include "core/profile.h"

#include <QDate>
#include <QString>

namespace pd::store {
class Database;
}

namespace pd::test {

// A prepared database for the digest exports (tests/data/digest holds the goldens made from it).
//
// 2026-04-20: three papers scored only by the offline heuristic (the heuristic fallback).
// 2026-04-21: ten papers over three topics: relevant ones in every topic, two hotspot papers (one
//             of them also relevant), a failed paper, a filtered paper, an unscored paper, and a
//             paper whose title, authors, abstract and comment are full of TeX and Markdown
//             metacharacters. One run under the profile's fingerprint, one under an old one.
// 2026-04-23: a day whose fetch failed.
// 2026-05-04: the latest fetched day, two papers.
struct DigestFixture {
    static core::Profile profile();
    static bool store(const store::Database &db, const core::Profile &profile, QString *error);

    static QDate heuristicDay() { return {2026, 4, 20}; }
    static QDate richDay() { return {2026, 4, 21}; }
    static QDate failedDay() { return {2026, 4, 23}; }
    static QDate latestDay() { return {2026, 5, 4}; }
    // The arXiv id of the paper with the hostile text, and its exact title.
    static QString hostileId();
    static QString hostileTitle();
    static QString hostileAbstract();
};

} // namespace pd::test
