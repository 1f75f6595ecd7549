#pragma once

#include "feedresult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

namespace pd::arxiv {

// Reads one page of the arXiv export API (export.arxiv.org/api/query, Atom 1.0 with opensearch
// paging) in a single pass. A paper is announced as New when its primary category is one of
// `profileCategories`, otherwise as Cross. The API's error feed becomes Kind::Failed with arXiv's
// own explanation.
class AtomParser
{
    Q_DECLARE_TR_FUNCTIONS(AtomParser)

public:
    static FeedResult parse(const QByteArray &body, const QStringList &profileCategories);
};

} // namespace pd::arxiv
