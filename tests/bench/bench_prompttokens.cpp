// Prints how many prompt tokens a realistic batch costs per scanned paper (estimate: chars / 4).
// Usage: bench_prompttokens [digest.txt]   (a reference digest; without it, built-in samples)

#include "core/profile.h"
#include "fixtures.h"
#include "llm/promptbuilder.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

using namespace Qt::StringLiterals;
using pd::core::Paper;
using pd::llm::PromptBuilder;

namespace {

constexpr int BatchSize = 25;
constexpr double ReferenceTokensPerPaper = 339465.0 / 531.0; // 2026-04-21: prompt tokens / scanned

Paper paper(const QString &id, const QString &title, const QStringList &authors, const QString &abstract)
{
    Paper p;
    p.arxivId = id;
    p.title = title;
    p.authors = authors;
    p.abstract = abstract;
    p.categories = {u"cs.LG"_s};
    return p;
}

// Four papers of the 2026-04-21 reference digest, verbatim, for runs without the file.
QList<Paper> builtInPapers()
{
    return {
        paper(
            u"2604.17177"_s, u"Decomposing the Depth Profile of Fine-Tuning"_s, {u"Jayadev Billa"_s},
            u"Fine-tuning adapts pretrained networks to new objectives. Whether the resulting depth profile "
            u"of "
            "representational change reflects an intrinsic property of the model or the magnitude of "
            "gradient "
            "flow has not been tested directly. We measure this profile across 240 fine-tuning runs spanning "
            "15 "
            "models in four architecture families (encoder and decoder transformers, a state-space model, "
            "and an "
            "RNN) at scales from 125M to 6.9B parameters. Representational change concentrates in "
            "output-proximal"
            " layers in every standard-training run except one. We apply a per-layer control that equalizes "
            "$|\\Delta W|/|W|$ across layers after each optimizer step. Under this control, the profile "
            "persists "
            "in some conditions and collapses in others. At 125M--350M, sequential-block architectures "
            "(BERT, "
            "OPT, GPT-2) retain the slope across tested objectives while parallel-block architectures "
            "(Pythia, "
            "CodeGen) retain it only for causal-language-modeling objectives. This architectural distinction "
            "narrows at 1.3B--1.4B, where both block types show positive equal-step slopes for CausalLM. "
            "Under "
            "standard training, profile shape is described by two additional axes: steepness tracks a "
            "training-free objective distance at initialization, and profile width is dominated by "
            "architecture. "
            "We treat the locality gradient, the depthwise slope of representational change, as a composite "
            "phenomenon whose components are scale-dependent."_s),
        paper(
            u"2604.16809"_s, u"A Mechanism Study of Delayed Loss Spikes in Batch-Normalized Linear Models"_s,
            {u"Peifeng Gao"_s, u"Wenyi Fang"_s, u"Yang Zheng"_s, u"Difan Zou"_s},
            u"Delayed loss spikes have been reported in neural-network training, but existing theory mainly "
            "explains earlier non-monotone behavior caused by overly large fixed learning rates. We study "
            "one "
            "stylized hypothesis: normalization can postpone instability by gradually increasing the "
            "effective "
            "learning rate during otherwise stable descent. To test this hypothesis at theorem level, we "
            "analyze "
            "batch-normalized linear models. Our flagship result concerns whitened square-loss linear "
            "regression,"
            " where we derive explicit no-rising-edge and delayed-onset conditions, bound the waiting time "
            "to "
            "directional onset, and show that the rising edge self-stabilizes within finitely many "
            "iterations. "
            "Combined with a square-loss decomposition, this yields a concrete delayed-spike mechanism in "
            "the "
            "whitened regime. For logistic regression, under highly restrictive active-margin assumptions, "
            "we "
            "prove only a supporting finite-horizon directional precursor in a knife-edge regime, with an "
            "optional appendix-only loss lower bound under an extra non-degeneracy condition. The paper "
            "should "
            "therefore be read as a stylized mechanism study rather than a general explanation of "
            "neural-network "
            "loss spikes. Within that scope, the results isolate one concrete delayed-instability pathway "
            "induced"
            " by batch normalization."_s),
        paper(
            u"2604.16988"_s, u"In-Context Learning Under Regime Change"_s,
            {u"Carson Dudley"_s, u"Yutong Bi"_s, u"Xiaofeng Liu"_s, u"Samet Oymak"_s},
            u"Non-stationary sequences arise naturally in control, forecasting, and decision-making. The "
            "data-generating process shifts at unknown times, and models must detect the change, discard or "
            "downweight obsolete evidence, and adapt to new dynamics on the fly. Transformer-based "
            "foundation "
            "models increasingly rely on in-context learning for time series forecasting, tabular "
            "prediction, and"
            " continuous control. As these models are deployed in non-stationary environments, understanding "
            "their ability to detect and adapt to regime shifts is important. We formalize this as an "
            "in-context "
            "change-point detection problem and formally establish the existence of transformer models that "
            "solve"
            " this problem. Our construction demonstrates that model complexity, in layers and parameters, "
            "depends on the level of information available about the change-point location, from no "
            "knowledge to "
            "knowing exact timing. We validate our results with experiments on synthetic linear regression "
            "and "
            "linear dynamical systems, where trained transformers match the performance of optimal baselines "
            "across information levels. We also show that encoding and incorporating changepoint knowledge "
            "indeed"
            " improves the real-world performance of a pretrained foundation models on infectious disease "
            "forecasting and on financial volatility forecasting around Federal Open Market Committee (FOMC) "
            "announcements without retraining, demonstrating practical applicability to real-world regime "
            "changes."_s),
        paper(
            u"2604.16957"_s,
            u"Open-TQ-Metal: Fused Compressed-Domain Attention for Long-Context LLM Inference on Apple Silicon"_s,
            {u"Sai Vegasena"_s},
            u"We present Open-TQ-Metal, the first implementation of fused compressed-domain attention on "
            u"Apple "
            "Silicon, enabling 128K-context inference for Llama 3.1 70B on a single 64GB consumer Mac -- a "
            "configuration impossible with all existing inference frameworks. Open-TQ-Metal quantizes the KV "
            "cache to int4 on the fly and computes attention directly on the compressed representation via "
            "custom"
            " Metal compute shaders, eliminating all intermediate dequantization matrices. Across 330 "
            "experiments"
            " spanning two model families (Gemma 4 31B and Llama 3.1 70B), the fused sdpa_int4 kernel "
            "achieves "
            "48x attention speedup at 128K context over the dequantize-then-attend baseline, reduces KV "
            "cache "
            "memory from 40 GB to 12.5 GB (3.2x compression), and maintains identical top-1 token "
            "predictions to "
            "FP16 inference. We further provide the first cross-architecture analysis of KV cache "
            "quantization "
            "methods, revealing that the attention scale factor -- not model size -- determines whether "
            "angular "
            "quantization schemes like PolarQuant succeed or fail, with Gemma 4's attn_scale=1.0 amplifying "
            "directional error 25-100x more than Llama's standard 1/sqrt(d) scaling."_s),
    };
}

// `count` papers, cycling through the samples with distinct ids when there are fewer.
QList<Paper> batchOf(const QList<Paper> &samples, int count)
{
    QList<Paper> batch;
    for (int i = 0; i < count; ++i) {
        Paper p = samples.at(i % samples.size());
        if (i >= samples.size()) {
            p.arxivId += u'x' + QString::number(i);
        }
        batch.append(p);
    }
    return batch;
}

int paperTextTokens(const QList<Paper> &papers)
{
    int tokens = 0;
    for (const Paper &p : papers) {
        tokens += PromptBuilder::estimateTokens(p.title.simplified() + p.abstract.simplified());
    }
    return tokens;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = QCoreApplication::arguments();

    QList<Paper> samples = args.size() > 1 ? pd::test::referencePapers(args.at(1)) : QList<Paper>();
    const QString source = samples.isEmpty() ? u"built-in samples"_s : args.at(1);
    if (samples.isEmpty()) {
        if (args.size() > 1) {
            out << "Could not read papers from " << args.at(1) << "; using the built-in samples.\n";
        }
        samples = builtInPapers();
    }

    const pd::core::Profile profile = pd::core::ProfileJson::defaultProfile();
    const PromptBuilder builder(profile);
    const QList<Paper> batch = batchOf(samples, BatchSize);
    const int system = PromptBuilder::estimateTokens(builder.systemPrompt());
    const int staticUser = PromptBuilder::estimateTokens(builder.staticUserPrompt());
    const int papers = PromptBuilder::estimateTokens(builder.papersBlock(batch));
    const int total = system + PromptBuilder::estimateTokens(builder.userPrompt(batch));
    const int ownText = paperTextTokens(batch);

    out << "papers from: " << source << " (" << samples.size() << " available, batch of " << BatchSize
        << ")\n";
    out << "system prompt tokens:        " << system << '\n';
    out << "static user prompt tokens:   " << staticUser << '\n';
    out << "static prefix per paper:     "
        << QString::number((system + staticUser) / double(BatchSize), 'f', 1) << '\n';
    out << "papers block tokens:         " << papers << " ("
        << QString::number(papers / double(BatchSize), 'f', 1) << " per paper)\n";
    out << "total prompt tokens:         " << total << '\n';
    out << "prompt tokens per paper:     " << QString::number(total / double(BatchSize), 'f', 1)
        << "  (target <= 400; reference " << QString::number(ReferenceTokensPerPaper, 'f', 1) << ")\n";
    out << "paper text (title+abstract): " << ownText << " tokens, "
        << QString::number(100.0 * ownText / total, 'f', 1) << "% of the prompt, "
        << QString::number(ownText / double(BatchSize), 'f', 1) << " per paper\n";
    out << "fencing + authors overhead:  " << QString::number((papers - ownText) / double(BatchSize), 'f', 1)
        << " per paper\n";
    int authorTokens = 0;
    for (const Paper &p : batch) {
        Paper bare = p;
        bare.authors.clear();
        authorTokens += PromptBuilder::estimateTokens(PromptBuilder::paperEntry(p)) -
                        PromptBuilder::estimateTokens(PromptBuilder::paperEntry(bare));
    }
    out << "  of which the author line:  " << QString::number(authorTokens / double(BatchSize), 'f', 1)
        << " per paper\n";
    // Every request repeats the same static prefix, so after the first request the provider serves
    // it from its cache at the cached price (gpt-5.4: $0.25 instead of $2.50 per million).
    const auto row = profile.priceFor(profile.model.model);
    if (row && row->prompt > 0.0) {
        const double ratio = row->cached / row->prompt;
        const double effective = (system + staticUser) * ratio + (total - system - staticUser);
        out << "with the prefix cached:      " << QString::number(effective / BatchSize, 'f', 1)
            << " full-price tokens per paper (cached price ratio " << QString::number(ratio, 'f', 2) << ")\n";
    }
    for (const int size : {10, 50}) {
        const QList<Paper> other = batchOf(samples, size);
        const int t = system + PromptBuilder::estimateTokens(builder.userPrompt(other));
        out << "per paper at batch " << size << ":" << QString(size < 10 ? 10 : 9, u' ')
            << QString::number(t / double(size), 'f', 1) << '\n';
    }
    return 0;
}
