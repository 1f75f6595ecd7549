#pragma once

#include "libraryfile.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace pd::library {

// Reads CSL JSON as Zotero, Better BibTeX, Mendeley and pandoc export it: an array of items (or
// Zotero's web API form, {"items": […]}). An array element that is no object is skipped. nullopt,
// with the reason in *error, when the text is no JSON or holds no list of items.
class CslJsonReader final
{
public:
    static std::optional<LibraryFile> read(const QByteArray &json, QString *error);
};

} // namespace pd::library
