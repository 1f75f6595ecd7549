#pragma once

#include "core/paper.h"

#include <QString>

namespace pd::digest {

// A BibTeX @misc entry for an arXiv paper, keyed the way arXiv's own export names entries
// (lovelace2026analytical; arxiv<id> without authors), with TeX accents folded in the key and
// unbalanced braces dropped from fields. The window's "Copy BibTeX" and any export use this one.
class Bibtex final
{
public:
    static QString entry(const core::Paper &paper);
};

} // namespace pd::digest
