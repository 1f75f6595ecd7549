#pragma once

#include "core/profile.h"
#include "store/daypaper.h"

#include <QSet>
#include <QUrl>
#include <QWidget>

#include <optional>

class QTextBrowser;
class QToolButton;

namespace pd::ui {

// The detail pane: one paper with its score, rendered from Markdown in which every field that
// comes from arXiv, the model or the user is escaped, so none of it can form markup or links.
// Only http(s) links leave the view, through openUrlRequested; the window opens them. The view's
// own links (Explain this score, Try again) stay inside it as explainRequested.
class PaperView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaperView)

public:
    explicit PaperView(QWidget *parent = nullptr);

    // Topic labels and the relevance thresholds come from the profile.
    void setProfile(const core::Profile &profile);
    void setThresholds(const core::Profile::Thresholds &thresholds);
    // Why For you scored the paper as it did (rank::Explanation): shown under its score.
    struct ForYouReason {
        QStringList similarTo; // titles of the liked papers and references closest to it
        QStringList terms;     // the words that raised its score most
    };
    void setPaper(const store::DayPaper &paper, const ForYouReason &reason = {});
    void clear();
    bool hasPaper() const { return m_paper.has_value(); }
    // Papers whose comment has been asked for and not yet come: no second Explain for them.
    void setExplaining(const QSet<QString> &arxivIds);

    // The link that asks for the shown paper's comment ("Explain this score", "Try again").
    static QUrl explainUrl();

    // The HTML last given to the browser (rendered from the Markdown).
    QString html() const { return m_html; }

    static bool isSafeUrl(const QUrl &url);
    // Whether the paper's score can be explained: a current language-model score that came
    // without its comment (pass 1 only, or the comment could not be had).
    static bool canExplain(const store::DayPaper &paper);

    // Opens a note editor for the shown paper (not modal to the application); the answer comes
    // as noteChanged().
    void editNote();

Q_SIGNALS:
    void openUrlRequested(const QUrl &url);
    void starToggled(const QString &arxivId, bool starred);
    void readToggled(const QString &arxivId, bool read);
    // Like or Dislike pressed: the reaction to set (None when the same one is pressed again).
    void reactionRequested(const QString &arxivId, core::ReadingState::Reaction reaction);
    void noteChanged(const QString &arxivId, const QString &note);
    // The user asked for the prose of a paper whose score came without it (pass 1 only), or whose
    // prose pass 2 could not get.
    void explainRequested(const QString &arxivId);
    // Save to Zotero pressed for the shown paper.
    void zoteroRequested(const QString &arxivId);

protected:
    void changeEvent(QEvent *event) override;

private:
    QToolButton *addAction(const QString &objectName, const QString &iconName);
    void retranslate();
    void render();
    QString markdown() const;
    static QString identityMarkdown(const store::DayPaper &paper);
    static QString detailsMarkdown(const core::Paper &paper);
    QString scoreMarkdown(const store::DayPaper &paper) const;
    QString headlineMarkdown(const store::DayPaper &paper) const;
    QString topicsMarkdown(const core::Score &score) const;
    QString hotspotMarkdown(const core::Score &score) const;
    QString missingCommentMarkdown(const store::DayPaper &paper) const;
    QString forYouMarkdown(const store::DayPaper &paper) const;
    void react(core::ReadingState::Reaction reaction);
    QString topicLabel(const QString &id) const;
    QString styleSheet() const;
    void updateActions();
    void openLink(const QUrl &url);
    void toggleStar();
    void toggleRead();
    void copyBibtex();

    core::Profile m_profile;
    std::optional<store::DayPaper> m_paper;
    ForYouReason m_reason;
    QSet<QString> m_explaining;
    QString m_html;
    QTextBrowser *m_browser = nullptr;
    QToolButton *m_openAbstract = nullptr;
    QToolButton *m_openPdf = nullptr;
    QToolButton *m_copyBibtex = nullptr;
    QToolButton *m_zotero = nullptr;
    QToolButton *m_star = nullptr;
    QToolButton *m_read = nullptr;
    QToolButton *m_note = nullptr;
    QToolButton *m_like = nullptr;
    QToolButton *m_dislike = nullptr;
};

} // namespace pd::ui
