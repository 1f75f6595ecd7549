#pragma once

#include "core/modelcatalog.h"
#include "core/paper.h"
#include "core/profile.h"
#include "core/usage.h"

#include <QElapsedTimer>
#include <QMetaType>
#include <QObject>
#include <QString>

#include <memory>

class QNetworkAccessManager;

namespace pd::llm {
class LlmClient;
}

namespace pd::pipeline {

// What a connection test found: the model's parsed answer for the sample paper, or why it failed.
struct ConnectionReport {
    bool ok = false;
    QString answer; // "relevance 3, novelty 2, topic llm_agents", when ok
    QString error;  // one sentence, scrubbed of the key, when not ok
    int httpStatus = 0;
    core::Usage usage; // billed tokens (priced where the model has a price)
    qint64 latencyMs = 0;
    QString model;
};

// Sends exactly the request a scoring run sends (same system prompt, instructions, parameters and
// reply limit), for one tiny made-up paper, once, without retries, and parses the answer with the
// run's parser. So a model or setting the provider refuses fails here, not in tonight's run.
class ConnectionTest final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTest)

public:
    static constexpr int MaxSeconds = 30;

    ConnectionTest(QNetworkAccessManager *nam, const core::Profile &profile, QString apiKey,
                   const core::ModelCatalog &catalog = core::ModelCatalog::builtIn(),
                   QObject *parent = nullptr);
    ~ConnectionTest() override;

    // The paper the test asks about: short, and fenced like every real paper.
    static core::Paper samplePaper();

    // Answers with finished() later, never from inside start().
    void start();

Q_SIGNALS:
    void finished(const pd::pipeline::ConnectionReport &report);

private:
    core::Profile m_profile;
    core::ModelCatalog m_catalog;
    QString m_apiKey;
    QNetworkAccessManager *m_nam;
    std::unique_ptr<llm::LlmClient> m_client;
    QElapsedTimer m_clock;
};

} // namespace pd::pipeline

Q_DECLARE_METATYPE(pd::pipeline::ConnectionReport)
