#pragma once

#include "libraryfile.h"

#include <QStringView>

namespace pd::library {

// Reads the entries of a .bib file as Google Scholar, arXiv, Zotero, JabRef and Mendeley write it:
// braced or quoted values, `#` concatenation, @string macros; @comment and @preamble are passed
// over. An entry that cannot be parsed is skipped with its line, and reading goes on with the next
// line that starts an entry.
class BibTexReader final
{
public:
    static LibraryFile read(QStringView text);
};

} // namespace pd::library
