#pragma once

#include <QString>

namespace pd::core {

// Shows the inline TeX of arXiv titles, abstracts and author names as Unicode text: math between
// $…$, $$…$$, \(…\) and \[…\] (Greek, operators, blackboard and script letters, fractions, roots,
// sub- and superscripts) and the text-mode accents, dashes and font commands that submitters use.
// What it cannot convert stays as the TeX it was, so nothing is ever lost. Runs in linear time
// and accepts any input, including unbalanced braces and dollars.
class TexToUnicode final
{
public:
    static QString convert(const QString &text);
};

} // namespace pd::core
