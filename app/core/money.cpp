#include "money.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace pd::core {

QString Money::text(std::optional<double> dollars, const QString &model, const QLocale &locale)
{
    if (!dollars) {
        return model.isEmpty() ? tr("unknown") : tr("no price for %1").arg(model);
    }
    const double amount = *dollars;
    const int decimals = amount != 0.0 && std::abs(amount) < 0.01 ? 4 : 2;
    return u"$"_s + locale.toString(amount, 'f', decimals);
}

QString Money::price(double perMillion, const QLocale &locale)
{
    if (perMillion <= 0.0 || perMillion >= 0.01) {
        return u"$"_s + locale.toString(perMillion, 'f', perMillion == 0.0 || perMillion >= 1.0 ? 2 : 3);
    }
    const int decimals = std::min(8, static_cast<int>(std::floor(-std::log10(perMillion))) + 2);
    QString text = locale.toString(perMillion, 'f', decimals);
    while (text.endsWith(u'0')) {
        text.chop(1);
    }
    return u"$"_s + text;
}

} // namespace pd::core
