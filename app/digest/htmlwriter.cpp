#include "htmlwriter.h"

#include "headinganchors.h"

#include <QRegularExpression>
#include <QStringList>

#include <cmark.h>

#include <cstdlib>
#include <memory>

using namespace Qt::StringLiterals;

namespace pd::digest {

namespace {

// CMARK_OPT_DEFAULT is cmark's safe mode: raw HTML is omitted and unsafe link schemes are dropped.
constexpr int Options = CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8;

struct NodeDeleter {
    void operator()(cmark_node *node) const { cmark_node_free(node); }
};
using NodePtr = std::unique_ptr<cmark_node, NodeDeleter>;

NodePtr parse(const QByteArray &utf8)
{
    return NodePtr(cmark_parse_document(utf8.constData(), size_t(utf8.size()), Options));
}

QString render(cmark_node *node)
{
    char *html = cmark_render_html(node, Options);
    const QString out = QString::fromUtf8(html);
    std::free(html);
    return out;
}

// The visible text of a heading, which its slug is computed from.
QString plainText(cmark_node *heading)
{
    QString text;
    cmark_iter *iter = cmark_iter_new(heading);
    for (cmark_event_type ev = cmark_iter_next(iter); ev != CMARK_EVENT_DONE; ev = cmark_iter_next(iter)) {
        if (ev != CMARK_EVENT_ENTER) {
            continue;
        }
        cmark_node *node = cmark_iter_get_node(iter);
        const cmark_node_type type = cmark_node_get_type(node);
        if (type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE) {
            text += QString::fromUtf8(cmark_node_get_literal(node));
        } else if (type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK) {
            text += u' ';
        }
    }
    cmark_iter_free(iter);
    return text;
}

// One table row's cells; a pipe preceded by an odd number of backslashes belongs to the cell.
QStringList cells(QString line)
{
    line = line.trimmed();
    if (line.startsWith(u'|')) {
        line.remove(0, 1);
    }
    QStringList out;
    QString current;
    int backslashes = 0;
    for (const QChar c : std::as_const(line)) {
        if (c == u'|' && backslashes % 2 == 0) {
            out.append(current.trimmed());
            current.clear();
        } else {
            current += c;
        }
        backslashes = c == u'\\' ? backslashes + 1 : 0;
    }
    if (!current.trimmed().isEmpty()) {
        out.append(current.trimmed());
    }
    return out;
}

bool isDelimiterRow(const QString &line)
{
    static const QRegularExpression re(u"^\\|(\\s*:?-+:?\\s*\\|)+\\s*$"_s);
    return re.match(line).hasMatch();
}

QString inlineHtml(const QString &markdown)
{
    if (markdown.isEmpty()) {
        return {};
    }
    const NodePtr doc = parse(markdown.toUtf8());
    QString html = render(doc.get()).trimmed();
    if (html.startsWith(u"<p>") && html.endsWith(u"</p>")) {
        html = html.mid(3, html.size() - 7);
    }
    return html;
}

// A paragraph holding a GitHub pipe table, as HTML; empty when it is not one.
QString tableHtml(const QStringList &lines)
{
    if (lines.size() < 2 || !isDelimiterRow(lines.at(1))) {
        return {};
    }
    for (const QString &l : lines) {
        if (!l.startsWith(u'|')) {
            return {};
        }
    }
    QStringList align;
    for (const QString &d : cells(lines.at(1))) {
        align.append(d.endsWith(u':') ? u" style=\"text-align:right\""_s : QString());
    }
    const auto row = [&](const QString &line, const QString &tag) -> QString {
        const QStringList c = cells(line);
        QString out = u"<tr>"_s;
        for (qsizetype i = 0; i < align.size(); ++i) {
            out += u'<' + tag + align.at(i) + u'>' + inlineHtml(c.value(i)) + u"</"_s + tag + u'>';
        }
        return out + u"</tr>\n"_s;
    };
    QString out = u"<table>\n<thead>\n"_s + row(lines.at(0), u"th"_s) + u"</thead>\n<tbody>\n"_s;
    for (qsizetype i = 2; i < lines.size(); ++i) {
        out += row(lines.at(i), u"td"_s);
    }
    return out + u"</tbody>\n</table>\n"_s;
}

QString withId(QString html, const QString &id)
{
    // cmark renders a heading as "<hN>…"; the id goes right after the tag name.
    if (html.size() > 3 && html.startsWith(u"<h")) {
        html.insert(3, u" id=\""_s + id.toHtmlEscaped() + u'"');
    }
    return html;
}

const char *const css = R"(:root { color-scheme: light dark; }
body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; line-height: 1.5; max-width: 52rem;
       margin: 2rem auto; padding: 0 1rem; color: #1f2328; background: #ffffff; }
a { color: #0969da; }
h1, h2, h3 { line-height: 1.25; }
h2 { border-bottom: 1px solid #d0d7de; padding-bottom: .3rem; margin-top: 2rem; }
table { border-collapse: collapse; margin: 1rem 0; }
th, td { border: 1px solid #d0d7de; padding: .3rem .6rem; }
th { background: #f6f8fa; text-align: left; }
pre { background: #f6f8fa; padding: .8rem; overflow-x: auto; white-space: pre-wrap; }
blockquote { margin: 1rem 0; padding: 0 1rem; border-left: .25rem solid #d0d7de; color: #59636e; }
@media (prefers-color-scheme: dark) {
  body { color: #e6edf3; background: #0d1117; }
  a { color: #4493f8; }
  h2, th, td { border-color: #3d444d; }
  th, pre { background: #151b23; }
  blockquote { border-color: #3d444d; color: #9198a1; }
}
)";

} // namespace

QString HtmlWriter::body(const QString &markdown)
{
    // cmark counts \r as a line end too; one kind of line end keeps its line numbers ours.
    QString text = markdown;
    text.replace(u"\r\n"_s, u"\n"_s).replace(u'\r', u'\n');
    const QStringList lines = text.split(u'\n');
    const NodePtr doc = parse(text.toUtf8());
    HeadingAnchors anchors;
    QString out;
    for (cmark_node *node = cmark_node_first_child(doc.get()); node; node = cmark_node_next(node)) {
        const cmark_node_type type = cmark_node_get_type(node);
        if (type == CMARK_NODE_HEADING) {
            out += withId(render(node), anchors.add(plainText(node)));
            continue;
        }
        if (type == CMARK_NODE_PARAGRAPH) {
            const int first = cmark_node_get_start_line(node);
            const int last = cmark_node_get_end_line(node);
            const QString table = tableHtml(lines.mid(first - 1, last - first + 1));
            if (!table.isEmpty()) {
                out += table;
                continue;
            }
        }
        out += render(node);
    }
    // Only links the writer made can look like this: paper text cannot form a link.
    static const QRegularExpression dayLink(u"href=\"(\\d{4}-\\d{2}(?:-\\d{2})?)\\.md(#[^\"]*)?\""_s);
    out.replace(dayLink, u"href=\"\\1.html\\2\""_s);
    return out;
}

QString HtmlWriter::page(const QString &markdown, const QString &title)
{
    return u"<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"_s
           u"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>"_s +
           title.toHtmlEscaped() + u"</title>\n<style>\n"_s + QString::fromUtf8(css) +
           u"</style>\n</head>\n<body>\n"_s + body(markdown) + u"</body>\n</html>\n"_s;
}

QString HtmlWriter::day(const Digest &digest, const MarkdownWriter::Options &options)
{
    return page(MarkdownWriter::day(digest, options), MarkdownWriter::dayTitle(digest.date));
}

QString HtmlWriter::month(const MonthDigest &month)
{
    return page(MarkdownWriter::month(month), MarkdownWriter::monthTitle(month.month));
}

} // namespace pd::digest
