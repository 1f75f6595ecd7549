#pragma once

#include "libraryfile.h"

#include <QStringView>

namespace pd::library {

// Reads the records of a .ris file as Zotero, Mendeley, EndNote and publishers write it: "TY  - "
// to "ER  - ", a tag and value per line, long values wrapped onto untagged lines. A record that
// never reaches its ER line is skipped with the line it starts on.
class RisReader final
{
public:
    static LibraryFile read(QStringView text);
};

} // namespace pd::library
