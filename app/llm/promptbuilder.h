#pragma once

#include "core/paper.h"
#include "core/profile.h"
#include "core/score.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace pd::llm {

// Renders the scoring prompt of a profile. Everything that does not depend on the papers comes
// first (system prompt, then topics, guidance, criteria, registry and instructions) so providers
// can cache that prefix; the papers come last, each fenced as data.
class PromptBuilder
{
public:
    // What a request asks for. Single: the full record per paper (the reference format). Scores:
    // pass 1 of two-pass scoring, the compact {"id","r","n","t","h"} per paper. Details: pass 2, the
    // prose for papers already scored, whose scores the prompt gives.
    enum class Pass { Single, Scores, Details };

    explicit PromptBuilder(const core::Profile &profile);

    // The pass that scores: Scores when the profile has comments for relevant papers only.
    Pass scoringPass() const;
    bool twoPass() const { return scoringPass() == Pass::Scores; }

    QString systemPrompt() const;
    // Everything of the scoring pass's user prompt before the papers.
    QString staticUserPrompt() const { return staticUserPrompt(scoringPass()); }
    QString staticUserPrompt(Pass pass) const;
    QString papersBlock(const QList<core::Paper> &papers) const;
    // staticUserPrompt() + papersBlock(papers) + one closing line.
    QString userPrompt(const QList<core::Paper> &papers) const { return userPrompt(papers, scoringPass()); }
    QString userPrompt(const QList<core::Paper> &papers, Pass pass) const;
    // Pass 2: the papers with the scores pass 1 gave them (one per paper, same order).
    QString detailPrompt(const QList<core::Paper> &papers, const QList<core::Score> &scores) const;
    // The registry body, generated from the topics so ids and labels never drift apart.
    QString topicRegistry() const;
    // Pass 1's registry: the same topics, numbered from 1, which is what "t" names.
    QString numberedTopicRegistry() const;
    // The reply template of a pass, as the prompt shows it.
    static QString replyTemplate(Pass pass);
    // Hex SHA-256 of everything that changes the answer: provider, model, temperature, reasoning
    // effort and the rendered prompt without the papers (both passes' when two-pass, so the
    // "comments for" option is covered; single-pass fingerprints are those of 0.2). Give it the profile as
    // the run resolves it (DailyRun::effectiveProfile), so what is fingerprinted is what is sent. Base URL,
    // batching, thresholds and prices are left out on purpose: changing them must not throw away cached
    // scores.
    QString fingerprint() const;

    // A token count from characters: ceil(chars / charsPerToken). 4 is the usual rule of thumb;
    // a run measures the model's own figure (store::RunRepository::charsPerToken).
    static int estimateTokens(const QString &text, double charsPerToken = 4.0);
    // The ids of the fenced papers in a rendered user prompt, in prompt order.
    static QStringList paperIdsInPrompt(const QString &userPrompt);
    // One paper as fenced in the papers block.
    static QString paperEntry(const core::Paper &paper);

private:
    QString topicList() const;
    QString instructions(Pass pass) const;
    QString rulesFor(Pass pass) const;
    static QString trailer(qsizetype paperCount);

    core::Profile m_profile;
};

} // namespace pd::llm
