#pragma once

#include "ranker.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <vector>

class QDataStream;

namespace pd::rank {

class TermList;

// A sparse row: feature indices (0-based) in ascending order and their values.
struct SparseVector {
    std::vector<quint32> index;
    std::vector<float> value;

    bool isEmpty() const { return index.empty(); }
    // The dot product of two sparse vectors (a cosine when both are L2-normalised).
    double dot(const SparseVector &other) const;
};

// The vocabulary and its IDF: turns a document into an L2-normalised TF-IDF vector with smooth
// IDF (ln((1 + N) / (1 + df)) + 1) and sublinear TF (1 + ln tf). Author features are scaled by
// AuthorWeight so that a shared surname nudges a score rather than deciding it. Immutable once
// built, so it can be read from any thread.
class TfIdf
{
public:
    static constexpr int MaxFeatures = 262144;
    static constexpr float AuthorWeight = 0.5f;

    int size() const { return int(m_hashes.size()); }
    SparseVector transform(const Document &doc) const;
    SparseVector transform(const TermList &terms) const;

    // The feature of a term as TermList spells it ("world model", "author:sutton"); -1 if none.
    int find(QStringView term) const;
    // What a reader sees: "world model", "author: Sutton".
    QString display(int feature) const;
    // IDF times the feature's scale.
    float weight(int feature) const { return m_weights[size_t(feature)]; }

    void save(QDataStream &out) const;
    bool load(QDataStream &in);

private:
    friend class TfIdfBuilder;
    void reserve(size_t features);
    void append(quint64 hash, const QString &display, float weight);
    bool buildLookup();
    int featureOf(quint64 hash) const;

    std::vector<quint64> m_hashes;
    std::vector<float> m_weights;
    QByteArray m_text; // the display strings, UTF-8, back to back
    std::vector<quint32> m_offsets{0};
    // hash → feature, open addressing with linear probing, at most half full; feature -1: empty.
    struct Slot {
        quint64 hash = 0;
        qint32 feature = -1;
    };
    std::vector<Slot> m_lookup;
};

// Fits a TfIdf over documents added one by one and then gives their vectors. Memory stays
// bounded by the number of distinct terms: each document is kept as (term id, count) pairs, and a
// term's display string is only kept once it can enter the vocabulary (its second document, or
// a document whose every term is kept).
class TfIdfBuilder
{
public:
    explicit TfIdfBuilder(int minDf = 2, int maxFeatures = TfIdf::MaxFeatures);

    // The document's number for vector(). keepEveryTerm: its terms enter the vocabulary even when
    // they occur only there (liked papers).
    int add(const Document &doc, bool keepEveryTerm);
    // Room for `documents` more documents. It is reserved, not touched, so a generous estimate
    // costs address space only and spares the copies (and the peak) of growing the arrays.
    void reserve(qsizetype documents);
    // The number of terms of a document (in the vocabulary, after finish()).
    qsizetype termCount(int doc) const
    {
        return qsizetype(m_starts[size_t(doc) + 1] - m_starts[size_t(doc)]);
    }
    int documentCount() const { return int(m_starts.size()) - 1; }
    int distinctTerms() const { return int(m_info.size()); }

    // The vocabulary: terms in at least minDf documents or in a kept document, the maxFeatures
    // most frequent of them (ties by hash, so the result is deterministic). Call once.
    TfIdf finish();
    // After finish(): a document's TF-IDF vector.
    SparseVector vector(int doc) const;

private:
    void compact(const std::vector<qint32> &feature);

    int m_minDf;
    int m_maxFeatures;
    static constexpr quint32 NoText = 0xffffffff;
    struct TermInfo {
        quint32 df = 0;
        quint32 text = NoText; // offset of its display string in m_text, once it may be kept
    };
    QHash<quint64, quint32> m_ids; // term hash → id in order of first appearance
    std::vector<TermInfo> m_info;  // by id
    std::vector<bool> m_kept;      // by id: in a kept document
    QByteArray m_text;             // display strings, UTF-8, each ending with a 0
    // All documents' terms back to back, each an id (a feature after finish()) in the low IdBits
    // and its count, at most MaxCount (1 + ln 63 ≈ 5: enough for a sublinear TF), above them.
    static constexpr int IdBits = 26;
    static constexpr quint32 IdMask = (1u << IdBits) - 1;
    static constexpr int MaxCount = 63;
    std::vector<quint32> m_terms;
    std::vector<size_t> m_starts{0};
    std::vector<float> m_weights;
};

} // namespace pd::rank
