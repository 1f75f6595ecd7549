#include "core/profile.h"
#include "fixtures.h"
#include "pipeline/prefilter.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace pd;

namespace {
core::AnnouncedPaper listed(int n, core::AnnounceType type, const QString &title = {})
{
    core::AnnouncedPaper item;
    item.paper = test::samplePaper(n);
    item.type = type;
    if (!title.isEmpty()) {
        item.paper.title = title;
    }
    return item;
}
} // namespace

class TestPrefilter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultKeepsNewAndCross()
    {
        const pipeline::Prefilter filter(core::ProfileJson::defaultProfile());
        QList<core::AnnouncedPaper> papers{
            listed(1, core::AnnounceType::New), listed(2, core::AnnounceType::Cross),
            listed(3, core::AnnounceType::Replace), listed(4, core::AnnounceType::ReplaceCross)};
        filter.apply(papers);
        QVERIFY(papers[0].filterReason.isEmpty());
        QVERIFY(papers[1].filterReason.isEmpty());
        QVERIFY(papers[2].filterReason.contains(u"\"replace\""_s));
        QVERIFY(papers[3].filterReason.contains(u"\"replace-cross\""_s));
    }

    void excludeKeywordsMatchWholeWordsAnyCase()
    {
        core::Profile p = core::ProfileJson::defaultProfile();
        p.sources.excludeKeywords = {u"segmentation"_s, u"medical imaging"_s, u"  "_s};
        const pipeline::Prefilter filter(p);
        QCOMPARE(filter.reasonFor(listed(1, core::AnnounceType::New, u"Fast Segmentation of Cells"_s)),
                 u"Excluded by the keyword rule \"segmentation\"."_s);
        QVERIFY(filter.reasonFor(listed(2, core::AnnounceType::New, u"Oversegmentation-free routing"_s))
                    .isEmpty());
        core::AnnouncedPaper inAbstract = listed(3, core::AnnounceType::Cross);
        inAbstract.paper.abstract = u"Applications to MEDICAL   imaging are shown."_s;
        QVERIFY(filter.reasonFor(inAbstract).contains(u"medical imaging"_s)); // any spacing, any case
        inAbstract.paper.abstract = u"Medical data and imaging are separate here."_s;
        QVERIFY(filter.reasonFor(inAbstract).isEmpty());
    }

    void followedAuthorsAreAlwaysKept()
    {
        core::Profile p = core::ProfileJson::defaultProfile();
        p.sources.excludeKeywords = {u"routing"_s};
        p.sources.followedAuthors = {u"emile borel"_s};
        const pipeline::Prefilter filter(p);
        // samplePaper's authors include "Émile Borel"; accents and case are folded.
        QVERIFY(filter.reasonFor(listed(1, core::AnnounceType::Replace)).isEmpty());
        core::AnnouncedPaper other = listed(2, core::AnnounceType::New);
        other.paper.authors = {u"Someone Else"_s};
        QVERIFY(!filter.reasonFor(other).isEmpty()); // title has "routing"
    }
};

QTEST_GUILESS_MAIN(TestPrefilter)
#include "tst_prefilter.moc"
