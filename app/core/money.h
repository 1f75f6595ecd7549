#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include <optional>

namespace pd::core {

// Dollar amounts as people read them, the one formatter of a cost.
class Money final
{
    Q_DECLARE_TR_FUNCTIONS(Money)

public:
    // "$1.32"; "$0.0042" below a cent, so a cheap run does not read as free; "$0.00" for nothing.
    // An unknown cost (a model without a price row) is "no price for <model>", or "unknown" when no
    // model is named. Digits follow `locale`.
    static QString text(std::optional<double> dollars, const QString &model = {},
                        const QLocale &locale = QLocale());
    // A list price per million tokens: "$2.50", "$0.250" below a dollar, and two significant
    // digits below a cent ("$0.0004"), so a tiny price never reads as free.
    static QString price(double perMillion, const QLocale &locale = QLocale());
};

} // namespace pd::core
