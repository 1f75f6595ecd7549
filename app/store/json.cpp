#include "json.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace pd::store {

QString toJsonList(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList fromJsonList(const QString &text)
{
    QStringList out;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    out.reserve(array.size());
    for (const QJsonValue &v : array) {
        out.append(v.toString());
    }
    return out;
}

} // namespace pd::store
