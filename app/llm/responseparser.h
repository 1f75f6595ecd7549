#pragma once

#include "core/hotspots.h"
#include "core/score.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pd::llm {

// What one model reply says about the papers it was asked to score. Every expected id ends up in
// exactly one of scores, rejected and missing (ids are compared without their version; an id asked
// for twice is reported once, under the spelling first given).
struct ParsedReply {
    QList<core::Score> scores;        // accepted, one per expected id, status Scored, fingerprint left
                                      // empty, arxivId without version
    QHash<QString, QString> rejected; // expected id -> why its object was rejected (a readable sentence)
    QStringList missing;              // expected ids with neither an accepted nor a rejected object
    int unknownIds = 0;               // objects for ids that were not asked for (ignored)
    int duplicates = 0;               // repeated objects for an id (the first valid one wins)
    int malformed = 0;                // fragments that looked like objects but could not be read

    // No object for any asked-for paper was found: nothing accepted and nothing rejected.
    bool empty() const { return scores.isEmpty() && rejected.isEmpty(); }
};

// Reads the JSONL the scoring prompt asks for, and the ways models get it slightly wrong: code
// fences, prose around the objects, pretty-printed objects, a JSON array or a wrapping object,
// trailing commas, smart quotes, versioned or prefixed ids, numbers as strings or "8/10", lower-case
// keys, lists as comma-separated strings. Values that could mislead the reader (scores outside
// 1–10, topics or hotspot tags the profile does not have) reject the object instead of guessing.
// Any input is safe: the work is linear in its size, and nesting depth costs neither stack nor time
// (objects are found by a string-aware brace matcher with an explicit stack, not by a regex).
class ResponseParser
{
    Q_DECLARE_TR_FUNCTIONS(ResponseParser)

public:
    // What the reply was asked to hold (see PromptBuilder::Pass). Full: every field of the reference
    // record. Compact: {"id","r","n","t","h"}, where t is the primary topic's number in the registry
    // (1-based; a topic id is accepted too); scores are read as from the full form, the prose is left
    // NotAsked. Details: the prose only (ARXIVID, COMMENT, MATCHED_TOPIC_IDS, TOPIC_MATCH_COMMENT,
    // HOTSPOT_PAPER_COMMENT); the scores of the returned Score are left 0.
    enum class Form { Full, Compact, Details };

    explicit ResponseParser(QStringList topicIds, QStringList hotspotTags = core::hotspotTags());

    ParsedReply parse(const QString &reply, const QStringList &expectedIds, Form form = Form::Full) const;

    // Text fields longer than this are cut (with an ellipsis): a runaway model must not flood the
    // database and the paper table.
    static constexpr qsizetype maxTextLength = 2000;

private:
    // The fields of one paper object under normalised key names (upper case, letters and digits).
    using Fields = QHash<QString, QJsonValue>;

    // The fields of one paper object under their canonical names.
    static Fields fieldsOf(const QJsonObject &object, Form form);
    std::optional<core::Score> readScore(const Fields &fields, QString *reason) const;
    std::optional<core::Score> readCompact(const Fields &fields, QString *reason) const;
    std::optional<core::Score> readDetails(const Fields &fields, QString *reason) const;
    std::optional<QString> readTopicNumber(const Fields &fields, QString *reason) const;
    std::optional<int> readRating(const Fields &fields, const QString &name, QString *reason) const;
    std::optional<QString> readPrimaryTopic(const Fields &fields, QString *reason) const;
    std::optional<QStringList> readMatchedTopics(const Fields &fields, const QString &primary,
                                                 QString *reason) const;
    std::optional<QStringList> readHotspotTags(const Fields &fields, QString *reason) const;

    QStringList m_topicIds;
    QStringList m_hotspotTags;
};

} // namespace pd::llm
