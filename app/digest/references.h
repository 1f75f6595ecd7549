#pragma once

#include "core/paper.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace pd::digest {

// Papers as a bibliography a reference manager imports: BibTeX (Bibtex::entry for each paper, TeX
// kept), RIS and CSL JSON (TeX shown as Unicode). One paper gets the same citation key in every
// format, unique within one export, so a document cited from the .bib also works with the .json.
// The starred papers, a selection or a day's relevant papers: the window and `paperdesk export`
// both write through here.
class References final
{
    Q_DECLARE_TR_FUNCTIONS(References)

public:
    enum class Format { Bibtex, Ris, CslJson };

    // "bibtex" (also "bib"), "ris", "csljson" (also "csl-json"); nothing for another name.
    static std::optional<Format> formatFromName(const QString &name);
    static QString formatName(Format format);
    // The usual file suffix: bib, ris, json.
    static QString suffix(Format format);
    // The whole file, in the order given; an empty list gives a valid empty file.
    static QString text(Format format, const QList<core::Paper> &papers);
};

} // namespace pd::digest
