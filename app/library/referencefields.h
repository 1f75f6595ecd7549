#pragma once

#include "libraryfile.h"

#include <QString>
#include <QStringView>

// The rules every reader applies the same way: what an arXiv id, a DOI and a year look like, how a
// name is turned around, how marked-up text becomes plain, and when an entry is usable.
namespace pd::library {

// The arXiv id that `text` mentions ("arXiv:2506.01234v2", "arXiv preprint arXiv:…", an arxiv.org
// URL, a 10.48550/arXiv.… DOI), without version; empty when it mentions none. A bare number is not
// taken: in free text it may be anything.
QString arxivIdIn(QStringView text);

// `text` as an arXiv id when it is one and nothing else ("2506.01234v2", "arXiv:hep-th/9901001");
// empty otherwise. For fields that hold an id by definition (BibTeX eprint, CSL number).
QString arxivIdOf(QStringView text);

// A DOI in lower case without resolver or "doi:" prefix; empty when `text` is no DOI.
QString normalizedDoi(QStringView text);

// The first plausible year (1500–2099) in `text`, 0 when there is none.
int yearIn(QStringView text);

// How a name with two commas is ordered: BibTeX's "von Last, Jr, First", RIS's "Last, First, Suffix".
enum class NameOrder { BibTeX, Ris };

// "Last, First" as "First Last", a three-part name as "First Last Jr"; "First Last" as it is. Commas
// inside BibTeX braces do not count ("{Barnes, Noble and Co.}").
QString personName(const QString &name, NameOrder order);

// A BibTeX value as plain Unicode text: accents and TeX commands converted, protective braces
// dropped, white space collapsed.
QString plainFromBibTeX(const QString &value);

// A field of a reference manager (RIS, CSL JSON, Zotero) as plain text: rich-text tags removed, and
// inline TeX (as copied from arXiv) converted only when there is some.
QString plainFromMetadata(const QString &value);

// The translated sentence for "`what` has no title".
QString noTitleReason();

// Counts `entry` as read and files it under entries, or under skipped when it has no title.
void addEntry(LibraryFile *file, LibraryEntry entry, const QString &where);

// Counts a malformed record as read and skipped at `where` for `reason`.
void addMalformed(LibraryFile *file, const QString &where, const QString &reason);

} // namespace pd::library
