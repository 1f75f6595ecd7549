// PaperRepository::search takes at most MaxQueryChars characters and MaxQueryTerms words, so a
// pasted page answers as fast as a few words (timed in tests/bench, never here).
#include "fixtures.h"
#include "store/database.h"
#include "store/paperrepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using pd::store::PaperRepository;

class TestSearchCap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fiveThousandWordsUseThirtyTwoTerms()
    {
        QStringList words;
        for (int i = 0; i < 5000; ++i) {
            words.append(u"w%1"_s.arg(i));
        }
        const QStringList used = PaperRepository::searchWords(words.join(u' '));
        QCOMPARE(used.size(), PaperRepository::MaxQueryTerms);
        QCOMPARE(PaperRepository::MaxQueryTerms, 32);
        QCOMPARE(used.first(), u"w0"_s);
        QCOMPARE(used.last(), u"w31"_s);
    }

    void onlyTheFirst256CharactersCount()
    {
        QCOMPARE(PaperRepository::MaxQueryChars, 256);
        const QString padding(250, u' ');
        QCOMPARE(PaperRepository::searchWords(padding + u"sparse attention"_s), QStringList{u"sparse"_s});
        const QString longWord(1000, u'a');
        QCOMPARE(PaperRepository::searchWords(longWord), QStringList{QString(256, u'a')});
    }

    void aCappedQueryStillFindsItsPapers()
    {
        QTemporaryDir dir;
        pd::store::Database db(dir.filePath(u"search.sqlite"_s));
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        PaperRepository papers(db);
        for (int n = 1; n <= 5; ++n) {
            QVERIFY(papers.upsert(pd::test::samplePaper(n)));
        }
        // 5,000 words that all match: the search answers with the papers, on 32 terms.
        const QString query = QStringList(5000, u"we"_s).join(u' ');
        QCOMPARE(PaperRepository::searchWords(query).size(), PaperRepository::MaxQueryTerms);
        QCOMPARE(papers.search(query).size(), 5);
        QVERIFY(papers.search(query + u" zzq"_s).size() == 5); // the 5,001st word is not used
    }
};

QTEST_GUILESS_MAIN(TestSearchCap)
#include "tst_searchcap.moc"
