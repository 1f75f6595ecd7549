#pragma once

#include "core/profile.h"
#include "store/daypaper.h"

#include <QUrl>
#include <QWidget>

#include <optional>

class QTextBrowser;
class QToolButton;

namespace pd::ui {

// The detail pane: one paper with its score, rendered from Markdown in which every field that
// comes from arXiv, the model or the user is escaped, so none of it can form markup or links.
// Only http(s) links leave the view, through openUrlRequested; the window opens them.
class PaperView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PaperView)

public:
    explicit PaperView(QWidget *parent = nullptr);

    // Topic labels and the relevance thresholds come from the profile.
    void setProfile(const core::Profile &profile);
    void setThresholds(const core::Profile::Thresholds &thresholds);
    void setPaper(const store::DayPaper &paper);
    void clear();
    bool hasPaper() const { return m_paper.has_value(); }

    // The HTML last given to the browser (rendered from the Markdown).
    QString html() const { return m_html; }

    static bool isSafeUrl(const QUrl &url);

    // Opens a note editor for the shown paper (not modal to the application); the answer comes
    // as noteChanged().
    void editNote();

Q_SIGNALS:
    void openUrlRequested(const QUrl &url);
    void starToggled(const QString &arxivId, bool starred);
    void readToggled(const QString &arxivId, bool read);
    void noteChanged(const QString &arxivId, const QString &note);

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
    QString topicLabel(const QString &id) const;
    QString styleSheet() const;
    void updateActions();
    void openLink(const QUrl &url);
    void toggleStar();
    void toggleRead();
    void copyBibtex();

    core::Profile m_profile;
    std::optional<store::DayPaper> m_paper;
    QString m_html;
    QTextBrowser *m_browser = nullptr;
    QToolButton *m_openAbstract = nullptr;
    QToolButton *m_openPdf = nullptr;
    QToolButton *m_copyBibtex = nullptr;
    QToolButton *m_star = nullptr;
    QToolButton *m_read = nullptr;
    QToolButton *m_note = nullptr;
};

} // namespace pd::ui
