#include "textterms.h"

#include "texfold.h"

#include <algorithm>
#include <array>
#include <string_view>

using namespace Qt::StringLiterals;

namespace pd::rank {

namespace {

constexpr quint64 FnvOffset = 14695981039346656037ULL;
constexpr quint64 FnvPrime = 1099511628211ULL;

quint64 fnv(quint64 hash, QStringView text)
{
    for (const QChar c : text) {
        hash = (hash ^ c.unicode()) * FnvPrime;
    }
    return hash;
}

// Function words and the boilerplate of abstracts; sorted for binary search.
constexpr std::u16string_view StopWords[] = {
    u"about", u"above",   u"after",    u"again",  u"against", u"all",     u"also",   u"am",    u"among",
    u"an",    u"and",     u"any",      u"are",    u"as",      u"at",      u"be",     u"been",  u"before",
    u"being", u"below",   u"between",  u"both",   u"but",     u"by",      u"can",    u"could", u"did",
    u"do",    u"does",    u"doing",    u"down",   u"during",  u"each",    u"et",     u"etc",   u"few",
    u"for",   u"from",    u"further",  u"had",    u"has",     u"have",    u"having", u"he",    u"her",
    u"here",  u"hers",    u"him",      u"his",    u"how",     u"however", u"if",     u"in",    u"into",
    u"is",    u"it",      u"its",      u"itself", u"just",    u"may",     u"more",   u"most",  u"much",
    u"must",  u"new",     u"no",       u"nor",    u"not",     u"novel",   u"of",     u"off",   u"on",
    u"once",  u"only",    u"or",       u"other",  u"our",     u"ours",    u"out",    u"over",  u"own",
    u"paper", u"propose", u"proposed", u"same",   u"she",     u"should",  u"show",   u"shows", u"so",
    u"some",  u"such",    u"than",     u"that",   u"the",     u"their",   u"them",   u"then",  u"there",
    u"these", u"they",    u"this",     u"those",  u"through", u"thus",    u"to",     u"too",   u"under",
    u"until", u"up",      u"upon",     u"us",     u"use",     u"used",    u"using",  u"very",  u"via",
    u"was",   u"we",      u"were",     u"what",   u"when",    u"where",   u"which",  u"while", u"who",
    u"with",
};
static_assert(std::is_sorted(std::begin(StopWords), std::end(StopWords)));

// The stop words' hashes, sorted: a token's hash is computed anyway, and comparing integers is
// cheaper than comparing strings for every token.
const std::vector<quint64> &stopHashes()
{
    static const std::vector<quint64> hashes = [] {
        std::vector<quint64> out;
        for (const std::u16string_view word : StopWords) {
            out.push_back(fnv(FnvOffset, QStringView(word.data(), qsizetype(word.size()))));
        }
        std::sort(out.begin(), out.end());
        return out;
    }();
    return hashes;
}

// A word worth counting: two characters or more, not a number, not a stop word.
bool counts(QStringView token, quint64 hash)
{
    if (token.size() < 2) {
        return false;
    }
    const bool number = std::all_of(token.begin(), token.end(), [](QChar c) { return c.isDigit(); });
    return !number && !std::binary_search(stopHashes().begin(), stopHashes().end(), hash);
}

// Between words: a space, a dash, a slash or an apostrophe keeps two words adjacent; any other
// punctuation ends the phrase.
bool keepsPhrase(QChar c)
{
    return c.isSpace() || c.category() == QChar::Punctuation_Dash || c == u'/' || c == u'\'' ||
           c == u'\u2019';
}

// The ASCII spelling of the letters NFKD leaves whole; empty for any other character.
QStringView asciiSpelling(QChar lower)
{
    switch (lower.unicode()) {
    case u'ø':
        return u"o";
    case u'ł':
        return u"l";
    case u'đ':
    case u'ð':
        return u"d";
    case u'þ':
        return u"th";
    case u'æ':
        return u"ae";
    case u'œ':
        return u"oe";
    case u'ß':
        return u"ss";
    case u'ı':
        return u"i";
    case u'ȷ':
        return u"j";
    default:
        return {};
    }
}

template<typename Visit>
void forEachToken(QStringView text, Visit visit)
{
    bool phrase = false; // whether the gap since the last token keeps the phrase going
    qsizetype at = 0;
    while (at < text.size()) {
        if (!text[at].isLetterOrNumber()) {
            phrase = phrase && keepsPhrase(text[at]);
            ++at;
            continue;
        }
        const qsizetype start = at;
        while (at < text.size() && text[at].isLetterOrNumber()) {
            ++at;
        }
        visit(start, at - start, phrase);
        phrase = true;
    }
}

} // namespace

QString foldText(QStringView text)
{
    QString tex = foldTex(text);
    if (std::all_of(tex.cbegin(), tex.cend(), [](QChar c) { return c.unicode() < 0x80; })) {
        return std::move(tex).toLower();
    }
    const QString decomposed = tex.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.isMark()) {
            continue;
        }
        const QChar lower = c.toLower();
        const QStringView ascii = asciiSpelling(lower);
        if (ascii.isEmpty()) {
            out.append(lower);
        } else {
            out.append(ascii);
        }
    }
    return out;
}

QStringList words(QStringView text)
{
    const QString folded = foldText(text);
    QStringList out;
    forEachToken(folded, [&](qsizetype start, qsizetype length, bool) {
        const QStringView token = QStringView(folded).mid(start, length);
        if (counts(token, fnv(FnvOffset, token))) {
            out.append(token.toString());
        }
    });
    return out;
}

QString authorSurname(const QString &author)
{
    QString name = foldTex(author).normalized(QString::NormalizationForm_C).simplified();
    if (const qsizetype comma = name.indexOf(u','); comma > 0) {
        name.truncate(comma); // "Sutton, Richard S."
    }
    static const QStringList suffixes{u"jr"_s, u"jr."_s, u"sr"_s, u"sr."_s, u"ii"_s, u"iii"_s, u"iv"_s};
    QStringList parts = name.split(u' ', Qt::SkipEmptyParts);
    while (parts.size() > 1 && suffixes.contains(parts.last(), Qt::CaseInsensitive)) {
        parts.removeLast();
    }
    QString surname = parts.isEmpty() ? QString() : parts.last();
    while (!surname.isEmpty() && !surname.back().isLetterOrNumber()) {
        surname.chop(1);
    }
    while (!surname.isEmpty() && !surname.front().isLetterOrNumber()) {
        surname.remove(0, 1);
    }
    return surname;
}

quint64 termHash(QStringView term)
{
    return fnv(FnvOffset, term);
}

TermList::TermList(const Document &doc)
{
    const QString title = foldText(doc.title);
    m_text = title + u'\n' + foldText(doc.abstract);
    m_terms.reserve(size_t(m_text.size() / 3));
    addText(0, title.size(), TitleCount);
    addText(title.size() + 1, m_text.size(), 1);
    for (const QString &author : doc.authors) {
        addAuthor(author);
    }
    merge();
}

void TermList::addText(qsizetype begin, qsizetype end, quint16 count)
{
    const QStringView text = QStringView(m_text).mid(begin, end - begin);
    qsizetype previous = -1; // offset of the last counted word, while the phrase goes on
    quint64 previousHash = 0;
    forEachToken(text, [&](qsizetype start, qsizetype length, bool phrase) {
        const QStringView token = text.mid(start, length);
        const quint64 hash = fnv(FnvOffset, token);
        if (length > 0xffff || !counts(token, hash)) {
            previous = -1;
            return;
        }
        const auto offset = qint32(begin + start);
        m_terms.push_back({hash, offset, 0, quint16(length), 0, count, Kind::Word});
        if (phrase && previous >= 0) {
            const Term &first = m_terms[size_t(previous)];
            const quint64 pair = fnv(fnv(previousHash, u" "), token);
            m_terms.push_back(
                {pair, first.first, offset, first.firstLength, quint16(length), count, Kind::Pair});
        }
        previous = qsizetype(m_terms.size()) - (phrase && previous >= 0 ? 2 : 1);
        previousHash = hash;
    });
}

void TermList::addAuthor(const QString &author)
{
    const QString surname = authorSurname(author);
    QString folded = foldText(surname);
    folded.removeIf([](QChar c) { return !c.isLetterOrNumber(); });
    if (folded.isEmpty()) {
        return;
    }
    const quint64 hash = fnv(fnv(FnvOffset, u"author:"), folded);
    m_terms.push_back({hash, qint32(m_authors.size()), 0, 0, 0, 1, Kind::Author});
    m_authors.append(surname);
}

// One entry per hash, in order of first occurrence, with the counts summed; an open-addressing
// table of indices is cheaper here than sorting the terms.
void TermList::merge()
{
    size_t capacity = 64;
    while (capacity < 2 * m_terms.size()) {
        capacity *= 2;
    }
    std::vector<qint32> table(capacity, -1);
    const size_t mask = capacity - 1;
    size_t kept = 0;
    for (size_t i = 0; i < m_terms.size(); ++i) {
        size_t at = size_t(m_terms[i].hash) & mask;
        while (table[at] >= 0 && m_terms[size_t(table[at])].hash != m_terms[i].hash) {
            at = (at + 1) & mask;
        }
        if (table[at] >= 0) {
            Term &term = m_terms[size_t(table[at])];
            term.count = quint16(std::min<int>(0xffff, term.count + m_terms[i].count));
        } else {
            table[at] = qint32(kept);
            m_terms[kept++] = m_terms[i];
        }
    }
    m_terms.resize(kept);
}

QString TermList::text(const Term &term) const
{
    const QStringView all(m_text);
    switch (term.kind) {
    case Kind::Word:
        return all.mid(term.first, term.firstLength).toString();
    case Kind::Pair:
        return all.mid(term.first, term.firstLength) + u' ' + all.mid(term.second, term.secondLength);
    case Kind::Author:
        return authorPrefix() + m_authors.at(term.first);
    }
    return {};
}

QStringList TermList::texts() const
{
    QStringList out;
    for (const Term &term : m_terms) {
        out.append(text(term));
    }
    out.sort();
    return out;
}

} // namespace pd::rank
