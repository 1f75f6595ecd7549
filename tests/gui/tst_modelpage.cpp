#include "core/modelcatalog.h"
#include "core/profile.h"
#include "fakellmserver.h"
#include "pipeline/connectiontest.h"
#include "secrets/secretstore.h"
#include "ui/settings/modelpage.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStringListModel>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace Qt::StringLiterals;
using namespace pd;
using core::Profile;
using ui::settings::ModelPage;

namespace {

// Sets (or clears) PAPERDESK_API_KEY for one test and restores it afterwards.
class EnvironmentKey final
{
public:
    explicit EnvironmentKey(const QString &key)
        : m_old(qgetenv(secrets::SecretStore::EnvironmentVariable))
        , m_wasSet(qEnvironmentVariableIsSet(secrets::SecretStore::EnvironmentVariable))
    {
        if (key.isEmpty()) {
            qunsetenv(secrets::SecretStore::EnvironmentVariable);
        } else {
            qputenv(secrets::SecretStore::EnvironmentVariable, key.toUtf8());
        }
    }
    ~EnvironmentKey()
    {
        if (m_wasSet) {
            qputenv(secrets::SecretStore::EnvironmentVariable, m_old);
        } else {
            qunsetenv(secrets::SecretStore::EnvironmentVariable);
        }
    }
    Q_DISABLE_COPY_MOVE(EnvironmentKey)

private:
    QByteArray m_old;
    bool m_wasSet;
};

// Replaces the text of a line edit the way a user does.
void type(QLineEdit *edit, const QString &text)
{
    QVERIFY(edit);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    if (!text.isEmpty()) {
        QTest::keyClicks(edit, text);
    }
    QCOMPARE(edit->text(), text);
}

} // namespace

class TestModelPage : public QObject
{
    Q_OBJECT

private:
    const core::ModelCatalog &m_catalog = core::ModelCatalog::builtIn();
    Profile m_default;

    // A shown page with the default profile (OpenAI, gpt-5.4) and testers on its item models.
    struct Fixture {
        std::unique_ptr<ModelPage> page = std::make_unique<ModelPage>(nullptr);
        std::unique_ptr<QAbstractItemModelTester> presetTester;
        std::unique_ptr<QAbstractItemModelTester> suggestionTester;
        std::unique_ptr<QAbstractItemModelTester> effortTester;
        std::unique_ptr<QAbstractItemModelTester> priceTester;

        template<typename T>
        T *child(const QString &name) const
        {
            T *widget = page->findChild<T *>(name);
            if (!widget) {
                qWarning("no widget %s", qPrintable(name));
            }
            return widget;
        }
        QComboBox *preset() const { return child<QComboBox>(u"preset"_s); }
        QLineEdit *model() const { return child<QLineEdit>(u"model"_s); }
        QComboBox *effort() const { return child<QComboBox>(u"reasoningEffort"_s); }
        QCheckBox *temperatureDefault() const { return child<QCheckBox>(u"temperatureDefault"_s); }
        QDoubleSpinBox *temperature() const { return child<QDoubleSpinBox>(u"temperature"_s); }
        QString note(const QString &name) const { return child<QLabel>(name)->text(); }
        QTableWidget *prices() const { return child<QTableWidget>(u"priceTable"_s); }
        void choose(const QString &presetId) const
        {
            const int index = preset()->findData(presetId);
            QVERIFY2(index >= 0, qPrintable(presetId));
            preset()->setCurrentIndex(index);
        }
        Profile saved(const Profile &base) const
        {
            Profile p = base;
            page->save(p);
            return p;
        }
        QStringList priceModels() const
        {
            QStringList models;
            for (int r = 0; r < prices()->rowCount(); ++r) {
                models.append(prices()->item(r, 0)->text());
            }
            return models;
        }
    };

    std::unique_ptr<Fixture> fixture(const Profile &profile)
    {
        auto f = std::make_unique<Fixture>();
        f->page->load(profile);
        f->page->resize(900, 700);
        f->page->show();
        const auto mode = QAbstractItemModelTester::FailureReportingMode::QtTest;
        f->presetTester = std::make_unique<QAbstractItemModelTester>(f->preset()->model(), mode);
        f->suggestionTester =
            std::make_unique<QAbstractItemModelTester>(f->model()->completer()->model(), mode);
        f->effortTester = std::make_unique<QAbstractItemModelTester>(f->effort()->model(), mode);
        f->priceTester = std::make_unique<QAbstractItemModelTester>(f->prices()->model(), mode);
        return f;
    }
    std::unique_ptr<Fixture> fixture() { return fixture(m_default); }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); // "1,234", "$0.25"
        m_default = core::ProfileJson::defaultProfile();
    }

    void presetFillsEndpoint_data()
    {
        QTest::addColumn<QString>("id");
        for (const core::ProviderPreset &preset : m_catalog.presets()) {
            QTest::newRow(qPrintable(preset.id)) << preset.id;
        }
    }

    void presetFillsEndpoint()
    {
        QFETCH(QString, id);
        const EnvironmentKey noKey({});
        const core::ProviderPreset preset = *m_catalog.preset(id);
        auto f = fixture();
        QCOMPARE(f->preset()->currentData().toString(), u"openai"_s);
        if (id == u"openai") {
            f->choose(u"anthropic"_s); // to choose OpenAI again
        }
        f->choose(id);

        QCOMPARE(f->child<QLineEdit>(u"baseUrl"_s)->text(), preset.baseUrl.toString());
        QCOMPARE(f->page->provider(), preset.api);
        // The model follows the preset (the default profile's was OpenAI's suggestion) and stays editable.
        QCOMPARE(f->model()->text(), preset.models.value(0));
        const auto *suggestions = qobject_cast<QStringListModel *>(f->model()->completer()->model());
        QVERIFY(suggestions);
        QCOMPARE(suggestions->stringList(), preset.models);
        auto *suggested = f->child<QToolButton>(u"suggestedModels"_s);
        QCOMPARE(suggested->menu()->actions().size(), preset.models.size());
        QCOMPARE(suggested->isEnabled(), !preset.models.isEmpty());
        if (preset.models.size() > 1) {
            suggested->menu()->actions().at(1)->trigger();
            QCOMPARE(f->model()->text(), preset.models.at(1));
        }

        const QString keyNote = f->note(u"keyNote"_s);
        if (!preset.needsKey) {
            QVERIFY2(keyNote.contains(u"No key needed: a server on this computer."_s), qPrintable(keyNote));
        } else if (!preset.keyUrl.isEmpty()) {
            QVERIFY2(keyNote.contains(u"Needs an API key"_s), qPrintable(keyNote));
            QVERIFY2(keyNote.contains(u"href=\""_s + preset.keyUrl + u'"'), qPrintable(keyNote));
        } else {
            QVERIFY2(keyNote.contains(u"Needs the API key your server expects."_s), qPrintable(keyNote));
        }

        // The list prices of the preset's models fill the table, beside the profile's own row.
        Profile bare = m_default;
        bare.prices.clear();
        bare.model.preset = id;
        bare.model.provider = preset.api;
        QStringList expected{m_default.prices.first().model};
        for (const QString &model : preset.models) {
            if (!preset.free && m_catalog.priceFor(bare, model) && !expected.contains(model)) {
                expected.append(model);
            }
        }
        QCOMPARE(f->priceModels(), expected);

        const Profile saved = f->saved(m_default);
        QCOMPARE(saved.model.preset, id);
        QCOMPARE(saved.model.provider, preset.api);
    }

    void heuristicNeedsNothing()
    {
        const EnvironmentKey noKey({});
        auto f = fixture();
        f->choose(ModelPage::HeuristicPreset);
        QVERIFY(f->note(u"keyNote"_s).contains(u"No key needed"_s));
        QVERIFY(!f->child<QLineEdit>(u"baseUrl"_s)->isEnabled());
        QVERIFY(!f->model()->isEnabled());
        QVERIFY(!f->child<QPushButton>(u"testConnection"_s)->isEnabled());
        QVERIFY(!f->temperatureDefault()->isEnabled());
        const Profile saved = f->saved(m_default);
        QCOMPARE(saved.model.provider, Profile::Provider::Heuristic);
        QCOMPARE(saved.model.model, m_default.model.model); // kept for the way back
        QCOMPARE(f->priceModels(), QStringList{m_default.prices.first().model});

        // Back to a remote preset: where the profile was.
        f->choose(u"openai"_s);
        QCOMPARE(f->saved(m_default), m_default);

        // A saved heuristic profile keeps its remote preset, model and sampling for the way back.
        Profile offline = m_default;
        offline.model.provider = Profile::Provider::Heuristic;
        offline.model.preset = u"anthropic"_s;
        offline.model.baseUrl = QUrl(u"https://api.anthropic.com/v1"_s);
        offline.model.model = u"claude-haiku-4-5"_s;
        offline.model.temperature = 0.5;
        auto o = fixture(offline);
        QCOMPARE(o->preset()->currentData().toString(), ModelPage::HeuristicPreset);
        QCOMPARE(o->saved(offline), offline);
        o->choose(u"anthropic"_s);
        QCOMPARE(o->model()->text(), u"claude-haiku-4-5"_s);
        QCOMPARE(o->child<QLineEdit>(u"baseUrl"_s)->text(), u"https://api.anthropic.com/v1"_s);
        QVERIFY(o->temperature()->isEnabled());
        QCOMPARE(o->priceModels(),
                 QStringList{m_default.prices.first().model}); // the same preset: nothing filled
    }

    void reasoningModelTakesNoTemperature()
    {
        auto f = fixture();
        QVERIFY(f->temperatureDefault()->isChecked());
        QVERIFY(f->temperatureDefault()->isEnabled()); // gpt-5.4 at its cheapest effort, none
        type(f->model(), u"gpt-5-mini"_s);

        QVERIFY(!f->temperatureDefault()->isEnabled());
        QVERIFY(!f->temperature()->isEnabled());
        QCOMPARE(f->note(u"temperatureNote"_s), u"gpt-5-mini uses its fixed temperature."_s);

        QComboBox *effort = f->effort();
        QVERIFY(effort->isVisibleTo(f->page.get()));
        QCOMPARE(effort->count(), 5);
        QCOMPARE(effort->currentIndex(), 0);
        QCOMPARE(effort->itemText(0), u"Cheapest (minimal)"_s);
        QCOMPARE(effort->itemData(0).toString(), QString());
        const QStringList efforts{u"minimal"_s, u"low"_s, u"medium"_s, u"high"_s};
        for (int i = 0; i < efforts.size(); ++i) {
            QCOMPARE(effort->itemData(i + 1).toString(), efforts.at(i));
        }
        QVERIFY2(effort->itemText(3).contains(u"default"_s), qPrintable(effort->itemText(3)));
        QVERIFY(f->note(u"effortNote"_s).contains(u"billed as completion tokens"_s));

        // Nothing chosen: no temperature, the cheapest effort (left empty in the profile).
        Profile saved = f->saved(m_default);
        QCOMPARE(saved.model.model, u"gpt-5-mini"_s);
        QCOMPARE(saved.model.temperature, std::nullopt);
        QCOMPARE(saved.model.reasoningEffort, QString());

        effort->setCurrentIndex(effort->findData(u"high"_s));
        QCOMPARE(f->saved(m_default).model.reasoningEffort, u"high"_s);

        // gpt-5.4 keeps the choice; with reasoning it takes no temperature either.
        type(f->model(), u"gpt-5.4"_s);
        QCOMPARE(effort->currentData().toString(), u"high"_s);
        QCOMPARE(effort->itemText(0), u"Cheapest (none)"_s);
        QVERIFY(!f->temperatureDefault()->isEnabled());
        QVERIFY2(f->note(u"temperatureNote"_s).contains(u"only with reasoning"_s),
                 qPrintable(f->note(u"temperatureNote"_s)));
        effort->setCurrentIndex(0);
        QVERIFY(f->temperatureDefault()->isEnabled());
        f->temperatureDefault()->setChecked(false);
        QVERIFY(f->temperature()->isEnabled());
        f->temperature()->setValue(0.4);
        saved = f->saved(m_default);
        QCOMPARE(saved.model.temperature, 0.4);
        QCOMPARE(saved.model.reasoningEffort, QString());

        // A model without reasoning efforts shows no effort choice; Anthropic's range ends at 1.
        f->choose(u"anthropic"_s);
        QCOMPARE(f->model()->text(), u"claude-sonnet-4-5"_s);
        QVERIFY(!effort->isVisibleTo(f->page.get()));
        QVERIFY(f->temperature()->isEnabled());
        QCOMPARE(f->temperature()->maximum(), 1.0);
        QVERIFY(f->note(u"temperatureNote"_s).contains(u"0 to 1"_s));
        QCOMPARE(f->saved(m_default).model.reasoningEffort, QString());
    }

    void defaultsRoundTrip()
    {
        auto f = fixture();
        const Profile saved = f->saved(m_default);
        QCOMPARE(saved.model.temperature, std::nullopt);
        QCOMPARE(saved.model.reasoningEffort, QString());
        QCOMPARE(saved, m_default);

        // A profile older than presets shows the guessed one and stays as it was.
        Profile old = m_default;
        old.model.preset.clear();
        old.model.temperature = 0.2;
        auto o = fixture(old);
        QCOMPARE(o->preset()->currentData().toString(), u"openai"_s);
        QVERIFY(!o->temperatureDefault()->isChecked());
        QCOMPARE(o->temperature()->value(), 0.2);
        QCOMPARE(o->saved(old), old);

        Profile local = old;
        local.model.baseUrl = QUrl(u"http://localhost:11434/v1"_s);
        local.model.model = u"qwen3:8b"_s;
        local.model.reasoningEffort = u"low"_s; // not in the catalog: sent as the profile says
        auto l = fixture(local);
        QCOMPARE(l->preset()->currentData().toString(), u"ollama"_s);
        QVERIFY(l->note(u"keyNote"_s).contains(u"No key needed"_s));
        QVERIFY(l->note(u"priceHint"_s).contains(u"costs nothing"_s));
        QCOMPARE(l->saved(local), local);
    }

    void runOptionsRoundTrip()
    {
        auto f = fixture();
        auto *comments = f->child<QComboBox>(u"commentsFor"_s);
        auto *runMode = f->child<QComboBox>(u"runMode"_s);
        auto *size = f->child<QSpinBox>(u"overnightBatchSize"_s);
        QCOMPARE(comments->currentData().toInt(), int(Profile::Model::Comments::Relevant));
        QVERIFY(comments->currentText().contains(u"two passes"_s));
        QCOMPARE(runMode->currentData().toInt(), int(Profile::Model::RunMode::Immediate));
        QVERIFY(runMode->isEnabled()); // OpenAI has a Batch API
        QVERIFY(!size->isEnabled());   // only in batch mode
        QCOMPARE(size->minimum(), 1);
        QCOMPARE(size->maximum(), 200);

        QSignalSpy changed(f->page.get(), &ModelPage::changed);
        comments->setCurrentIndex(comments->findData(int(Profile::Model::Comments::Every)));
        runMode->setCurrentIndex(runMode->findData(int(Profile::Model::RunMode::Batch)));
        QVERIFY(size->isEnabled());
        size->setValue(120);
        QVERIFY(changed.size() >= 3);
        const Profile saved = f->saved(m_default);
        QCOMPARE(saved.model.commentsFor, Profile::Model::Comments::Every);
        QCOMPARE(saved.model.runMode, Profile::Model::RunMode::Batch);
        QCOMPARE(saved.model.overnightBatchSize, 120);

        // Loaded again, the page shows them and saves them unchanged.
        auto g = fixture(saved);
        QCOMPARE(g->child<QComboBox>(u"commentsFor"_s)->currentData().toInt(),
                 int(Profile::Model::Comments::Every));
        QCOMPARE(g->child<QComboBox>(u"runMode"_s)->currentData().toInt(),
                 int(Profile::Model::RunMode::Batch));
        QCOMPARE(g->child<QSpinBox>(u"overnightBatchSize"_s)->value(), 120);
        QVERIFY(g->child<QSpinBox>(u"overnightBatchSize"_s)->isEnabled());
        QCOMPARE(g->saved(saved), saved);
        // Through the profile file too.
        const core::ProfileResult json = core::ProfileJson::fromBytes(core::ProfileJson::toBytes(saved));
        QVERIFY2(json, qPrintable(json.error));
        QCOMPARE(json.profile->model, saved.model);
    }

    void batchModeNeedsABatchApi()
    {
        Profile batch = m_default;
        batch.model.runMode = Profile::Model::RunMode::Batch;
        auto f = fixture(batch);
        auto *runMode = f->child<QComboBox>(u"runMode"_s);
        auto *size = f->child<QSpinBox>(u"overnightBatchSize"_s);
        QVERIFY(runMode->isEnabled());

        QString without;
        for (const core::ProviderPreset &preset : m_catalog.presets()) {
            if (preset.batchApi.isEmpty() && preset.id != u"custom") {
                without = preset.id;
                break;
            }
        }
        QVERIFY2(!without.isEmpty(), "every preset has a Batch API");
        f->choose(without);
        QVERIFY(!runMode->isEnabled());
        QVERIFY(!size->isEnabled());
        QCOMPARE(runMode->currentData().toInt(), int(Profile::Model::RunMode::Immediate));
        QVERIFY2(runMode->toolTip().contains(u"no Batch API"_s), qPrintable(runMode->toolTip()));
        QVERIFY(f->note(u"runModeHint"_s).contains(u"no Batch API"_s));
        QCOMPARE(f->saved(batch).model.runMode, Profile::Model::RunMode::Immediate);

        // Back to a provider with one: the choice made before returns.
        f->choose(u"anthropic"_s);
        QVERIFY(runMode->isEnabled());
        QCOMPARE(f->saved(batch).model.runMode, Profile::Model::RunMode::Batch);
        QVERIFY(size->isEnabled());

        // The heuristic asks no model: the options wait for the way back.
        f->choose(ModelPage::HeuristicPreset);
        QVERIFY(!runMode->isEnabled());
        QVERIFY(!f->child<QComboBox>(u"commentsFor"_s)->isEnabled());
        QCOMPARE(f->saved(batch).model.runMode, Profile::Model::RunMode::Batch);
    }

    void presetPricesLeaveEditedRows()
    {
        auto f = fixture();
        f->choose(u"anthropic"_s);
        QCOMPARE(f->priceModels(), (QStringList{u"gpt-5.4"_s, u"claude-sonnet-4-5"_s, u"claude-haiku-4-5"_s,
                                                u"claude-opus-4-1"_s}));
        QCOMPARE(f->prices()->item(1, 1)->data(Qt::EditRole).toDouble(), 3.0);
        QCOMPARE(f->prices()->item(1, 4)->data(Qt::EditRole).toDouble(), 3.75); // cache write
        f->prices()->item(2, 1)->setData(Qt::EditRole, 0.9);                    // the user's price for haiku

        f->choose(u"openai"_s);
        QCOMPARE(f->priceModels(), (QStringList{u"gpt-5.4"_s, u"claude-haiku-4-5"_s, u"gpt-5-mini"_s,
                                                u"gpt-5-nano"_s, u"gpt-5.1"_s, u"gpt-4.1-mini"_s}));
        QCOMPARE(f->prices()->item(1, 1)->data(Qt::EditRole).toDouble(), 0.9);
        const Profile saved = f->saved(m_default);
        QCOMPARE(saved.prices.first(), m_default.prices.first()); // batch prices kept
        QCOMPARE(*saved.priceFor(u"gpt-5-mini"_s), *m_catalog.priceFor(saved, u"gpt-5-mini"_s));
        QCOMPARE(saved.priceFor(u"gpt-5-mini"_s)->batchPrompt, 0.125);
        QVERIFY(core::ProfileJson::validate(saved).isEmpty());

        // Local servers publish no prices: the catalog's rows go, the user's stay.
        f->choose(u"ollama"_s);
        QCOMPARE(f->priceModels(), (QStringList{u"gpt-5.4"_s, u"claude-haiku-4-5"_s}));
    }

    void testConnectionReportsUsage()
    {
        const EnvironmentKey key(u"sk-test-modelpage"_s);
        test::FakeLlmServer server;
        QVERIFY(server.listen());
        auto f = fixture();
        type(f->child<QLineEdit>(u"baseUrl"_s), server.baseUrl().toString());
        type(f->model(), u"gpt-5-mini"_s);
        QSignalSpy tested(f->page.get(), &ModelPage::connectionTested);
        f->child<QPushButton>(u"testConnection"_s)->click();
        QVERIFY(!f->child<QPushButton>(u"testConnection"_s)->isEnabled()); // busy
        QVERIFY(tested.wait(20000));
        const QString message = tested.at(0).at(1).toString();
        QVERIFY2(tested.at(0).at(0).toBool(), qPrintable(message));
        QCOMPARE(f->note(u"testResult"_s), message);
        QVERIFY2(message.startsWith(u"Connected to gpt-5-mini in "_s), qPrintable(message));
        QVERIFY2(message.contains(u" ms: relevance "_s), qPrintable(message));
        QVERIFY2(message.contains(u"prompt + "_s), qPrintable(message));
        QVERIFY2(message.contains(u"completion tokens"_s), qPrintable(message));
        QVERIFY2(message.contains(u"$"_s), qPrintable(message)); // gpt-5-mini has a list price
        QVERIFY(f->child<QPushButton>(u"testConnection"_s)->isEnabled());

        QCOMPARE(server.requestCount(), 1);
        const test::FakeLlmServer::Request request = server.requests().first();
        QCOMPARE(request.paperIds, QStringList{pipeline::ConnectionTest::samplePaper().arxivId});
        QCOMPARE(request.json.value(u"model"_s).toString(), u"gpt-5-mini"_s);
        QVERIFY(!request.json.contains(u"temperature"_s));
        QCOMPARE(request.json.value(u"reasoning_effort"_s).toString(), u"minimal"_s);
    }

    void testConnectionReportsProviderError()
    {
        const EnvironmentKey key(u"sk-test-modelpage"_s);
        test::FakeLlmServer server;
        QVERIFY(server.listen());
        server.setBehaviour(test::FakeLlmServer::Behaviour::httpStatus(400));
        auto f = fixture();
        f->choose(u"anthropic"_s);
        type(f->child<QLineEdit>(u"baseUrl"_s), server.baseUrl().toString());
        QSignalSpy tested(f->page.get(), &ModelPage::connectionTested);
        f->page->testConnection();
        QVERIFY(tested.wait(20000));
        const QString message = tested.at(0).at(1).toString();
        QVERIFY(!tested.at(0).at(0).toBool());
        QVERIFY2(message.contains(u"HTTP 400"_s), qPrintable(message));
        QVERIFY2(message.contains(u"Request failed with status 400"_s),
                 qPrintable(message)); // the provider's words
        QVERIFY2(!message.contains(u"sk-test-modelpage"_s), qPrintable(message));
        QCOMPARE(f->note(u"testResult"_s), message);
        QCOMPARE(server.requests().first().json.value(u"model"_s).toString(), u"claude-sonnet-4-5"_s);
    }

    void localServerGetsNoKey()
    {
        const EnvironmentKey noKey({});
        test::FakeLlmServer server;
        server.setFlavour(test::FakeLlmServer::Flavour::Local);
        QVERIFY(server.listen());
        auto f = fixture();
        f->choose(u"ollama"_s);
        QCOMPARE(f->model()->text(), u"qwen3:8b"_s);
        type(f->child<QLineEdit>(u"baseUrl"_s), server.baseUrl().toString());
        QSignalSpy tested(f->page.get(), &ModelPage::connectionTested);
        f->page->testConnection();
        QVERIFY(tested.wait(20000));
        QVERIFY2(tested.at(0).at(0).toBool(), qPrintable(tested.at(0).at(1).toString()));
        QVERIFY(server.requests().first().header("authorization").isEmpty());
        QVERIFY2(tested.at(0).at(1).toString().contains(u"$0.00"_s),
                 qPrintable(tested.at(0).at(1).toString()));
    }

    void remoteWithoutKeyIsRefusedBeforeSending()
    {
        const EnvironmentKey noKey({});
        auto f = fixture(); // api.openai.com, no keychain
        QSignalSpy tested(f->page.get(), &ModelPage::connectionTested);
        f->page->testConnection();
        QVERIFY(tested.wait(5000));
        QVERIFY(!tested.at(0).at(0).toBool());
        QVERIFY2(tested.at(0).at(1).toString().contains(u"No API key"_s),
                 qPrintable(tested.at(0).at(1).toString()));
    }

    void describesReport()
    {
        pipeline::ConnectionReport report;
        report.ok = true;
        report.model = u"gpt-5-mini"_s;
        report.latencyMs = 840;
        report.answer = u"relevance 3, novelty 2, topic llm_agents"_s;
        report.usage.requests = 1;
        report.usage.promptTokens = 1234;
        report.usage.completionTokens = 56;
        report.usage.reasoningTokens = 12;
        report.usage.promptCost = 0.0003085;
        report.usage.completionCost = 0.000112;
        QCOMPARE(ModelPage::describe(report),
                 u"Connected to gpt-5-mini in 840 ms: relevance 3, novelty 2, topic llm_agents; "
                 "1,234 prompt + 56 completion tokens (12 reasoning), $0.0004."_s);
        report.usage.promptCost.reset();
        QVERIFY(ModelPage::describe(report).endsWith(u"no price for gpt-5-mini."_s));
        report.ok = false;
        report.error = u"The provider rejected the request (HTTP 400): bad."_s;
        QCOMPARE(ModelPage::describe(report), report.error);
    }
};

QTEST_MAIN(TestModelPage)
#include "tst_modelpage.moc"
