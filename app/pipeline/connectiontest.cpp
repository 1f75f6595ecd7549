#include "connectiontest.h"

#include "dailyrun.h"
#include "llm/llmclient.h"
#include "llm/pricing.h"
#include "llm/promptbuilder.h"
#include "llm/responseparser.h"

#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pd::pipeline {

ConnectionTest::ConnectionTest(QNetworkAccessManager *nam, const core::Profile &profile, QString apiKey,
                               const core::ModelCatalog &catalog, QObject *parent)
    : QObject(parent)
    , m_profile(DailyRun::effectiveProfile(profile, catalog))
    , m_catalog(catalog)
    , m_apiKey(std::move(apiKey))
    , m_nam(nam)
{
    // One attempt, answered quickly: a test should report the failure, not hide it behind retries.
    m_profile.model.retries = 0;
    m_profile.model.concurrency = 1;
    m_profile.model.timeoutSeconds = std::min(m_profile.model.timeoutSeconds, MaxSeconds);
}

ConnectionTest::~ConnectionTest() = default;

core::Paper ConnectionTest::samplePaper()
{
    core::Paper p;
    p.arxivId = u"2604.00001"_s;
    p.version = 1;
    p.title = u"A connection test for Paperdesk"_s;
    p.authors = {u"Ada Tester"_s};
    p.abstract = u"We check that the scoring request reaches the model and that its answer can be read."_s;
    p.categories = {u"cs.LG"_s};
    return p;
}

void ConnectionTest::start()
{
    ConnectionReport early;
    early.model = m_profile.model.model;
    if (m_profile.model.provider == core::Profile::Provider::Heuristic) {
        early.ok = true;
        early.answer = tr("The offline heuristic runs on this computer; there is nothing to connect to.");
    } else if (m_apiKey.isEmpty() && DailyRun::needsKey(m_profile, m_catalog)) {
        early.error =
            tr("No API key: set one with Set Key… or in the environment variable PAPERDESK_API_KEY.");
    } else {
        const llm::PromptBuilder prompt(m_profile);
        llm::ChatRequest request;
        request.system = prompt.systemPrompt();
        request.user = prompt.userPrompt({samplePaper()});
        request.cacheablePrefixLength = static_cast<int>(prompt.staticUserPrompt().size());
        request.paperCount = 1;
        m_client = std::make_unique<llm::LlmClient>(m_nam, m_profile, m_apiKey, m_catalog);
        m_clock.start();
        m_client->send(request, [this](const llm::LlmClient::Result &result) {
            ConnectionReport report;
            report.model = m_profile.model.model;
            report.latencyMs = m_clock.elapsed();
            report.httpStatus = result.httpStatus;
            report.usage =
                llm::Pricing::priced(result.completion.usage, m_profile, m_profile.model.model, m_catalog);
            if (!result.ok) {
                report.error = llm::Provider::scrub(result.error, m_apiKey);
                Q_EMIT finished(report);
                return;
            }
            QStringList topics;
            for (const core::Topic &t : m_profile.topics) {
                topics.append(t.id);
            }
            const llm::ParsedReply parsed = llm::ResponseParser(topics).parse(
                result.completion.text, {samplePaper().arxivId},
                llm::PromptBuilder(m_profile).twoPass() ? llm::ResponseParser::Form::Compact
                                                        : llm::ResponseParser::Form::Full);
            if (parsed.scores.isEmpty()) {
                const QString why = parsed.rejected.value(samplePaper().arxivId);
                report.error = why.isEmpty()
                                   ? tr("The model answered, but not in the format scoring needs: “%1”.")
                                         .arg(llm::Provider::scrub(
                                             result.completion.text.simplified().left(80), m_apiKey))
                                   : tr("The model answered, but its answer was rejected: %1").arg(why);
            } else {
                const core::Score &s = parsed.scores.first();
                report.ok = true;
                report.answer = tr("relevance %1, novelty %2, topic %3")
                                    .arg(s.relevance)
                                    .arg(s.novelty)
                                    .arg(s.primaryTopic);
            }
            Q_EMIT finished(report);
        });
        return;
    }
    QTimer::singleShot(0, this, [this, early] { Q_EMIT finished(early); });
}

} // namespace pd::pipeline
