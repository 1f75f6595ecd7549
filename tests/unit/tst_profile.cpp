#include "core/profile.h"
#include "core/profilestore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using pd::core::Profile;
using pd::core::ProfileJson;
using pd::core::ProfileStore;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

// The default profile's JSON with one field replaced (a dotted path).
QByteArray withField(const QString &path, const QJsonValue &value)
{
    QJsonObject root = ProfileJson::toJson(ProfileJson::defaultProfile());
    const QStringList parts = path.split(u'.');
    if (parts.size() == 1) {
        root.insert(parts[0], value);
    } else if (parts[0] == u"topics") {
        QJsonArray topics = root.value(u"topics"_s).toArray();
        QJsonObject t = topics.at(parts[1].toInt()).toObject();
        t.insert(parts[2], value);
        topics.replace(parts[1].toInt(), t);
        root.insert(u"topics"_s, topics);
    } else {
        QJsonObject inner = root.value(parts[0]).toObject();
        if (value.isUndefined()) {
            inner.remove(parts[1]);
        } else {
            inner.insert(parts[1], value);
        }
        root.insert(parts[0], inner);
    }
    return QJsonDocument(root).toJson();
}

} // namespace

class TestProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultProfileMatchesReferenceDigests()
    {
        const Profile p = ProfileJson::defaultProfile();
        QCOMPARE(p.topics.size(), 5);
        QCOMPARE(p.topics[0].id, u"architecture_training"_s);
        QCOMPARE(p.topics[0].label, u"Architecture and Training Dynamics"_s);
        QCOMPARE(p.topics[4].id, u"world_models_open_ended_rl"_s);
        QVERIFY(p.topics[3].filter.startsWith(u"standard RAG pipelines"_s));
        QCOMPARE(p.thresholds.relevance, 8);
        QCOMPARE(p.thresholds.novelty, 8);
        QCOMPARE(p.model.model, u"gpt-5.4"_s);
        QCOMPARE(p.model.batchSize, 40);
        QCOMPARE(p.model.overnightBatchSize, 100);
        QCOMPARE(p.model.commentsFor, Profile::Model::Comments::Relevant);
        QCOMPARE(p.model.runMode, Profile::Model::RunMode::Immediate);
        QCOMPARE(p.model.concurrency, 4);
        QCOMPARE(p.sources.announceTypes, QStringList({u"new"_s, u"cross"_s}));
        QVERIFY(p.prompt.system.startsWith(u"You are a helpful paper reading assistant"_s));
        QVERIFY(p.prompt.outputRules.contains(u"daily_hot, new_frontier"_s));
        const auto price = p.priceFor(u"GPT-5.4"_s);
        QVERIFY(price.has_value());
        QCOMPARE(price->prompt, 2.50);
        QCOMPARE(price->completion, 15.00);
        // The reference usage of 2026-04-21 costs what the digest says with this price row.
        QCOMPARE(qRound(339465 * price->prompt / 1e4), 85);    // $0.85
        QCOMPARE(qRound(31194 * price->completion / 1e4), 47); // $0.47
        QVERIFY(!p.priceFor(u"unknown-model"_s).has_value());
    }

    void jsonRoundTrip()
    {
        Profile p = ProfileJson::defaultProfile();
        p.topics[1].keep = u"Changed ✓ with unicode"_s;
        p.sources.followedAuthors = {u"Yoshua Bengio"_s};
        p.model.provider = Profile::Provider::Anthropic;
        p.model.temperature = 0.3;
        const pd::core::ProfileResult back = ProfileJson::fromBytes(ProfileJson::toBytes(p));
        QVERIFY2(back, qPrintable(back.error));
        QCOMPARE(*back.profile, p);
    }

    void badFilesNameTheField_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("field");
        QTest::newRow("not json") << QByteArray("{ not json") << u"offset"_s;
        QTest::newRow("array root") << QByteArray("[1,2]") << u"JSON object"_s;
        QTest::newRow("missing topics") << withField(u"topics"_s, QJsonValue()) << u"\"topics\""_s;
        QTest::newRow("topic id bad") << withField(u"topics.1.id"_s, u"Bad Id"_s) << u"topics[1].id"_s;
        QTest::newRow("topic id dup")
            << withField(u"topics.2.id"_s, u"architecture_training"_s) << u"topics[2].id"_s;
        QTest::newRow("empty label") << withField(u"topics.0.label"_s, u"  "_s) << u"topics[0].label"_s;
        QTest::newRow("threshold range")
            << withField(u"thresholds.relevance"_s, 11) << u"thresholds.relevance"_s;
        QTest::newRow("threshold type")
            << withField(u"thresholds.novelty"_s, u"8"_s) << u"thresholds.novelty"_s;
        QTest::newRow("batch fraction") << withField(u"model.batchSize"_s, 2.5) << u"model.batchSize"_s;
        QTest::newRow("provider") << withField(u"model.provider"_s, u"gemini"_s) << u"model.provider"_s;
        QTest::newRow("url scheme") << withField(u"sources.rssBaseUrl"_s, u"ftp://x/"_s)
                                    << u"sources.rssBaseUrl"_s;
        QTest::newRow("category") << withField(u"sources.categories"_s, QJsonArray{u"cs.LG"_s, u"c s"_s})
                                  << u"sources.categories[1]"_s;
        QTest::newRow("announce type")
            << withField(u"sources.announceTypes"_s, QJsonArray{u"new"_s, u"old"_s})
            << u"sources.announceTypes[1]"_s;
        QTest::newRow("newer format") << withField(u"formatVersion"_s, 99) << u"formatVersion"_s;
        QTest::newRow("price type") << withField(u"prices"_s, QJsonArray{QJsonObject{{u"model"_s, u"m"_s}}})
                                    << u"prices[0].prompt"_s;
    }

    void badFilesNameTheField()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, field);
        const pd::core::ProfileResult result = ProfileJson::fromBytes(bytes);
        QVERIFY(!result);
        QVERIFY2(result.error.contains(field), qPrintable(result.error));
    }

    void failedImportLeavesStoredProfileUntouched()
    {
        QTemporaryDir dir;
        const ProfileStore store(dir.filePath(u"profile.json"_s));
        Profile mine = ProfileJson::defaultProfile();
        mine.name = u"Mine"_s;
        QString error;
        QVERIFY(store.save(mine, &error));
        const QByteArray before = readAll(dir.filePath(u"profile.json"_s));

        writeFile(dir.filePath(u"bad.json"_s), withField(u"topics.0.id"_s, u"NO"_s));
        QVERIFY(!store.importFrom(dir.filePath(u"bad.json"_s), &error));
        QVERIFY(error.contains(u"topics[0].id"_s));
        QCOMPARE(readAll(dir.filePath(u"profile.json"_s)), before);
        QCOMPARE(store.load().profile->name, u"Mine"_s);

        writeFile(dir.filePath(u"good.json"_s), withField(u"name"_s, u"Imported"_s));
        QVERIFY2(store.importFrom(dir.filePath(u"good.json"_s), &error), qPrintable(error));
        QCOMPARE(store.load().profile->name, u"Imported"_s);
    }

    void corruptStoredProfileIsReportedNotReplaced()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"profile.json"_s);
        writeFile(path, "{\"formatVersion\": 1, \"topics\": 3");
        const ProfileStore store(path);
        const pd::core::ProfileResult result = store.load();
        QVERIFY(!result);
        QVERIFY(result.error.contains(u"damaged"_s));
        QCOMPARE(readAll(path), QByteArray("{\"formatVersion\": 1, \"topics\": 3"));
    }

    void missingStoredProfileMeansDefault()
    {
        QTemporaryDir dir;
        const pd::core::ProfileResult result = ProfileStore(dir.filePath(u"none.json"_s)).load();
        QVERIFY(result);
        QCOMPARE(*result.profile, ProfileJson::defaultProfile());
    }
};

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"
