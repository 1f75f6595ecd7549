#include "core/texunicode.h"
#include "digest/markdownrenderer.h"

#include <QTest>

using namespace Qt::StringLiterals;
using pd::digest::MarkdownRenderer;

class TestMarkdownRenderer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rendersMarkdown_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("html");

        QTest::newRow("paragraph") << u"Hello"_s << u"<p>Hello</p>\n"_s;
        QTest::newRow("strong") << u"**bold** and *em*"_s
                                << u"<p><strong>bold</strong> and <em>em</em></p>\n"_s;
        QTest::newRow("heading link")
            << u"## [Title](<https://arxiv.org/abs/2604.17177>)"_s
            << u"<h2><a href=\"https://arxiv.org/abs/2604.17177\">Title</a></h2>\n"_s;
        QTest::newRow("unicode") << u"Schölkopf ≤ 𝒪(n²)"_s << u"<p>Schölkopf ≤ 𝒪(n²)</p>\n"_s;
        // Smart punctuation stays off: quotes and dashes are the author's.
        QTest::newRow("no smart punctuation")
            << u"\"quoted\" -- 'single' ---"_s << u"<p>&quot;quoted&quot; -- 'single' ---</p>\n"_s;
        QTest::newRow("empty") << QString() << QString();
    }

    void rendersMarkdown()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, html);
        QCOMPARE(MarkdownRenderer::toHtml(markdown), html);
    }

    // cmark 0.30 is safe by default: raw HTML becomes a comment, dangerous link targets become
    // empty. These are the attacks an abstract or a model's comment could carry.
    void safeMode_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("forbidden");

        QTest::newRow("script block") << u"<script>alert(1)</script>"_s << u"<script"_s;
        QTest::newRow("script inline") << u"text <script>alert(1)</script> more"_s << u"<script"_s;
        QTest::newRow("img onerror") << u"a <img src=x onerror=alert(1)> b"_s << u"<img"_s;
        QTest::newRow("raw anchor") << u"<a href=\"javascript:alert(1)\">x</a>"_s << u"javascript:"_s;
        QTest::newRow("iframe") << u"<iframe src=\"https://evil\"></iframe>"_s << u"<iframe"_s;
        QTest::newRow("style") << u"<style>body{display:none}</style>"_s << u"<style"_s;
        QTest::newRow("javascript link") << u"[click](javascript:alert(1))"_s << u"javascript:"_s;
        QTest::newRow("javascript mixed case") << u"[click](JaVaScRiPt:alert(1))"_s << u"alert"_s;
        QTest::newRow("javascript autolink") << u"<javascript:alert(1)>"_s << u"href=\"javascript"_s;
        QTest::newRow("vbscript link") << u"[x](vbscript:msgbox(1))"_s << u"vbscript:"_s;
        QTest::newRow("file link") << u"[x](file:///etc/passwd)"_s << u"file:"_s;
        QTest::newRow("data html link") << u"[x](data:text/html;base64,PHNjcmlwdD4=)"_s << u"data:"_s;
        QTest::newRow("javascript image") << u"![x](javascript:alert(1))"_s << u"javascript:"_s;
        QTest::newRow("reference link") << u"[x][r]\n\n[r]: javascript:alert(1)"_s << u"javascript:"_s;
        QTest::newRow("html comment") << u"<!-- <script>x</script> -->"_s << u"<script"_s;
    }

    void safeMode()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, forbidden);
        const QString html = MarkdownRenderer::toHtml(markdown);
        QVERIFY2(!html.contains(forbidden, Qt::CaseInsensitive), qPrintable(html));
    }

    void abstractParagraphsStayParagraphsAndPlainText()
    {
        const QString abstract =
            u"We bound $\\alpha$ first.\n\n- Not a list.\n\n2. Not a list either, # nor a heading"_s;
        const QString html = MarkdownRenderer::toHtml(
            MarkdownRenderer::escapeParagraphs(pd::core::TexToUnicode::convert(abstract)));
        QCOMPARE(html.count(u"<p>"_s), 3);
        QVERIFY2(html.contains(u"<p>We bound α first.</p>"_s), qPrintable(html));
        QVERIFY2(!html.contains(u"<li>"_s) && !html.contains(u"<ol"_s) && !html.contains(u"<h1"_s),
                 qPrintable(html));
        // A single paragraph is what escapeInline gives.
        QCOMPARE(MarkdownRenderer::escapeParagraphs(u"One   line"_s),
                 MarkdownRenderer::escapeInline(u"One   line"_s));
    }

    void safeModeKeepsHarmlessLinks()
    {
        QCOMPARE(MarkdownRenderer::toHtml(u"[x](javascript:alert(1))"_s), u"<p><a href=\"\">x</a></p>\n"_s);
        QCOMPARE(MarkdownRenderer::toHtml(u"<b>raw</b>"_s),
                 u"<p><!-- raw HTML omitted -->raw<!-- raw HTML omitted --></p>\n"_s);
        QCOMPARE(MarkdownRenderer::toHtml(u"[x](https://example.org/a?b=1&c=2)"_s),
                 u"<p><a href=\"https://example.org/a?b=1&amp;c=2\">x</a></p>\n"_s);
    }

    // Text a QString cannot encode as UTF-8 (a lone surrogate) and NUL do not break the renderer.
    void oddCharacters()
    {
        const QString lone = u"a"_s + QChar(0xD800) + u"b"_s;
        const QString html = MarkdownRenderer::toHtml(lone);
        QVERIFY(html.startsWith(u"<p>a"_s));
        QVERIFY(html.endsWith(u"b</p>\n"_s));
        const QString withNul = u"a"_s + QChar(0) + u"b"_s;
        QCOMPARE(MarkdownRenderer::toHtml(withNul), u"<p>a\uFFFDb</p>\n"_s);
    }

    void escapeInlineExact_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("escaped");
        QTest::newRow("plain") << u"plain words"_s << u"plain words"_s;
        QTest::newRow("emphasis") << u"a*b_c"_s << u"a\\*b\\_c"_s;
        QTest::newRow("link") << u"[x](y)"_s << u"\\[x\\](y)"_s; // no link without brackets
        QTest::newRow("html") << u"<b>&"_s << u"\\<b\\>\\&"_s;
        QTest::newRow("ordered list") << u"12. item"_s << u"12\\. item"_s;
        QTest::newRow("dot later") << u"version 1.5"_s << u"version 1.5"_s;
        QTest::newRow("heading") << u"# h"_s << u"\\# h"_s;
        QTest::newRow("setext") << u"=== x"_s << u"\\=== x"_s;
        QTest::newRow("lines") << u"a\n  b\r\nc\t d"_s << u"a b c d"_s;
        QTest::newRow("backslash") << u"C:\\dir"_s << u"C:\\\\dir"_s;
        QTest::newRow("all meta") << u"\\`*_{}[]<>()#+-!|&~$"_s
                                  << u"\\\\\\`\\*\\_{}\\[\\]\\<\\>()\\#+-!\\|\\&\\~\\$"_s;
        QTest::newRow("list marker") << u"- item"_s << u"\\- item"_s;
        QTest::newRow("control") << u"a\u0007b"_s << u"ab"_s;
    }

    void escapeInlineExact()
    {
        QFETCH(QString, text);
        QFETCH(QString, escaped);
        QCOMPARE(MarkdownRenderer::escapeInline(text), escaped);
    }

    // Whatever untrusted text holds, once escaped it renders as exactly that text.
    void escapedTextRendersLiterally_data()
    {
        QTest::addColumn<QString>("text");
        const QStringList samples = {
            u"*emph* and _emph_ and **strong** and __strong__"_s,
            u"`code` and ``double``"_s,
            u"[link](https://example.org) and [ref][r] and [r]"_s,
            u"![img](https://example.org/x.png)"_s,
            u"[click](javascript:alert(1))"_s,
            u"<script>alert(1)</script>"_s,
            u"<img src=x onerror=alert(1)>"_s,
            u"<a href=\"javascript:alert(1)\">x</a>"_s,
            u"<https://autolink.example> and <mail@example.org>"_s,
            u"# heading"_s,
            u"###### deep heading"_s,
            u"- item"_s,
            u"+ item"_s,
            u"* item"_s,
            u"1. item"_s,
            u"12) item"_s,
            u"> quote"_s,
            u"---"_s,
            u"***"_s,
            u"==="_s,
            u"    indented code"_s,
            u"```fence"_s,
            u"~~~fence"_s,
            u"~~strike~~"_s,
            u"| a | b |"_s,
            u"{#id .class}"_s,
            u"&amp; &copy; &#65; &#x41;"_s,
            u"snake_case_name and 2*3*4"_s,
            u"trailing backslash \\"_s,
            u"\\*pre-escaped\\*"_s,
            u"line one\nline two\n\nparagraph two\n    code?"_s,
            u"hard  \nbreak"_s,
            u"[r]: https://example.org"_s,
            u"<!-- comment -->"_s,
            u"http://bare.example/path_(x)"_s,
            u"Schölkopf: 𝒪(n²) ≤ √(2 ln 2)"_s,
            u"1.5 GHz"_s,
            u"2026. A year"_s,
            u"!important"_s,
        };
        for (const QString &s : samples) {
            QTest::newRow(qPrintable(s.left(30))) << s;
        }
    }

    void escapedTextRendersLiterally()
    {
        QFETCH(QString, text);
        const QString html = MarkdownRenderer::toHtml(MarkdownRenderer::escapeInline(text));
        QCOMPARE(html, u"<p>"_s + text.simplified().toHtmlEscaped() + u"</p>\n"_s);
    }

    // Escaped text stays literal inside the structures the paper view builds around it.
    void escapedTextInContext()
    {
        const auto esc = &MarkdownRenderer::escapeInline;
        QCOMPARE(MarkdownRenderer::toHtml(u"**"_s + esc(u"a*b"_s) + u"**"_s),
                 u"<p><strong>a*b</strong></p>\n"_s);
        QCOMPARE(MarkdownRenderer::toHtml(u"["_s + esc(u"x](javascript:alert(1))"_s) +
                                          u"](<https://ok.example>)"_s),
                 u"<p><a href=\"https://ok.example\">x](javascript:alert(1))</a></p>\n"_s);
        QCOMPARE(MarkdownRenderer::toHtml(u"## "_s + esc(u"# x"_s)), u"<h2># x</h2>\n"_s);
        QCOMPARE(MarkdownRenderer::toHtml(u"- "_s + esc(u"1. x"_s)), u"<ul>\n<li>1. x</li>\n</ul>\n"_s);
        QCOMPARE(MarkdownRenderer::toHtml(u"Label\n"_s + esc(u"==="_s)), u"<p>Label\n===</p>\n"_s);
    }
};

QTEST_GUILESS_MAIN(TestMarkdownRenderer)
#include "tst_markdownrenderer.moc"
