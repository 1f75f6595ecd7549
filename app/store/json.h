#pragma once

#include <QStringList>

namespace pd::store {

// Lists are kept as compact JSON arrays in TEXT columns.
QString toJsonList(const QStringList &list);
QStringList fromJsonList(const QString &text);

} // namespace pd::store
