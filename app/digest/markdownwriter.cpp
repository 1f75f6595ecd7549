#include "markdownwriter.h"

#include "core/money.h"
#include "headinganchors.h"

#include <QHash>
#include <QSet>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace pd::digest {

namespace {

constexpr int TopPapersPerTopic = 5;

using Anchors = HeadingAnchors;

struct TocEntry {
    QString title;
    QStringList authors;
    QString anchor;
};

struct TocGroup {
    bool hotspot = false;
    QString heading;
    QString anchor;
    int count = 0;
    QList<TocEntry> entries;
};

QString link(const QString &escapedText, const QString &target)
{
    return u"["_s + escapedText + u"]("_s + target + u')';
}

QString absUrl(const QString &arxivId)
{
    // Ids come from a feed: percent-encode, so a strange one cannot end the link destination.
    return u"https://arxiv.org/abs/"_s + QString::fromLatin1(QUrl::toPercentEncoding(arxivId, "/"));
}

QString dollars(std::optional<double> value)
{
    return value ? MarkdownWriter::escape(core::Money::text(*value, {}, QLocale::c()))
                 : MarkdownWriter::tr("unknown");
}

// A fence longer than any backtick run inside, so a prompt holding ``` cannot close it early.
QString fenced(const QString &content)
{
    int longest = 0;
    int run = 0;
    for (const QChar c : content) {
        run = c == u'`' ? run + 1 : 0;
        longest = qMax(longest, run);
    }
    const QString fence(qMax(3, longest + 1), u'`');
    QString body = content;
    if (!body.endsWith(u'\n')) {
        body += u'\n';
    }
    return fence + u"text\n"_s + body + fence + u"\n\n"_s;
}

QString labelOf(const Digest &d, const QString &topicId)
{
    for (const TopicGroup &g : d.topics) {
        if (g.id == topicId) {
            return g.label;
        }
    }
    return topicId;
}

QString field(const QString &name, const QString &escapedValue)
{
    return u"**"_s + MarkdownWriter::escape(name) + u":** "_s + escapedValue + u"\n\n"_s;
}

QString joinEscaped(const QStringList &items)
{
    QStringList out;
    for (const QString &s : items) {
        out.append(MarkdownWriter::escape(s));
    }
    return out.join(u", "_s);
}

// A stale score stays visible, labelled with the settings it was made under.
QString staleNote(const store::DayPaper &p)
{
    if (p.state != core::PaperState::Stale) {
        return {};
    }
    return u"*"_s +
           MarkdownWriter::tr("Scored under earlier settings (%1, %2).")
               .arg(MarkdownWriter::escape(p.staleModel), p.score->scoredAt.date().toString(Qt::ISODate)) +
           u"*\n\n"_s;
}

QString scoresLine(const core::Score &s)
{
    return u"**"_s + MarkdownWriter::tr("Relevance") + u":** "_s + QString::number(s.relevance) + u" · **"_s +
           MarkdownWriter::tr("Novelty") + u":** "_s + QString::number(s.novelty) + u"\n\n"_s;
}

// A pipe table; cells are Markdown already escaped, so a '|' inside one is "\|".
QString table(const QStringList &header, const QString &alignment, const QList<QStringList> &rows)
{
    QString out = u"| "_s + header.join(u" | "_s) + u" |\n"_s;
    for (qsizetype i = 0; i < header.size(); ++i) {
        out += alignment.at(i) == u'r' ? u"|---:"_s : u"|---"_s;
    }
    out += u"|\n"_s;
    for (const QStringList &row : rows) {
        out += u"| "_s + row.join(u" | "_s) + u" |\n"_s;
    }
    return out + u'\n';
}

QString heading(int level, const QString &markdown)
{
    return QString(level, u'#') + u' ' + markdown + u"\n\n"_s;
}

class DayWriter
{
public:
    DayWriter(const Digest &d, const MarkdownWriter::Options &options)
        : m_d(d)
        , m_options(options)
    {}

    QString write()
    {
        // Anchors are handed out in document order, so the headings above the body come first.
        const QString title = MarkdownWriter::dayTitle(m_d.date);
        m_anchors.add(title);
        const QString usageHeading = MarkdownWriter::tr("Usage");
        const QString coverageHeading = MarkdownWriter::tr("Topic Coverage");
        const QString tocHeading = MarkdownWriter::tr("Table of Contents by Topic");
        m_anchors.add(usageHeading);
        m_anchors.add(coverageHeading);
        m_anchors.add(tocHeading);
        // One statement each: the order of a + b + c's operands is unspecified, anchors need it fixed.
        QString body = topicSections();
        body += hotspotSection();
        body += failedSection();
        body += promptSection();

        QString out = heading(1, MarkdownWriter::escape(title));
        out += navigation();
        out += note();
        out += heading(2, MarkdownWriter::escape(usageHeading)) + usage();
        out += heading(2, MarkdownWriter::escape(coverageHeading)) + coverage();
        out += heading(2, MarkdownWriter::escape(tocHeading)) + contents();
        return out + body;
    }

private:
    QString navigation() const
    {
        QStringList links;
        if (m_d.previousDay.isValid()) {
            links.append(
                link(MarkdownWriter::tr("Previous Day %1").arg(m_d.previousDay.toString(Qt::ISODate)),
                     MarkdownWriter::dayFileName(m_d.previousDay)));
        }
        links.append(link(MarkdownWriter::tr("Monthly Overview %1").arg(m_d.date.toString(u"yyyy-MM"_s)),
                          MarkdownWriter::monthFileName(m_d.date)));
        if (m_d.nextDay.isValid()) {
            links.append(link(MarkdownWriter::tr("Next Day %1").arg(m_d.nextDay.toString(Qt::ISODate)),
                              MarkdownWriter::dayFileName(m_d.nextDay)));
        }
        return links.join(u" · "_s) + u"\n\n"_s;
    }

    QString note() const
    {
        if (m_d.heuristicFallback) {
            return u"> "_s +
                   MarkdownWriter::tr(
                       "**Note:** there are no LLM scores under the current profile for this "
                       "day, so these are the offline heuristic's scores (keyword overlap, not "
                       "an LLM).") +
                   u"\n\n"_s;
        }
        if (m_d.heuristic) {
            return u"> "_s +
                   MarkdownWriter::tr(
                       "**Note:** scored by the offline heuristic (keyword overlap, not an LLM).") +
                   u"\n\n"_s;
        }
        return {};
    }

    QString usage() const
    {
        const core::Usage &u = m_d.usage;
        const QList<QStringList> rows{
            {MarkdownWriter::escape(m_d.heuristic ? MarkdownWriter::tr("offline heuristic") : m_d.model),
             QString::number(u.promptTokens),
             u.reasoningTokens > 0
                 ? MarkdownWriter::tr("%1 (%2 reasoning)")
                       .arg(QString::number(u.completionTokens), QString::number(u.reasoningTokens))
                 : QString::number(u.completionTokens),
             QString::number(u.totalTokens()), QString::number(m_d.total()), QString::number(m_d.scanned()),
             QString::number(m_d.relevant())},
            {MarkdownWriter::tr("Cost"), dollars(u.promptCost), dollars(u.completionCost),
             dollars(u.totalCost()), QString(), QString(), QString()},
        };
        QString out = table({MarkdownWriter::tr("Model"), MarkdownWriter::tr("Prompt"),
                             MarkdownWriter::tr("Completion"), MarkdownWriter::tr("Total"),
                             MarkdownWriter::tr("Total arXiv"), MarkdownWriter::tr("Scanned"),
                             MarkdownWriter::tr("Relevant")},
                            u"lrrrrrr"_s, rows);
        const int filtered = m_d.total() - m_d.scanned();
        out += MarkdownWriter::tr("%1 listed, %2 scanned (%3 filtered out before scoring), %4 relevant "
                                  "(relevance ≥ %5 and novelty ≥ %6), %7 failed, %8 not scored yet.")
                   .arg(m_d.total())
                   .arg(m_d.scanned())
                   .arg(filtered)
                   .arg(m_d.relevant())
                   .arg(m_d.minRelevance)
                   .arg(m_d.minNovelty)
                   .arg(m_d.failed.size())
                   .arg(m_d.unscored);
        if (m_d.stale > 0) {
            out +=
                u' ' + MarkdownWriter::tr("%n paper(s) show scores made under earlier settings until the day "
                                          "is scored again.",
                                          nullptr, m_d.stale);
        }
        return out + u"\n\n"_s;
    }

    QString coverage() const
    {
        QList<QStringList> rows;
        for (const TocGroup &g : m_toc) {
            if (g.hotspot) {
                continue;
            }
            rows.append({link(MarkdownWriter::escape(g.heading), u'#' + g.anchor), QString::number(g.count)});
        }
        if (rows.isEmpty()) {
            return MarkdownWriter::tr("No relevant papers on this day.") + u"\n\n"_s;
        }
        return table({MarkdownWriter::tr("Topic"), MarkdownWriter::tr("Papers")}, u"lr"_s, rows);
    }

    QString contents() const
    {
        QString out;
        for (const TocGroup &g : m_toc) {
            out += u"**"_s +
                   link(MarkdownWriter::escape(u"%1 (%2)"_s.arg(g.heading, QString::number(g.count))),
                        u'#' + g.anchor) +
                   u"**\n\n"_s;
            int n = 0;
            for (const TocEntry &e : g.entries) {
                out += u"%1. "_s.arg(++n) + link(MarkdownWriter::escape(e.title), u'#' + e.anchor) +
                       u" — "_s + MarkdownWriter::tr("Authors:") + u' ' + joinEscaped(e.authors) + u'\n';
            }
            out += u'\n';
        }
        if (out.isEmpty()) {
            return MarkdownWriter::tr("Nothing to list.") + u"\n\n"_s;
        }
        return out;
    }

    // "## Label (n)" with numbered entries; registers the group in the coverage and contents.
    QString group(const QString &label, const store::DayPaperList &papers, bool hotspot)
    {
        TocGroup g;
        g.hotspot = hotspot;
        g.heading = label;
        g.count = int(papers.size());
        const QString headingText = u"%1 (%2)"_s.arg(label, QString::number(papers.size()));
        g.anchor = m_anchors.add(headingText);
        QString out = heading(2, MarkdownWriter::escape(headingText));
        int n = 0;
        for (const store::DayPaper &p : papers) {
            ++n;
            const QString title = MarkdownWriter::plain(p.paper().title);
            const QString anchor = m_anchors.add(QString::number(n) + u". "_s + title);
            g.entries.append({p.paper().title, p.paper().authors, anchor});
            out += heading(3, u"%1. "_s.arg(n) +
                                  link(MarkdownWriter::escape(p.paper().title), absUrl(p.paper().arxivId)));
            out += hotspot ? hotspotEntry(p) : entry(p);
        }
        m_toc.append(g);
        return out;
    }

    QString entry(const store::DayPaper &p) const
    {
        const core::Score &s = *p.score;
        QString out = field(MarkdownWriter::tr("ArXiv ID"), MarkdownWriter::escape(p.paper().arxivId));
        out +=
            field(MarkdownWriter::tr("Primary Topic"), MarkdownWriter::escape(labelOf(m_d, s.primaryTopic)));
        QStringList also;
        for (const QString &id : s.matchedTopics) {
            if (id != s.primaryTopic) {
                also.append(labelOf(m_d, id));
            }
        }
        if (!also.isEmpty()) {
            out += field(MarkdownWriter::tr("Also Matches"), joinEscaped(also));
        }
        out += field(MarkdownWriter::tr("Authors"), joinEscaped(p.paper().authors));
        out += field(MarkdownWriter::tr("Abstract"), MarkdownWriter::escapeParagraphs(p.paper().abstract));
        out += field(MarkdownWriter::tr("Comment"), MarkdownWriter::escape(s.comment));
        out += field(MarkdownWriter::tr("Topic Match"), MarkdownWriter::escape(s.topicMatch));
        return out + scoresLine(s) + staleNote(p);
    }

    QString hotspotEntry(const store::DayPaper &p) const
    {
        const core::Score &s = *p.score;
        QString out = field(MarkdownWriter::tr("ArXiv ID"), MarkdownWriter::escape(p.paper().arxivId));
        out += field(MarkdownWriter::tr("Hotspot Tags"), joinEscaped(s.hotspotTags));
        out += field(MarkdownWriter::tr("Hotspot Comment"), MarkdownWriter::escape(s.hotspotComment));
        out +=
            field(MarkdownWriter::tr("Primary Topic"), MarkdownWriter::escape(labelOf(m_d, s.primaryTopic)));
        out += field(MarkdownWriter::tr("Authors"), joinEscaped(p.paper().authors));
        out += field(MarkdownWriter::tr("Abstract"), MarkdownWriter::escapeParagraphs(p.paper().abstract));
        out += field(MarkdownWriter::tr("Comment"), MarkdownWriter::escape(s.comment));
        return out + scoresLine(s) + staleNote(p);
    }

    QString topicSections()
    {
        QString out;
        for (const TopicGroup &g : m_d.topics) {
            if (!g.papers.isEmpty()) {
                out += group(g.label, g.papers, false);
            }
        }
        return out;
    }

    QString hotspotSection()
    {
        if (m_d.hotspots.isEmpty()) {
            return {};
        }
        return group(MarkdownWriter::tr("Hotspot Papers"), m_d.hotspots, true);
    }

    QString failedSection()
    {
        if (m_d.failed.isEmpty()) {
            return {};
        }
        const QString text = MarkdownWriter::tr("Failed Papers (%1)").arg(m_d.failed.size());
        m_anchors.add(text);
        QString out = heading(2, MarkdownWriter::escape(text));
        out += MarkdownWriter::tr("These papers could not be scored; a later run retries them.") + u"\n\n"_s;
        for (const store::DayPaper &p : m_d.failed) {
            out +=
                u"- "_s + link(MarkdownWriter::escape(p.paper().title), absUrl(p.paper().arxivId)) + u" ("_s +
                MarkdownWriter::escape(p.paper().arxivId) + u"): "_s +
                MarkdownWriter::escape(p.score->failure.isEmpty() ? MarkdownWriter::tr("no reason recorded")
                                                                  : p.score->failure) +
                u'\n';
        }
        return out + u'\n';
    }

    QString promptSection()
    {
        if (!m_options.includePrompt) {
            return {};
        }
        const QString text = MarkdownWriter::tr("Paper Selection Prompt");
        m_anchors.add(text);
        QString out = heading(2, MarkdownWriter::escape(text));
        if (m_d.heuristic) {
            return out + MarkdownWriter::tr("The offline heuristic uses no prompt.") + u"\n\n"_s;
        }
        if (m_d.systemPrompt.isEmpty() && m_d.userPrompt.isEmpty()) {
            return out + MarkdownWriter::tr("The prompt these scores were made with is not stored.") +
                   u"\n\n"_s;
        }
        const QString system = MarkdownWriter::tr("System Prompt");
        const QString user = MarkdownWriter::tr("User Prompt");
        m_anchors.add(system);
        m_anchors.add(user);
        out += heading(3, MarkdownWriter::escape(system)) + fenced(m_d.systemPrompt);
        out += heading(3, MarkdownWriter::escape(user)) +
               MarkdownWriter::tr("The papers of each request follow this text.") + u"\n\n"_s +
               fenced(m_d.userPrompt);
        return out;
    }

    const Digest &m_d;
    const MarkdownWriter::Options m_options;
    Anchors m_anchors;
    QList<TocGroup> m_toc; // topics in profile order, then the hotspot group
};

QString weekdayName(int dayOfWeek)
{
    static const char *const names[] = {
        QT_TRANSLATE_NOOP("MarkdownWriter", "Mon"), QT_TRANSLATE_NOOP("MarkdownWriter", "Tue"),
        QT_TRANSLATE_NOOP("MarkdownWriter", "Wed"), QT_TRANSLATE_NOOP("MarkdownWriter", "Thu"),
        QT_TRANSLATE_NOOP("MarkdownWriter", "Fri")};
    return MarkdownWriter::tr(names[dayOfWeek - 1]);
}

class MonthWriter
{
public:
    explicit MonthWriter(const MonthDigest &m)
        : m_m(m)
    {}

    QString write()
    {
        const QString title = MarkdownWriter::monthTitle(m_m.month);
        m_anchors.add(title);
        const QString calendarHeading = MarkdownWriter::tr("Calendar");
        const QString totalsHeading = MarkdownWriter::tr("Month Totals");
        const QString coverageHeading = MarkdownWriter::tr("Topic Coverage");
        const QString topHeading = MarkdownWriter::tr("Top Papers by Topic");
        for (const QString &h : {calendarHeading, totalsHeading, coverageHeading, topHeading}) {
            m_anchors.add(h);
        }
        const QList<TopicGroup> groups = m_m.topics();
        QString top;
        QList<QStringList> coverageRows;
        for (const TopicGroup &g : groups) {
            if (g.papers.isEmpty()) {
                continue;
            }
            const QString text = u"%1 (%2)"_s.arg(g.label, QString::number(g.papers.size()));
            const QString anchor = m_anchors.add(text);
            coverageRows.append(
                {link(MarkdownWriter::escape(g.label), u'#' + anchor), QString::number(g.papers.size())});
            top += heading(3, MarkdownWriter::escape(text)) + topPapers(g);
        }

        QString out = heading(1, MarkdownWriter::escape(title));
        const QDate previous = m_m.month.addMonths(-1);
        const QDate next = m_m.month.addMonths(1);
        out += link(MarkdownWriter::tr("Previous Month %1").arg(previous.toString(u"yyyy-MM"_s)),
                    MarkdownWriter::monthFileName(previous)) +
               u" · "_s +
               link(MarkdownWriter::tr("Next Month %1").arg(next.toString(u"yyyy-MM"_s)),
                    MarkdownWriter::monthFileName(next)) +
               u"\n\n"_s;
        out += heading(2, MarkdownWriter::escape(calendarHeading)) + grid();
        out += heading(2, MarkdownWriter::escape(totalsHeading)) + totals();
        out += heading(2, MarkdownWriter::escape(coverageHeading));
        out += coverageRows.isEmpty() ? MarkdownWriter::tr("No relevant papers this month.") + u"\n\n"_s
                                      : table({MarkdownWriter::tr("Topic"), MarkdownWriter::tr("Papers")},
                                              u"lr"_s, coverageRows);
        out += heading(2, MarkdownWriter::escape(topHeading));
        out += top.isEmpty() ? MarkdownWriter::tr("Nothing to list.") + u"\n\n"_s : top;
        return out;
    }

private:
    const Digest *digestOf(QDate date) const
    {
        for (const Digest &d : m_m.days) {
            if (d.date == date) {
                return &d;
            }
        }
        return nullptr;
    }

    QString cell(QDate date) const
    {
        const QString number = QString::number(date.day());
        if (const Digest *d = digestOf(date)) {
            return u"**"_s + link(number, MarkdownWriter::dayFileName(date)) + u"** "_s +
                   QString::number(d->scanned()) + u" / "_s + QString::number(d->relevant()) +
                   (d->heuristic ? u' ' + MarkdownWriter::tr("(heuristic)") : QString());
        }
        if (m_m.holidays.contains(date)) {
            return number + u' ' + MarkdownWriter::tr("holiday");
        }
        for (const core::DayInfo &info : m_m.known) {
            if (info.date == date && info.state == core::DayInfo::State::Failed) {
                return number + u' ' + MarkdownWriter::tr("failed");
            }
            if (info.date == date && info.state == core::DayInfo::State::NoAnnouncement) {
                return number + u' ' + MarkdownWriter::tr("no announcement");
            }
        }
        return number;
    }

    QString grid() const
    {
        QStringList header{MarkdownWriter::tr("Week")};
        for (int day = 1; day <= 5; ++day) {
            header.append(weekdayName(day));
        }
        QList<QStringList> rows;
        const QDate last = m_m.month.addMonths(1).addDays(-1);
        for (QDate monday = m_m.month.addDays(1 - m_m.month.dayOfWeek()); monday <= last;
             monday = monday.addDays(7)) {
            QStringList row{QString::number(monday.weekNumber())};
            bool any = false;
            for (int i = 0; i < 5; ++i) {
                const QDate date = monday.addDays(i);
                const bool inMonth = date.month() == m_m.month.month();
                any = any || inMonth;
                row.append(inMonth ? cell(date) : QString());
            }
            if (any) {
                rows.append(row);
            }
        }
        return table(header, u"rlllll"_s, rows) +
               MarkdownWriter::tr(
                   "Each fetched day: scanned / relevant papers; \"heuristic\" marks days scored "
                   "offline without an LLM.") +
               u"\n\n"_s;
    }

    QString totals() const
    {
        const core::Usage u = m_m.usage();
        const QList<QStringList> rows{
            {QString::number(m_m.days.size()), QString::number(m_m.total()), QString::number(m_m.scanned()),
             QString::number(m_m.relevant()), QString::number(m_m.failed()), QString::number(u.promptTokens),
             QString::number(u.completionTokens), QString::number(u.totalTokens()), dollars(u.totalCost())}};
        return table({MarkdownWriter::tr("Days"), MarkdownWriter::tr("Total arXiv"),
                      MarkdownWriter::tr("Scanned"), MarkdownWriter::tr("Relevant"),
                      MarkdownWriter::tr("Failed"), MarkdownWriter::tr("Prompt tokens"),
                      MarkdownWriter::tr("Completion tokens"), MarkdownWriter::tr("Total tokens"),
                      MarkdownWriter::tr("Cost")},
                     u"rrrrrrrrr"_s, rows);
    }

    QString topPapers(const TopicGroup &g) const
    {
        QString out;
        int n = 0;
        for (const store::DayPaper &p : g.papers) {
            if (++n > TopPapersPerTopic) {
                break;
            }
            const QDate day = m_m.dayOf(p.paper().arxivId);
            out += u"%1. "_s.arg(n) +
                   link(MarkdownWriter::escape(p.paper().title), absUrl(p.paper().arxivId)) + u" — "_s +
                   link(day.toString(Qt::ISODate), MarkdownWriter::dayFileName(day)) + u" · "_s +
                   MarkdownWriter::tr("Relevance %1 · Novelty %2")
                       .arg(p.score->relevance)
                       .arg(p.score->novelty) +
                   u'\n';
        }
        if (g.papers.size() > TopPapersPerTopic) {
            out += u"\n"_s +
                   MarkdownWriter::tr("…and %1 more in the day digests.")
                       .arg(g.papers.size() - TopPapersPerTopic) +
                   u'\n';
        }
        return out + u'\n';
    }

    const MonthDigest &m_m;
    Anchors m_anchors;
};

bool isControl(QChar c)
{
    return c.category() == QChar::Other_Control || c.category() == QChar::Other_Format;
}

} // namespace

QString MarkdownWriter::dayTitle(QDate date)
{
    return tr("Personalized Daily ArXiv Papers %1").arg(date.toString(Qt::ISODate));
}

QString MarkdownWriter::monthTitle(QDate month)
{
    return tr("Monthly Overview %1").arg(month.toString(u"yyyy-MM"_s));
}

QString MarkdownWriter::dayFileName(QDate date, const QString &suffix)
{
    return date.toString(Qt::ISODate) + u'.' + suffix;
}

QString MarkdownWriter::monthFileName(QDate month, const QString &suffix)
{
    return month.toString(u"yyyy-MM"_s) + u'.' + suffix;
}

QString MarkdownWriter::plain(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (!isControl(c) || c.isSpace()) {
            out += c;
        }
    }
    return out.simplified();
}

QString MarkdownWriter::escape(const QString &text)
{
    // Backslash-escaping ASCII punctuation is always literal in CommonMark. This set covers
    // emphasis, code, links, images, raw HTML, entities, headings' closing hashes, table pipes,
    // strikethrough and the $…$ math GitHub would otherwise typeset.
    static const QString special = u"\\`*_[]<>#|$~&"_s;
    const QString clean = plain(text);
    QString out;
    out.reserve(clean.size() + clean.size() / 8);
    for (qsizetype i = 0; i < clean.size(); ++i) {
        const QChar c = clean.at(i);
        if (special.contains(c)) {
            out += u'\\';
        } else if (i == 0 && (c == u'-' || c == u'+' || c == u'=')) {
            out += u'\\'; // would start a list item or a setext underline at the start of a line
        }
        out += c;
    }
    // "1. Text" or "1) Text" at the start of a line would start an ordered list (1 to 9 digits,
    // then '.' or ')', then a space or the end); "2604.17177" would not.
    qsizetype digits = 0;
    while (digits < out.size() && out.at(digits).unicode() >= u'0' && out.at(digits).unicode() <= u'9') {
        ++digits;
    }
    const bool marker = digits > 0 && digits <= 9 && digits < out.size() &&
                        (out.at(digits) == u'.' || out.at(digits) == u')') &&
                        (digits + 1 == out.size() || out.at(digits + 1) == u' ');
    if (marker) {
        out.insert(digits, u'\\');
    }
    return out;
}

QString MarkdownWriter::escapeParagraphs(const QString &text)
{
    QStringList paragraphs;
    for (const QString &paragraph : text.split(u"\n\n"_s, Qt::SkipEmptyParts)) {
        if (QString escaped = escape(paragraph); !escaped.isEmpty()) {
            paragraphs << escaped;
        }
    }
    return paragraphs.join(u"\n\n"_s);
}

QString MarkdownWriter::day(const Digest &digest, const Options &options)
{
    return DayWriter(digest, options).write();
}

QString MarkdownWriter::month(const MonthDigest &month)
{
    return MonthWriter(month).write();
}

} // namespace pd::digest
