#pragma once

#include "libraryfile.h"

#include <QString>

#include <optional>

namespace pd::library {

// Reads the regular items of Zotero's own database (zotero.sqlite): not attachments, notes or
// annotations, not items in the trash, not feed items. The file and its -journal or -wal are copied
// to a temporary folder and the copy is read, so a running Zotero, which keeps its file locked, is
// no obstacle and the user's file is never opened. nullopt, with a sentence naming the file in
// *error, when it cannot be copied or opened or is no Zotero database.
class ZoteroReader final
{
public:
    static std::optional<LibraryFile> read(const QString &path, QString *error);
};

} // namespace pd::library
