#include "texfold.h"

#include <algorithm>
#include <array>
#include <string_view>

using namespace Qt::StringLiterals;

namespace pd::rank {

namespace {

struct Named {
    std::u16string_view name;
    std::u16string_view text;
};

// Accent commands and the combining mark each puts on its argument.
char16_t accentMark(QStringView command)
{
    static constexpr std::array<std::pair<std::u16string_view, char16_t>, 17> marks{{
        {u"\"", 0x0308},
        {u"'", 0x0301},
        {u"`", 0x0300},
        {u"^", 0x0302},
        {u"~", 0x0303},
        {u"=", 0x0304},
        {u".", 0x0307},
        {u"u", 0x0306},
        {u"v", 0x030C},
        {u"H", 0x030B},
        {u"c", 0x0327},
        {u"k", 0x0328},
        {u"r", 0x030A},
        {u"d", 0x0323},
        {u"b", 0x0331},
        {u"t", 0x0361},
        {u"G", 0x030F},
    }};
    const std::u16string_view key(command.utf16(), size_t(command.size()));
    for (const auto &[name, mark] : marks) {
        if (name == key) {
            return mark;
        }
    }
    return 0;
}

// Letter commands (text mode) and the letters they stand for.
std::u16string_view letterCommand(QStringView command)
{
    static constexpr std::array<Named, 16> letters{{
        {u"o", u"ø"},
        {u"O", u"Ø"},
        {u"l", u"ł"},
        {u"L", u"Ł"},
        {u"i", u"ı"},
        {u"j", u"ȷ"},
        {u"ss", u"ß"},
        {u"ae", u"æ"},
        {u"AE", u"Æ"},
        {u"oe", u"œ"},
        {u"OE", u"Œ"},
        {u"aa", u"å"},
        {u"AA", u"Å"},
        {u"dh", u"ð"},
        {u"DH", u"Ð"},
        {u"th", u"þ"},
    }};
    const std::u16string_view key(command.utf16(), size_t(command.size()));
    const auto it =
        std::find_if(letters.begin(), letters.end(), [&](const Named &n) { return n.name == key; });
    return it == letters.end() ? std::u16string_view() : it->text;
}

// Math commands that read as words in an abstract ("$\alpha$-divergence").
bool isWordCommand(QStringView command)
{
    static constexpr std::array<std::u16string_view, 40> words{
        u"alpha", u"beta",     u"gamma", u"delta", u"epsilon", u"varepsilon", u"zeta",   u"eta",
        u"theta", u"vartheta", u"iota",  u"kappa", u"lambda",  u"mu",         u"nu",     u"xi",
        u"pi",    u"rho",      u"sigma", u"tau",   u"upsilon", u"phi",        u"varphi", u"chi",
        u"psi",   u"omega",    u"Gamma", u"Delta", u"Theta",   u"Lambda",     u"Xi",     u"Pi",
        u"Sigma", u"Upsilon",  u"Phi",   u"Psi",   u"Omega",   u"ell",        u"infty",  u"nabla",
    };
    const std::u16string_view key(command.utf16(), size_t(command.size()));
    return std::find(words.begin(), words.end(), key) != words.end();
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

// The command starting at text[at] == '\\': its name (letters, or one other character).
QStringView commandName(QStringView text, qsizetype at)
{
    qsizetype end = at + 1;
    if (end >= text.size()) {
        return {};
    }
    if (!isAsciiLetter(text[end])) {
        return text.mid(end, 1);
    }
    while (end < text.size() && isAsciiLetter(text[end])) {
        ++end;
    }
    return text.mid(at + 1, end - at - 1);
}

qsizetype skipSpaces(QStringView text, qsizetype at)
{
    while (at < text.size() && text[at].isSpace()) {
        ++at;
    }
    return at;
}

class Folder
{
public:
    explicit Folder(QStringView text)
        : m_text(text)
    {
        m_out.reserve(text.size());
    }

    QString run()
    {
        while (m_at < m_text.size()) {
            const QChar c = m_text[m_at];
            if (c == u'\\') {
                command();
            } else {
                if (c != u'{' && c != u'}') {
                    m_out.append(c == u'$' || c == u'~' ? QChar(u' ') : c);
                }
                ++m_at;
            }
        }
        return m_out;
    }

private:
    void command()
    {
        const QStringView name = commandName(m_text, m_at);
        m_at += 1 + name.size();
        if (name.isEmpty()) {
            return;
        }
        const bool word = isAsciiLetter(name[0]);
        if (const char16_t mark = accentMark(name)) {
            accent(mark, word);
        } else if (const std::u16string_view letter = letterCommand(name); !letter.empty()) {
            m_out.append(QStringView(letter.data(), qsizetype(letter.size())));
            m_at = skipSpaces(m_text, m_at); // TeX swallows the space after a control word
        } else if (isWordCommand(name)) {
            m_out.append(QChar(u' '));
            m_out.append(name);
            m_out.append(QChar(u' '));
        } else if (!word) {
            // \& \% \_ \{ \$ keep their character; \, \; \\ and friends are spaces.
            const QChar c = name[0];
            m_out.append((c.isPunct() || c.isSymbol()) && c != u'\\' ? c : QChar(u' '));
        }
        // Any other control word (\emph, \textbf, \mathcal …) is dropped; its argument stays.
    }

    // The argument of an accent: one character, a braced group, or a letter command.
    void accent(char16_t mark, bool word)
    {
        qsizetype at = word ? skipSpaces(m_text, m_at) : m_at;
        const bool braced = at < m_text.size() && m_text[at] == u'{';
        if (braced) {
            at = skipSpaces(m_text, at + 1);
        }
        if (at >= m_text.size()) {
            m_at = at;
            return;
        }
        if (m_text[at] == u'\\') {
            const QStringView inner = commandName(m_text, at);
            const std::u16string_view letter = letterCommand(inner);
            m_out.append(QStringView(letter.data(), qsizetype(letter.size())));
            at += 1 + inner.size();
        } else if (m_text[at] != u'}') {
            m_out.append(m_text[at]);
            ++at;
        }
        m_out.append(QChar(mark));
        if (braced && at < m_text.size() && m_text[at] == u'}') {
            ++at;
        }
        m_at = at;
    }

    QStringView m_text;
    qsizetype m_at = 0;
    QString m_out;
};

} // namespace

QString foldTex(QStringView text)
{
    const bool plain = std::none_of(text.begin(), text.end(), [](QChar c) {
        return c == u'\\' || c == u'{' || c == u'}' || c == u'$' || c == u'~';
    });
    return plain ? text.toString() : Folder(text).run();
}

} // namespace pd::rank
