#pragma once

#include "digest.h"

#include <QByteArray>
#include <QJsonObject>

namespace pd::digest {

// The stable JSON export of DESIGN.md ("JSON export"). Every listed paper appears in "items"
// once, in feed order, with its status: scored, failed, filtered (the prefilter's reason in
// "failure") or unscored. Keys are always present; relevance and novelty are null unless the
// paper was scored, a cost is null when the model's price is unknown.
class JsonWriter final
{
public:
    static QJsonObject day(const Digest &digest);
    // {"month": "YYYY-MM", "days": [<day objects>]}
    static QJsonObject month(const MonthDigest &month);
    static QByteArray toBytes(const QJsonObject &object);
};

} // namespace pd::digest
