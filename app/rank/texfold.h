#pragma once

#include <QString>
#include <QStringView>

namespace pd::rank {

// The TeX that submitters write in arXiv titles, abstracts and author names, reduced to Unicode
// text for the ranker: accents become a base letter and a combining mark (decomposed; call
// normalized(QString::NormalizationForm_C) to show it), \o, \ss, \ae … their letters, Greek
// letter commands their names ("$\alpha$" → "alpha"), every other command is dropped with its
// braces but not its argument ("\emph{x}" → "x"), and $ and ~ become spaces. Runs in linear time
// on any input. A deliberately small folding: the ranker only needs words, not typesetting.
QString foldTex(QStringView text);

} // namespace pd::rank
