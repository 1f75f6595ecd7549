#pragma once

#include "ranker.h"

#include <QString>
#include <QStringList>
#include <QStringView>

#include <vector>

namespace pd::rank {

// Text as the ranker compares it: TeX folded (foldTex), Unicode NFKD without combining marks, the
// letters that do not decompose (ø ł æ œ ß ð þ ı) spelled in ASCII, lower case. "Björn",
// "Bj\"orn" and "bjorn" fold alike.
QString foldText(QStringView text);

// The words of a text as the ranker counts them: folded, split at anything that is not a letter or
// a digit (hyphens too), without stop words, one-character tokens and numbers.
QStringList words(QStringView text);

// An author's surname as written, TeX folded and composed: "Richard S. Sutton" and "Sutton, R."
// give "Sutton", "Bj\"orn M\"uller" gives "Müller". Empty when there is none.
QString authorSurname(const QString &author);

// FNV-1a over UTF-16: stable across processes, so a saved model finds its terms again.
quint64 termHash(QStringView term);

// The terms of one document: words and bigrams (two adjacent words with no stop word, number or
// punctuation between them) of the title, counted TitleCount times, and the abstract, and one
// "author:<folded surname>" per author. Each term once with its count, in order of first
// occurrence (title, abstract, authors), named by that occurrence. The term
// strings are only built on request (text()), as most are looked up by hash and never shown.
class TermList
{
public:
    static constexpr quint16 TitleCount = 2;

    enum class Kind : quint8 { Word, Pair, Author };
    struct Term {
        quint64 hash = 0;
        qint32 first = 0;  // Word, Pair: offset of the (first) word in the folded text; Author: index
        qint32 second = 0; // Pair: offset of the second word
        quint16 firstLength = 0;
        quint16 secondLength = 0;
        quint16 count = 0;
        Kind kind = Kind::Word;
    };

    explicit TermList(const Document &doc);

    const std::vector<Term> &terms() const { return m_terms; }
    // As a reader reads it: "world", "world model", "author: Müller".
    QString text(const Term &term) const;
    // Every term's text, sorted; for tests.
    QStringList texts() const;

    static bool isAuthorText(QStringView text) { return text.startsWith(authorPrefix()); }
    static QStringView authorPrefix() { return u"author: "; }

private:
    void addText(qsizetype begin, qsizetype end, quint16 count);
    void addAuthor(const QString &author);
    void merge();

    QString m_text; // folded title, a line break, folded abstract
    QStringList m_authors;
    std::vector<Term> m_terms;
};

} // namespace pd::rank
