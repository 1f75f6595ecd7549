#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace pd::cli {

// Removes `--name VALUE` or `--name=VALUE` from args; returns the value, or nullopt if absent.
// Sets *missing when the option is present without a value.
std::optional<QString> takeValue(QStringList &args, const QString &name, bool *missing);
// Removes every `--name` from args; true when there was one.
bool takeFlag(QStringList &args, const QString &name);

} // namespace pd::cli
