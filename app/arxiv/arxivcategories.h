#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace pd::arxiv {

// One arXiv category ("cs.LG") or a whole archive ("cs", "quant-ph"), as the RSS feed accepts it.
struct ArxivCategory {
    QString code;
    QString name;
    QString group;        // "Computer Science", "Physics" …
    bool archive = false; // an archive with subject classes: selects all of them
};

// arXiv's category taxonomy, shipped as resources/data/arxiv-categories.json.
class ArxivCategories final
{
    Q_DECLARE_TR_FUNCTIONS(ArxivCategories)

public:
    // The built-in list, read once from the resource.
    static const ArxivCategories &builtIn();
    // Empty with `error` set when the JSON is not a category list.
    static ArxivCategories fromJson(const QByteArray &json, QString *error);

    const QList<ArxivCategory> &all() const { return m_categories; }
    bool isEmpty() const { return m_categories.isEmpty(); }
    // The exact code; nullptr when unknown.
    const ArxivCategory *find(const QString &code) const;
    // The code as arXiv spells it ("CS.lg" → "cs.LG"); empty when unknown.
    QString canonical(const QString &code) const;

private:
    QList<ArxivCategory> m_categories;
};

} // namespace pd::arxiv
