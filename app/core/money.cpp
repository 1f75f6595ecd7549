#include "money.h"

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

} // namespace pd::core
