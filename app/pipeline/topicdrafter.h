#pragma once

#include "core/modelcatalog.h"
#include "core/profile.h"
#include "core/topic.h"
#include "core/usage.h"
#include "llm/provider.h"

#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace pd::llm {
class LlmClient;
}

namespace pd::pipeline {

// Reading topics drafted from a few sentences about what a reader reads, for the user to edit.
struct TopicDraft {
    core::TopicList topics;
    bool fromModel = false; // false: drafted offline from the text's key phrases
    // Why the model's draft was not used (scrubbed of the key); empty when it was, or was not asked.
    QString note;
    core::Usage usage; // what the model's request billed, priced where the model has a price
};

// Turns a reader's own words into draft topics (id, label, description, keep, filter). With a
// remote model and its key, one request asks the model, the text fenced as data, and the reply is
// read strictly as one JSON object; without them, or when the model's answer cannot be used, the
// topics are drafted from the text's key phrases, and the note says why.
class TopicDrafter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TopicDrafter)

public:
    static constexpr int MaxTopics = 8;
    static constexpr int MaxOfflineTopics = 5;
    static constexpr int MaxTextLength = 4000; // characters of the reader's text that are sent
    static constexpr int MaxSeconds = 60;

    TopicDrafter(QNetworkAccessManager *nam, const core::Profile &profile, QString apiKey,
                 const core::ModelCatalog &catalog = core::ModelCatalog::builtIn(),
                 QObject *parent = nullptr);
    ~TopicDrafter() override;

    // Whether start() asks the model: a remote provider, with a key where it needs one.
    bool usesModel() const;
    // Answers with finished() later, never from inside start(). A second start() while one is in
    // flight replaces it.
    void start(const QString &text);
    // Drops the request in flight without an answer.
    void cancel();

    // The one chat request: the reader's text fenced as data, the JSON shape to answer in.
    static llm::ChatRequest request(const QString &text);
    // The model's reply as topics, strictly: one JSON object {"topics": [...]} (inside one
    // ```json fence at most), 1 to MaxTopics topics, each with exactly the five string fields,
    // ids a–z0–9_ and unique, label and keep not empty. nullopt with *error otherwise.
    static std::optional<core::TopicList> parse(const QString &reply, QString *error);
    // Topics from the text's key phrases (phrases of negated clauses become filters). Empty when
    // the text has none.
    static core::TopicList fromKeyPhrases(const QString &text);
    // The key phrases of `text`, best first (a RAKE-style score: phrases between stop words and
    // punctuation, longer shared phrases ranked higher), at most `max`.
    static QStringList keyPhrases(const QString &text, int max = MaxOfflineTopics);

Q_SIGNALS:
    void finished(const pd::pipeline::TopicDraft &draft);

private:
    void answer(const QString &text, const QString &reply, bool ok, const QString &error,
                const core::Usage &usage);
    TopicDraft offline(const QString &text, const QString &note) const;

    QNetworkAccessManager *m_nam;
    core::Profile m_profile;
    core::ModelCatalog m_catalog;
    QString m_apiKey;
    std::unique_ptr<llm::LlmClient> m_client;
    quint64 m_generation = 0;
};

} // namespace pd::pipeline

Q_DECLARE_METATYPE(pd::pipeline::TopicDraft)
