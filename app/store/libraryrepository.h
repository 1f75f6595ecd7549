#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace pd::store {

class Database;

// A reference from the user's library, as stored (library::LibraryEntry without its origin).
struct LibraryItem {
    QString title;
    QString abstract;
    QStringList authors;
    QString arxivId;
    QString doi;
    int year = 0;
    QString matched; // the stored paper it is, by arXiv id, DOI or title; empty when none
};

// The references imported from the user's library: liked examples for the ranker, and likes of the
// stored papers they match.
class LibraryRepository final
{
public:
    explicit LibraryRepository(const Database &db);

    struct Imported {
        int added = 0;   // new references
        int already = 0; // already imported before (same arXiv id, DOI or title)
        int matched = 0; // of all given, those that are a stored paper
    };
    // Stores the items in one transaction (all or nothing), matching each against the stored papers.
    bool import(const QList<LibraryItem> &items, const QString &source, Imported *result, QString *error);
    // Matches references imported earlier against papers stored since (a later fetch).
    bool rematch(QString *error);
    QList<LibraryItem> items() const;
    int count() const;

    // The key that makes two references the same: the arXiv id, else the DOI, else the title
    // lower-cased with accents and punctuation removed.
    static QString dedupeKey(const LibraryItem &item);
    static QString foldTitle(const QString &title);

private:
    struct PaperKeys;
    PaperKeys paperKeys() const;
    const Database &m_db;
};

} // namespace pd::store
