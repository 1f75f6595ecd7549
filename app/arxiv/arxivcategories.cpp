#include "arxivcategories.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace pd::arxiv {

const ArxivCategories &ArxivCategories::builtIn()
{
    static const ArxivCategories list = [] {
        QFile file(u":/paperdesk/data/arxiv-categories.json"_s);
        if (!file.open(QIODevice::ReadOnly)) {
            qFatal("The arXiv category resource is missing; the build is broken.");
        }
        QString error;
        ArxivCategories categories = fromJson(file.readAll(), &error);
        if (categories.isEmpty()) {
            qFatal("The arXiv category resource is invalid: %s", qPrintable(error));
        }
        return categories;
    }();
    return list;
}

ArxivCategories ArxivCategories::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = tr("The category list is not a JSON object: %1").arg(parseError.errorString());
        return {};
    }
    const QJsonArray array = doc.object().value(u"categories"_s).toArray();
    ArxivCategories out;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        ArxivCategory c{o.value(u"code"_s).toString(), o.value(u"name"_s).toString(),
                        o.value(u"group"_s).toString(), o.value(u"archive"_s).toBool()};
        if (c.code.isEmpty() || c.name.isEmpty()) {
            *error = tr("Category %1 of the list has no code or no name.").arg(i + 1);
            return {};
        }
        out.m_categories.append(c);
    }
    if (out.m_categories.isEmpty()) {
        *error = tr("The category list is empty.");
    }
    return out;
}

const ArxivCategory *ArxivCategories::find(const QString &code) const
{
    for (const ArxivCategory &c : m_categories) {
        if (c.code == code) {
            return &c;
        }
    }
    return nullptr;
}

QString ArxivCategories::canonical(const QString &code) const
{
    const QString wanted = code.trimmed();
    for (const ArxivCategory &c : m_categories) {
        if (c.code.compare(wanted, Qt::CaseInsensitive) == 0) {
            return c.code;
        }
    }
    return {};
}

} // namespace pd::arxiv
