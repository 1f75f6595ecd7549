#pragma once

#include "core/paper.h"
#include "core/profile.h"

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
    explicit PromptBuilder(const core::Profile &profile);

    QString systemPrompt() const;
    // Everything of the user prompt before the papers.
    QString staticUserPrompt() const;
    QString papersBlock(const QList<core::Paper> &papers) const;
    // staticUserPrompt() + papersBlock(papers) + one closing line.
    QString userPrompt(const QList<core::Paper> &papers) const;
    // The registry body, generated from the topics so ids and labels never drift apart.
    QString topicRegistry() const;
    // Hex SHA-256 of everything that changes the answer: provider, model, temperature, reasoning
    // effort and the rendered prompt without the papers. Give it the profile as the run resolves it
    // (DailyRun::effectiveProfile), so what is fingerprinted is what is sent. Base URL, batching, thresholds
    // and prices are left out on purpose: changing them must not throw away cached scores.
    QString fingerprint() const;

    // A rough token count (ceil(chars / 4)), good enough for budgeting and benchmarks.
    static int estimateTokens(const QString &text);
    // The ids of the fenced papers in a rendered user prompt, in prompt order.
    static QStringList paperIdsInPrompt(const QString &userPrompt);
    // One paper as fenced in the papers block.
    static QString paperEntry(const core::Paper &paper);

private:
    QString topicList() const;
    QString instructions() const;
    static QString trailer(qsizetype paperCount);

    core::Profile m_profile;
};

} // namespace pd::llm
