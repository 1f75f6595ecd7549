#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pd::library {

// One reference from a user's library (a reference manager's export or its database), as far as
// Paperdesk needs it: to match a stored paper, or to serve as a liked example for the ranker.
struct LibraryEntry {
    QString title;       // TeX braces and accents resolved to plain Unicode text
    QString abstract;    // may be empty
    QStringList authors; // "First Last", accents as Unicode
    QString arxivId;     // without version ("2506.01234", "hep-th/9901001"); empty when none
    QString doi;         // lower case, without a resolver prefix ("10.1000/xyz"); empty when none
    int year = 0;        // 0 when unknown
    QString key;         // the citation key, RIS ID or Zotero item key: names the entry in messages
};

// An entry that could not be used, and why ("entry 12 (smith2020): no title").
struct SkippedEntry {
    QString where;  // "entry 12 (smith2020)", "line 40", "item ABCD1234"
    QString reason; // a sentence for the user, translatable
};

struct LibraryFile {
    enum class Format { BibTeX, Ris, CslJson, ZoteroSqlite };
    Format format = Format::BibTeX;
    int read = 0;                // entries found in the file, usable or not
    QList<LibraryEntry> entries; // the usable ones, in file order
    QList<SkippedEntry> skipped; // the others; read == entries.size() + skipped.size()
};

// The format by file name (.bib, .ris, .json, .sqlite) and, failing that, by content.
std::optional<LibraryFile::Format> detectFormat(const QString &path);

// Reads a whole library file. nullopt with *error set (one sentence naming the file) when the file
// as a whole cannot be read: missing, unreadable, not the format it claims, a locked or damaged
// Zotero database. Zotero's database is read from a temporary copy, opened read-only, so a running
// Zotero (which locks its file) is no obstacle and the file is never changed.
std::optional<LibraryFile> readLibrary(const QString &path, QString *error);

// The format's name for messages: "BibTeX", "RIS", "CSL JSON", "Zotero database".
QString formatName(LibraryFile::Format format);

} // namespace pd::library
