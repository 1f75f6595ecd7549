#include "paperview.h"

#include "core/texunicode.h"
#include "digest/bibtex.h"
#include "digest/markdownrenderer.h"
#include "flowlayout.h"
#include "hotspotlabel.h"
#include "paperstatetext.h"
#include "pipeline/dayview.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QInputDialog>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pd::ui {

using core::TexToUnicode;
using digest::MarkdownRenderer;

namespace {

// Giant collaborations list hundreds of authors; the pane shows the first ones.
constexpr int MaxAuthorsShown = 25;

QString esc(const QString &text)
{
    return MarkdownRenderer::escapeInline(text);
}

// Untrusted TeX-ish text from arXiv, shown as Unicode and escaped.
QString tex(const QString &text)
{
    return esc(TexToUnicode::convert(text));
}

QString bold(const QString &label)
{
    return u"**"_s + esc(label) + u"**"_s;
}

QString italic(const QString &text)
{
    return u"*"_s + esc(text) + u"*"_s;
}

// A link whose target we built ourselves; `text` is already Markdown.
QString link(const QString &text, const QUrl &url)
{
    if (!PaperView::isSafeUrl(url)) {
        return text;
    }
    // FullyEncoded leaves no space, '<' or '>' that could end the <…> destination early.
    return u'[' + text + u"](<"_s + url.toString(QUrl::FullyEncoded) + u">)"_s;
}

// A link to one of the view's own actions; `text` is already Markdown.
QString actionLink(const QString &text, const QUrl &url)
{
    return u'[' + text + u"](<"_s + url.toString(QUrl::FullyEncoded) + u">)"_s;
}

// The user's note keeps its line breaks; blank lines separate paragraphs.
QString noteMarkdown(const QString &note)
{
    QStringList paragraphs;
    QStringList lines;
    const QStringList rawLines = note.split(QRegularExpression(u"\r\n|\r|\n"_s));
    for (const QString &line : rawLines) {
        if (line.trimmed().isEmpty()) {
            if (!lines.isEmpty()) {
                paragraphs << lines.join(u"\\\n"_s);
                lines.clear();
            }
            continue;
        }
        lines << esc(line);
    }
    if (!lines.isEmpty()) {
        paragraphs << lines.join(u"\\\n"_s);
    }
    return paragraphs.join(u"\n\n"_s);
}

} // namespace

PaperView::PaperView(QWidget *parent)
    : QWidget(parent)
{
    // A flow, not a box layout or a tool bar: on a narrow pane the buttons wrap onto a second
    // line instead of forcing the pane (and the splitter) wider, or hiding in a tool bar's
    // overflow, which cannot show buttons that are widgets.
    auto *actions = new QWidget(this);
    actions->setObjectName(u"paperActions"_s);
    auto *flow = new FlowLayout(actions);
    flow->setContentsMargins(4, 3, 4, 3);
    m_openAbstract = addAction(u"openAbstractButton"_s, u"internet-web-browser"_s);
    m_openPdf = addAction(u"openPdfButton"_s, u"application-pdf"_s);
    m_copyBibtex = addAction(u"copyBibtexButton"_s, u"edit-copy"_s);
    m_zotero = addAction(u"zoteroButton"_s, u"document-save"_s);
    m_star = addAction(u"starButton"_s, u"starred"_s);
    m_read = addAction(u"readButton"_s, u"mail-read"_s);
    m_note = addAction(u"noteButton"_s, u"document-edit"_s);
    m_like = addAction(u"likeButton"_s, u"thumbs-up"_s);
    m_dislike = addAction(u"dislikeButton"_s, u"thumbs-down"_s);
    for (QToolButton *button :
         {m_openAbstract, m_openPdf, m_copyBibtex, m_zotero, m_star, m_read, m_note, m_like, m_dislike}) {
        flow->addWidget(button);
    }
    m_star->setCheckable(true);
    m_like->setCheckable(true);
    m_dislike->setCheckable(true);

    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(u"paperBrowser"_s);
    m_browser->setOpenLinks(false);
    m_browser->setOpenExternalLinks(false);
    m_browser->setFrameShape(QFrame::NoFrame);
    m_browser->document()->setDocumentMargin(14);
    // The text wraps to the pane (long ids and URLs anywhere): a sideways scroll bar would only
    // ever show the few pixels a vertical one takes when it appears.
    m_browser->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_browser->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(actions);
    layout->addWidget(m_browser, 1);
    // Focus lands on the text (scrolling with the keys) rather than on the first button.
    setFocusProxy(m_browser);
    QWidget::setTabOrder(m_browser, m_openAbstract);

    connect(m_browser, &QTextBrowser::anchorClicked, this, &PaperView::openLink);
    connect(m_openAbstract, &QToolButton::clicked, this, [this] {
        if (m_paper) {
            openLink(QUrl(m_paper->paper().absUrl()));
        }
    });
    connect(m_openPdf, &QToolButton::clicked, this, [this] {
        if (m_paper) {
            openLink(QUrl(m_paper->paper().pdfUrl()));
        }
    });
    connect(m_copyBibtex, &QToolButton::clicked, this, &PaperView::copyBibtex);
    connect(m_zotero, &QToolButton::clicked, this, [this] {
        if (m_paper) {
            Q_EMIT zoteroRequested(m_paper->paper().arxivId);
        }
    });
    connect(m_star, &QToolButton::clicked, this, &PaperView::toggleStar);
    connect(m_read, &QToolButton::clicked, this, &PaperView::toggleRead);
    connect(m_note, &QToolButton::clicked, this, &PaperView::editNote);
    connect(m_like, &QToolButton::clicked, this, [this] { react(core::ReadingState::Reaction::Like); });
    connect(m_dislike, &QToolButton::clicked, this, [this] { react(core::ReadingState::Reaction::Dislike); });

    retranslate();
    clear();
}

QToolButton *PaperView::addAction(const QString &objectName, const QString &iconName)
{
    auto *button = new QToolButton(this);
    button->setObjectName(objectName);
    button->setAutoRaise(true);
    // Themes without the icon get a text-only button rather than an empty square.
    const QIcon icon = QIcon::fromTheme(iconName);
    button->setIcon(icon);
    button->setToolButtonStyle(icon.isNull() ? Qt::ToolButtonTextOnly : Qt::ToolButtonTextBesideIcon);
    return button;
}

void PaperView::retranslate()
{
    m_openAbstract->setText(tr("Open abstract"));
    m_openAbstract->setToolTip(tr("Open the paper's arXiv abstract page in your browser"));
    m_openPdf->setText(tr("Open PDF"));
    m_openPdf->setToolTip(tr("Open the paper's PDF on arXiv in your browser"));
    m_copyBibtex->setText(tr("Copy BibTeX"));
    m_copyBibtex->setToolTip(tr("Copy a BibTeX entry for this paper to the clipboard"));
    m_zotero->setText(tr("Save to Zotero"));
    m_zotero->setToolTip(tr("Send this paper to the Zotero app running on this computer"));
    m_star->setToolTip(tr("Star this paper to find it again under Starred, or remove the star"));
    m_read->setToolTip(tr("Mark this paper as read or unread"));
    m_note->setToolTip(tr("Write a note about this paper"));
    m_like->setText(tr("Like"));
    m_like->setToolTip(tr("More papers like this one in For you (+)"));
    m_dislike->setText(tr("Dislike"));
    m_dislike->setToolTip(tr("Fewer papers like this one in For you (-)"));
    m_browser->setAccessibleName(tr("Paper details"));
    updateActions();
}

void PaperView::setProfile(const core::Profile &profile)
{
    m_profile = profile;
    render();
}

void PaperView::setThresholds(const core::Profile::Thresholds &thresholds)
{
    if (thresholds == m_profile.thresholds) {
        return;
    }
    m_profile.thresholds = thresholds;
    render();
}

void PaperView::setPaper(const store::DayPaper &paper, const ForYouReason &reason)
{
    m_paper = paper;
    m_reason = reason;
    render();
    updateActions();
}

void PaperView::clear()
{
    m_paper.reset();
    render();
    updateActions();
}

void PaperView::setExplaining(const QSet<QString> &arxivIds)
{
    if (arxivIds == m_explaining) {
        return;
    }
    m_explaining = arxivIds;
    render();
}

QUrl PaperView::explainUrl()
{
    return QUrl(u"paperdesk:explain"_s);
}

bool PaperView::isSafeUrl(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid() && (scheme == u"http" || scheme == u"https") && !url.host().isEmpty();
}

void PaperView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // The style sheet carries palette colours, so a theme switch needs a fresh render.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        render();
    } else if (event->type() == QEvent::LanguageChange && m_star) {
        retranslate();
        render();
    }
}

QString PaperView::styleSheet() const
{
    const QPalette pal = palette();
    return u"a { color: %1; text-decoration: none; }\n"
           u"h2 { font-size: x-large; margin-top: 0px; margin-bottom: 6px; }\n"
           u"h3 { font-size: medium; margin-top: 16px; margin-bottom: 4px; }\n"
           u"p { margin-top: 0px; margin-bottom: 6px; line-height: 125%; }\n"_s.arg(
               pal.color(QPalette::Link).name());
}

void PaperView::render()
{
    if (!m_browser) {
        return;
    }
    const QScrollBar *bar = m_browser->verticalScrollBar();
    const int scroll = bar->value();
    const bool samePaper = m_paper && m_browser->property("arxivId").toString() == m_paper->paper().arxivId;
    m_html = MarkdownRenderer::toHtml(markdown());
    m_browser->document()->setDefaultStyleSheet(styleSheet());
    m_browser->setHtml(m_html);
    m_browser->setProperty("arxivId", m_paper ? m_paper->paper().arxivId : QString());
    // Re-rendering the same paper (a new note, a palette change) keeps the reading position.
    m_browser->verticalScrollBar()->setValue(samePaper ? scroll : 0);
}

QString PaperView::markdown() const
{
    if (!m_paper) {
        return italic(tr("Select a paper to read it here."));
    }
    const core::Paper &p = m_paper->paper();
    QStringList blocks;

    const QString title = p.title.trimmed().isEmpty() ? esc(tr("(untitled)")) : tex(p.title);
    blocks << u"## "_s + (p.arxivId.isEmpty() ? title : link(title, QUrl(p.absUrl())));

    blocks << identityMarkdown(*m_paper);

    if (!p.authors.isEmpty()) {
        QStringList names;
        for (qsizetype i = 0; i < p.authors.size() && i < MaxAuthorsShown; ++i) {
            names << tex(p.authors.at(i));
        }
        QString line = names.join(u", "_s);
        if (p.authors.size() > MaxAuthorsShown) {
            line += u' ' + esc(tr("… and %n more", nullptr, int(p.authors.size() - MaxAuthorsShown)));
        }
        blocks << line;
    }

    blocks << u"### "_s + esc(tr("Assessment"));
    blocks << scoreMarkdown(*m_paper);
    if (const QString forYou = forYouMarkdown(*m_paper); !forYou.isEmpty()) {
        blocks << forYou;
    }

    blocks << u"### "_s + esc(tr("Abstract"));
    blocks << (p.abstract.trimmed().isEmpty()
                   ? italic(tr("No abstract."))
                   : MarkdownRenderer::escapeParagraphs(TexToUnicode::convert(p.abstract)));

    if (const QString details = detailsMarkdown(p); !details.isEmpty()) {
        blocks << details;
    }

    const QString note = m_paper->reading.note.trimmed();
    if (!note.isEmpty()) {
        blocks << u"### "_s + esc(tr("Your note"));
        blocks << noteMarkdown(note);
    }
    return blocks.join(u"\n\n"_s) + u'\n';
}

QString PaperView::identityMarkdown(const store::DayPaper &paper)
{
    const core::Paper &p = paper.paper();
    QStringList identity;
    identity << esc(u"arXiv:%1v%2"_s.arg(p.arxivId).arg(p.version));
    if (!p.categories.isEmpty()) {
        QStringList categories{bold(p.categories.first())};
        for (qsizetype i = 1; i < p.categories.size(); ++i) {
            categories << esc(p.categories.at(i));
        }
        identity << categories.join(u", "_s);
    }
    switch (paper.listing.type) {
    case core::AnnounceType::New:
        identity << esc(tr("new submission"));
        break;
    case core::AnnounceType::Cross:
        identity << esc(tr("cross-list"));
        break;
    case core::AnnounceType::Replace:
        identity << esc(tr("replacement"));
        break;
    case core::AnnounceType::ReplaceCross:
        identity << esc(tr("cross-list replacement"));
        break;
    }
    return identity.join(u" · "_s);
}

QString PaperView::detailsMarkdown(const core::Paper &p)
{
    QStringList details;
    if (!p.comments.trimmed().isEmpty()) {
        details << bold(tr("Comments:")) + u' ' + tex(p.comments);
    }
    if (!p.journalRef.trimmed().isEmpty()) {
        details << bold(tr("Journal reference:")) + u' ' + tex(p.journalRef);
    }
    if (!p.doi.trimmed().isEmpty()) {
        QUrl doi;
        doi.setScheme(u"https"_s);
        doi.setHost(u"doi.org"_s);
        doi.setPath(u'/' + p.doi.trimmed(), QUrl::DecodedMode);
        details << bold(tr("DOI:")) + u' ' + link(esc(p.doi.trimmed()), doi);
    }
    return details.join(u"\n\n"_s);
}

QString PaperView::scoreMarkdown(const store::DayPaper &paper) const
{
    QStringList lines;
    switch (paper.state) {
    case core::PaperState::Filtered:
        lines << bold(tr("Filtered out before scoring:")) + u' ' + esc(paper.listing.filterReason);
        return lines.join(u"\n\n"_s);
    case core::PaperState::Unscored:
        return italic(tr("Not scored yet under this profile."));
    case core::PaperState::Failed: {
        const QString failure = paper.score ? paper.score->failure.trimmed() : QString();
        lines << bold(tr("Scoring failed:")) + u' ' +
                     esc(failure.isEmpty() ? tr("no reason was recorded") : failure);
        return lines.join(u"\n\n"_s);
    }
    case core::PaperState::Scored:
    case core::PaperState::Stale:
        break;
    }
    const core::Score &score = *paper.score;
    lines << headlineMarkdown(paper);
    if (paper.state == core::PaperState::Stale) {
        lines << italic(PaperStateText::stale(paper) + u' ' + PaperStateText::staleHint());
    }
    if (!paper.currentFailure.isEmpty()) {
        // The earlier score stays in view; the failure under the current settings beside it.
        lines << bold(tr("Scoring under the current settings failed:")) + u' ' + esc(paper.currentFailure);
    }
    if (const QString topics = topicsMarkdown(score); !topics.isEmpty()) {
        lines << topics;
    }
    if (const QString hot = hotspotMarkdown(score); !hot.isEmpty()) {
        lines << hot;
    }
    if (!score.comment.trimmed().isEmpty()) {
        lines << bold(tr("Comment:")) + u' ' + esc(score.comment);
    }
    if (!score.topicMatch.trimmed().isEmpty()) {
        lines << bold(tr("Topic match:")) + u' ' + esc(score.topicMatch);
    }
    if (const QString missing = missingCommentMarkdown(paper); !missing.isEmpty()) {
        lines << missing;
    }
    return lines.join(u"\n\n"_s);
}

bool PaperView::canExplain(const store::DayPaper &paper)
{
    // Only a current language-model score can be explained under the current settings.
    return paper.score && paper.state == core::PaperState::Scored && !paper.score->heuristic &&
           paper.score->detail != core::Score::Detail::Asked;
}

QString PaperView::missingCommentMarkdown(const store::DayPaper &paper) const
{
    const core::Score &score = *paper.score;
    if (!canExplain(paper)) {
        return {};
    }
    if (m_explaining.contains(paper.paper().arxivId)) {
        return italic(tr("Asking the model for its comment on this paper…"));
    }
    if (score.detail == core::Score::Detail::Failed) {
        const QString reason = score.detailFailure.trimmed();
        return bold(tr("No comment:")) + u' ' +
               esc(reason.isEmpty() ? tr("no reason was recorded") : reason) + u' ' +
               actionLink(esc(tr("Try again")), explainUrl());
    }
    const QString why = pipeline::DayView::isRelevant(paper, m_profile.thresholds)
                            ? tr("No comment yet: it was not asked while this paper scored below your "
                                 "thresholds.")
                            : tr("No comment: comments are asked only for papers that pass your thresholds "
                                 "or carry a hotspot tag.");
    return italic(why) + u' ' + actionLink(esc(tr("Explain this score")), explainUrl());
}

QString PaperView::headlineMarkdown(const store::DayPaper &paper) const
{
    const core::Score &score = *paper.score;
    const core::Profile::Thresholds &t = m_profile.thresholds;
    const QString verdict =
        pipeline::DayView::isRelevant(paper, t)
            ? esc(tr("relevant"))
            : esc(tr("below your thresholds (relevance %1, novelty %2)").arg(t.relevance).arg(t.novelty));
    QString headline =
        bold(tr("Relevance %1 · Novelty %2").arg(score.relevance).arg(score.novelty)) + u" · "_s + verdict;
    if (score.heuristic) {
        headline += u" · "_s + italic(tr("heuristic estimate, not a language model's score"));
    }
    return headline;
}

QString PaperView::topicsMarkdown(const core::Score &score) const
{
    QString topics;
    if (!score.primaryTopic.isEmpty()) {
        topics = bold(tr("Topic:")) + u' ' + esc(topicLabel(score.primaryTopic));
    }
    QStringList also;
    for (const QString &id : score.matchedTopics) {
        if (id != score.primaryTopic) {
            also << esc(topicLabel(id));
        }
    }
    if (!also.isEmpty()) {
        topics +=
            (topics.isEmpty() ? QString() : u" · "_s) + bold(tr("Also matches:")) + u' ' + also.join(u", "_s);
    }
    return topics;
}

QString PaperView::hotspotMarkdown(const core::Score &score) const
{
    if (score.hotspotTags.isEmpty() && score.hotspotComment.trimmed().isEmpty()) {
        return {};
    }
    QStringList tags;
    for (const QString &tag : score.hotspotTags) {
        tags << esc(hotspotLabel(tag));
    }
    QString hot = bold(tr("Hotspot:")) + u' ' + tags.join(u", "_s);
    if (!score.hotspotComment.trimmed().isEmpty()) {
        hot += (tags.isEmpty() ? QString() : u" — "_s) + esc(score.hotspotComment);
    }
    return hot;
}

QString PaperView::topicLabel(const QString &id) const
{
    const core::Topic *topic = m_profile.topic(id);
    return topic && !topic->label.isEmpty() ? topic->label : id;
}

void PaperView::updateActions()
{
    const bool has = m_paper.has_value();
    for (QToolButton *button :
         {m_openAbstract, m_openPdf, m_copyBibtex, m_zotero, m_star, m_read, m_note, m_like, m_dislike}) {
        button->setEnabled(has);
    }
    m_like->setChecked(has && m_paper->reading.reaction == core::ReadingState::Reaction::Like);
    m_dislike->setChecked(has && m_paper->reading.reaction == core::ReadingState::Reaction::Dislike);
    const bool starred = has && m_paper->reading.starred;
    const bool read = has && m_paper->reading.read;
    m_star->setChecked(starred);
    m_star->setText(starred ? tr("Unstar") : tr("Star"));
    m_read->setText(read ? tr("Mark unread") : tr("Mark read"));
    m_note->setText(has && !m_paper->reading.note.trimmed().isEmpty() ? tr("Edit note…") : tr("Note…"));
}

void PaperView::openLink(const QUrl &url)
{
    if (url == explainUrl()) {
        if (m_paper && !m_explaining.contains(m_paper->paper().arxivId)) {
            Q_EMIT explainRequested(m_paper->paper().arxivId);
        }
        return;
    }
    if (isSafeUrl(url)) {
        Q_EMIT openUrlRequested(url);
    }
}

QString PaperView::forYouMarkdown(const store::DayPaper &paper) const
{
    if (!paper.forYou) {
        return {};
    }
    QString line = bold(tr("For you:")) + u' ' + esc(QLocale().toString(*paper.forYou, 'f', 1));
    if (!m_reason.similarTo.isEmpty()) {
        QStringList titles;
        for (const QString &title : m_reason.similarTo) {
            titles << u"“"_s + tex(title) + u"”"_s;
        }
        line += u" · "_s + esc(tr("like your library:")) + u' ' + titles.join(u", "_s);
    }
    if (!m_reason.terms.isEmpty()) {
        line += u" · "_s + esc(tr("words that count:")) + u' ' + esc(m_reason.terms.join(u", "_s));
    }
    return line;
}

void PaperView::react(core::ReadingState::Reaction reaction)
{
    if (!m_paper) {
        return;
    }
    const auto next = m_paper->reading.reaction == reaction ? core::ReadingState::Reaction::None : reaction;
    m_paper->reading.reaction = next;
    updateActions();
    Q_EMIT reactionRequested(m_paper->paper().arxivId, next);
}

void PaperView::toggleStar()
{
    if (!m_paper) {
        return;
    }
    m_paper->reading.starred = !m_paper->reading.starred;
    updateActions();
    Q_EMIT starToggled(m_paper->paper().arxivId, m_paper->reading.starred);
}

void PaperView::toggleRead()
{
    if (!m_paper) {
        return;
    }
    m_paper->reading.read = !m_paper->reading.read;
    updateActions();
    Q_EMIT readToggled(m_paper->paper().arxivId, m_paper->reading.read);
}

void PaperView::copyBibtex()
{
    if (!m_paper) {
        return;
    }
    QApplication::clipboard()->setText(digest::Bibtex::entry(m_paper->paper()));
    m_copyBibtex->setText(tr("Copied"));
    QTimer::singleShot(1500, this, [this] { m_copyBibtex->setText(tr("Copy BibTeX")); });
}

void PaperView::editNote()
{
    if (!m_paper) {
        return;
    }
    // A window-modal dialog without a nested event loop; the answer arrives as a signal and
    // belongs to the paper it was opened for, even if the view has moved on since.
    const QString arxivId = m_paper->paper().arxivId;
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(u"noteDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Note"));
    dialog->setLabelText(tr("Your note on arXiv:%1:").arg(arxivId));
    dialog->setInputMode(QInputDialog::TextInput);
    dialog->setOption(QInputDialog::UsePlainTextEditForTextInput);
    dialog->setTextValue(m_paper->reading.note);
    connect(dialog, &QInputDialog::textValueSelected, this, [this, arxivId](const QString &text) {
        if (m_paper && m_paper->paper().arxivId == arxivId) {
            if (m_paper->reading.note == text) {
                return;
            }
            m_paper->reading.note = text;
            render();
            updateActions();
        }
        Q_EMIT noteChanged(arxivId, text);
    });
    dialog->open();
}

} // namespace pd::ui
