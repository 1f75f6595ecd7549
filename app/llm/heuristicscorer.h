#pragma once

#include "core/paper.h"
#include "core/profile.h"
#include "core/score.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

namespace pd::llm {

// The offline scorer: no key, no network. It estimates relevance from the keyword overlap of a
// paper with each topic's Keep text (minus its Filter text and the hotspot guidance's list of
// downstream domains) and novelty from a few cue phrases. Deterministic, so a day scored twice
// gives the same table.
class HeuristicScorer
{
    Q_DECLARE_TR_FUNCTIONS(HeuristicScorer)

public:
    explicit HeuristicScorer(const core::Profile &profile);

    core::Score score(const core::Paper &paper) const;
    // The cache key of heuristic scores: it differs from any LLM fingerprint of the same profile,
    // so heuristic scores never pass for an LLM's.
    QString fingerprint() const { return m_fingerprint; }

    // Lower-case word stems of at least three letters, stopwords dropped, in text order.
    static QStringList terms(const QString &text);

private:
    // Term (or "term term" pair) → weight.
    using Weights = QMap<QString, double>;

    struct TopicTerms {
        QString id;
        QString label;
        Weights keep;
        Weights filter;
    };
    struct TopicFit {
        double score = 0.0;
        QStringList matched; // stems, strongest first
    };

    static Weights paperWeights(const core::Paper &paper);
    TopicFit fit(const TopicTerms &topic, const Weights &paper) const;
    static int relevanceFor(double score);
    static int noveltyFor(const core::Paper &paper);
    static QString surfaceWords(const QStringList &stems, const core::Paper &paper);

    QList<TopicTerms> m_topics;
    Weights m_offTopic; // hotspot-guidance terms no topic keeps, e.g. medical imaging
    QString m_fingerprint;
};

} // namespace pd::llm
