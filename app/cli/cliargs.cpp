#include "cliargs.h"

using namespace Qt::StringLiterals;

namespace pd::cli {

std::optional<QString> takeValue(QStringList &args, const QString &name, bool *missing)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == name) {
            if (i + 1 >= args.size() || args.at(i + 1).startsWith(u"--")) {
                *missing = true;
                args.removeAt(i);
                return std::nullopt;
            }
            const QString value = args.at(i + 1);
            args.remove(i, 2);
            return value;
        }
        if (a.startsWith(name + u'=')) {
            const QString value = a.mid(name.size() + 1);
            args.removeAt(i);
            return value;
        }
    }
    return std::nullopt;
}

bool takeFlag(QStringList &args, const QString &name)
{
    return args.removeAll(name) > 0;
}

} // namespace pd::cli
