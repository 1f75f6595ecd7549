#include "digest/bibtex.h"
#include "ui/paperview.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QInputDialog>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTimeZone>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace pd;

namespace {

core::Profile sampleProfile()
{
    core::Profile profile;
    profile.topics = {core::Topic{u"architecture_training"_s, u"Architecture & training"_s, {}, {}, {}},
                      core::Topic{u"efficiency"_s, u"Efficient inference"_s, {}, {}, {}}};
    profile.thresholds = {8, 8};
    return profile;
}

store::DayPaper samplePaper()
{
    store::DayPaper d;
    core::Paper &p = d.listing.paper;
    p.arxivId = u"2604.17177"_s;
    p.version = 2;
    p.title = u"Grokking of Diffusion Models: $O(n^2)$ Case Study"_s;
    p.authors = {u"Joon Hyeok Kim"_s, u"Mattis Dals{\\ae}tra {\\O}stby"_s, u"Bernhard Sch\\\"olkopf"_s};
    p.abstract = u"We prove $\\mathcal{O}(n)$ bounds whose constant is $\\sqrt{2\\ln 2} \\approx 1.177$, "
                 u"for teacher--student models."_s;
    p.categories = {u"cs.LG"_s, u"stat.ML"_s};
    p.comments = u"12 pages, 4 figures"_s;
    p.journalRef = u"NeurIPS 2026"_s;
    p.doi = u"10.1234/abc.5678"_s;
    d.listing.type = core::AnnounceType::Cross;

    core::Score s;
    s.arxivId = p.arxivId;
    s.relevance = 9;
    s.novelty = 8;
    s.primaryTopic = u"architecture_training"_s;
    s.matchedTopics = {u"architecture_training"_s, u"efficiency"_s};
    s.comment = u"A clean theory of grokking in diffusion."_s;
    s.topicMatch = u"Training dynamics of generative models."_s;
    s.hotspotTags = {u"daily_hot"_s, u"new_frontier"_s};
    s.hotspotComment = u"Likely to be discussed widely."_s;
    d.score = s;
    d.state = core::PaperState::Scored;
    d.reading.note = u"Read section 3.\nCompare with last week's paper."_s;
    return d;
}

// A paper as the reference digest shows it, for looking at the pane with real text.
store::DayPaper realisticPaper()
{
    store::DayPaper d = samplePaper();
    core::Paper &p = d.listing.paper;
    p.arxivId = u"2604.15769"_s;
    p.version = 1;
    p.title = u"Closing the Theory-Practice Gap in Spiking Transformers via Effective Dimension"_s;
    p.authors = {u"Dongxin Guo"_s, u"Jikun Wu"_s, u"Siu Ming Yiu"_s};
    p.categories = {u"cs.NE"_s, u"cs.LG"_s};
    p.comments = QString();
    p.journalRef = QString();
    p.doi = QString();
    d.listing.type = core::AnnounceType::New;
    p.abstract =
        u"Spiking transformers achieve competitive accuracy with conventional transformers while off"
        u"ering $38$-$57\\times$ energy efficiency on neuromorphic hardware, yet no theoretical frame"
        u"work guides their design. This paper establishes the first comprehensive expressivity theo"
        u"ry for spiking self-attention. We prove that spiking attention with Leaky Integrate-and-Fi"
        u"re neurons is a universal approximator of continuous permutation-equivariant functions, pr"
        u"oviding explicit spike circuit constructions including a novel lateral inhibition network "
        u"for softmax normalization with proven $O(1/\\sqrt{T})$ convergence. We derive tight spike-c"
        u"ount lower bounds via rate-distortion theory: $\\varepsilon$-approximation requires $\\Omega"
        u"(L_f^2 nd/\\varepsilon^2)$ spikes, with rigorous information-theoretic derivation. Our key "
        u"insight is input-dependent bounds using measured effective dimensions ($d_{\\text{eff}}=47$"
        u"--$89$ for CIFAR/ImageNet), explaining why $T=4$ timesteps suffice despite worst-case $T \\"
        u"geq 10{,}000$ predictions. We provide concrete design rules with calibrated constants ($C="
        u"2.3$, 95\\% CI: $[1.9, 2.7]$). Experiments on Spikformer, QKFormer, and SpikingResformer ac"
        u"ross vision and language benchmarks validate predictions with $R^2=0.97$ ($p<0.001$). Our "
        u"framework provides the first principled foundation for neuromorphic transformer design."_s;
    d.score->comment =
        u"Provides expressivity and spike-count theory for spiking self-attention, including "
        u"effective-dimension arguments explaining why few timesteps can suffice in practice."_s;
    d.score->topicMatch =
        u"The paper is centered on a core architectural mechanism, spiking self-attention, and "
        u"analyzes its approximation power, normalization construction, and design-time "
        u"scaling laws."_s;
    d.score->hotspotTags = {u"new_frontier"_s};
    d.score->hotspotComment = u"First expressivity theory for spiking attention."_s;
    d.score->relevance = 8;
    d.score->novelty = 8;
    return d;
}

// The target of every link element in the HTML. (Escaped text holds no '<', so "<a " only
// starts real elements.)
QStringList hrefs(const QString &html)
{
    QStringList out;
    static const QRegularExpression re(u"<a\\s[^>]*href=\"([^\"]*)\""_s);
    for (auto it = re.globalMatch(html); it.hasNext();) {
        out << it.next().captured(1);
    }
    return out;
}

// The names of all elements in the HTML.
QSet<QString> elements(const QString &html)
{
    QSet<QString> out;
    static const QRegularExpression re(u"<\\s*/?\\s*([A-Za-z][A-Za-z0-9]*)"_s);
    for (auto it = re.globalMatch(html); it.hasNext();) {
        out << it.next().captured(1).toLower();
    }
    return out;
}

void verifyDocumentInert(const QTextDocument *doc)
{
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            QVERIFY2(!format.isImageFormat(), "the document holds an image");
            if (format.isAnchor() && !format.anchorHref().isEmpty()) {
                QVERIFY2(ui::PaperView::isSafeUrl(QUrl(format.anchorHref())),
                         qPrintable(format.anchorHref()));
            }
        }
    }
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    p.setColor(QPalette::AlternateBase, QColor(0x2a, 0x2b, 0x2e));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Button, QColor(0x35, 0x36, 0x39));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x6f, 0xb5));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    return p;
}

} // namespace

class TestPaperView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsEveryField()
    {
        ui::PaperView view;
        view.setProfile(sampleProfile());
        view.setPaper(samplePaper());
        const QString html = view.html();
        const QStringList expected = {
            u"Grokking of Diffusion Models: O(n²) Case Study"_s,
            u"arXiv:2604.17177v2"_s,
            u"Joon Hyeok Kim"_s,
            u"Mattis Dalsætra Østby"_s,
            u"Bernhard Schölkopf"_s,
            u"<strong>cs.LG</strong>"_s,
            u"stat.ML"_s,
            u"cross-list"_s,
            u"Relevance 9 · Novelty 8"_s,
            u"relevant"_s,
            u"Architecture &amp; training"_s,
            u"Also matches:"_s,
            u"Efficient inference"_s,
            u"daily hot, new frontier"_s,
            u"Likely to be discussed widely."_s,
            u"A clean theory of grokking in diffusion."_s,
            u"Training dynamics of generative models."_s,
            u"We prove 𝒪(n) bounds whose constant is √(2 ln 2) ≈ 1.177, for teacher–student models."_s,
            u"12 pages, 4 figures"_s,
            u"NeurIPS 2026"_s,
            u"href=\"https://doi.org/10.1234/abc.5678\""_s,
            u"href=\"https://arxiv.org/abs/2604.17177\""_s,
            u"Read section 3.<br />"_s,
            u"Compare with last week's paper."_s,
        };
        for (const QString &text : expected) {
            QVERIFY2(html.contains(text), qPrintable(u"missing: "_s + text + u"\n"_s + html));
        }
        QVERIFY(!html.contains(u"heuristic"_s));
        QVERIFY(!html.contains(u"below your thresholds"_s));
        QVERIFY(!html.contains(u"Dals{"_s)); // TeX converted, not shown raw
    }

    void heuristicAndThresholds()
    {
        ui::PaperView view;
        view.setProfile(sampleProfile());
        store::DayPaper paper = samplePaper();
        paper.score->heuristic = true;
        paper.score->novelty = 5;
        view.setPaper(paper);
        QVERIFY(view.html().contains(u"Relevance 9 · Novelty 5"_s));
        QVERIFY(view.html().contains(u"heuristic estimate"_s));
        QVERIFY(view.html().contains(u"below your thresholds (relevance 8, novelty 8)"_s));

        core::Profile lenient = sampleProfile();
        lenient.thresholds = {5, 5};
        view.setProfile(lenient);
        QVERIFY(!view.html().contains(u"below your thresholds"_s));
    }

    void unknownTopicShowsItsId()
    {
        ui::PaperView view;
        store::DayPaper paper = samplePaper();
        paper.score->primaryTopic = u"not_in_profile"_s;
        view.setPaper(paper); // no profile set: no labels known
        QVERIFY(view.html().contains(u"Topic:</strong> not_in_profile"_s));
    }

    void failedPaperShowsReason()
    {
        ui::PaperView view;
        view.setProfile(sampleProfile());
        store::DayPaper paper = samplePaper();
        paper.score->status = core::Score::Status::Failed;
        paper.state = core::PaperState::Failed;
        paper.score->failure = u"Missing from the model's reply after 3 retries"_s;
        view.setPaper(paper);
        QVERIFY(view.html().contains(u"Scoring failed:"_s));
        QVERIFY(view.html().contains(u"Missing from the model's reply after 3 retries"_s));
        QVERIFY(!view.html().contains(u"Relevance"_s));
    }

    void missingCommentOffersExplain()
    {
        ui::PaperView view;
        view.setProfile(sampleProfile());
        store::DayPaper d = samplePaper();
        d.score->relevance = 5;
        d.score->comment.clear();
        d.score->topicMatch.clear();
        d.score->matchedTopics.clear();
        d.score->hotspotTags.clear();
        d.score->hotspotComment.clear();
        d.score->detail = core::Score::Detail::NotAsked;
        view.setPaper(d);
        QVERIFY2(view.html().contains(u"No comment: comments are asked only for papers that pass your "
                                      u"thresholds or carry a hotspot tag."_s),
                 qPrintable(view.html()));
        QVERIFY(view.html().contains(u"Explain this score"_s));
        QCOMPARE(hrefs(view.html()).count(ui::PaperView::explainUrl().toString()), 1);

        // A real click on the link asks; nothing leaves the view.
        view.resize(700, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *browser = view.findChild<QTextBrowser *>(u"paperBrowser"_s);
        int position = -1;
        for (QTextBlock block = browser->document()->begin(); block.isValid() && position < 0;
             block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                if (it.fragment().charFormat().anchorHref() == ui::PaperView::explainUrl().toString()) {
                    position = it.fragment().position() + 2;
                    break;
                }
            }
        }
        QVERIFY(position >= 0);
        QTextCursor cursor(browser->document());
        cursor.setPosition(position);
        browser->ensureCursorVisible();
        browser->setTextCursor(cursor);
        browser->ensureCursorVisible();
        const QPoint point = browser->cursorRect(cursor).center();
        QSignalSpy explain(&view, &ui::PaperView::explainRequested);
        QSignalSpy opened(&view, &ui::PaperView::openUrlRequested);
        QTest::mouseClick(browser->viewport(), Qt::LeftButton, {}, point);
        QCOMPARE(explain.size(), 1);
        QCOMPARE(explain.at(0).at(0).toString(), u"2604.17177"_s);
        QCOMPARE(opened.size(), 0);

        // While it is asked: no second offer.
        view.setExplaining({u"2604.17177"_s});
        QVERIFY(view.html().contains(u"Asking the model for its comment on this paper"_s));
        QVERIFY(!view.html().contains(u"Explain this score"_s));
        Q_EMIT browser->anchorClicked(ui::PaperView::explainUrl());
        QCOMPARE(explain.size(), 1);
        view.setExplaining({});
        QVERIFY(view.html().contains(u"Explain this score"_s));

        // Passing the thresholds now (a lowered threshold) and still without prose.
        d.score->relevance = 9;
        view.setPaper(d);
        QVERIFY2(view.html().contains(u"No comment yet"_s), qPrintable(view.html()));
        QVERIFY(view.html().contains(u"Explain this score"_s));
    }

    void failedCommentOffersTryAgain()
    {
        ui::PaperView view;
        view.setProfile(sampleProfile());
        store::DayPaper d = samplePaper();
        d.score->comment.clear();
        d.score->detail = core::Score::Detail::Failed;
        d.score->detailFailure = u"the reply was cut off at the output limit"_s;
        view.setPaper(d);
        QVERIFY2(view.html().contains(u"No comment:"_s), qPrintable(view.html()));
        QVERIFY(view.html().contains(u"the reply was cut off at the output limit"_s));
        QVERIFY(view.html().contains(u"Try again"_s));
        QSignalSpy explain(&view, &ui::PaperView::explainRequested);
        Q_EMIT view.findChild<QTextBrowser *>(u"paperBrowser"_s)->anchorClicked(ui::PaperView::explainUrl());
        QCOMPARE(explain.size(), 1);
    }

    void noOfferWithoutAMissingComment()
    {
        ui::PaperView view;
        view.setProfile(sampleProfile());
        store::DayPaper d = samplePaper(); // the prose was asked
        view.setPaper(d);
        QVERIFY(!view.html().contains(u"Explain this score"_s));
        // A heuristic estimate has no prose to ask for.
        d.score->detail = core::Score::Detail::NotAsked;
        d.score->heuristic = true;
        view.setPaper(d);
        QVERIFY(!view.html().contains(u"Explain this score"_s));
        // A score of earlier settings is not the current settings' to explain.
        d.score->heuristic = false;
        d.state = core::PaperState::Stale;
        view.setPaper(d);
        QVERIFY(!view.html().contains(u"Explain this score"_s));
    }

    void staleScoreStaysLabelled()
    {
        ui::PaperView view;
        view.setProfile(sampleProfile());
        store::DayPaper paper = samplePaper();
        paper.state = core::PaperState::Stale;
        paper.staleModel = u"gpt-5.4"_s;
        paper.score->scoredAt = QDateTime(QDate(2026, 4, 18), QTime(9, 0), QTimeZone::utc());
        view.setPaper(paper);
        const QString html = view.html();
        QVERIFY2(html.contains(u"Relevance 9 · Novelty 8"_s), qPrintable(html));
        QVERIFY2(html.contains(u"Scored under earlier settings (gpt-5.4, "_s), qPrintable(html));
        QVERIFY(html.contains(u"Re-score the day"_s));
        QVERIFY(!html.contains(u"current settings failed"_s));

        // A failure under the current settings shows beside the earlier score.
        paper.currentFailure = u"HTTP 500 from the provider"_s;
        view.setPaper(paper);
        QVERIFY(view.html().contains(u"Relevance 9 · Novelty 8"_s));
        QVERIFY(view.html().contains(u"Scoring under the current settings failed:"_s));
        QVERIFY(view.html().contains(u"HTTP 500 from the provider"_s));

        // Thresholds change what the verdict says, not the scores.
        view.setThresholds({9, 9});
        QVERIFY(view.html().contains(u"below your thresholds (relevance 9, novelty 9)"_s));
    }

    void filteredAndUnscored()
    {
        ui::PaperView view;
        store::DayPaper paper = samplePaper();
        paper.score.reset();
        paper.state = core::PaperState::Unscored;
        view.setPaper(paper);
        QVERIFY(view.html().contains(u"Not scored yet"_s));

        paper.listing.filterReason = u"announce type replace is excluded"_s;
        paper.state = core::PaperState::Filtered;
        view.setPaper(paper);
        QVERIFY(view.html().contains(u"Filtered out before scoring:"_s));
        QVERIFY(view.html().contains(u"announce type replace is excluded"_s));
        QVERIFY(!view.html().contains(u"Not scored yet"_s));
    }

    void manyAuthorsAreShortened()
    {
        ui::PaperView view;
        store::DayPaper paper = samplePaper();
        paper.listing.paper.authors.clear();
        for (int i = 1; i <= 40; ++i) {
            paper.listing.paper.authors << u"Author Number%1"_s.arg(i);
        }
        view.setPaper(paper);
        QVERIFY(view.html().contains(u"Author Number25"_s));
        QVERIFY(!view.html().contains(u"Author Number26"_s));
        QVERIFY(view.html().contains(u"and 15 more"_s));
    }

    // Untrusted text in every field renders as inert text: no element, attribute or link of
    // its own. The text itself is still shown (nothing is dropped), so "javascript:" may appear
    // as visible characters, but never as a link target.
    void hostileContentIsInert()
    {
        const QString attack = u"<script>alert(1)</script> <img src=x onerror=alert(2)> "
                               u"[click](javascript:alert(3)) <a href=\"javascript:alert(4)\">x</a> "
                               u"![i](https://evil.example/t.png) <javascript:alert(5)> &lt;b&gt;"_s;
        store::DayPaper paper = samplePaper();
        core::Paper &p = paper.listing.paper;
        p.title = attack;
        p.abstract = attack + u" $\\text{<script>x</script>}$"_s;
        p.authors = {attack};
        p.categories = {attack};
        p.comments = attack;
        p.journalRef = attack;
        paper.score->comment = attack;
        paper.score->topicMatch = attack;
        paper.score->hotspotComment = attack;
        paper.score->primaryTopic = attack;
        paper.score->hotspotTags = {attack};
        paper.reading.note = attack + u"\n"_s + attack;

        ui::PaperView view;
        view.setProfile(sampleProfile());
        view.setPaper(paper);
        const QString html = view.html();
        QVERIFY2(!html.contains(u"<script"_s, Qt::CaseInsensitive), qPrintable(html));
        QVERIFY2(!html.contains(u"<img"_s, Qt::CaseInsensitive), qPrintable(html));
        QVERIFY2(!html.contains(u"<a href=\"javascript"_s, Qt::CaseInsensitive), qPrintable(html));
        QVERIFY2(!html.contains(u"raw HTML omitted"_s), "untrusted text reached cmark unescaped");
        const QSet<QString> allowed = {u"h2"_s, u"h3"_s, u"p"_s, u"a"_s, u"strong"_s, u"em"_s, u"br"_s};
        QSet<QString> found = elements(html);
        QVERIFY2(found.subtract(allowed).isEmpty(), qPrintable(QStringList(found.values()).join(u", "_s)));
        QCOMPARE(html.count(u"<a "_s), hrefs(html).size());
        const QStringList targets = hrefs(html);
        QVERIFY(!targets.isEmpty());
        for (const QString &target : targets) {
            QVERIFY2(ui::PaperView::isSafeUrl(QUrl(target)), qPrintable(target));
            QVERIFY2(target.startsWith(u"https://arxiv.org/"_s) || target.startsWith(u"https://doi.org/"_s),
                     qPrintable(target));
        }
        // Shown literally, as text.
        QVERIFY(html.contains(u"&lt;script&gt;alert(1)&lt;/script&gt;"_s));
        QVERIFY(html.contains(u"[click](javascript:alert(3))"_s));
        QVERIFY(html.contains(u"&amp;lt;b&amp;gt;"_s));

        auto *browser = view.findChild<QTextBrowser *>(u"paperBrowser"_s);
        QVERIFY(browser);
        verifyDocumentInert(browser->document());
        const QString rendered = browser->document()->toHtml();
        QVERIFY(!rendered.contains(u"<img"_s, Qt::CaseInsensitive));
        QVERIFY(!rendered.contains(u"href=\"javascript"_s, Qt::CaseInsensitive));
        QVERIFY(browser->toPlainText().contains(u"<script>alert(1)</script>"_s));
    }

    void onlyWebLinksLeave_data()
    {
        QTest::addColumn<QUrl>("url");
        QTest::addColumn<bool>("emitted");
        QTest::newRow("https") << QUrl(u"https://arxiv.org/abs/2604.17177"_s) << true;
        QTest::newRow("http") << QUrl(u"http://example.org/"_s) << true;
        QTest::newRow("upper-case scheme") << QUrl(u"HTTPS://arxiv.org/pdf/2604.17177"_s) << true;
        QTest::newRow("javascript") << QUrl(u"javascript:alert(1)"_s) << false;
        QTest::newRow("vbscript") << QUrl(u"vbscript:msgbox(1)"_s) << false;
        QTest::newRow("file") << QUrl(u"file:///etc/passwd"_s) << false;
        QTest::newRow("data") << QUrl(u"data:text/html,<script>alert(1)</script>"_s) << false;
        QTest::newRow("ftp") << QUrl(u"ftp://example.org/x"_s) << false;
        QTest::newRow("relative") << QUrl(u"abs/2604.17177"_s) << false;
        QTest::newRow("fragment") << QUrl(u"#top"_s) << false;
        QTest::newRow("empty") << QUrl() << false;
        QTest::newRow("no host") << QUrl(u"https:///path"_s) << false;
    }

    void onlyWebLinksLeave()
    {
        QFETCH(QUrl, url);
        QFETCH(bool, emitted);
        ui::PaperView view;
        view.setPaper(samplePaper());
        QSignalSpy spy(&view, &ui::PaperView::openUrlRequested);
        auto *browser = view.findChild<QTextBrowser *>(u"paperBrowser"_s);
        Q_EMIT browser->anchorClicked(url);
        QCOMPARE(spy.size(), emitted ? 1 : 0);
        if (emitted) {
            QCOMPARE(spy.at(0).at(0).toUrl(), url);
        }
        QCOMPARE(ui::PaperView::isSafeUrl(url), emitted);
    }

    // A real click on the title link goes through QTextBrowser's anchor handling.
    void clickingTheTitleOpensTheAbstract()
    {
        ui::PaperView view;
        view.resize(700, 500);
        view.setPaper(samplePaper());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *browser = view.findChild<QTextBrowser *>(u"paperBrowser"_s);
        const QString target = u"https://arxiv.org/abs/2604.17177"_s;
        int position = -1;
        for (QTextBlock block = browser->document()->begin(); block.isValid() && position < 0;
             block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                if (it.fragment().charFormat().anchorHref() == target) {
                    position = it.fragment().position() + 2;
                    break;
                }
            }
        }
        QVERIFY(position >= 0);
        QTextCursor cursor(browser->document());
        cursor.setPosition(position);
        const QPoint point = browser->cursorRect(cursor).center();
        QSignalSpy spy(&view, &ui::PaperView::openUrlRequested);
        QTest::mouseClick(browser->viewport(), Qt::LeftButton, {}, point);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).toUrl(), QUrl(target));
    }

    void actionButtons()
    {
        ui::PaperView view;
        const store::DayPaper paper = samplePaper();
        view.setPaper(paper);
        QSignalSpy urls(&view, &ui::PaperView::openUrlRequested);
        view.findChild<QToolButton *>(u"openAbstractButton"_s)->click();
        view.findChild<QToolButton *>(u"openPdfButton"_s)->click();
        QCOMPARE(urls.size(), 2);
        QCOMPARE(urls.at(0).at(0).toUrl(), QUrl(u"https://arxiv.org/abs/2604.17177"_s));
        QCOMPARE(urls.at(1).at(0).toUrl(), QUrl(u"https://arxiv.org/pdf/2604.17177"_s));

        QApplication::clipboard()->clear();
        view.findChild<QToolButton *>(u"copyBibtexButton"_s)->click();
        QCOMPARE(QApplication::clipboard()->text(), digest::Bibtex::entry(paper.paper()));
    }

    void starAndRead()
    {
        ui::PaperView view;
        view.setPaper(samplePaper());
        auto *star = view.findChild<QToolButton *>(u"starButton"_s);
        auto *read = view.findChild<QToolButton *>(u"readButton"_s);
        QSignalSpy stars(&view, &ui::PaperView::starToggled);
        QSignalSpy reads(&view, &ui::PaperView::readToggled);
        QCOMPARE(star->text(), u"Star"_s);
        QCOMPARE(read->text(), u"Mark read"_s);

        star->click();
        QCOMPARE(stars.size(), 1);
        QCOMPARE(stars.at(0).at(0).toString(), u"2604.17177"_s);
        QCOMPARE(stars.at(0).at(1).toBool(), true);
        QCOMPARE(star->text(), u"Unstar"_s);
        QVERIFY(star->isChecked());
        star->click();
        QCOMPARE(stars.size(), 2);
        QCOMPARE(stars.at(1).at(1).toBool(), false);
        QVERIFY(!star->isChecked());

        read->click();
        QCOMPARE(reads.size(), 1);
        QCOMPARE(reads.at(0).at(0).toString(), u"2604.17177"_s);
        QCOMPARE(reads.at(0).at(1).toBool(), true);
        QCOMPARE(read->text(), u"Mark unread"_s);
        read->click();
        QCOMPARE(reads.at(1).at(1).toBool(), false);

        // State given by the window wins.
        store::DayPaper starredRead = samplePaper();
        starredRead.reading.starred = true;
        starredRead.reading.read = true;
        view.setPaper(starredRead);
        QCOMPARE(star->text(), u"Unstar"_s);
        QCOMPARE(read->text(), u"Mark unread"_s);
    }

    void noteDialog()
    {
        ui::PaperView view;
        view.setPaper(samplePaper());
        QSignalSpy notes(&view, &ui::PaperView::noteChanged);
        view.findChild<QToolButton *>(u"noteButton"_s)->click();
        auto *dialog = view.findChild<QInputDialog *>(u"noteDialog"_s);
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->textValue(), samplePaper().reading.note);
        dialog->setTextValue(u"New note with <b>tags</b>\nand a second line"_s);
        dialog->accept();
        QCOMPARE(notes.size(), 1);
        QCOMPARE(notes.at(0).at(0).toString(), u"2604.17177"_s);
        QCOMPARE(notes.at(0).at(1).toString(), u"New note with <b>tags</b>\nand a second line"_s);
        QVERIFY(view.html().contains(u"New note with &lt;b&gt;tags&lt;/b&gt;<br />"_s));
        QVERIFY(!view.html().contains(u"Read section 3."_s));

        // Cancelling changes nothing.
        view.findChild<QToolButton *>(u"noteButton"_s)->click();
        dialog = view.findChild<QInputDialog *>(u"noteDialog"_s);
        QVERIFY(dialog);
        dialog->setTextValue(u"discarded"_s);
        dialog->reject();
        QCOMPARE(notes.size(), 1);
    }

    void clearShowsPlaceholder()
    {
        ui::PaperView view;
        view.setPaper(samplePaper());
        view.clear();
        QVERIFY(!view.hasPaper());
        QVERIFY(view.html().contains(u"Select a paper"_s));
        QVERIFY(!view.html().contains(u"Grokking"_s));
        for (const char *name : {"openAbstractButton", "openPdfButton", "copyBibtexButton", "starButton",
                                 "readButton", "noteButton"}) {
            auto *button = view.findChild<QToolButton *>(QLatin1StringView(name));
            QVERIFY(button);
            QVERIFY2(!button->isEnabled(), name);
            QVERIFY2(!button->toolTip().isEmpty(), name);
        }
    }

    void bibtexEntry()
    {
        const QString expected =
            u"@misc{kim2026grokking,\n"
            u"  title = {Grokking of Diffusion Models: $O(n^2)$ Case Study},\n"
            u"  author = {Joon Hyeok Kim and Mattis Dals{\\ae}tra {\\O}stby and Bernhard Sch\\\"olkopf},\n"
            u"  year = {2026},\n"
            u"  eprint = {2604.17177},\n"
            u"  archivePrefix = {arXiv},\n"
            u"  primaryClass = {cs.LG},\n"
            u"  doi = {10.1234/abc.5678},\n"
            u"  url = {https://arxiv.org/abs/2604.17177}\n"
            u"}\n"_s;
        QCOMPARE(digest::Bibtex::entry(samplePaper().paper()), expected);
    }

    void bibtexOddPapers()
    {
        core::Paper old;
        old.arxivId = u"hep-th/9901001"_s;
        old.title = u"{Unbalanced} title}"_s;
        old.categories = {u"hep-th"_s};
        QCOMPARE(digest::Bibtex::entry(old), u"@misc{arxivhepth9901001,\n"
                                             u"  title = {{Unbalanced} title},\n"
                                             u"  year = {1999},\n"
                                             u"  eprint = {hep-th/9901001},\n"
                                             u"  archivePrefix = {arXiv},\n"
                                             u"  primaryClass = {hep-th},\n"
                                             u"  url = {https://arxiv.org/abs/hep-th/9901001}\n"
                                             u"}\n"_s);

        core::Paper collab;
        collab.arxivId = u"2501.00001"_s;
        collab.title = u"The Towards Measurement of Things"_s;
        collab.authors = {u"Émile Borel"_s, u"Research and Development Team"_s};
        QCOMPARE(digest::Bibtex::entry(collab),
                 u"@misc{borel2025measurement,\n"
                 u"  title = {The Towards Measurement of Things},\n"
                 u"  author = {Émile Borel and {Research and Development Team}},\n"
                 u"  year = {2025},\n"
                 u"  eprint = {2501.00001},\n"
                 u"  archivePrefix = {arXiv},\n"
                 u"  url = {https://arxiv.org/abs/2501.00001}\n"
                 u"}\n"_s);
    }

    // Light and dark palettes: the view paints on the palette's base colour with its text and
    // link colours, never fixed ones. Set PAPERDESK_SCREENSHOT_DIR to keep the PNGs.
    void followsPalette()
    {
        const QPalette original = QApplication::palette();
        const QString dir = qEnvironmentVariable("PAPERDESK_SCREENSHOT_DIR");
        for (const bool dark : {false, true}) {
            QApplication::setPalette(dark ? darkPalette() : original);
            ui::PaperView view;
            view.resize(760, 700);
            view.setProfile(sampleProfile());
            view.setPaper(realisticPaper());
            view.show();
            QVERIFY(QTest::qWaitForWindowExposed(&view));
            auto *browser = view.findChild<QTextBrowser *>(u"paperBrowser"_s);
            const QPalette pal = view.palette();
            QVERIFY(browser->document()->defaultStyleSheet().contains(pal.color(QPalette::Link).name()));

            QCursor::setPos(view.mapToGlobal(QPoint(view.width() - 2, view.height() - 2))); // no hover effect
            QTest::qWait(20);
            const QImage image = view.grab().toImage();
            QVERIFY(!image.isNull());
            const QPoint corner = browser->mapTo(&view, QPoint(4, browser->height() - 4));
            QCOMPARE(QColor(image.pixel(corner)), pal.color(QPalette::Base));
            if (!dir.isEmpty()) {
                const QString path =
                    QDir(dir).filePath(dark ? u"paperview-dark.png"_s : u"paperview-light.png"_s);
                QVERIFY(image.save(path));
                qInfo("saved %s", qPrintable(path));
            }
        }
        QApplication::setPalette(original);
    }
};

QTEST_MAIN(TestPaperView)
#include "tst_paperview.moc"
