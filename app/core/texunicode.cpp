#include "texunicode.h"

#include <QHash>
#include <QStringView>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace pd::core {

namespace {

enum class Mode { Text, Math };

// How a math symbol sits between its neighbours, which decides the spaces around it.
enum class Kind { Ord, Op, Open, Close, Func };

struct Symbol {
    QStringView text;
    Kind kind = Kind::Ord;
};

// Nesting of groups, arguments and math inside text inside math is capped so that hostile input
// cannot exhaust the stack; deeper braces are kept as literal characters.
constexpr int MaxDepth = 48;
// The longest \url{…} or \href{…} target looked for.
constexpr qsizetype MaxVerbatim = 2048;

const QHash<QString, Symbol> &mathSymbols()
{
    static const QHash<QString, Symbol> table = [] {
        QHash<QString, Symbol> t;
        const auto add = [&t](const char16_t *name, const char16_t *text, Kind kind) {
            t.insert(QString::fromUtf16(name), Symbol{QStringView(text), kind});
        };
        // Lower-case Greek. \epsilon becomes the ordinary ε rather than TeX's lunate ϵ, which
        // readers mistake for the element-of sign ∈.
        add(u"alpha", u"α", Kind::Ord);
        add(u"beta", u"β", Kind::Ord);
        add(u"gamma", u"γ", Kind::Ord);
        add(u"delta", u"δ", Kind::Ord);
        add(u"epsilon", u"ε", Kind::Ord);
        add(u"varepsilon", u"ε", Kind::Ord);
        add(u"zeta", u"ζ", Kind::Ord);
        add(u"eta", u"η", Kind::Ord);
        add(u"theta", u"θ", Kind::Ord);
        add(u"vartheta", u"ϑ", Kind::Ord);
        add(u"iota", u"ι", Kind::Ord);
        add(u"kappa", u"κ", Kind::Ord);
        add(u"varkappa", u"ϰ", Kind::Ord);
        add(u"lambda", u"λ", Kind::Ord);
        add(u"mu", u"μ", Kind::Ord);
        add(u"nu", u"ν", Kind::Ord);
        add(u"xi", u"ξ", Kind::Ord);
        add(u"omicron", u"ο", Kind::Ord);
        add(u"pi", u"π", Kind::Ord);
        add(u"varpi", u"ϖ", Kind::Ord);
        add(u"rho", u"ρ", Kind::Ord);
        add(u"varrho", u"ϱ", Kind::Ord);
        add(u"sigma", u"σ", Kind::Ord);
        add(u"varsigma", u"ς", Kind::Ord);
        add(u"tau", u"τ", Kind::Ord);
        add(u"upsilon", u"υ", Kind::Ord);
        add(u"phi", u"ϕ", Kind::Ord);
        add(u"varphi", u"φ", Kind::Ord);
        add(u"chi", u"χ", Kind::Ord);
        add(u"psi", u"ψ", Kind::Ord);
        add(u"omega", u"ω", Kind::Ord);
        add(u"digamma", u"ϝ", Kind::Ord);
        // Upper-case Greek, including the ones plain TeX spells with Latin letters.
        add(u"Alpha", u"Α", Kind::Ord);
        add(u"Beta", u"Β", Kind::Ord);
        add(u"Gamma", u"Γ", Kind::Ord);
        add(u"Delta", u"Δ", Kind::Ord);
        add(u"Epsilon", u"Ε", Kind::Ord);
        add(u"Zeta", u"Ζ", Kind::Ord);
        add(u"Eta", u"Η", Kind::Ord);
        add(u"Theta", u"Θ", Kind::Ord);
        add(u"Iota", u"Ι", Kind::Ord);
        add(u"Kappa", u"Κ", Kind::Ord);
        add(u"Lambda", u"Λ", Kind::Ord);
        add(u"Mu", u"Μ", Kind::Ord);
        add(u"Nu", u"Ν", Kind::Ord);
        add(u"Xi", u"Ξ", Kind::Ord);
        add(u"Omicron", u"Ο", Kind::Ord);
        add(u"Pi", u"Π", Kind::Ord);
        add(u"Rho", u"Ρ", Kind::Ord);
        add(u"Sigma", u"Σ", Kind::Ord);
        add(u"Tau", u"Τ", Kind::Ord);
        add(u"Upsilon", u"Υ", Kind::Ord);
        add(u"Phi", u"Φ", Kind::Ord);
        add(u"Chi", u"Χ", Kind::Ord);
        add(u"Psi", u"Ψ", Kind::Ord);
        add(u"Omega", u"Ω", Kind::Ord);
        // Ordinary symbols and big operators.
        add(u"infty", u"∞", Kind::Ord);
        add(u"partial", u"∂", Kind::Ord);
        add(u"nabla", u"∇", Kind::Ord);
        add(u"ell", u"ℓ", Kind::Ord);
        add(u"hbar", u"ℏ", Kind::Ord);
        add(u"aleph", u"ℵ", Kind::Ord);
        add(u"Re", u"ℜ", Kind::Ord);
        add(u"Im", u"ℑ", Kind::Ord);
        add(u"wp", u"℘", Kind::Ord);
        add(u"emptyset", u"∅", Kind::Ord);
        add(u"varnothing", u"∅", Kind::Ord);
        add(u"forall", u"∀", Kind::Ord);
        add(u"exists", u"∃", Kind::Ord);
        add(u"nexists", u"∄", Kind::Ord);
        add(u"neg", u"¬", Kind::Ord);
        add(u"lnot", u"¬", Kind::Ord);
        add(u"prime", u"′", Kind::Ord);
        add(u"dagger", u"†", Kind::Ord);
        add(u"ddagger", u"‡", Kind::Ord);
        add(u"angle", u"∠", Kind::Ord);
        add(u"triangle", u"△", Kind::Ord);
        add(u"top", u"⊤", Kind::Ord);
        add(u"intercal", u"⊺", Kind::Ord);
        add(u"bot", u"⊥", Kind::Ord);
        add(u"sum", u"∑", Kind::Ord);
        add(u"prod", u"∏", Kind::Ord);
        add(u"coprod", u"∐", Kind::Ord);
        add(u"int", u"∫", Kind::Ord);
        add(u"iint", u"∬", Kind::Ord);
        add(u"iiint", u"∭", Kind::Ord);
        add(u"oint", u"∮", Kind::Ord);
        add(u"bigcup", u"⋃", Kind::Ord);
        add(u"bigcap", u"⋂", Kind::Ord);
        add(u"bigvee", u"⋁", Kind::Ord);
        add(u"bigwedge", u"⋀", Kind::Ord);
        add(u"bigoplus", u"⨁", Kind::Ord);
        add(u"bigotimes", u"⨂", Kind::Ord);
        add(u"ldots", u"…", Kind::Ord);
        add(u"dots", u"…", Kind::Ord);
        add(u"cdots", u"⋯", Kind::Ord);
        add(u"vdots", u"⋮", Kind::Ord);
        add(u"ddots", u"⋱", Kind::Ord);
        add(u"star", u"⋆", Kind::Ord);
        add(u"ast", u"∗", Kind::Ord);
        add(u"checkmark", u"✓", Kind::Ord);
        add(u"surd", u"√", Kind::Ord);
        add(u"degree", u"°", Kind::Ord);
        add(u"colon", u":", Kind::Ord);
        add(u"backslash", u"\\", Kind::Ord);
        add(u"vert", u"|", Kind::Ord);
        add(u"Vert", u"‖", Kind::Ord);
        add(u"uparrow", u"↑", Kind::Ord);
        add(u"downarrow", u"↓", Kind::Ord);
        add(u"imath", u"ı", Kind::Ord);
        add(u"jmath", u"ȷ", Kind::Ord);
        // Delimiters.
        add(u"lbrace", u"{", Kind::Open);
        add(u"rbrace", u"}", Kind::Close);
        add(u"langle", u"⟨", Kind::Open);
        add(u"rangle", u"⟩", Kind::Close);
        add(u"lceil", u"⌈", Kind::Open);
        add(u"rceil", u"⌉", Kind::Close);
        add(u"lfloor", u"⌊", Kind::Open);
        add(u"rfloor", u"⌋", Kind::Close);
        add(u"lvert", u"|", Kind::Open);
        add(u"rvert", u"|", Kind::Close);
        add(u"lVert", u"‖", Kind::Open);
        add(u"rVert", u"‖", Kind::Close);
        // Binary operators and relations.
        add(u"times", u"×", Kind::Op);
        add(u"cdot", u"·", Kind::Op);
        add(u"div", u"÷", Kind::Op);
        add(u"pm", u"±", Kind::Op);
        add(u"mp", u"∓", Kind::Op);
        add(u"leq", u"≤", Kind::Op);
        add(u"le", u"≤", Kind::Op);
        add(u"geq", u"≥", Kind::Op);
        add(u"ge", u"≥", Kind::Op);
        add(u"leqslant", u"⩽", Kind::Op);
        add(u"geqslant", u"⩾", Kind::Op);
        add(u"nleq", u"≰", Kind::Op);
        add(u"ngeq", u"≱", Kind::Op);
        add(u"neq", u"≠", Kind::Op);
        add(u"ne", u"≠", Kind::Op);
        add(u"approx", u"≈", Kind::Op);
        add(u"sim", u"∼", Kind::Op);
        add(u"simeq", u"≃", Kind::Op);
        add(u"cong", u"≅", Kind::Op);
        add(u"equiv", u"≡", Kind::Op);
        add(u"asymp", u"≍", Kind::Op);
        add(u"doteq", u"≐", Kind::Op);
        add(u"coloneqq", u"≔", Kind::Op);
        add(u"triangleq", u"≜", Kind::Op);
        add(u"propto", u"∝", Kind::Op);
        add(u"ll", u"≪", Kind::Op);
        add(u"gg", u"≫", Kind::Op);
        add(u"lesssim", u"≲", Kind::Op);
        add(u"gtrsim", u"≳", Kind::Op);
        add(u"prec", u"≺", Kind::Op);
        add(u"succ", u"≻", Kind::Op);
        add(u"preceq", u"⪯", Kind::Op);
        add(u"succeq", u"⪰", Kind::Op);
        add(u"in", u"∈", Kind::Op);
        add(u"notin", u"∉", Kind::Op);
        add(u"ni", u"∋", Kind::Op);
        add(u"subset", u"⊂", Kind::Op);
        add(u"subseteq", u"⊆", Kind::Op);
        add(u"subsetneq", u"⊊", Kind::Op);
        add(u"supset", u"⊃", Kind::Op);
        add(u"supseteq", u"⊇", Kind::Op);
        add(u"cup", u"∪", Kind::Op);
        add(u"cap", u"∩", Kind::Op);
        add(u"sqcup", u"⊔", Kind::Op);
        add(u"sqcap", u"⊓", Kind::Op);
        add(u"uplus", u"⊎", Kind::Op);
        add(u"setminus", u"∖", Kind::Op);
        add(u"wedge", u"∧", Kind::Op);
        add(u"land", u"∧", Kind::Op);
        add(u"vee", u"∨", Kind::Op);
        add(u"lor", u"∨", Kind::Op);
        add(u"oplus", u"⊕", Kind::Op);
        add(u"ominus", u"⊖", Kind::Op);
        add(u"otimes", u"⊗", Kind::Op);
        add(u"odot", u"⊙", Kind::Op);
        add(u"circ", u"∘", Kind::Op);
        add(u"bullet", u"•", Kind::Op);
        add(u"to", u"→", Kind::Op);
        add(u"rightarrow", u"→", Kind::Op);
        add(u"leftarrow", u"←", Kind::Op);
        add(u"gets", u"←", Kind::Op);
        add(u"leftrightarrow", u"↔", Kind::Op);
        add(u"Rightarrow", u"⇒", Kind::Op);
        add(u"Leftarrow", u"⇐", Kind::Op);
        add(u"Leftrightarrow", u"⇔", Kind::Op);
        add(u"longrightarrow", u"⟶", Kind::Op);
        add(u"longleftarrow", u"⟵", Kind::Op);
        add(u"Longrightarrow", u"⟹", Kind::Op);
        add(u"implies", u"⟹", Kind::Op);
        add(u"impliedby", u"⟸", Kind::Op);
        add(u"iff", u"⟺", Kind::Op);
        add(u"mapsto", u"↦", Kind::Op);
        add(u"hookrightarrow", u"↪", Kind::Op);
        add(u"perp", u"⊥", Kind::Op);
        add(u"mid", u"∣", Kind::Op);
        add(u"parallel", u"∥", Kind::Op);
        add(u"vdash", u"⊢", Kind::Op);
        add(u"models", u"⊨", Kind::Op);
        // Operator names, set upright in TeX and as plain words here.
        for (const char16_t *name :
             {u"log",    u"ln",     u"lg",   u"exp",  u"sin",  u"cos",    u"tan",    u"sec",
              u"csc",    u"cot",    u"sinh", u"cosh", u"tanh", u"arcsin", u"arccos", u"arctan",
              u"max",    u"min",    u"sup",  u"inf",  u"lim",  u"liminf", u"limsup", u"arg",
              u"argmax", u"argmin", u"det",  u"dim",  u"ker",  u"deg",    u"gcd",    u"hom",
              u"Pr",     u"tr",     u"Tr",   u"diag", u"sgn",  u"sign",   u"poly",   u"polylog"}) {
            add(name, name, Kind::Func);
        }
        return t;
    }();
    return table;
}

// Commands that only change the font or size: the text stays as it is.
bool isFontSwitch(QStringView name)
{
    static const QList<QStringView> switches = {u"em",           u"bf",
                                                u"it",           u"tt",
                                                u"sc",           u"rm",
                                                u"sf",           u"sl",
                                                u"itshape",      u"bfseries",
                                                u"normalfont",   u"upshape",
                                                u"mdseries",     u"scshape",
                                                u"sffamily",     u"rmfamily",
                                                u"ttfamily",     u"slshape",
                                                u"small",        u"footnotesize",
                                                u"scriptsize",   u"tiny",
                                                u"large",        u"Large",
                                                u"LARGE",        u"huge",
                                                u"Huge",         u"normalsize",
                                                u"noindent",     u"centering",
                                                u"displaystyle", u"textstyle",
                                                u"scriptstyle",  u"scriptscriptstyle",
                                                u"limits",       u"nolimits",
                                                u"nonumber",     u"notag",
                                                u"mathstrut",    u"strut",
                                                u"boldmath",     u"unboldmath"};
    return switches.contains(name);
}

// Commands whose one argument is shown as it is, in text mode or in math mode.
bool isTextArgumentCommand(QStringView name)
{
    static const QList<QStringView> names = {u"emph",   u"textit",    u"textbf", u"texttt", u"textsc",
                                             u"textrm", u"textsf",    u"textsl", u"textup", u"textnormal",
                                             u"textmd", u"underline", u"uline",  u"mbox",   u"hbox",
                                             u"text",   u"textup",    u"fbox"};
    return names.contains(name);
}

bool isMathArgumentCommand(QStringView name)
{
    static const QList<QStringView> names = {u"mathbf",     u"boldsymbol",   u"bm",        u"pmb",
                                             u"mathrm",     u"mathit",       u"mathsf",    u"mathtt",
                                             u"mathnormal", u"operatorname", u"mathop",    u"mathrel",
                                             u"mathbin",    u"mathord",      u"ensuremath"};
    return names.contains(name);
}

// \left, \bigl and friends only size the delimiter that follows.
bool isDelimiterSize(QStringView name)
{
    static const QList<QStringView> names = {u"left",  u"right", u"middle", u"big",  u"Big",  u"bigg",
                                             u"Bigg",  u"bigl",  u"bigr",   u"Bigl", u"Bigr", u"biggl",
                                             u"biggr", u"Biggl", u"Biggr",  u"bigm", u"Bigm"};
    return names.contains(name);
}

// The combining mark of a math accent command, 0 when `name` is none.
char16_t mathAccent(QStringView name)
{
    static const QHash<QString, char16_t> accents = {
        {u"hat"_s, u'\u0302'},     {u"widehat"_s, u'\u0302'},
        {u"tilde"_s, u'\u0303'},   {u"widetilde"_s, u'\u0303'},
        {u"bar"_s, u'\u0304'},     {u"overline"_s, u'\u0305'},
        {u"vec"_s, u'\u20D7'},     {u"overrightarrow"_s, u'\u20D7'},
        {u"dot"_s, u'\u0307'},     {u"ddot"_s, u'\u0308'},
        {u"check"_s, u'\u030C'},   {u"breve"_s, u'\u0306'},
        {u"acute"_s, u'\u0301'},   {u"grave"_s, u'\u0300'},
        {u"mathring"_s, u'\u030A'}};
    return accents.value(name.toString(), 0);
}

// The combining mark of a text accent command (\"o, \c{c}, \v{s} …), 0 when `name` is none.
char16_t textAccent(QStringView name)
{
    static const QHash<QString, char16_t> accents = {
        {u"\""_s, u'\u0308'}, {u"'"_s, u'\u0301'}, {u"`"_s, u'\u0300'}, {u"^"_s, u'\u0302'},
        {u"~"_s, u'\u0303'},  {u"="_s, u'\u0304'}, {u"."_s, u'\u0307'}, {u"c"_s, u'\u0327'},
        {u"v"_s, u'\u030C'},  {u"H"_s, u'\u030B'}, {u"u"_s, u'\u0306'}, {u"r"_s, u'\u030A'},
        {u"k"_s, u'\u0328'},  {u"d"_s, u'\u0323'}, {u"b"_s, u'\u0331'}};
    return accents.value(name.toString(), 0);
}

// Letters and symbols that text mode spells as commands ({\ae}, \ss, \O, \textendash …).
QStringView textSymbol(QStringView name, bool *isLetter)
{
    struct Entry {
        QStringView name;
        QStringView text;
        bool letter;
    };
    static const std::array entries = {Entry{u"ae", u"æ", true},
                                       Entry{u"AE", u"Æ", true},
                                       Entry{u"oe", u"œ", true},
                                       Entry{u"OE", u"Œ", true},
                                       Entry{u"o", u"ø", true},
                                       Entry{u"O", u"Ø", true},
                                       Entry{u"aa", u"å", true},
                                       Entry{u"AA", u"Å", true},
                                       Entry{u"ss", u"ß", true},
                                       Entry{u"l", u"ł", true},
                                       Entry{u"L", u"Ł", true},
                                       Entry{u"i", u"ı", true},
                                       Entry{u"j", u"ȷ", true},
                                       Entry{u"dh", u"ð", true},
                                       Entry{u"DH", u"Ð", true},
                                       Entry{u"th", u"þ", true},
                                       Entry{u"TH", u"Þ", true},
                                       Entry{u"ng", u"ŋ", true},
                                       Entry{u"NG", u"Ŋ", true},
                                       Entry{u"dj", u"đ", true},
                                       Entry{u"DJ", u"Đ", true},
                                       Entry{u"textendash", u"–", false},
                                       Entry{u"textemdash", u"—", false},
                                       Entry{u"ldots", u"…", false},
                                       Entry{u"dots", u"…", false},
                                       Entry{u"textellipsis", u"…", false},
                                       Entry{u"textquoteleft", u"‘", false},
                                       Entry{u"textquoteright", u"’", false},
                                       Entry{u"textquotedblleft", u"“", false},
                                       Entry{u"textquotedblright", u"”", false},
                                       Entry{u"S", u"§", false},
                                       Entry{u"P", u"¶", false},
                                       Entry{u"copyright", u"©", false},
                                       Entry{u"textcopyright", u"©", false},
                                       Entry{u"textregistered", u"®", false},
                                       Entry{u"texttrademark", u"™", false},
                                       Entry{u"textbackslash", u"\\", false},
                                       Entry{u"textless", u"<", false},
                                       Entry{u"textgreater", u">", false},
                                       Entry{u"textbar", u"|", false},
                                       Entry{u"textdegree", u"°", false},
                                       Entry{u"textasciitilde", u"~", false},
                                       Entry{u"textasciicircum", u"^", false},
                                       Entry{u"textunderscore", u"_", false},
                                       Entry{u"textbullet", u"•", false},
                                       Entry{u"textperiodcentered", u"·", false},
                                       Entry{u"textpm", u"±", false},
                                       Entry{u"textmu", u"µ", false},
                                       Entry{u"texttimes", u"×", false},
                                       Entry{u"euro", u"€", false},
                                       Entry{u"pounds", u"£", false},
                                       Entry{u"dag", u"†", false},
                                       Entry{u"ddag", u"‡", false},
                                       Entry{u"LaTeX", u"LaTeX", false},
                                       Entry{u"TeX", u"TeX", false},
                                       Entry{u"slash", u"/", false}};
    for (const Entry &e : entries) {
        if (e.name == name) {
            *isLetter = e.letter;
            return e.text;
        }
    }
    return {};
}

struct ScriptPair {
    char16_t from;
    char16_t to;
};

// Unicode has super- and subscript forms for some characters only; a script whose characters
// all have one is written with them, anything else keeps the ^ or _.
constexpr ScriptPair superscripts[] = {
    {u'0', u'⁰'}, {u'1', u'¹'}, {u'2', u'²'}, {u'3', u'³'}, {u'4', u'⁴'}, {u'5', u'⁵'}, {u'6', u'⁶'},
    {u'7', u'⁷'}, {u'8', u'⁸'}, {u'9', u'⁹'}, {u'+', u'⁺'}, {u'-', u'⁻'}, {u'−', u'⁻'}, {u'=', u'⁼'},
    {u'(', u'⁽'}, {u')', u'⁾'}, {u'a', u'ᵃ'}, {u'b', u'ᵇ'}, {u'c', u'ᶜ'}, {u'd', u'ᵈ'}, {u'e', u'ᵉ'},
    {u'f', u'ᶠ'}, {u'g', u'ᵍ'}, {u'h', u'ʰ'}, {u'i', u'ⁱ'}, {u'j', u'ʲ'}, {u'k', u'ᵏ'}, {u'l', u'ˡ'},
    {u'm', u'ᵐ'}, {u'n', u'ⁿ'}, {u'o', u'ᵒ'}, {u'p', u'ᵖ'}, {u'r', u'ʳ'}, {u's', u'ˢ'}, {u't', u'ᵗ'},
    {u'u', u'ᵘ'}, {u'v', u'ᵛ'}, {u'w', u'ʷ'}, {u'x', u'ˣ'}, {u'y', u'ʸ'}, {u'z', u'ᶻ'}, {u'A', u'ᴬ'},
    {u'B', u'ᴮ'}, {u'D', u'ᴰ'}, {u'E', u'ᴱ'}, {u'G', u'ᴳ'}, {u'H', u'ᴴ'}, {u'I', u'ᴵ'}, {u'J', u'ᴶ'},
    {u'K', u'ᴷ'}, {u'L', u'ᴸ'}, {u'M', u'ᴹ'}, {u'N', u'ᴺ'}, {u'O', u'ᴼ'}, {u'P', u'ᴾ'}, {u'R', u'ᴿ'},
    {u'T', u'ᵀ'}, {u'U', u'ᵁ'}, {u'V', u'ⱽ'}, {u'W', u'ᵂ'}, {u'α', u'ᵅ'}, {u'β', u'ᵝ'}, {u'γ', u'ᵞ'},
    {u'δ', u'ᵟ'}, {u'ε', u'ᵋ'}, {u'θ', u'ᶿ'}, {u'ι', u'ᶥ'}, {u'φ', u'ᵠ'}, {u'ϕ', u'ᵠ'}, {u'χ', u'ᵡ'},
    {u'⊤', u'ᵀ'}, {u'⊺', u'ᵀ'}, {u'′', u'′'}, {u'*', u'*'}, {u'∗', u'*'}, {u'†', u'†'}, {u'‡', u'‡'}};

constexpr ScriptPair subscripts[] = {
    {u'0', u'₀'}, {u'1', u'₁'}, {u'2', u'₂'}, {u'3', u'₃'}, {u'4', u'₄'}, {u'5', u'₅'}, {u'6', u'₆'},
    {u'7', u'₇'}, {u'8', u'₈'}, {u'9', u'₉'}, {u'+', u'₊'}, {u'-', u'₋'}, {u'−', u'₋'}, {u'=', u'₌'},
    {u'(', u'₍'}, {u')', u'₎'}, {u'a', u'ₐ'}, {u'e', u'ₑ'}, {u'h', u'ₕ'}, {u'i', u'ᵢ'}, {u'j', u'ⱼ'},
    {u'k', u'ₖ'}, {u'l', u'ₗ'}, {u'm', u'ₘ'}, {u'n', u'ₙ'}, {u'o', u'ₒ'}, {u'p', u'ₚ'}, {u'r', u'ᵣ'},
    {u's', u'ₛ'}, {u't', u'ₜ'}, {u'u', u'ᵤ'}, {u'v', u'ᵥ'}, {u'x', u'ₓ'}, {u'β', u'ᵦ'}, {u'γ', u'ᵧ'},
    {u'ρ', u'ᵨ'}, {u'φ', u'ᵩ'}, {u'ϕ', u'ᵩ'}, {u'χ', u'ᵪ'}};

template<std::size_t N>
bool toScript(QStringView text, const ScriptPair (&table)[N], QString *out)
{
    QString result;
    for (const QChar c : text) {
        if (c.isSpace()) {
            continue;
        }
        const auto it = std::find_if(std::begin(table), std::end(table),
                                     [c](const ScriptPair &p) { return p.from == c.unicode(); });
        if (it == std::end(table)) {
            return false;
        }
        result += QChar(it->to);
    }
    if (result.isEmpty()) {
        return false;
    }
    *out = result;
    return true;
}

void appendCodePoint(QString &out, char32_t cp)
{
    if (QChar::requiresSurrogates(cp)) {
        out += QChar(QChar::highSurrogate(cp));
        out += QChar(QChar::lowSurrogate(cp));
    } else {
        out += QChar(char16_t(cp));
    }
}

// \mathbb, \mathcal and \mathfrak: the Mathematical Alphanumeric Symbols block, whose holes are
// filled by older Letterlike Symbols.
char32_t styledLetter(QStringView style, char16_t c)
{
    const bool upper = c >= u'A' && c <= u'Z';
    const bool lower = c >= u'a' && c <= u'z';
    const bool digit = c >= u'0' && c <= u'9';
    if (style == u"mathbb") {
        static const QHash<char16_t, char32_t> holes = {
            {u'C', U'ℂ'}, {u'H', U'ℍ'}, {u'N', U'ℕ'}, {u'P', U'ℙ'}, {u'Q', U'ℚ'}, {u'R', U'ℝ'}, {u'Z', U'ℤ'}};
        if (holes.contains(c)) {
            return holes.value(c);
        }
        if (upper) {
            return U'\U0001D538' + char32_t(c - u'A');
        }
        if (lower) {
            return U'\U0001D552' + char32_t(c - u'a');
        }
        if (digit) {
            return U'\U0001D7D8' + char32_t(c - u'0');
        }
        return 0;
    }
    if (style == u"mathcal" || style == u"mathscr") {
        static const QHash<char16_t, char32_t> holes = {
            {u'B', U'ℬ'}, {u'E', U'ℰ'}, {u'F', U'ℱ'}, {u'H', U'ℋ'}, {u'I', U'ℐ'}, {u'L', U'ℒ'},
            {u'M', U'ℳ'}, {u'R', U'ℛ'}, {u'e', U'ℯ'}, {u'g', U'ℊ'}, {u'o', U'ℴ'}};
        if (holes.contains(c)) {
            return holes.value(c);
        }
        if (upper) {
            return U'\U0001D49C' + char32_t(c - u'A');
        }
        if (lower) {
            return U'\U0001D4B6' + char32_t(c - u'a');
        }
        return 0;
    }
    if (style == u"mathfrak") {
        static const QHash<char16_t, char32_t> holes = {
            {u'C', U'ℭ'}, {u'H', U'ℌ'}, {u'I', U'ℑ'}, {u'R', U'ℜ'}, {u'Z', U'ℨ'}};
        if (holes.contains(c)) {
            return holes.value(c);
        }
        if (upper) {
            return U'\U0001D504' + char32_t(c - u'A');
        }
        if (lower) {
            return U'\U0001D51E' + char32_t(c - u'a');
        }
        return 0;
    }
    return 0;
}

bool isStyledAlphabet(QStringView name)
{
    return name == u"mathbb" || name == u"mathcal" || name == u"mathscr" || name == u"mathfrak";
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

// The number of characters a reader sees: code points that are not combining marks.
qsizetype visibleLength(QStringView text)
{
    qsizetype n = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isLowSurrogate() || c.isMark()) {
            continue;
        }
        ++n;
    }
    return n;
}

// `base` (one visible character) with the combining `mark`, composed where Unicode can.
QString withAccent(QString base, char16_t mark)
{
    if (base == u"ı") {
        base = u"i"_s;
    } else if (base == u"ȷ") {
        base = u"j"_s;
    }
    return QString(base + QChar(mark)).normalized(QString::NormalizationForm_C);
}

// Fractions and roots put parentheses around anything longer than one plain term.
bool needsParentheses(QStringView text)
{
    if (visibleLength(text) <= 1) {
        return false;
    }
    static const QStringView operators = u" +-−±∓·×/÷=<>≤≥≈∼,:;|∣";
    for (const QChar c : text) {
        if (operators.contains(c)) {
            return true;
        }
    }
    return false;
}

// The converted form of a command's argument, and enough to write it back when it is unusable.
struct Argument {
    QString text;
    bool present = false;
    bool braced = false;
    bool closed = true;

    QString asWritten() const
    {
        if (!braced) {
            return text;
        }
        return u'{' + text + (closed ? u"}"_s : QString());
    }
};

class Converter
{
public:
    explicit Converter(QStringView source)
        : m_s(source)
    {}

    QString run() { return sequence(Mode::Text, m_s.size(), 0, nullptr); }

private:
    enum Closer { Dollar, DoubleDollar, Paren, Bracket, CloserCount };

    QChar at(qsizetype i) const { return m_s.at(i); }

    // The first `c` in [from, min(end, from + limit)), or -1. What was already scanned without
    // finding `c` is remembered, so a run of unterminated \url{ costs one scan, not one each.
    qsizetype find(QChar c, qsizetype from, qsizetype end, qsizetype limit)
    {
        Failure &scanned = m_scannedWithout[c == u'}' ? 0 : 1];
        const qsizetype stop = std::min(end, from + limit);
        qsizetype i = from;
        if (scanned.from >= 0 && scanned.from <= from && from < scanned.end) {
            i = std::min(scanned.end, stop);
        }
        for (; i < stop; ++i) {
            if (at(i) == c) {
                return i;
            }
        }
        scanned = {from, stop};
        return -1;
    }

    // After a command we do not know, its brace arguments are kept with their braces so the raw
    // TeX stays readable ("\binom{n}{k}", not "\binomnk").
    void keepBracedArguments(QString &out, Mode mode, qsizetype end, int depth)
    {
        while (m_pos < end && at(m_pos) == u'{' && depth < MaxDepth) {
            ++m_pos;
            bool closed = false;
            const QString inner = sequence(mode, end, depth + 1, &closed);
            out += u'{' + inner + (closed ? u"}"_s : QString());
        }
    }

    // Converts until `end`, or until the '}' that closes the current group when `closed` is given.
    QString sequence(Mode mode, qsizetype end, int depth, bool *closed)
    {
        QString out;
        while (m_pos < end) {
            const QChar c = at(m_pos);
            if (c == u'}') {
                ++m_pos;
                if (closed) {
                    *closed = true;
                    return out;
                }
                out += c; // a stray closing brace is shown as it is
            } else if (c == u'{') {
                group(out, mode, end, depth);
            } else if (c == u'\\') {
                command(out, mode, end, depth);
            } else if (mode == Mode::Text) {
                textCharacter(out, end, depth);
            } else {
                mathCharacter(out, end, depth);
            }
        }
        if (closed) {
            *closed = false;
        }
        return out;
    }

    void group(QString &out, Mode mode, qsizetype end, int depth)
    {
        if (depth >= MaxDepth) {
            out += u'{';
            ++m_pos;
            return;
        }
        const bool startsWithCommand = m_pos + 1 < end && at(m_pos + 1) == u'\\';
        ++m_pos;
        bool closed = false;
        const QString inner = sequence(mode, end, depth + 1, &closed);
        if (!closed) {
            out += u'{' + inner;
        } else if (mode == Mode::Math || startsWithCommand || inner.isEmpty()) {
            // TeX never prints grouping braces; in prose, though, braces around plain words are
            // more likely meant literally (arXiv shows them), so only {\ae}-style groups go.
            out += inner;
        } else {
            out += u'{' + inner + u'}';
        }
    }

    Argument argument(Mode mode, qsizetype end, int depth)
    {
        Argument arg;
        while (m_pos < end && at(m_pos).isSpace()) {
            ++m_pos;
        }
        if (m_pos >= end || depth >= MaxDepth) {
            return arg;
        }
        const QChar c = at(m_pos);
        if (c == u'}') {
            return arg;
        }
        arg.present = true;
        if (c == u'{') {
            ++m_pos;
            arg.braced = true;
            arg.text = sequence(mode, end, depth + 1, &arg.closed);
        } else if (c == u'\\') {
            command(arg.text, mode, end, depth + 1);
        } else {
            arg.text = takeCodePoint(end);
        }
        return arg;
    }

    QString takeCodePoint(qsizetype end)
    {
        const qsizetype length = (at(m_pos).isHighSurrogate() && m_pos + 1 < end) ? 2 : 1;
        const QString text = m_s.sliced(m_pos, length).toString();
        m_pos += length;
        return text;
    }

    void skipSpaces(qsizetype end)
    {
        while (m_pos < end && at(m_pos).isSpace()) {
            ++m_pos;
        }
    }

    // ---- text mode ----

    void textCharacter(QString &out, qsizetype end, int depth)
    {
        const QChar c = at(m_pos);
        if (c == u'$') {
            dollarMath(out, end, depth);
        } else if (c == u'-') {
            qsizetype run = 0;
            while (m_pos + run < end && run < 3 && at(m_pos + run) == u'-') {
                ++run;
            }
            out += run == 3 ? u"—"_s : run == 2 ? u"–"_s : u"-"_s;
            m_pos += run;
        } else if (c == u'~') {
            // "layer~14" is a TeX tie; "~10x faster" and "(~5%)" mean "about", as arXiv shows them.
            const bool tie = !out.isEmpty() && (out.back().isLetterOrNumber() || out.back() == u'.');
            out += tie ? QChar(0x00A0) : c;
            ++m_pos;
        } else if ((c == u'`' || c == u'\'') && m_pos + 1 < end && at(m_pos + 1) == c) {
            out += c == u'`' ? u'“' : u'”';
            m_pos += 2;
        } else if (c == u'h' &&
                   (m_s.sliced(m_pos).startsWith(u"http://") || m_s.sliced(m_pos).startsWith(u"https://"))) {
            url(out, end);
        } else {
            out += c;
            ++m_pos;
        }
    }

    // A URL in prose is copied as it is (no dashes or ties inside), only unescaping \_ and co.
    void url(QString &out, qsizetype end)
    {
        while (m_pos < end) {
            const QChar c = at(m_pos);
            if (c.isSpace() || c == u'{' || c == u'}') {
                return;
            }
            if (c == u'\\' && m_pos + 1 < end && QStringView(u"_%#&~").contains(at(m_pos + 1))) {
                ++m_pos;
                continue;
            }
            out += c;
            ++m_pos;
        }
    }

    void dollarMath(QString &out, qsizetype end, int depth)
    {
        const bool display = m_pos + 1 < end && at(m_pos + 1) == u'$';
        const qsizetype open = display ? 2 : 1;
        const qsizetype start = m_pos + open;
        const qsizetype close = findCloser(display ? DoubleDollar : Dollar, start, end);
        bool valid = close > start && !m_s.sliced(start, close - start).trimmed().isEmpty();
        // "$5 and $10" holds prices, not math: the span starts with a digit or ends with a space,
        // and the closing dollar is followed by a digit. ("90$\sim$98.5" is math.)
        if (valid && !display && close + 1 < end && at(close + 1).isDigit() &&
            (at(start).isDigit() || at(close - 1).isSpace())) {
            valid = false;
        }
        if (!valid || depth >= MaxDepth) {
            out += display ? u"$$"_s : u"$"_s;
            m_pos = start;
            return;
        }
        math(out, start, close, open, depth);
    }

    void math(QString &out, qsizetype start, qsizetype close, qsizetype closerLength, int depth)
    {
        m_pos = start;
        const QString inner = sequence(Mode::Math, close, depth + 1, nullptr);
        out += inner.trimmed();
        m_pos = close + closerLength;
    }

    // The position of the closer that ends math opened before `start`, or -1. Escaped
    // characters are skipped. A failed search is remembered so that a run of openers without
    // closers costs one scan, not one per opener.
    qsizetype findCloser(Closer kind, qsizetype start, qsizetype end)
    {
        Failure &failed = m_failed[kind];
        if (failed.from >= 0 && start >= failed.from && end <= failed.end) {
            return -1;
        }
        for (qsizetype i = start; i < end; ++i) {
            const QChar c = at(i);
            if (c == u'\\') {
                if (i + 1 < end) {
                    const QChar next = at(i + 1);
                    if ((kind == Paren && next == u')') || (kind == Bracket && next == u']')) {
                        return i;
                    }
                }
                ++i;
            } else if (c == u'$') {
                if (kind == Dollar) {
                    return i;
                }
                if (kind == DoubleDollar && i + 1 < end && at(i + 1) == u'$') {
                    return i;
                }
            }
        }
        failed = {start, end};
        return -1;
    }

    void textCommand(QString &out, QStringView name, qsizetype end, int depth)
    {
        bool letter = false;
        if (const QStringView symbol = textSymbol(name, &letter); !symbol.isEmpty()) {
            out += symbol;
            // "Stra\ss e": a control word eats the space after it, which matters inside words.
            if (letter && m_pos + 1 < end && at(m_pos) == u' ' && at(m_pos + 1).isLetter()) {
                ++m_pos;
            }
            return;
        }
        if (const char16_t mark = textAccent(name)) {
            accent(out, u'\\' + name.toString(), mark, Mode::Text, end, depth);
            return;
        }
        if (isFontSwitch(name)) {
            skipSpaces(end);
            return;
        }
        if (isTextArgumentCommand(name)) {
            passArgument(out, name, Mode::Text, end, depth);
            return;
        }
        if (name == u"ensuremath") {
            passArgument(out, name, Mode::Math, end, depth);
            return;
        }
        if (name == u"url") {
            verbatimArgument(out, name, end);
            return;
        }
        if (name == u"href") {
            href(out, end, depth);
            return;
        }
        out += u'\\' + name;
        keepBracedArguments(out, Mode::Text, end, depth);
    }

    void controlSymbol(QString &out, QChar c, Mode mode, qsizetype end, int depth)
    {
        if (QStringView(u"{}%&_#$").contains(c)) {
            out += c;
            return;
        }
        if (mode == Mode::Text) {
            if (const char16_t mark = textAccent(QStringView(&c, 1))) {
                accent(out, u'\\' + QString(c), mark, Mode::Text, end, depth);
            } else if (c == u'(' || c == u'[') {
                const qsizetype close = findCloser(c == u'(' ? Paren : Bracket, m_pos, end);
                if (close < 0 || depth >= MaxDepth) {
                    out += u'\\' + QString(c);
                } else {
                    math(out, m_pos, close, 2, depth);
                }
            } else if (c == u' ' || c == u',' || c == u'\\') {
                out += u' ';
            } else if (c != u'-' && c != u'/' && c != u'@') { // hyphenation hints show nothing
                out += u'\\' + QString(c);
            }
            return;
        }
        if (c == u',') {
            out += QChar(0x2009); // thin space
        } else if (c == u' ' || c == u';' || c == u':' || c == u'>' || c == u'\\') {
            appendSpace(out);
        } else if (c == u'|') {
            out += u'‖';
        } else if (c != u'!') {
            out += u'\\' + QString(c);
        }
    }

    // The argument of \emph, \textbf, \mathrm … shown as it is.
    void passArgument(QString &out, QStringView name, Mode mode, qsizetype end, int depth)
    {
        if (name == u"operatorname" && m_pos < end && at(m_pos) == u'*') {
            ++m_pos;
        }
        const Argument arg = argument(mode, end, depth + 1);
        if (!arg.present || !arg.closed) {
            out += u'\\' + name + arg.asWritten();
            return;
        }
        out += arg.text;
    }

    void verbatimArgument(QString &out, QStringView name, qsizetype end)
    {
        skipSpaces(end);
        const qsizetype close = m_pos < end && at(m_pos) == u'{' ? find(u'}', m_pos, end, MaxVerbatim) : -1;
        if (close < 0) {
            out += u'\\' + name;
            return;
        }
        out += m_s.sliced(m_pos + 1, close - m_pos - 1);
        m_pos = close + 1;
    }

    void href(QString &out, qsizetype end, int depth)
    {
        QString target;
        verbatimArgument(target, u"href", end);
        if (target == u"\\href") {
            out += target;
            return;
        }
        const Argument label = argument(Mode::Text, end, depth + 1);
        if (!label.present || !label.closed) {
            out += u"\\href{"_s + target + u'}' + label.asWritten();
            return;
        }
        out += label.text + u" ("_s + target + u')';
    }

    void accent(QString &out, const QString &written, char16_t mark, Mode mode, qsizetype end, int depth)
    {
        const Argument arg = argument(mode, end, depth + 1);
        if (arg.present && arg.closed && visibleLength(arg.text) == 1) {
            out += withAccent(arg.text, mark);
        } else {
            out += written + arg.asWritten();
        }
    }

    // ---- math mode ----

    void appendSpace(QString &out)
    {
        if (!out.isEmpty() && !out.endsWith(u' ')) {
            out += u' ';
        }
    }

    void mathCharacter(QString &out, qsizetype end, int depth)
    {
        const QChar c = at(m_pos);
        if (c.isSpace() || c == u'~') {
            appendSpace(out);
            ++m_pos;
        } else if (c == u'^' || c == u'_') {
            ++m_pos;
            script(out, c == u'^', end, depth);
        } else if (c == u'\'') {
            out += u'′';
            ++m_pos;
        } else {
            out += takeCodePoint(end);
        }
    }

    void script(QString &out, bool super, qsizetype end, int depth)
    {
        const QChar sign = super ? u'^' : u'_';
        const Argument arg = argument(Mode::Math, end, depth + 1);
        if (!arg.present) {
            out += sign;
            return;
        }
        if (!arg.closed) {
            out += sign + arg.asWritten();
            return;
        }
        const QString text = arg.text.trimmed();
        QString mapped;
        if (text.isEmpty()) {
            return; // x^{} shows as x
        }
        if (super ? toScript(text, superscripts, &mapped) : toScript(text, subscripts, &mapped)) {
            out += mapped;
        } else if (visibleLength(text) > 1) {
            out += sign + u'(' + text + u')';
        } else {
            out += sign + text;
        }
    }

    void mathCommand(QString &out, QStringView name, qsizetype end, int depth)
    {
        const auto &symbols = mathSymbols();
        if (const auto it = symbols.constFind(name.toString()); it != symbols.cend()) {
            mathSymbol(out, *it, end);
            return;
        }
        if (isDelimiterSize(name)) {
            skipSpaces(end);
            if (m_pos < end && at(m_pos) == u'.') {
                ++m_pos; // \left. is an invisible delimiter
            }
            return;
        }
        if (isFontSwitch(name)) {
            skipSpaces(end);
            return;
        }
        if (isStyledAlphabet(name)) {
            styled(out, name, end, depth);
        } else if (isMathArgumentCommand(name)) {
            passArgument(out, name, Mode::Math, end, depth);
        } else if (isTextArgumentCommand(name)) {
            passArgument(out, name, Mode::Text, end, depth);
        } else if (name == u"frac" || name == u"dfrac" || name == u"tfrac" || name == u"cfrac") {
            fraction(out, name, end, depth);
        } else if (name == u"sqrt") {
            root(out, end, depth);
        } else if (const char16_t mark = mathAccent(name)) {
            mathAccentCommand(out, name, mark, end, depth);
        } else if (name == u"not") {
            negation(out, end, depth);
        } else if (name == u"quad" || name == u"qquad") {
            appendSpace(out);
        } else {
            out += u'\\' + name;
            keepBracedArguments(out, Mode::Math, end, depth);
        }
    }

    void mathSymbol(QString &out, const Symbol &symbol, qsizetype end)
    {
        switch (symbol.kind) {
        case Kind::Op:
            // "2\times 2" reads better as "2 × 2"; "6.6\times" stays tight.
            if (m_pos < end && at(m_pos).isSpace()) {
                appendSpace(out);
            }
            out += symbol.text;
            break;
        case Kind::Open:
            out += symbol.text;
            skipSpaces(end);
            break;
        case Kind::Close:
            while (out.endsWith(u' ')) {
                out.chop(1);
            }
            out += symbol.text;
            break;
        case Kind::Func:
            if (!out.isEmpty() && out.back().isLetterOrNumber()) {
                out += u' ';
            }
            out += symbol.text;
            break;
        case Kind::Ord:
            out += symbol.text;
            // TeX drops the space that ends a control word: "\Delta W" is ΔW.
            if (m_pos + 1 < end && at(m_pos) == u' ' && at(m_pos + 1).isLetterOrNumber()) {
                ++m_pos;
            }
            break;
        }
    }

    void styled(QString &out, QStringView name, qsizetype end, int depth)
    {
        const Argument arg = argument(Mode::Math, end, depth + 1);
        if (!arg.present || !arg.closed) {
            out += u'\\' + name + arg.asWritten();
            return;
        }
        for (const QChar c : arg.text) {
            if (const char32_t cp = styledLetter(name, c.unicode())) {
                appendCodePoint(out, cp);
            } else {
                out += c;
            }
        }
    }

    void fraction(QString &out, QStringView name, qsizetype end, int depth)
    {
        const Argument numerator = argument(Mode::Math, end, depth + 1);
        const Argument denominator =
            numerator.present && numerator.closed ? argument(Mode::Math, end, depth + 1) : Argument{};
        if (!denominator.present || !denominator.closed) {
            out += u'\\' + name + numerator.asWritten() + denominator.asWritten();
            return;
        }
        const auto term = [](const QString &t) {
            const QString s = t.trimmed();
            return needsParentheses(s) ? u'(' + s + u')' : s;
        };
        out += term(numerator.text) + u'/' + term(denominator.text);
    }

    void root(QString &out, qsizetype end, int depth)
    {
        skipSpaces(end);
        QString index;
        if (m_pos < end && at(m_pos) == u'[') {
            const qsizetype close = find(u']', m_pos, end, 16);
            if (close < 0) {
                out += u"\\sqrt"_s;
                return;
            }
            index = m_s.sliced(m_pos + 1, close - m_pos - 1).trimmed().toString();
            m_pos = close + 1;
        }
        const Argument radicand = argument(Mode::Math, end, depth + 1);
        QString sign = u"√"_s;
        QString superIndex;
        if (index == u"3") {
            sign = u"∛"_s;
        } else if (index == u"4") {
            sign = u"∜"_s;
        } else if (!index.isEmpty() && toScript(index, superscripts, &superIndex)) {
            sign = superIndex + sign;
        } else if (!index.isEmpty()) {
            out += u"\\sqrt["_s + index + u']' + radicand.asWritten();
            return;
        }
        if (!radicand.present || !radicand.closed) {
            out += u"\\sqrt"_s + radicand.asWritten();
            return;
        }
        const QString text = radicand.text.trimmed();
        out += sign + (needsParentheses(text) ? u'(' + text + u')' : text);
    }

    void mathAccentCommand(QString &out, QStringView name, char16_t mark, qsizetype end, int depth)
    {
        const Argument arg = argument(Mode::Math, end, depth + 1);
        const QString text = arg.text.trimmed();
        if (arg.present && arg.closed && visibleLength(text) == 1) {
            out += withAccent(text, mark);
        } else if (arg.present && arg.closed && !text.isEmpty() && (name == u"overline" || name == u"bar")) {
            QString marked;
            for (const QChar c : text) {
                marked += c;
                if (!c.isHighSurrogate() && !c.isSpace()) {
                    marked += QChar(mark);
                }
            }
            out += marked;
        } else {
            out += u'\\' + name + arg.asWritten();
        }
    }

    void negation(QString &out, qsizetype end, int depth)
    {
        static const QHash<QString, QString> negated = {
            {u"="_s, u"≠"_s}, {u"∈"_s, u"∉"_s}, {u"⊂"_s, u"⊄"_s}, {u"⊆"_s, u"⊈"_s}, {u"≡"_s, u"≢"_s},
            {u"∼"_s, u"≁"_s}, {u"<"_s, u"≮"_s}, {u">"_s, u"≯"_s}, {u"≤"_s, u"≰"_s}, {u"≥"_s, u"≱"_s}};
        const Argument arg = argument(Mode::Math, end, depth + 1);
        const QString text = arg.text.trimmed();
        if (!arg.present || !arg.closed || visibleLength(text) != 1) {
            out += u"\\not"_s + arg.asWritten();
            return;
        }
        out += negated.value(text, text + QChar(0x0338));
    }

    void command(QString &out, Mode mode, qsizetype end, int depth)
    {
        ++m_pos; // the backslash
        if (m_pos >= end) {
            out += u'\\';
            return;
        }
        const QChar c = at(m_pos);
        if (!isAsciiLetter(c)) {
            ++m_pos;
            controlSymbol(out, c, mode, end, depth);
            return;
        }
        const qsizetype nameStart = m_pos;
        while (m_pos < end && isAsciiLetter(at(m_pos))) {
            ++m_pos;
        }
        const QStringView name = m_s.sliced(nameStart, m_pos - nameStart);
        if (mode == Mode::Text) {
            textCommand(out, name, end, depth);
        } else {
            mathCommand(out, name, end, depth);
        }
    }

    struct Failure {
        qsizetype from = -1;
        qsizetype end = -1;
    };

    QStringView m_s;
    qsizetype m_pos = 0;
    std::array<Failure, CloserCount> m_failed{};
    std::array<Failure, 2> m_scannedWithout{}; // for '}' and ']'
};

} // namespace

QString TexToUnicode::convert(const QString &text)
{
    return Converter(text).run();
}

} // namespace pd::core
