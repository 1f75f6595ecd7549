#include "fixtures.h"

#include "store/database.h"
#include "store/dayrepository.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace pd::test {

core::Paper samplePaper(int n)
{
    core::Paper p;
    p.arxivId = u"2604.%1"_s.arg(10000 + n, 5, 10, QChar(u'0'));
    p.version = 1;
    p.title = u"Paper %1 on sparse attention routing"_s.arg(n);
    p.authors = {u"Ada Lovelace"_s, u"Émile Borel"_s, u"Author Number%1"_s.arg(n)};
    p.abstract = u"We study mixture-of-experts routing, case %1. Abstract text with $O(n^2)$ cost."_s.arg(n);
    p.categories = {u"cs.LG"_s, u"stat.ML"_s};
    p.comments = u"12 pages"_s;
    p.license = u"http://creativecommons.org/licenses/by/4.0/"_s;
    return p;
}

core::Score sampleScore(const QString &arxivId, const QString &fingerprint, int relevance, int novelty,
                        const QString &topic)
{
    core::Score s;
    s.arxivId = arxivId;
    s.fingerprint = fingerprint;
    s.relevance = relevance;
    s.novelty = novelty;
    s.primaryTopic = topic;
    s.matchedTopics = {topic};
    s.comment = u"Comment on "_s + arxivId;
    s.topicMatch = u"Fits "_s + topic;
    s.scoredAt = QDateTime::currentDateTimeUtc();
    return s;
}

bool storeDay(const store::Database &db, QDate date, int first, int count, int filtered)
{
    core::Announcement a;
    a.date = date;
    for (int i = 0; i < count; ++i) {
        core::AnnouncedPaper item;
        item.paper = samplePaper(first + i);
        item.type = i % 3 == 2 ? core::AnnounceType::Cross : core::AnnounceType::New;
        if (i >= count - filtered) {
            item.filterReason = u"announce type replace"_s;
        }
        a.papers.append(item);
    }
    core::DayInfo day;
    day.date = date;
    day.state = core::DayInfo::State::Fetched;
    day.source = core::DayInfo::Source::Rss;
    day.fetchedAt = QDateTime::currentDateTimeUtc();
    QString error;
    return store::DayRepository(db).storeAnnouncement(a, day, &error);
}

bool storePapers(const store::Database &db, QDate date, const QList<core::Paper> &papers)
{
    core::Announcement a;
    a.date = date;
    for (const core::Paper &p : papers) {
        core::AnnouncedPaper item;
        item.paper = p;
        item.type = core::AnnounceType::New;
        a.papers.append(item);
    }
    core::DayInfo day;
    day.date = date;
    day.state = core::DayInfo::State::Fetched;
    day.source = core::DayInfo::Source::Rss;
    day.fetchedAt = QDateTime::currentDateTimeUtc();
    QString error;
    return store::DayRepository(db).storeAnnouncement(a, day, &error);
}

QList<core::Paper> referencePapers(const QString &digestPath)
{
    QFile file(digestPath);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return {};
    }
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    QList<core::Paper> papers;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (!lines.at(i).startsWith(u"ArXiv ID: "_s)) {
            continue;
        }
        core::Paper p;
        p.arxivId = lines.at(i).mid(10).trimmed();
        p.title = lines.at(i - 1).section(u". "_s, 1);
        p.categories = {u"cs.LG"_s};
        for (qsizetype j = i + 1; j < lines.size() && !lines.at(j).startsWith(u"ArXiv ID: "_s); ++j) {
            if (lines.at(j).startsWith(u"Authors: "_s)) {
                p.authors = lines.at(j).mid(9).split(u", "_s);
            } else if (lines.at(j).startsWith(u"Abstract: "_s)) {
                p.abstract = lines.at(j).mid(10);
                break;
            }
        }
        if (!p.abstract.isEmpty()) {
            papers.append(p);
        }
    }
    return papers;
}

QString dataFile(const QString &name)
{
    return qEnvironmentVariable("PAPERDESK_TEST_DATA") + u'/' + name;
}

} // namespace pd::test
