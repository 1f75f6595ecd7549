#include "ranker.h"

#include "rankermodel.h"
#include "textterms.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pd::rank {

namespace {

// C = 1 with balanced class weights: on L2-normalised TF-IDF rows the usual default, and the
// two-topic test set and the benchmark separate well with it without overfitting single terms.
constexpr double RegularisationC = 1.0;

// The indices of at most `limit` of `count` items, evenly spread, in order.
std::vector<int> evenSample(int count, int limit)
{
    std::vector<int> out;
    const int n = std::min(count, limit);
    out.reserve(size_t(n));
    for (int i = 0; i < n; ++i) {
        out.push_back(int(qint64(i) * count / n));
    }
    return out;
}

QString tooFewLikes(int likes)
{
    return QCoreApplication::translate("Ranker",
                                       "“For you” learns from the papers you like and needs at least %1 of "
                                       "them; so far there are %2. Like a few more papers or add them to "
                                       "your library, then train again.")
        .arg(Ranker::MinimumLikes)
        .arg(likes);
}

QString noNegatives()
{
    return QCoreApplication::translate("Ranker",
                                       "“For you” also needs papers you passed over to learn what you do "
                                       "not read. Dislike a few papers or read a few more days of "
                                       "announcements, then train again.");
}

// The vocabulary from the examples (every term of a liked one) and the corpus, in this order.
// Tokenising dominates a retrain: with many examples the corpus (for IDF and calibration) is
// thinned evenly so that at most MaxDocuments are read, keeping at least MinCorpus of it.
constexpr qsizetype MaxDocuments = 25000;
constexpr qsizetype MinCorpus = 5000;

TfIdfBuilder builderOf(const QList<Example> &examples, const QList<Document> &corpus)
{
    const qsizetype corpusRoom = std::max(MinCorpus, MaxDocuments - examples.size());
    const double step = corpus.size() > corpusRoom ? double(corpus.size()) / double(corpusRoom) : 1.0;
    TfIdfBuilder builder;
    builder.reserve(examples.size() + std::min(corpus.size(), corpusRoom));
    for (const Example &e : examples) {
        builder.add(e.doc, e.liked);
    }
    for (double at = 0.0; qsizetype(at) < corpus.size(); at += step) {
        builder.add(corpus.at(qsizetype(at)), false);
    }
    return builder;
}

// The examples' logistic regression, with LIBLINEAR's primal trust-region Newton solver (L2R_LR).
// Measured by bench_foryou on 20,000 rows × 262,144 features: primal 0.85 s, dual (L2R_LR_DUAL)
// 0.39 s, the same training accuracy. The dual one is faster, but the fit is about a tenth of a
// retrain (tokenising dominates), and the primal one is deterministic, where the dual one
// shuffles with rand(), global state shared with every other thread.
std::optional<LinearModel> fitLinear(const QList<Example> &examples, const TfIdfBuilder &builder,
                                     int features, QString *why)
{
    LogisticProblem problem(features);
    size_t nodes = 0;
    for (qsizetype i = 0; i < examples.size(); ++i) {
        nodes += size_t(builder.termCount(int(i))) + 2;
    }
    problem.reserve(examples.size(), nodes);
    for (qsizetype i = 0; i < examples.size(); ++i) {
        problem.add(builder.vector(int(i)), examples[i].liked, examples[i].weight);
    }
    return problem.solve({RegularisationC, Solver::Primal, 4}, why);
}

// The vectors and labels of up to MaxLikedVectors liked examples, evenly sampled.
void keepLiked(const QList<Example> &examples, const TfIdfBuilder &builder, std::vector<SparseVector> *liked,
               QStringList *labels)
{
    std::vector<int> likes;
    for (qsizetype i = 0; i < examples.size(); ++i) {
        if (examples[i].liked && examples[i].weight > 0) {
            likes.push_back(int(i));
        }
    }
    for (const int at : evenSample(int(likes.size()), MaxLikedVectors)) {
        const int example = likes[size_t(at)];
        liked->push_back(builder.vector(example));
        labels->append(examples[example].label);
    }
}

// Calibrated on the corpus sample (documents from `first` on), or on the examples without one.
Calibration calibrationOf(const LinearModel &linear, const TfIdfBuilder &builder, int first)
{
    std::vector<float> decisions;
    decisions.reserve(size_t(builder.documentCount()));
    for (int doc = first < builder.documentCount() ? first : 0; doc < builder.documentCount(); ++doc) {
        decisions.push_back(float(linear.decision(builder.vector(doc))));
    }
    return Calibration::fromDecisions(std::move(decisions));
}

} // namespace

bool Ranker::train(const QList<Example> &examples, const QList<Document> &corpus, QString *why)
{
    m_model.reset();
    const auto likes = int(std::count_if(examples.begin(), examples.end(),
                                         [](const Example &e) { return e.liked && e.weight > 0; }));
    const bool negatives = std::any_of(examples.begin(), examples.end(),
                                       [](const Example &e) { return !e.liked && e.weight > 0; });
    if (likes < MinimumLikes || !negatives) {
        if (why) {
            *why = likes < MinimumLikes ? tooFewLikes(likes) : noNegatives();
        }
        return false;
    }

    auto model = std::make_shared<Model>();
    model->likeCount = likes;
    TfIdfBuilder builder = builderOf(examples, corpus);
    model->tfidf = builder.finish();
    std::optional<LinearModel> linear = fitLinear(examples, builder, model->tfidf.size(), why);
    if (!linear) {
        return false;
    }
    model->linear = std::move(*linear);
    keepLiked(examples, builder, &model->liked, &model->likedLabels);
    model->calibration = calibrationOf(model->linear, builder, int(examples.size()));
    m_model = std::move(model);
    return true;
}

bool Ranker::isTrained() const
{
    return m_model != nullptr;
}

int Ranker::likeCount() const
{
    return m_model ? m_model->likeCount : 0;
}

int Ranker::featureCount() const
{
    return m_model ? m_model->tfidf.size() : 0;
}

std::optional<double> Ranker::score(const Document &doc) const
{
    if (!m_model) {
        return std::nullopt;
    }
    return m_model->calibration.score(m_model->linear.decision(m_model->tfidf.transform(doc)));
}

Explanation Ranker::explain(const Document &doc, int terms, int similar) const
{
    Explanation out;
    if (!m_model) {
        return out;
    }
    const SparseVector v = m_model->tfidf.transform(doc);
    std::vector<std::pair<double, quint32>> raised;
    for (size_t i = 0; i < v.index.size(); ++i) {
        const double contribution = double(m_model->linear.weights[v.index[i]]) * v.value[i];
        if (contribution > 0) {
            raised.emplace_back(-contribution, v.index[i]);
        }
    }
    std::sort(raised.begin(), raised.end());
    for (size_t i = 0; i < raised.size() && out.terms.size() < terms; ++i) {
        out.terms.append(m_model->tfidf.display(int(raised[i].second)));
    }

    std::vector<std::pair<double, int>> closest;
    for (size_t i = 0; i < m_model->liked.size(); ++i) {
        if (const double cosine = v.dot(m_model->liked[i]); cosine > 0) {
            closest.emplace_back(-cosine, int(i));
        }
    }
    std::sort(closest.begin(), closest.end());
    for (size_t i = 0; i < closest.size() && out.similarTo.size() < similar; ++i) {
        out.similarTo.append(m_model->likedLabels.at(closest[i].second));
    }
    return out;
}

namespace {

// The summed vectors of the documents, largest first, as (sum, feature).
std::vector<std::pair<double, quint32>> summed(const std::vector<SparseVector> &vectors)
{
    QHash<quint32, double> sums;
    for (const SparseVector &v : vectors) {
        for (size_t i = 0; i < v.index.size(); ++i) {
            sums[v.index[i]] += v.value[i];
        }
    }
    std::vector<std::pair<double, quint32>> out;
    out.reserve(size_t(sums.size()));
    for (auto it = sums.cbegin(); it != sums.cend(); ++it) {
        out.emplace_back(-it.value(), it.key());
    }
    std::sort(out.begin(), out.end());
    return out;
}

// The display terms in order, skipping a term whose words all appear in the terms before it
// ("model" after "world model").
QStringList distinctTerms(const std::vector<std::pair<double, quint32>> &ranked, const TfIdf &tfidf,
                          int count)
{
    QStringList out;
    QSet<QString> seen;
    for (const auto &[sum, feature] : ranked) {
        if (out.size() >= count) {
            break;
        }
        const QString term = tfidf.display(int(feature));
        const QStringList parts = TermList::isAuthorText(term) ? QStringList{term} : term.split(u' ');
        if (std::all_of(parts.begin(), parts.end(), [&](const QString &p) { return seen.contains(p); })) {
            continue;
        }
        seen.unite(QSet<QString>(parts.begin(), parts.end()));
        out.append(term);
    }
    return out;
}

} // namespace

QStringList Ranker::topTerms(const QList<Document> &docs, int count) const
{
    std::vector<SparseVector> vectors;
    vectors.reserve(size_t(docs.size()));
    if (m_model) {
        for (const Document &doc : docs) {
            vectors.push_back(m_model->tfidf.transform(doc));
        }
        return distinctTerms(summed(vectors), m_model->tfidf, count);
    }
    // Untrained: the documents are their own corpus.
    TfIdfBuilder builder(1);
    for (const Document &doc : docs) {
        builder.add(doc, true);
    }
    const TfIdf tfidf = builder.finish();
    for (int i = 0; i < builder.documentCount(); ++i) {
        vectors.push_back(builder.vector(i));
    }
    return distinctTerms(summed(vectors), tfidf, count);
}

} // namespace pd::rank
