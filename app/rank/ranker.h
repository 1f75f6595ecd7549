#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace pd::rank {

// A paper or a library entry as the ranker reads it.
struct Document {
    QString title;
    QString abstract;
    QStringList authors;
};

// A labelled document for training.
struct Example {
    Document doc;
    bool liked = false;  // a like (or a library entry); false: a dislike or a weak negative
    double weight = 1.0; // dislikes 1.0; seen-but-not-liked papers less (weak negatives)
    QString label;       // for explanations: "2506.01234 · Title" or a library entry's title
};

// Why a document scored as it did.
struct Explanation {
    QStringList terms;     // the features that raised the score most, as a reader reads them
                           // ("diffusion", "world model", "author: Sutton")
    QStringList similarTo; // labels of the liked examples closest to it (cosine), best first
};

// "For you": TF-IDF over title and abstract (unigrams and bigrams, TeX and Unicode folded) plus
// author features, and an L2-regularised logistic regression (LIBLINEAR) trained on likes
// against dislikes and weak negatives. Needs no network and no key. Copyable; a trained model
// is immutable, so one can be scored from any thread.
class Ranker
{
public:
    static constexpr int MinimumLikes = 5;

    // Trains on the examples; the vocabulary and IDF come from `corpus` (for instance a sample of
    // the stored papers) together with the examples. false with *why (a sentence) when there are
    // fewer than MinimumLikes liked examples or no negatives; the ranker is then untrained.
    bool train(const QList<Example> &examples, const QList<Document> &corpus, QString *why);
    bool isTrained() const;
    int likeCount() const;
    // The number of features (terms and authors) of the trained model; 0 when untrained.
    int featureCount() const;

    // 0–10 (one decimal), monotonic in the model's decision value; nullopt when untrained.
    std::optional<double> score(const Document &doc) const;
    Explanation explain(const Document &doc, int terms = 5, int similar = 3) const;

    // The whole trained model (vocabulary, IDF, weights, calibration, liked examples' vectors and
    // labels) as bytes, and back. load() returns false and leaves the ranker untrained on bytes it
    // does not recognise (another version, truncated).
    QByteArray save() const;
    bool load(const QByteArray &bytes);

    // The top terms of a set of documents against the corpus (by summed TF-IDF), for suggesting a
    // topic from a cluster of likes.
    QStringList topTerms(const QList<Document> &docs, int count) const;

private:
    struct Model;
    std::shared_ptr<const Model> m_model;
};

} // namespace pd::rank
