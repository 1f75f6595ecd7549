#include "tfidf.h"

#include "textterms.h"

#include <QDataStream>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace pd::rank {

namespace {

float sublinear(quint16 count)
{
    return 1.0f + std::log(float(count));
}

// Sorts (feature, value) pairs into a vector and scales it to unit length.
SparseVector normalised(std::vector<std::pair<quint32, float>> &pairs)
{
    std::sort(pairs.begin(), pairs.end());
    double norm = 0;
    for (const auto &pair : pairs) {
        norm += double(pair.second) * pair.second;
    }
    SparseVector v;
    if (norm <= 0) {
        return v;
    }
    const auto scale = float(1.0 / std::sqrt(norm));
    v.index.reserve(pairs.size());
    v.value.reserve(pairs.size());
    for (const auto &[feature, value] : pairs) {
        v.index.push_back(feature);
        v.value.push_back(value * scale);
    }
    return v;
}

} // namespace

double SparseVector::dot(const SparseVector &other) const
{
    double sum = 0;
    size_t i = 0;
    size_t j = 0;
    while (i < index.size() && j < other.index.size()) {
        if (index[i] == other.index[j]) {
            sum += double(value[i++]) * other.value[j++];
        } else if (index[i] < other.index[j]) {
            ++i;
        } else {
            ++j;
        }
    }
    return sum;
}

SparseVector TfIdf::transform(const Document &doc) const
{
    return transform(TermList(doc));
}

SparseVector TfIdf::transform(const TermList &terms) const
{
    std::vector<std::pair<quint32, float>> pairs;
    pairs.reserve(terms.terms().size());
    for (const TermList::Term &term : terms.terms()) {
        if (const int feature = featureOf(term.hash); feature >= 0) {
            pairs.emplace_back(quint32(feature), sublinear(term.count) * m_weights[size_t(feature)]);
        }
    }
    return normalised(pairs);
}

int TfIdf::find(QStringView term) const
{
    return featureOf(termHash(term));
}

int TfIdf::featureOf(quint64 hash) const
{
    if (m_lookup.empty()) {
        return -1;
    }
    const size_t mask = m_lookup.size() - 1;
    for (size_t at = size_t(hash) & mask;; at = (at + 1) & mask) {
        const Slot &slot = m_lookup[at];
        if (slot.feature < 0 || slot.hash == hash) {
            return slot.feature;
        }
    }
}

QString TfIdf::display(int feature) const
{
    const quint32 begin = m_offsets[size_t(feature)];
    return QString::fromUtf8(m_text.constData() + begin, qsizetype(m_offsets[size_t(feature) + 1] - begin));
}

void TfIdf::reserve(size_t features)
{
    m_hashes.reserve(features);
    m_weights.reserve(features);
    m_offsets.reserve(features + 1);
    m_text.reserve(qsizetype(features * 12));
}

void TfIdf::append(quint64 hash, const QString &display, float weight)
{
    m_hashes.push_back(hash);
    m_weights.push_back(weight);
    m_text.append(display.toUtf8());
    m_offsets.push_back(quint32(m_text.size()));
}

// false when two features share a hash (a corrupt model).
bool TfIdf::buildLookup()
{
    size_t capacity = 16;
    while (capacity < 2 * m_hashes.size()) {
        capacity *= 2;
    }
    m_lookup.assign(capacity, Slot{});
    const size_t mask = capacity - 1;
    for (size_t i = 0; i < m_hashes.size(); ++i) {
        size_t at = size_t(m_hashes[i]) & mask;
        while (m_lookup[at].feature >= 0) {
            if (m_lookup[at].hash == m_hashes[i]) {
                return false;
            }
            at = (at + 1) & mask;
        }
        m_lookup[at] = {m_hashes[i], qint32(i)};
    }
    return true;
}

void TfIdf::save(QDataStream &out) const
{
    out << quint32(m_hashes.size()) << m_text;
    for (size_t i = 0; i < m_hashes.size(); ++i) {
        out << m_hashes[i] << m_weights[i] << m_offsets[i + 1];
    }
}

bool TfIdf::load(QDataStream &in)
{
    quint32 count = 0;
    in >> count >> m_text;
    if (in.status() != QDataStream::Ok || count > quint32(MaxFeatures)) {
        return false;
    }
    m_hashes.resize(count);
    m_weights.resize(count);
    m_offsets.assign(count + 1, 0);
    for (size_t i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        in >> m_hashes[i] >> m_weights[i] >> m_offsets[i + 1];
        if (m_offsets[i + 1] < m_offsets[i] || !std::isfinite(m_weights[i]) || m_weights[i] <= 0) {
            return false;
        }
    }
    if (in.status() != QDataStream::Ok || m_offsets.back() != quint32(m_text.size())) {
        return false;
    }
    return buildLookup();
}

TfIdfBuilder::TfIdfBuilder(int minDf, int maxFeatures)
    : m_minDf(minDf)
    , m_maxFeatures(maxFeatures)
{}

void TfIdfBuilder::reserve(qsizetype documents)
{
    // An abstract has some 100–300 distinct words and bigrams; most bigrams are new.
    const size_t terms = size_t(documents) * 400;
    m_terms.reserve(m_terms.size() + terms);
    m_info.reserve(m_info.size() + terms / 2);
    m_starts.reserve(m_starts.size() + size_t(documents));
    m_ids.reserve(qsizetype(m_info.size() + terms / 4));
}

int TfIdfBuilder::add(const Document &doc, bool keepEveryTerm)
{
    const TermList terms(doc);
    for (const TermList::Term &term : terms.terms()) {
        auto it = m_ids.find(term.hash);
        if (it == m_ids.end() && m_info.size() > IdMask) {
            continue; // more distinct terms than any vocabulary needs; the rest cannot be counted
        }
        if (it == m_ids.end()) {
            it = m_ids.insert(term.hash, quint32(m_info.size()));
            m_info.push_back({});
            m_kept.push_back(false);
        }
        const quint32 id = it.value();
        TermInfo &info = m_info[id];
        ++info.df;
        m_kept[id] = m_kept[id] || keepEveryTerm;
        if (info.text == NoText && (m_kept[id] || info.df >= quint32(m_minDf))) {
            info.text = quint32(m_text.size());
            m_text.append(terms.text(term).toUtf8());
            m_text.append('\0');
        }
        m_terms.push_back(id | quint32(std::min<int>(term.count, MaxCount)) << IdBits);
    }
    m_starts.push_back(m_terms.size());
    return documentCount() - 1;
}

TfIdf TfIdfBuilder::finish()
{
    struct Candidate {
        quint64 hash;
        quint32 id;
        quint32 df;
        quint32 text;
    };
    const auto eligible = [this](quint32 id) {
        return m_kept[id] || m_info[id].df >= quint32(m_minDf);
    };
    std::vector<Candidate> candidates;
    candidates.reserve(size_t(std::count_if(m_ids.cbegin(), m_ids.cend(), eligible)));
    for (auto it = m_ids.cbegin(); it != m_ids.cend(); ++it) {
        const quint32 id = it.value();
        if (eligible(id)) {
            candidates.push_back({it.key(), id, m_info[id].df, m_info[id].text});
        }
    }
    // Freed before the feature map is allocated, which lowers the peak.
    const size_t ids = m_info.size();
    m_ids = {};
    m_info = {};
    m_kept = {};
    std::sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        return a.df != b.df ? a.df > b.df : a.hash < b.hash;
    });
    candidates.resize(std::min(candidates.size(), size_t(m_maxFeatures)));

    TfIdf tfidf;
    const double documents = documentCount();
    tfidf.reserve(candidates.size());
    std::vector<qint32> feature(ids, -1);
    for (const Candidate &c : candidates) {
        const QString display = QString::fromUtf8(m_text.constData() + c.text);
        const double idf = std::log((1.0 + documents) / (1.0 + c.df)) + 1.0;
        const float scale = TermList::isAuthorText(display) ? TfIdf::AuthorWeight : 1.0f;
        feature[c.id] = tfidf.size();
        tfidf.append(c.hash, display, float(idf) * scale);
    }
    m_text = {};
    tfidf.buildLookup();
    m_weights = tfidf.m_weights;
    compact(feature);
    return tfidf;
}

// Rewrites every document's term ids as features, dropping the terms outside the vocabulary.
void TfIdfBuilder::compact(const std::vector<qint32> &feature)
{
    size_t kept = 0;
    size_t begin = 0;
    for (size_t doc = 1; doc < m_starts.size(); ++doc) {
        const size_t end = m_starts[doc];
        for (size_t i = begin; i < end; ++i) {
            if (const qint32 f = feature[m_terms[i] & IdMask]; f >= 0) {
                m_terms[kept++] = quint32(f) | (m_terms[i] & ~IdMask);
            }
        }
        begin = end;
        m_starts[doc] = kept;
    }
    // Not shrunk: that would copy them, and they are freed with the builder soon.
    m_terms.resize(kept);
}

SparseVector TfIdfBuilder::vector(int doc) const
{
    std::vector<std::pair<quint32, float>> pairs;
    pairs.reserve(m_starts[size_t(doc) + 1] - m_starts[size_t(doc)]);
    for (size_t i = m_starts[size_t(doc)]; i < m_starts[size_t(doc) + 1]; ++i) {
        const quint32 feature = m_terms[i] & IdMask;
        pairs.emplace_back(feature, sublinear(quint16(m_terms[i] >> IdBits)) * m_weights[feature]);
    }
    return normalised(pairs);
}

} // namespace pd::rank
