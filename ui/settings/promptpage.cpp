#include "promptpage.h"

#include "core/money.h"
#include "llm/costestimate.h"
#include "llm/promptbuilder.h"
#include "pageparts.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace pd::ui::settings {

namespace {

core::Paper paper(const QString &id, const QString &title, const QStringList &authors,
                  const QString &abstract)
{
    core::Paper p;
    p.arxivId = id;
    p.title = title;
    p.authors = authors;
    p.abstract = abstract;
    p.categories = {u"cs.LG"_s};
    return p;
}

} // namespace

QList<core::Paper> PromptPage::samplePapers()
{
    // Made-up papers of typical length: the token estimate scales from them.
    return {
        paper(u"2604.00001"_s, u"Routing Stability in Sparse Mixture-of-Experts Language Models"_s,
              {u"A. Example"_s, u"B. Sample"_s, u"C. Placeholder"_s, u"D. Fictional"_s},
              u"Sparse mixture-of-experts models route each token to a few experts, but the routing "
              u"decisions drift during training and leave experts idle. We analyse this drift as a "
              u"feedback loop between router logits and expert specialisation and show that a simple "
              u"normalisation of router inputs removes the instability. Across models from 100M to 7B "
              u"parameters the method keeps all experts in use, reduces loss spikes, and improves "
              u"perplexity at equal compute. We release code and training logs."_s),
        paper(u"2604.00002"_s, u"A Benchmark for Long-Context Retrieval in Customer Support Chats"_s,
              {u"E. Imaginary"_s, u"F. Invented"_s},
              u"We collect 12,000 customer support conversations and annotate which earlier turns are "
              u"needed to answer the final question. Using this benchmark we evaluate eleven "
              u"retrieval-augmented chat systems and find that all of them degrade beyond 40 turns. "
              u"We discuss practical guidelines for deploying such systems in production."_s),
        paper(u"2604.00003"_s, u"World Models that Learn to Explore Without Rewards"_s,
              {u"G. Notreal"_s, u"H. Madeup"_s, u"I. Dummy"_s},
              u"We present an agent that learns an action-conditioned world model from pixels and uses "
              u"the model's own prediction disagreement as the only training signal. Without any "
              u"external reward the agent discovers skills that transfer zero-shot to 18 downstream "
              u"control tasks, and we prove that disagreement-driven exploration covers the reachable "
              u"state space in a class of latent dynamical systems."_s),
    };
}

PromptPage::PromptPage(QWidget *parent)
    : SettingsPage(parent)
    , m_defaults(core::ProfileJson::defaultProfile().prompt)
{
    m_parts = {
        {u"system"_s, &core::Profile::Prompt::system},
        {u"introduction"_s, &core::Profile::Prompt::introduction},
        {u"hotspotGuidance"_s, &core::Profile::Prompt::hotspotGuidance},
        {u"scoringCriteria"_s, &core::Profile::Prompt::scoringCriteria},
        {u"outputRules"_s, &core::Profile::Prompt::outputRules},
    };
    const QStringList titles{tr("System"), tr("Introduction"), tr("Hotspots"), tr("Scoring"),
                             tr("Output rules")};
    const QStringList explanations{
        tr("Sent as the system message: who the model is and what it is for."),
        tr("Opens the user prompt, before the list of topics."),
        tr("What usually belongs to the daily hotspot feed rather than your topics."),
        tr("How to score relevance and novelty from 1 to 10."),
        tr("Rules for the answer's fields. The JSONL format itself is fixed, because Paperdesk reads it."),
    };

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(u"promptParts"_s);
    m_tabs->setDocumentMode(true);
    for (qsizetype i = 0; i < m_parts.size(); ++i) {
        m_tabs->addTab(buildPart(m_parts[i], explanations.at(i)), titles.at(i));
    }

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_tabs);
    splitter->addWidget(buildPreview());
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
}

QWidget *PromptPage::buildPart(Part &part, const QString &explanation)
{
    part.editor = PageParts::textEdit(part.key, {}, 8);
    part.reset = new QPushButton(tr("Reset to Default"));
    part.reset->setObjectName(u"reset_"_s + part.key);
    part.reset->setToolTip(tr("Replace this part with Paperdesk's built-in text"));
    connect(part.editor, &QPlainTextEdit::textChanged, this, [this] {
        if (m_filling) {
            return;
        }
        updateResetButtons();
        updatePreview();
        Q_EMIT changed();
    });
    const QString key = part.key;
    connect(part.reset, &QPushButton::clicked, this, [this, key] { resetToDefault(key); });

    auto *row = new QHBoxLayout;
    row->addWidget(PageParts::hint(explanation), 1);
    row->addWidget(part.reset, 0, Qt::AlignTop);

    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 8, 2, 0);
    layout->addLayout(row);
    layout->addWidget(part.editor, 1);
    return page;
}

QWidget *PromptPage::buildPreview()
{
    m_preview = PageParts::preview(u"promptPreview"_s);
    m_tokens = new QLabel;
    m_tokens->setObjectName(u"tokenEstimate"_s);
    m_tokens->setWordWrap(true);
    m_cost = new QLabel;
    m_cost->setObjectName(u"costEstimate"_s);
    m_cost->setWordWrap(true);

    auto *box = new QGroupBox(
        tr("Preview: the user prompt for a sample batch of %1 papers").arg(samplePapers().size()));
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(PageParts::hint(tr("The system prompt is sent with it as the system message; "
                                         "the papers are made up.")));
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_tokens);
    layout->addWidget(m_cost);
    return box;
}

QString PromptPage::title() const
{
    return tr("Prompt");
}

QString PromptPage::subtitle() const
{
    return tr("How the model is asked to judge each paper.");
}

void PromptPage::load(const core::Profile &profile)
{
    m_edited = profile;
    m_filling = true;
    for (const Part &part : std::as_const(m_parts)) {
        part.editor->setPlainText(profile.prompt.*part.field);
    }
    m_filling = false;
    updateResetButtons();
    updatePreview();
    Q_EMIT changed();
}

void PromptPage::save(core::Profile &profile) const
{
    for (const Part &part : m_parts) {
        profile.prompt.*part.field = part.editor->toPlainText();
    }
}

QString PromptPage::validate() const
{
    // Every part may be empty: the built-in structure of the prompt still holds.
    return {};
}

void PromptPage::profileEdited(const core::Profile &profile)
{
    m_edited = profile;
    updatePreview();
}

void PromptPage::setMeasuredCharsPerToken(const QHash<QString, double> &byModel)
{
    m_charsPerToken = byModel;
    updatePreview();
}

void PromptPage::setScannedCount(int papers)
{
    m_scannedKnown = papers > 0;
    m_scanned = m_scannedKnown ? papers : DefaultScannedCount;
    updatePreview();
}

void PromptPage::resetToDefault(const QString &part)
{
    for (const Part &p : std::as_const(m_parts)) {
        if (p.key == part) {
            p.editor->setPlainText(m_defaults.*p.field); // textChanged updates the rest
        }
    }
}

void PromptPage::updateResetButtons()
{
    for (const Part &part : std::as_const(m_parts)) {
        part.reset->setEnabled(part.editor->toPlainText() != m_defaults.*part.field);
    }
}

void PromptPage::updatePreview()
{
    core::Profile profile = m_edited;
    save(profile);
    const llm::PromptBuilder builder(profile);
    const QList<core::Paper> samples = samplePapers();
    const QString user = builder.userPrompt(samples);
    if (m_preview->toPlainText() != user) {
        const int scroll = m_preview->verticalScrollBar()->value();
        m_preview->setPlainText(user);
        m_preview->verticalScrollBar()->setValue(scroll);
    }

    const QLocale locale;
    // The ratio the provider's own counts gave for this model on earlier runs, else the usual 4.
    const bool measured = m_charsPerToken.contains(profile.model.model);
    const double ratio = m_charsPerToken.value(profile.model.model, llm::CostEstimate::DefaultCharsPerToken);
    const int system = llm::PromptBuilder::estimateTokens(builder.systemPrompt(), ratio);
    const int fixed = llm::PromptBuilder::estimateTokens(builder.staticUserPrompt(), ratio);
    const int perPaper = llm::PromptBuilder::estimateTokens(builder.papersBlock(samples), ratio) /
                         static_cast<int>(samples.size());
    QString sizes = tr("About %1 tokens for this batch: %2 for the system prompt and the instructions, "
                       "%3 per paper.")
                        .arg(locale.toString(system + llm::PromptBuilder::estimateTokens(user, ratio)),
                             locale.toString(system + fixed), locale.toString(perPaper));
    if (measured) {
        sizes += u' ' + tr("(%1 characters per token, as %2 counted them on earlier runs.)")
                            .arg(locale.toString(ratio, 'f', 1), profile.model.model);
    }
    m_tokens->setText(sizes);

    if (profile.model.provider == core::Profile::Provider::Heuristic) {
        m_cost->setText(tr("The offline heuristic scores for free."));
        return;
    }
    // Budget mode leaves the model the top share by For you (once the ranker has its likes).
    const int scored = profile.sources.budgetMode
                           ? static_cast<int>(std::ceil(m_scanned * profile.sources.budgetTopPercent / 100.0))
                           : m_scanned;
    const core::Usage day = llm::CostEstimate::forDay(profile, scored, perPaper, ratio);
    QString papers = m_scannedKnown
                         ? tr("the %1 papers scanned on the last fetched day").arg(locale.toString(m_scanned))
                         : tr("a typical day of %1 papers").arg(locale.toString(m_scanned));
    if (scored != m_scanned) {
        const core::Usage all = llm::CostEstimate::forDay(profile, m_scanned, perPaper, ratio);
        const std::optional<double> saved = all.totalCost() && day.totalCost()
                                                ? std::optional(*all.totalCost() - *day.totalCost())
                                                : std::nullopt;
        papers = tr("%1 of %2 in budget mode (top %3% by For you%4)")
                     .arg(locale.toString(scored), papers)
                     .arg(profile.sources.budgetTopPercent)
                     .arg(saved ? tr(", saving about %1 a day").arg(core::Money::text(*saved, {}, locale))
                                : QString());
    }
    const QString tokens = tr("%1 requests, about %2 prompt and %3 completion tokens")
                               .arg(locale.toString(day.requests), locale.toString(day.promptTokens),
                                    locale.toString(day.completionTokens));
    if (const std::optional<double> cost = day.totalCost()) {
        m_cost->setText(tr("Scoring %1 with %2: %3, about %4 (without prompt caching).")
                            .arg(papers, profile.model.model, tokens, core::Money::text(*cost, {}, locale)));
    } else {
        m_cost->setText(tr("Scoring %1 with %2: %3. The cost is unknown: add a price row for %2 on the "
                           "Model page.")
                            .arg(papers, profile.model.model, tokens));
    }
}

} // namespace pd::ui::settings
