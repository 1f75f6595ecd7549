// Ranker::save() and load(): the trained model as versioned bytes.
#include "ranker.h"
#include "rankermodel.h"

#include <QDataStream>
#include <QIODevice>

#include <algorithm>
#include <cmath>

namespace pd::rank {

namespace {

constexpr quint32 Magic = 0x5044524B; // "PDRK"
constexpr quint32 Version = 1;

void prepare(QDataStream &stream)
{
    stream.setVersion(QDataStream::Qt_6_4);
    stream.setByteOrder(QDataStream::LittleEndian);
    stream.setFloatingPointPrecision(QDataStream::SinglePrecision);
}

void saveVector(QDataStream &out, const SparseVector &v)
{
    out << quint32(v.index.size());
    for (size_t i = 0; i < v.index.size(); ++i) {
        out << v.index[i] << v.value[i];
    }
}

// A vector of ascending indices below `features`, or false.
bool loadVector(QDataStream &in, int features, SparseVector *v)
{
    quint32 count = 0;
    in >> count;
    if (in.status() != QDataStream::Ok || count > quint32(features)) {
        return false;
    }
    v->index.resize(count);
    v->value.resize(count);
    for (size_t i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        in >> v->index[i] >> v->value[i];
        if (v->index[i] >= quint32(features) || (i > 0 && v->index[i] <= v->index[i - 1])) {
            return false;
        }
    }
    return in.status() == QDataStream::Ok;
}

bool loadLinear(QDataStream &in, int features, LinearModel *linear)
{
    quint32 count = 0;
    in >> count;
    if (in.status() != QDataStream::Ok || count != quint32(features)) {
        return false;
    }
    linear->weights.resize(count);
    for (float &w : linear->weights) {
        in >> w;
    }
    in >> linear->bias;
    return in.status() == QDataStream::Ok && std::all_of(linear->weights.begin(), linear->weights.end(),
                                                         [](float w) { return std::isfinite(w); });
}

bool loadLiked(QDataStream &in, int features, std::vector<SparseVector> *liked, QStringList *labels)
{
    quint32 count = 0;
    in >> count;
    if (in.status() != QDataStream::Ok || count > quint32(MaxLikedVectors)) {
        return false;
    }
    liked->resize(count);
    for (SparseVector &v : *liked) {
        if (!loadVector(in, features, &v)) {
            return false;
        }
    }
    in >> *labels;
    return in.status() == QDataStream::Ok && labels->size() == qsizetype(count);
}

} // namespace

QByteArray Ranker::save() const
{
    if (!m_model) {
        return {};
    }
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    prepare(out);
    out << Magic << Version << qint32(m_model->likeCount);
    m_model->tfidf.save(out);
    out << quint32(m_model->linear.weights.size());
    for (const float w : m_model->linear.weights) {
        out << w;
    }
    out << m_model->linear.bias;
    m_model->calibration.save(out);
    out << quint32(m_model->liked.size());
    for (const SparseVector &v : m_model->liked) {
        saveVector(out, v);
    }
    out << m_model->likedLabels;
    return bytes;
}

bool Ranker::load(const QByteArray &bytes)
{
    m_model.reset();
    QDataStream in(bytes);
    prepare(in);
    quint32 magic = 0;
    quint32 version = 0;
    qint32 likes = 0;
    in >> magic >> version >> likes;
    if (in.status() != QDataStream::Ok || magic != Magic || version != Version || likes < 0) {
        return false;
    }
    auto model = std::make_shared<Model>();
    model->likeCount = likes;
    const bool ok = model->tfidf.load(in) && loadLinear(in, model->tfidf.size(), &model->linear) &&
                    model->calibration.load(in) &&
                    loadLiked(in, model->tfidf.size(), &model->liked, &model->likedLabels);
    if (!ok || !in.atEnd()) {
        return false;
    }
    m_model = std::move(model);
    return true;
}

} // namespace pd::rank
