#include "heuristicscorer.h"

#include "promptbuilder.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace pd::llm {

namespace {

// Bump when the scoring rules change, so stored heuristic scores are recomputed.
constexpr auto ModelTag = "keyword-overlap/1"_L1;

constexpr double TitleWeight = 3.0; // a title word says more about a paper than an abstract word
constexpr double AbstractWeight = 1.0;
constexpr double PairFactor = 2.0;    // "world model", "state space": two words agreeing are rarer
constexpr double FilterPenalty = 0.5; // Filter texts share vocabulary with Keep texts; weigh them lower
constexpr double OffTopicPenalty = 1.0;
constexpr double Saturation = 7.0; // topic score at which relevance reaches ~7 (1 - e^-1 of the range)
constexpr int StemLength = 6;      // crude stemming: quantization/quantized/quantize → "quanti"
constexpr int MaxShownWords = 6;

// Function words and words every ML abstract uses; they say nothing about which topic fits.
const QSet<QString> &stopwords()
{
    static const QSet<QString> words = [] {
        const auto list =
            "about above across after again against all also among and any are around because been before "
            "being between both but can could did does doing done down during each either even ever every "
            "few for from further had has have having here how however into its itself just less many may "
            "might more most much must not nor now off often once only onto other others our ours out over "
            "own per rather same should since some such than that the their them then there these they "
            "this those through thus too under until upon very via was were what when where whether which "
            "while who whom whose why will with within without would yet you your "
            // research boilerplate
            "paper papers work works study studies method methods approach approaches result results show "
            "shows shown propose proposes proposed present presents introduce introduces introduced novel "
            "new based using use used uses task tasks data performance existing standard art model models "
            "learning learn learned language large llm llms network networks neural deep framework "
            "frameworks system systems improve improves improved improvement improvements achieve achieves "
            "achieving demonstrate demonstrates experiments experimental evaluation evaluate evaluated core "
            "clear clearly mainly materially strongly like make makes making well high low key main problem "
            "problems setting settings different various significant significantly specific general "
            "analysis analyze analyzes analyzed machine information time domain domains similar provide "
            "provides including include includes first second further recent recently remain remains "
            "broadly usually important major contribution contributions paradigm train support end post free "
            "open form condition design"_L1;
        QSet<QString> set;
        for (const QString &w : QString(list).split(u' ', Qt::SkipEmptyParts)) {
            set.insert(w);
        }
        return set;
    }();
    return words;
}

bool endsWith(const QString &word, QLatin1StringView suffix, qsizetype minStem)
{
    return word.endsWith(suffix) && word.size() - suffix.size() >= minStem;
}

QString stem(QString word)
{
    if (endsWith(word, "ies"_L1, 3)) {
        word.chop(3);
        word += u'y';
    } else if (endsWith(word, "s"_L1, 3) && !word.endsWith(u"ss"_s) && !word.endsWith(u"us"_s) &&
               !word.endsWith(u"is"_s)) {
        word.chop(1);
    }
    for (const auto suffix : {"ing"_L1, "ed"_L1, "ity"_L1, "ly"_L1}) {
        if (endsWith(word, suffix, 3)) {
            word.chop(suffix.size());
            break;
        }
    }
    if (endsWith(word, "e"_L1, 3)) {
        word.chop(1);
    }
    return word.left(StemLength);
}

// Stems grouped by phrase: punctuation ends a phrase, so pairs never span "A, B" or sentences.
QList<QStringList> phrases(const QString &text)
{
    static const QRegularExpression breaks(uR"([.,;:!?()\[\]{}"]+|\s-\s)"_s);
    QList<QStringList> out;
    for (const QString &part : text.toLower().split(breaks, Qt::SkipEmptyParts)) {
        QStringList stems;
        QString word;
        const auto flush = [&] {
            if (word.size() >= 3 && !stopwords().contains(word)) {
                const QString s = stem(word);
                if (!stopwords().contains(s)) {
                    stems.append(s);
                }
            }
            word.clear();
        };
        for (const QChar c : part) {
            if (c.isLetter()) {
                word += c;
            } else {
                flush();
            }
        }
        flush();
        if (!stems.isEmpty()) {
            out.append(stems);
        }
    }
    return out;
}

// Unique stems and adjacent pairs of a text, each once.
QSet<QString> termSet(const QString &text)
{
    QSet<QString> set;
    for (const QStringList &phrase : phrases(text)) {
        for (qsizetype i = 0; i < phrase.size(); ++i) {
            set.insert(phrase.at(i));
            if (i + 1 < phrase.size() && phrase.at(i) != phrase.at(i + 1)) {
                set.insert(phrase.at(i) + u' ' + phrase.at(i + 1));
            }
        }
    }
    return set;
}

double pairAware(const QString &term, double weight)
{
    return term.contains(u' ') ? weight * PairFactor : weight;
}

} // namespace

QStringList HeuristicScorer::terms(const QString &text)
{
    QStringList out;
    for (const QStringList &phrase : phrases(text)) {
        out += phrase;
    }
    return out;
}

HeuristicScorer::HeuristicScorer(const core::Profile &profile)
{
    // How many topics keep each term: a term shared by several topics tells them apart less.
    QMap<QString, int> keptBy;
    QList<QSet<QString>> keepSets;
    for (const core::Topic &topic : profile.topics) {
        keepSets.append(termSet(topic.label + u". "_s + topic.keep + u". "_s + topic.description));
        for (const QString &term : keepSets.last()) {
            ++keptBy[term];
        }
    }
    for (qsizetype i = 0; i < profile.topics.size(); ++i) {
        const core::Topic &topic = profile.topics.at(i);
        TopicTerms terms{topic.id, topic.label, {}, {}};
        for (const QString &term : keepSets.at(i)) {
            terms.keep.insert(term, pairAware(term, 1.0 / std::sqrt(keptBy.value(term))));
        }
        // A word the topic keeps is not held against it just because its Filter repeats it.
        for (const QString &term : termSet(topic.filter)) {
            if (!keepSets.at(i).contains(term)) {
                terms.filter.insert(term, pairAware(term, 1.0));
            }
        }
        m_topics.append(terms);
    }
    for (const QString &term : termSet(profile.prompt.hotspotGuidance)) {
        if (!keptBy.contains(term)) {
            m_offTopic.insert(term, pairAware(term, 1.0));
        }
    }

    core::Profile keyed = profile;
    keyed.model.provider = core::Profile::Provider::Heuristic;
    keyed.model.model = ModelTag;
    keyed.model.temperature = 0.0;
    m_fingerprint = PromptBuilder(keyed).fingerprint();
}

HeuristicScorer::Weights HeuristicScorer::paperWeights(const core::Paper &paper)
{
    Weights weights;
    for (const QString &term : termSet(paper.abstract)) {
        weights.insert(term, AbstractWeight);
    }
    for (const QString &term : termSet(paper.title)) {
        weights[term] += TitleWeight;
    }
    return weights;
}

HeuristicScorer::TopicFit HeuristicScorer::fit(const TopicTerms &topic, const Weights &paper) const
{
    TopicFit result;
    QList<std::pair<double, QString>> hits;
    // QMap iterates in key order, so the sums and ties come out the same on every run.
    for (auto it = paper.cbegin(); it != paper.cend(); ++it) {
        if (const auto keep = topic.keep.constFind(it.key()); keep != topic.keep.cend()) {
            const double gain = it.value() * keep.value();
            result.score += gain;
            if (!it.key().contains(u' ')) {
                hits.append({gain, it.key()});
            }
        }
        if (const auto filter = topic.filter.constFind(it.key()); filter != topic.filter.cend()) {
            result.score -= FilterPenalty * it.value() * filter.value();
        }
        if (const auto off = m_offTopic.constFind(it.key()); off != m_offTopic.cend()) {
            result.score -= OffTopicPenalty * it.value() * off.value();
        }
    }
    std::stable_sort(hits.begin(), hits.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    for (const auto &hit : hits) {
        result.matched.append(hit.second);
    }
    return result;
}

int HeuristicScorer::relevanceFor(double score)
{
    if (score <= 0.0) {
        return 1;
    }
    const double scaled = 1.0 + 9.0 * (1.0 - std::exp(-score / Saturation));
    return std::clamp(static_cast<int>(std::lround(scaled)), 1, 10);
}

int HeuristicScorer::noveltyFor(const core::Paper &paper)
{
    struct Cue {
        QRegularExpression pattern;
        int weight;
    };
    static const QList<Cue> cues = [] {
        const auto cue = [](const char16_t *pattern, int weight) {
            return Cue{
                QRegularExpression(QString::fromUtf16(pattern), QRegularExpression::CaseInsensitiveOption),
                weight};
        };
        return QList<Cue>{
            cue(uR"(\bnew paradigm\b)", 2),       cue(uR"(\bfirst\b)", 1),
            cue(uR"(\bwe propose\b)", 1),         cue(uR"(\bwe introduce\b)", 1),
            cue(uR"(\btheor(y|etical|em)\b)", 1), cue(uR"(\bwe prove\b)", 1),
            cue(uR"(\bbenchmark)", -1),           cue(uR"(\bapplication)", -1),
            cue(uR"(\bcase study\b)", -1),        cue(uR"(\bsurvey\b)", -1),
            cue(uR"(\bdataset\b)", -1),           cue(uR"(\bempirical study\b)", -1),
        };
    }();
    const QString text = paper.title + u". "_s + paper.abstract;
    int gain = 0;
    int loss = 0;
    for (const Cue &cue : cues) {
        if (cue.pattern.match(text).hasMatch()) {
            (cue.weight > 0 ? gain : loss) += std::abs(cue.weight);
        }
    }
    // A mild estimate: cue words nudge novelty around the middle, never to the extremes.
    return std::clamp(5 + std::min(gain, 3) - std::min(loss, 3), 1, 10);
}

// The paper's own words for the matched stems, so the comment reads "quantization", not "quanti".
QString HeuristicScorer::surfaceWords(const QStringList &stems, const core::Paper &paper)
{
    static const QRegularExpression word(uR"(\p{L}+)"_s);
    QMap<QString, QString> earliest;
    for (auto it = word.globalMatch(paper.title + u' ' + paper.abstract); it.hasNext();) {
        const QString w = it.next().captured().toLower();
        const QString s = stem(w);
        if (!stopwords().contains(w) && !earliest.contains(s)) {
            earliest.insert(s, w);
        }
    }
    QStringList shown;
    for (const QString &s : stems) {
        const QString w = earliest.value(s, s);
        if (!shown.contains(w)) {
            shown.append(w);
        }
        if (shown.size() == MaxShownWords) {
            break;
        }
    }
    return shown.join(u", "_s);
}

core::Score HeuristicScorer::score(const core::Paper &paper) const
{
    core::Score score;
    score.arxivId = paper.arxivId;
    score.fingerprint = m_fingerprint;
    score.status = core::Score::Status::Scored;
    score.heuristic = true;
    score.novelty = noveltyFor(paper);

    const Weights weights = paperWeights(paper);
    QList<TopicFit> fits;
    qsizetype best = -1;
    for (qsizetype i = 0; i < m_topics.size(); ++i) {
        fits.append(fit(m_topics.at(i), weights));
        if (!fits.last().matched.isEmpty() && (best < 0 || fits.last().score > fits.at(best).score)) {
            best = i;
        }
    }
    if (best < 0) {
        score.relevance = 1;
        score.comment = tr("Keyword-overlap estimate (offline, not an LLM judgement): no topic words found.");
        score.topicMatch = tr("No topic shares keywords with this paper.");
        return score;
    }

    const TopicFit &top = fits.at(best);
    score.relevance = relevanceFor(top.score);
    score.primaryTopic = m_topics.at(best).id;
    for (qsizetype i = 0; i < m_topics.size(); ++i) {
        const bool strong = relevanceFor(fits.at(i).score) >= 5 && fits.at(i).score >= top.score / 2.0;
        if (i == best || (strong && !fits.at(i).matched.isEmpty())) {
            score.matchedTopics.append(m_topics.at(i).id);
        }
    }
    const QString words = surfaceWords(top.matched, paper);
    score.comment =
        tr("Keyword-overlap estimate (offline, not an LLM judgement). Matched words: %1.").arg(words);
    score.topicMatch = tr("Most keyword overlap with \"%1\": %2.").arg(m_topics.at(best).label, words);
    return score;
}

} // namespace pd::llm
