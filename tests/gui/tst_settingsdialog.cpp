#include "core/modelcatalog.h"
#include "core/profile.h"
#include "fakellmserver.h"
#include "llm/costestimate.h"
#include "llm/promptbuilder.h"
#include "llm/provider.h"
#include "pipeline/connectiontest.h"
#include "secrets/secretstore.h"
#include "ui/settings/appearance.h"
#include "ui/settings/modelpage.h"
#include "ui/settings/promptpage.h"
#include "ui/settings/settingsdialog.h"
#include "ui/settings/settingskeys.h"
#include "ui/settings/sourcespage.h"
#include "ui/settings/topicspage.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStyle>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QUuid>

#include <memory>

using namespace Qt::StringLiterals;
using namespace pd;
using core::Profile;
using ui::settings::SettingsDialog;

namespace {

// Answers the modal question that apply() may ask by clicking the button with `buttonName`, and
// records what it saw. Polls from the event loop the question's exec() runs.
class ModalAnswerer final : public QObject
{
public:
    explicit ModalAnswerer(QString buttonName)
        : m_buttonName(std::move(buttonName))
    {
        connect(&m_timer, &QTimer::timeout, this, [this] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box) {
                return;
            }
            ++m_seen;
            m_text = box->text();
            if (auto *button = box->findChild<QPushButton *>(m_buttonName)) {
                button->click();
            } else {
                box->reject();
            }
        });
        m_timer.start(10);
    }

    int seen() const { return m_seen; }
    QString text() const { return m_text; }

private:
    QString m_buttonName;
    QTimer m_timer;
    int m_seen = 0;
    QString m_text;
};

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

// Replaces the text of a line edit the way a user does, so textEdited() fires.
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

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Profile m_default;

    QString iniPath() const { return m_dir.filePath(u"settings.ini"_s); }

    std::unique_ptr<SettingsDialog> dialog(const Profile &profile, secrets::SecretStore *store = nullptr)
    {
        auto d = std::make_unique<SettingsDialog>(profile, store);
        d->setSettingsFile(iniPath());
        d->show();
        return d;
    }
    std::unique_ptr<SettingsDialog> dialog() { return dialog(m_default); }

    template<typename T>
    static T *child(const SettingsDialog &d, const QString &name)
    {
        T *widget = d.findChild<T *>(name);
        if (!widget) {
            qWarning("no widget %s", qPrintable(name));
        }
        return widget;
    }

    static void click(const SettingsDialog &d, QDialogButtonBox::StandardButton which)
    {
        child<QDialogButtonBox>(d, u"buttonBox"_s)->button(which)->click();
    }

    static void clickTool(const SettingsDialog &d, const QString &name)
    {
        auto *button = d.findChild<QAbstractButton *>(name);
        QVERIFY2(button, qPrintable(name));
        QVERIFY2(button->isEnabled(), qPrintable(name));
        button->click();
    }

    // Every text a widget of the dialog shows, for checks that a secret appears nowhere.
    static QStringList visibleTexts(const SettingsDialog &d)
    {
        QStringList out;
        for (const QLabel *l : d.findChildren<QLabel *>()) {
            out.append(l->text());
        }
        for (const QLineEdit *e : d.findChildren<QLineEdit *>()) {
            out.append(e->text());
        }
        for (const QPlainTextEdit *e : d.findChildren<QPlainTextEdit *>()) {
            out.append(e->toPlainText());
        }
        return out;
    }

    // The OK button was refused: the dialog is open, shows `parts` and applied nothing.
    void verifyRefused(const SettingsDialog &d, const QSignalSpy &changed, const QStringList &parts)
    {
        QVERIFY(d.isVisible());
        QCOMPARE(d.result(), int(QDialog::Rejected)); // not accepted
        QCOMPARE(changed.count(), 0);
        QCOMPARE(d.profile(), m_default);
        auto *label = child<QLabel>(d, u"messageLabel"_s);
        QVERIFY(!label->isHidden());
        QCOMPARE(d.message(), label->text());
        for (const QString &part : parts) {
            QVERIFY2(d.message().contains(part), qPrintable(d.message() + u" lacks "_s + part));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_default = core::ProfileJson::defaultProfile();
    }

    void cleanup()
    {
        QFile::remove(iniPath());
        ui::settings::Appearance::apply(u"system"_s); // a test that accepted Dark leaves it applied
    }

    // ---- Topics -------------------------------------------------------------------------------

    void topicsEditAndSave()
    {
        auto d = dialog();
        ModalAnswerer later(u"laterButton"_s);
        QSignalSpy changed(d.get(), &SettingsDialog::profileChanged);
        auto *list = child<QListWidget>(*d, u"topicList"_s);
        QCOMPARE(list->count(), m_default.topics.size());

        list->setCurrentRow(1);
        type(child<QLineEdit>(*d, u"topicId"_s), u"efficiency"_s);
        type(child<QLineEdit>(*d, u"topicLabel"_s), u"Efficiency"_s);
        type(child<QLineEdit>(*d, u"topicDescription"_s), u"Cheaper models."_s);
        child<QPlainTextEdit>(*d, u"topicKeep"_s)->setPlainText(u"quantization and sparsity"_s);
        child<QPlainTextEdit>(*d, u"topicFilter"_s)->setPlainText(u"deployment reports"_s);
        QCOMPARE(list->item(1)->text(), u"Efficiency"_s);

        // The registry preview follows every keystroke.
        const QString registry = child<QPlainTextEdit>(*d, u"registryPreview"_s)->toPlainText();
        QCOMPARE(registry, llm::PromptBuilder(d->editedProfile()).topicRegistry());
        QVERIFY(registry.contains(u"- efficiency: Efficiency - Cheaper models."_s));

        clickTool(*d, u"addTopic"_s);
        QCOMPARE(list->count(), m_default.topics.size() + 1);
        QCOMPARE(list->currentRow(), list->count() - 1);
        type(child<QLineEdit>(*d, u"topicId"_s), u"fresh"_s);
        type(child<QLineEdit>(*d, u"topicLabel"_s), u"Fresh Topic"_s);
        child<QPlainTextEdit>(*d, u"topicKeep"_s)->setPlainText(u"new things"_s);

        list->setCurrentRow(0);
        clickTool(*d, u"duplicateTopic"_s);
        QCOMPARE(list->currentRow(), 1);
        QCOMPARE(child<QLineEdit>(*d, u"topicId"_s)->text(), u"architecture_training_copy"_s);

        list->setCurrentRow(list->count() - 1);
        clickTool(*d, u"moveTopicUp"_s);
        QCOMPARE(list->currentRow(), list->count() - 2);
        QCOMPARE(list->item(list->count() - 2)->text(), u"Fresh Topic"_s);

        list->setCurrentRow(1);
        clickTool(*d, u"removeTopic"_s);

        click(*d, QDialogButtonBox::Ok);
        QCOMPARE(d->result(), int(QDialog::Accepted));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(later.seen(), 1); // topics are part of the fingerprint

        core::TopicList expected = m_default.topics;
        expected[1] = {u"efficiency"_s, u"Efficiency"_s, u"Cheaper models."_s, u"quantization and sparsity"_s,
                       u"deployment reports"_s};
        expected.insert(expected.size() - 1,
                        core::Topic{u"fresh"_s, u"Fresh Topic"_s, {}, u"new things"_s, {}});
        const Profile saved = changed.at(0).at(0).value<Profile>();
        QCOMPARE(saved.topics, expected);
        QCOMPARE(d->profile(), saved);
        Profile rest = saved;
        rest.topics = m_default.topics;
        QCOMPARE(rest, m_default); // nothing else moved
    }

    void topicsRejected_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QStringList>("parts");
        QTest::newRow("invalid id") << 0 << u"topicId"_s << u"Bad Id"_s
                                    << QStringList{u"Topic 1"_s, u"Id"_s, u"“Bad Id”"_s};
        QTest::newRow("upper-case id")
            << 2 << u"topicId"_s << u"Memory"_s << QStringList{u"Topic 3"_s, u"Id"_s, u"“Memory”"_s};
        QTest::newRow("empty id") << 1 << u"topicId"_s << QString() << QStringList{u"Topic 2"_s, u"Id"_s};
        QTest::newRow("duplicate id")
            << 3 << u"topicId"_s << u"architecture_training"_s
            << QStringList{u"Topic 4"_s, u"“architecture_training”"_s, u"already used by topic 1"_s};
        QTest::newRow("empty label") << 2 << u"topicLabel"_s << u"   "_s
                                     << QStringList{u"Topic 3"_s, u"representation_structure"_s, u"Label"_s};
    }

    void topicsRejected()
    {
        QFETCH(int, row);
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QStringList, parts);

        auto d = dialog();
        QSignalSpy changed(d.get(), &SettingsDialog::profileChanged);
        child<QListWidget>(*d, u"topicList"_s)->setCurrentRow(row);
        type(child<QLineEdit>(*d, field), value);
        // The problem shows while typing, before OK is pressed.
        for (const QString &part : std::as_const(parts)) {
            QVERIFY2(d->message().contains(part), qPrintable(d->message()));
        }

        click(*d, QDialogButtonBox::Ok);
        verifyRefused(*d, changed, parts);
        click(*d, QDialogButtonBox::Apply);
        verifyRefused(*d, changed, parts);

        // Fixing the field clears the message.
        type(child<QLineEdit>(*d, field), field == u"topicId" ? u"fixed_id"_s : u"Fixed"_s);
        QVERIFY(d->message().isEmpty());
        QVERIFY(child<QLabel>(*d, u"messageLabel"_s)->isHidden());
    }

    void emptyKeepRejected()
    {
        auto d = dialog();
        QSignalSpy changed(d.get(), &SettingsDialog::profileChanged);
        child<QListWidget>(*d, u"topicList"_s)->setCurrentRow(4);
        child<QPlainTextEdit>(*d, u"topicKeep"_s)->clear();
        click(*d, QDialogButtonBox::Ok);
        verifyRefused(*d, changed, {u"Topic 5"_s, u"Keep"_s});
    }

    // ---- Prompt -------------------------------------------------------------------------------

    void promptEditAndReset()
    {
        const QStringList parts{u"system"_s, u"introduction"_s, u"hotspotGuidance"_s, u"scoringCriteria"_s,
                                u"outputRules"_s};
        auto d = dialog();
        ModalAnswerer later(u"laterButton"_s);
        for (const QString &part : parts) {
            auto *reset = child<QPushButton>(*d, u"reset_"_s + part);
            QVERIFY(!reset->isEnabled()); // already the default
            child<QPlainTextEdit>(*d, part)->setPlainText(u"Custom "_s + part);
            QVERIFY(reset->isEnabled());
        }
        click(*d, QDialogButtonBox::Apply);
        QVERIFY2(d->message().isEmpty(), qPrintable(d->message()));
        const Profile::Prompt edited = d->profile().prompt;
        QCOMPARE(edited.system, u"Custom system"_s);
        QCOMPARE(edited.introduction, u"Custom introduction"_s);
        QCOMPARE(edited.hotspotGuidance, u"Custom hotspotGuidance"_s);
        QCOMPARE(edited.scoringCriteria, u"Custom scoringCriteria"_s);
        QCOMPARE(edited.outputRules, u"Custom outputRules"_s);
        QCOMPARE(later.seen(), 1);

        // Reset one part at a time: only that part returns to the default.
        child<QPushButton>(*d, u"reset_introduction"_s)->click();
        QCOMPARE(child<QPlainTextEdit>(*d, u"introduction"_s)->toPlainText(), m_default.prompt.introduction);
        QCOMPARE(child<QPlainTextEdit>(*d, u"system"_s)->toPlainText(), u"Custom system"_s);
        QVERIFY(!child<QPushButton>(*d, u"reset_introduction"_s)->isEnabled());
        for (const QString &part : parts) {
            if (auto *reset = child<QPushButton>(*d, u"reset_"_s + part); reset->isEnabled()) {
                reset->click();
            }
        }
        click(*d, QDialogButtonBox::Ok);
        QCOMPARE(d->profile().prompt, m_default.prompt);
        QCOMPARE(later.seen(), 2);
    }

    void promptPreviewEqualsPromptBuilder()
    {
        auto d = dialog();
        auto *preview = child<QPlainTextEdit>(*d, u"promptPreview"_s);
        const QList<core::Paper> samples = ui::settings::PromptPage::samplePapers();
        QVERIFY(samples.size() >= 2);
        QCOMPARE(preview->toPlainText(), llm::PromptBuilder(m_default).userPrompt(samples));

        // Edits on other pages and on this one show at once.
        child<QListWidget>(*d, u"topicList"_s)->setCurrentRow(0);
        type(child<QLineEdit>(*d, u"topicLabel"_s), u"Renamed Architecture"_s);
        child<QPlainTextEdit>(*d, u"scoringCriteria"_s)->setPlainText(u"Score kindly."_s);
        const llm::PromptBuilder builder(d->editedProfile());
        QCOMPARE(preview->toPlainText(), builder.userPrompt(samples));
        QVERIFY(preview->toPlainText().contains(u"Renamed Architecture"_s));
        QVERIFY(preview->toPlainText().contains(u"Score kindly."_s));

        const QLocale locale;
        const int total = llm::PromptBuilder::estimateTokens(builder.systemPrompt()) +
                          llm::PromptBuilder::estimateTokens(builder.userPrompt(samples));
        QVERIFY2(child<QLabel>(*d, u"tokenEstimate"_s)->text().contains(locale.toString(total)),
                 qPrintable(child<QLabel>(*d, u"tokenEstimate"_s)->text()));

        // The cost of a typical day at the model's prices, for the caller's scanned count.
        const int perPaper = llm::PromptBuilder::estimateTokens(builder.papersBlock(samples)) /
                             static_cast<int>(samples.size());
        auto *cost = child<QLabel>(*d, u"costEstimate"_s);
        const core::Usage typical = llm::CostEstimate::forDay(d->editedProfile(), 500, perPaper);
        QVERIFY(typical.totalCost().has_value());
        QVERIFY2(cost->text().contains(QString(u"$"_s + locale.toString(*typical.totalCost(), 'f', 2))),
                 qPrintable(cost->text()));
        d->setScannedCount(1234);
        const core::Usage day = llm::CostEstimate::forDay(d->editedProfile(), 1234, perPaper);
        QVERIFY(*day.totalCost() > *typical.totalCost());
        QVERIFY2(cost->text().contains(QString(u"$"_s + locale.toString(*day.totalCost(), 'f', 2))),
                 qPrintable(cost->text()));
        QVERIFY(cost->text().contains(locale.toString(1234)));

        // A model without a price row: the cost is unknown, not zero.
        type(child<QLineEdit>(*d, u"model"_s), u"mystery-model"_s);
        QVERIFY2(cost->text().contains(u"unknown"_s), qPrintable(cost->text()));
    }

    // ---- Sources ------------------------------------------------------------------------------

    void sourcesEditAndSave()
    {
        auto d = dialog();
        ModalAnswerer later(u"laterButton"_s);
        QSignalSpy changed(d.get(), &SettingsDialog::profileChanged);
        auto *categories = child<QListWidget>(*d, u"categoryList"_s);
        QCOMPARE(categories->count(), 4);
        QVERIFY(categories->item(0)->text().contains(u"Machine Learning"_s));
        categories->setCurrentRow(1); // cs.AI
        clickTool(*d, u"removeCategory"_s);

        auto *picker = child<QComboBox>(*d, u"categoryPicker"_s);
        picker->setEditText(u"math.st"_s); // typed in the wrong case
        clickTool(*d, u"addCategory"_s);
        picker->setCurrentIndex(picker->findData(u"quant-ph"_s));
        QVERIFY(picker->currentText().startsWith(u"quant-ph — "_s));
        clickTool(*d, u"addCategory"_s);
        picker->setEditText(u"cs.LG"_s); // already there: not added twice
        clickTool(*d, u"addCategory"_s);
        // Enter in the picker adds; it does not press OK.
        picker->lineEdit()->setFocus();
        QTest::keyClicks(picker->lineEdit(), u"hep-th"_s);
        QTest::keyClick(picker->lineEdit(), Qt::Key_Return);
        QVERIFY(d->isVisible());
        QCOMPARE(categories->item(categories->count() - 1)->data(Qt::UserRole).toString(), u"hep-th"_s);
        categories->setCurrentRow(categories->count() - 1);
        clickTool(*d, u"removeCategory"_s);

        child<QCheckBox>(*d, u"announce_cross"_s)->setChecked(false);
        child<QCheckBox>(*d, u"announce_replace"_s)->setChecked(true);
        child<QPlainTextEdit>(*d, u"followedAuthors"_s)->setPlainText(u"Ada Lovelace\n\n  Alan Turing "_s);
        child<QPlainTextEdit>(*d, u"excludeKeywords"_s)->setPlainText(u"survey\nmedical imaging"_s);
        type(child<QLineEdit>(*d, u"rssBaseUrl"_s), u"https://mirror.example.org/rss/"_s);
        type(child<QLineEdit>(*d, u"apiBaseUrl"_s), u"http://127.0.0.1:8080/api/query"_s);

        click(*d, QDialogButtonBox::Ok);
        QCOMPARE(d->result(), int(QDialog::Accepted));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(later.seen(), 0); // sources do not change the fingerprint
        const Profile::Sources s = d->profile().sources;
        QCOMPARE(s.categories,
                 (QStringList{u"cs.LG"_s, u"cs.CL"_s, u"stat.ML"_s, u"math.ST"_s, u"quant-ph"_s}));
        QCOMPARE(s.announceTypes, (QStringList{u"new"_s, u"replace"_s}));
        QCOMPARE(s.followedAuthors, (QStringList{u"Ada Lovelace"_s, u"Alan Turing"_s}));
        QCOMPARE(s.excludeKeywords, (QStringList{u"survey"_s, u"medical imaging"_s}));
        QCOMPARE(s.rssBaseUrl, QUrl(u"https://mirror.example.org/rss/"_s));
        QCOMPARE(s.apiBaseUrl, QUrl(u"http://127.0.0.1:8080/api/query"_s));
        QVERIFY(core::ProfileJson::validate(d->profile()).isEmpty());
    }

    void sourcesRejected_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QStringList>("parts");
        QTest::newRow("unknown category")
            << u"category"_s << u"cs.XX"_s << QStringList{u"Categories"_s, u"“cs.XX”"_s};
        QTest::newRow("made-up archive")
            << u"category"_s << u"bio"_s << QStringList{u"Categories"_s, u"“bio”"_s};
        QTest::newRow("rss not http") << u"rssBaseUrl"_s << u"ftp://example.org/rss"_s
                                      << QStringList{u"RSS base URL"_s, u"“ftp://example.org/rss”"_s};
        QTest::newRow("rss no scheme") << u"rssBaseUrl"_s << u"rss.arxiv.org/rss"_s
                                       << QStringList{u"RSS base URL"_s, u"rss.arxiv.org/rss"_s};
        QTest::newRow("api garbage") << u"apiBaseUrl"_s << u"not a url"_s
                                     << QStringList{u"API base URL"_s, u"“not a url”"_s};
        QTest::newRow("no announce type") << u"types"_s << QString() << QStringList{u"Announce types"_s};
        QTest::newRow("no category") << u"none"_s << QString()
                                     << QStringList{u"Categories"_s, u"at least one"_s};
    }

    void sourcesRejected()
    {
        QFETCH(QString, what);
        QFETCH(QString, value);
        QFETCH(QStringList, parts);
        auto d = dialog();
        QSignalSpy changed(d.get(), &SettingsDialog::profileChanged);
        auto *page = d->findChild<ui::settings::SourcesPage *>();
        QVERIFY(page);
        if (what == u"category") {
            child<QComboBox>(*d, u"categoryPicker"_s)->setEditText(value);
            clickTool(*d, u"addCategory"_s);
            QCOMPARE(page->categories().last(), value);
        } else if (what == u"types") {
            child<QCheckBox>(*d, u"announce_new"_s)->setChecked(false);
            child<QCheckBox>(*d, u"announce_cross"_s)->setChecked(false);
        } else if (what == u"none") {
            child<QListWidget>(*d, u"categoryList"_s)->selectAll();
            clickTool(*d, u"removeCategory"_s);
        } else {
            type(child<QLineEdit>(*d, what), value);
        }
        click(*d, QDialogButtonBox::Ok);
        verifyRefused(*d, changed, parts);
        QCOMPARE(child<QListWidget>(*d, u"pageList"_s)->currentRow(), 2); // the page with the problem
    }

    // ---- Model --------------------------------------------------------------------------------

    void modelEditAndSave()
    {
        const EnvironmentKey noKey({});
        auto d = dialog();
        ModalAnswerer later(u"laterButton"_s);
        auto *preset = child<QComboBox>(*d, u"preset"_s);
        QCOMPARE(preset->currentText(), u"OpenAI"_s);
        preset->setCurrentIndex(preset->findData(u"anthropic"_s));
        // The default endpoint and model follow the preset; its list prices fill the table.
        QCOMPARE(child<QLineEdit>(*d, u"baseUrl"_s)->text(),
                 llm::Provider::defaultBaseUrl(Profile::Provider::Anthropic).toString());
        QCOMPARE(child<QLineEdit>(*d, u"model"_s)->text(), u"claude-sonnet-4-5"_s);
        type(child<QLineEdit>(*d, u"model"_s), u"claude-test"_s);
        auto *temperature = child<QDoubleSpinBox>(*d, u"temperature"_s);
        QVERIFY(!temperature->isEnabled()); // the model's default until unchecked
        child<QCheckBox>(*d, u"temperatureDefault"_s)->setChecked(false);
        QVERIFY(temperature->isEnabled());
        QCOMPARE(temperature->maximum(), 1.0); // Anthropic's range
        temperature->setValue(0.3);
        child<QSpinBox>(*d, u"batchSize"_s)->setValue(10);
        child<QSpinBox>(*d, u"concurrency"_s)->setValue(2);
        child<QSpinBox>(*d, u"timeout"_s)->setValue(60);
        child<QSpinBox>(*d, u"retries"_s)->setValue(1);
        QCOMPARE(child<QSpinBox>(*d, u"deadline"_s)->value(), 15); // the default
        child<QSpinBox>(*d, u"deadline"_s)->setValue(40);
        QVERIFY(child<QLabel>(*d, u"priceHint"_s)->text().contains(u"claude-test"_s));

        auto *prices = child<QTableWidget>(*d, u"priceTable"_s);
        QCOMPARE(prices->rowCount(), 4); // the profile's row and Anthropic's three suggested models
        clickTool(*d, u"addPrice"_s);
        QCOMPARE(prices->rowCount(), 5);
        QCOMPARE(prices->item(4, 0)->text(), u"claude-test"_s);
        prices->item(4, 1)->setData(Qt::EditRole, 3.0);
        prices->item(4, 2)->setData(Qt::EditRole, 15.0);
        prices->item(4, 3)->setData(Qt::EditRole, 0.3);
        QVERIFY(!child<QLabel>(*d, u"priceHint"_s)->text().contains(u"claude-test"_s));

        click(*d, QDialogButtonBox::Ok);
        QVERIFY2(d->message().isEmpty(), qPrintable(d->message()));
        QCOMPARE(d->result(), int(QDialog::Accepted));
        QCOMPARE(later.seen(), 1); // provider, model and temperature are in the fingerprint
        const Profile p = d->profile();
        QCOMPARE(p.model.provider, Profile::Provider::Anthropic);
        QCOMPARE(p.model.preset, u"anthropic"_s);
        QCOMPARE(p.model.baseUrl, llm::Provider::defaultBaseUrl(Profile::Provider::Anthropic));
        QCOMPARE(p.model.model, u"claude-test"_s);
        QCOMPARE(p.model.temperature, 0.3);
        QCOMPARE(p.model.batchSize, 10);
        QCOMPARE(p.model.concurrency, 2);
        QCOMPARE(p.model.timeoutSeconds, 60);
        QCOMPARE(p.model.retries, 1);
        QCOMPARE(p.model.deadlineMinutes, 40);
        QCOMPARE(p.prices.size(), 5);
        QCOMPARE(p.prices.at(0), m_default.prices.at(0));
        const Profile anthropic = p;
        for (int i = 1; i <= 3; ++i) {
            const QString listed = p.prices.at(i).model;
            QVERIFY(listed.startsWith(u"claude-"_s));
            QCOMPARE(p.prices.at(i), *core::ModelCatalog::builtIn().spec(u"anthropic"_s, listed).price);
        }
        QCOMPARE(p.prices.at(4), (core::PriceRow{u"claude-test"_s, 3.0, 15.0, 0.3}));
        QVERIFY(core::ProfileJson::validate(p).isEmpty());
    }

    void modelRejected_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QStringList>("parts");
        QTest::newRow("base url") << u"baseUrl"_s << u"localhost:8080/v1"_s
                                  << QStringList{u"Base URL"_s, u"“localhost:8080/v1”"_s};
        QTest::newRow("no model") << u"model"_s << QString() << QStringList{u"Model"_s};
        QTest::newRow("price without model")
            << u"priceModel"_s << QString() << QStringList{u"Prices, row 2"_s, u"name the model"_s};
        QTest::newRow("price twice") << u"priceModel"_s << u"GPT-5.4"_s
                                     << QStringList{u"Prices, row 2"_s, u"GPT-5.4"_s, u"row 1"_s};
    }

    void modelRejected()
    {
        QFETCH(QString, what);
        QFETCH(QString, value);
        QFETCH(QStringList, parts);
        auto d = dialog();
        QSignalSpy changed(d.get(), &SettingsDialog::profileChanged);
        if (what == u"priceModel") {
            clickTool(*d, u"addPrice"_s);
            child<QTableWidget>(*d, u"priceTable"_s)->item(1, 0)->setText(value);
        } else {
            type(child<QLineEdit>(*d, what), value);
        }
        click(*d, QDialogButtonBox::Ok);
        verifyRefused(*d, changed, parts);
        QCOMPARE(child<QListWidget>(*d, u"pageList"_s)->currentRow(), 3);
    }

    // ---- Reading ------------------------------------------------------------------------------

    void readingEditAndSave()
    {
        {
            auto d = dialog();
            ModalAnswerer later(u"laterButton"_s);
            QCOMPARE(child<QComboBox>(*d, u"language"_s)->currentText(), u"System"_s);
            QCOMPARE(child<QComboBox>(*d, u"palette"_s)->currentText(), u"System"_s);
            child<QSpinBox>(*d, u"minRelevance"_s)->setValue(6);
            child<QSpinBox>(*d, u"minNovelty"_s)->setValue(7);
            auto *language = child<QComboBox>(*d, u"language"_s);
            language->setCurrentIndex(language->findText(u"Deutsch"_s));
            auto *palette = child<QComboBox>(*d, u"palette"_s);
            palette->setCurrentIndex(palette->findText(u"Dark"_s));
            click(*d, QDialogButtonBox::Ok);
            QCOMPARE(d->result(), int(QDialog::Accepted));
            QCOMPARE(later.seen(), 0); // thresholds do not change the fingerprint
            QCOMPARE(d->profile().thresholds.relevance, 6);
            QCOMPARE(d->profile().thresholds.novelty, 7);
        }
        QSettings ini(iniPath(), QSettings::IniFormat);
        QCOMPARE(ini.value(u"ui/language"_s).toString(), u"de"_s);
        QCOMPARE(ini.value(u"ui/palette"_s).toString(), u"dark"_s);
        QCOMPARE(ui::settings::keys::Palette.read(ini), u"dark"_s);

        // Settings only: Apply is enabled and applying emits no profile change.
        auto again = dialog();
        QCOMPARE(child<QComboBox>(*again, u"language"_s)->currentText(), u"Deutsch"_s);
        QCOMPARE(child<QComboBox>(*again, u"palette"_s)->currentText(), u"Dark"_s);
        auto *apply = child<QDialogButtonBox>(*again, u"buttonBox"_s)->button(QDialogButtonBox::Apply);
        QVERIFY(!apply->isEnabled());
        child<QComboBox>(*again, u"palette"_s)->setCurrentIndex(1);
        QVERIFY(apply->isEnabled());
        QSignalSpy changed(again.get(), &SettingsDialog::profileChanged);
        apply->click();
        QCOMPARE(changed.count(), 0);
        QVERIFY(!apply->isEnabled());
        QCOMPARE(QSettings(iniPath(), QSettings::IniFormat).value(u"ui/palette"_s).toString(), u"light"_s);
    }

    // Accepting the dialog with Dark changes the running application's colours, no restart needed;
    // cancelling a change leaves them as they were.
    void paletteAppliesAtOnce()
    {
        ui::settings::Appearance::apply(u"system"_s);
        const QPalette before = qApp->palette();
        const QColor dark = ui::settings::Appearance::palette(u"dark"_s).color(QPalette::Window);
        QVERIFY(before.color(QPalette::Window) != dark);
        {
            auto d = dialog();
            auto *palette = child<QComboBox>(*d, u"palette"_s);
            palette->setCurrentIndex(palette->findText(u"Dark"_s));
            QCOMPARE(qApp->palette().color(QPalette::Window), before.color(QPalette::Window));
            click(*d, QDialogButtonBox::Ok);
            QCOMPARE(d->result(), int(QDialog::Accepted));
        }
        QCOMPARE(qApp->palette().color(QPalette::Window), dark);
        QCOMPARE(qApp->palette().color(QPalette::Base),
                 ui::settings::Appearance::palette(u"dark"_s).color(QPalette::Base));
        QCOMPARE(QApplication::style()->name(), u"fusion"_s);
        {
            auto d = dialog();
            child<QComboBox>(*d, u"palette"_s)->setCurrentIndex(1); // Light, then cancelled
            click(*d, QDialogButtonBox::Cancel);
        }
        QCOMPARE(qApp->palette().color(QPalette::Window), dark);
        ui::settings::Appearance::apply(u"system"_s);
        QCOMPARE(qApp->palette().color(QPalette::Window), before.color(QPalette::Window));
    }

    // ---- The dialog ---------------------------------------------------------------------------

    void cancelLeavesProfileUnchanged()
    {
        auto d = dialog();
        ModalAnswerer answerer(u"rescoreButton"_s);
        QSignalSpy changed(d.get(), &SettingsDialog::profileChanged);
        QSignalSpy rescore(d.get(), &SettingsDialog::rescoreRequested);
        type(child<QLineEdit>(*d, u"topicLabel"_s), u"Something else"_s);
        child<QPlainTextEdit>(*d, u"system"_s)->setPlainText(u"Be terse."_s);
        child<QCheckBox>(*d, u"announce_replace"_s)->setChecked(true);
        type(child<QLineEdit>(*d, u"model"_s), u"other-model"_s);
        child<QSpinBox>(*d, u"minNovelty"_s)->setValue(3);
        child<QComboBox>(*d, u"palette"_s)->setCurrentIndex(2);
        QVERIFY(d->editedProfile() != m_default);

        click(*d, QDialogButtonBox::Cancel);
        QCOMPARE(d->result(), int(QDialog::Rejected));
        QVERIFY(!d->isVisible());
        QCOMPARE(changed.count(), 0);
        QCOMPARE(rescore.count(), 0);
        QCOMPARE(answerer.seen(), 0);
        QCOMPARE(d->profile(), m_default);
        QVERIFY(!QSettings(iniPath(), QSettings::IniFormat).contains(u"ui/palette"_s));
    }

    void fingerprintChangeAsksToRescore()
    {
        {
            auto d = dialog();
            ModalAnswerer rescoreAnswer(u"rescoreButton"_s);
            QSignalSpy rescore(d.get(), &SettingsDialog::rescoreRequested);
            QSignalSpy changed(d.get(), &SettingsDialog::profileChanged);
            child<QPlainTextEdit>(*d, u"topicKeep"_s)->setPlainText(u"only routing papers"_s);
            click(*d, QDialogButtonBox::Ok);
            QCOMPARE(rescoreAnswer.seen(), 1);
            QCOMPARE(rescoreAnswer.text(),
                     u"Scores made with the old settings are kept; re-score this day?"_s);
            QCOMPARE(rescore.count(), 1);
            QCOMPARE(changed.count(), 1);
            QVERIFY(llm::PromptBuilder(d->profile()).fingerprint() !=
                    llm::PromptBuilder(m_default).fingerprint());
        }
        {
            auto d = dialog();
            ModalAnswerer later(u"laterButton"_s);
            QSignalSpy rescore(d.get(), &SettingsDialog::rescoreRequested);
            child<QCheckBox>(*d, u"temperatureDefault"_s)->setChecked(false);
            child<QDoubleSpinBox>(*d, u"temperature"_s)->setValue(0.7);
            click(*d, QDialogButtonBox::Apply);
            QCOMPARE(later.seen(), 1);
            QCOMPARE(rescore.count(), 0);
            // Applying again without a change asks nothing.
            child<QSpinBox>(*d, u"batchSize"_s)->setValue(5);
            click(*d, QDialogButtonBox::Apply);
            QCOMPARE(later.seen(), 1);
            QCOMPARE(d->profile().model.batchSize, 5);
        }
    }

    void importAndExport()
    {
        auto d = dialog();
        ModalAnswerer later(u"laterButton"_s);
        const QString exported = m_dir.filePath(u"exported.json"_s);
        child<QSpinBox>(*d, u"minRelevance"_s)->setValue(9);
        QVERIFY(d->exportProfile(exported));
        const core::ProfileResult back = core::ProfileJson::load(exported);
        QVERIFY2(back, qPrintable(back.error));
        QCOMPARE(*back.profile, d->editedProfile());
        QCOMPARE(back.profile->thresholds.relevance, 9);

        // A bad file: the message names the field and the pages keep their edits.
        QJsonObject json = core::ProfileJson::toJson(m_default);
        QJsonArray topics = json.value(u"topics"_s).toArray();
        QJsonObject second = topics.at(1).toObject();
        second.insert(u"id"_s, u"Not An Id"_s);
        topics.replace(1, second);
        json.insert(u"topics"_s, topics);
        const QString bad = m_dir.filePath(u"bad.json"_s);
        {
            QFile f(bad);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QJsonDocument(json).toJson());
        }
        const Profile before = d->editedProfile();
        QVERIFY(!d->importProfile(bad));
        QVERIFY2(d->message().contains(u"topics[1].id"_s), qPrintable(d->message()));
        QVERIFY(d->message().contains(u"Not An Id"_s));
        QCOMPARE(d->editedProfile(), before);

        const QString broken = m_dir.filePath(u"broken.json"_s);
        {
            QFile f(broken);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("{ \"formatVersion\": 1, ");
        }
        QVERIFY(!d->importProfile(broken));
        QVERIFY2(d->message().contains(u"JSON"_s), qPrintable(d->message()));
        QVERIFY(!d->importProfile(m_dir.filePath(u"missing.json"_s)));
        QCOMPARE(d->editedProfile(), before);

        // A good file fills every page (not yet applied) and OK applies it.
        Profile other = m_default;
        other.name = u"Other"_s;
        other.topics.removeLast();
        other.topics[0].label = u"Imported Topic"_s;
        other.sources.categories = {u"hep-th"_s};
        other.model.model = u"gpt-other"_s;
        other.thresholds.novelty = 5;
        const QString good = m_dir.filePath(u"good.json"_s);
        QString error;
        QVERIFY2(core::ProfileJson::save(other, good, &error), qPrintable(error));
        QVERIFY(d->importProfile(good));
        QVERIFY2(d->message().contains(u"good.json"_s), qPrintable(d->message()));
        QCOMPARE(d->editedProfile(), other);
        QCOMPARE(d->profile(), m_default);
        QCOMPARE(child<QListWidget>(*d, u"topicList"_s)->item(0)->text(), u"Imported Topic"_s);
        QCOMPARE(child<QLineEdit>(*d, u"model"_s)->text(), u"gpt-other"_s);
        click(*d, QDialogButtonBox::Ok);
        QCOMPARE(d->profile(), other);
    }

    // ---- Key and connection -------------------------------------------------------------------

    void noKeychainExplainsEnvironment()
    {
        const EnvironmentKey noKey({});
        auto d = dialog(m_default, nullptr);
        const QString status = child<QLabel>(*d, u"keyStatus"_s)->text();
        QVERIFY2(status.contains(u"PAPERDESK_API_KEY"_s), qPrintable(status));
        QVERIFY(status.contains(u"plain text"_s));
        QVERIFY(!child<QPushButton>(*d, u"setKey"_s)->isEnabled());
        QVERIFY(!child<QPushButton>(*d, u"removeKey"_s)->isEnabled());

        auto *preset = child<QComboBox>(*d, u"preset"_s);
        preset->setCurrentIndex(preset->findData(ui::settings::ModelPage::HeuristicPreset));
        QVERIFY(child<QLabel>(*d, u"keyStatus"_s)->text().contains(u"needs no key"_s));
        QVERIFY(!child<QPushButton>(*d, u"testConnection"_s)->isEnabled());
    }

    void environmentKeyOverrides()
    {
        const EnvironmentKey key(u"sk-env-override-123"_s);
        auto d = dialog();
        QCOMPARE(child<QLabel>(*d, u"keyStatus"_s)->text(),
                 u"PAPERDESK_API_KEY is set and overrides the keychain."_s);
        for (const QString &text : visibleTexts(*d)) {
            QVERIFY(!text.contains(u"sk-env-override-123"_s));
        }
    }

    void testConnectionSucceeds()
    {
        const EnvironmentKey key(u"sk-test-connection"_s);
        test::FakeLlmServer server;
        QVERIFY(server.listen());
        auto d = dialog();
        type(child<QLineEdit>(*d, u"baseUrl"_s), server.baseUrl().toString());
        type(child<QLineEdit>(*d, u"model"_s), u"gpt-5-mini"_s);
        auto *page = d->findChild<ui::settings::ModelPage *>();
        QSignalSpy tested(page, &ui::settings::ModelPage::connectionTested);
        clickTool(*d, u"testConnection"_s);
        QVERIFY(!child<QPushButton>(*d, u"testConnection"_s)->isEnabled()); // busy
        QVERIFY(tested.wait(20000));
        const QString message = tested.at(0).at(1).toString();
        QVERIFY2(tested.at(0).at(0).toBool(), qPrintable(message));
        QCOMPARE(child<QLabel>(*d, u"testResult"_s)->text(), message);
        QVERIFY2(message.startsWith(u"Connected to gpt-5-mini in "_s), qPrintable(message));
        QVERIFY(message.contains(u"relevance "_s));
        QVERIFY(message.contains(u"tokens"_s));
        QVERIFY(child<QPushButton>(*d, u"testConnection"_s)->isEnabled());

        // The request a scoring run sends, for one sample paper.
        QCOMPARE(server.requestCount(), 1);
        const test::FakeLlmServer::Request request = server.requests().first();
        QCOMPARE(request.api, test::FakeLlmServer::Api::OpenAi);
        QCOMPARE(request.paperIds, QStringList{pipeline::ConnectionTest::samplePaper().arxivId});
        QCOMPARE(request.json.value(u"model"_s).toString(), u"gpt-5-mini"_s);
        QVERIFY(!request.json.contains(u"temperature"_s));
        QCOMPARE(request.header("authorization"), QByteArray("Bearer sk-test-connection"));
        QCOMPARE(d->profile(), m_default); // testing applies nothing
    }

    void testConnectionReportsRefusedKey()
    {
        const QString secret = u"sk-test-refused-7f3a9c"_s;
        const EnvironmentKey key(secret);
        test::FakeLlmServer server;
        QVERIFY(server.listen());
        server.setBehaviour(test::FakeLlmServer::Behaviour::httpStatus(401));
        auto d = dialog();
        auto *preset = child<QComboBox>(*d, u"preset"_s);
        preset->setCurrentIndex(preset->findData(u"anthropic"_s));
        type(child<QLineEdit>(*d, u"baseUrl"_s), server.baseUrl().toString());
        auto *page = d->findChild<ui::settings::ModelPage *>();
        QSignalSpy tested(page, &ui::settings::ModelPage::connectionTested);
        clickTool(*d, u"testConnection"_s);
        QVERIFY(tested.wait(20000));
        const QString message = tested.at(0).at(1).toString();
        QVERIFY(!tested.at(0).at(0).toBool());
        QVERIFY2(message.contains(u"401"_s), qPrintable(message));
        QVERIFY2(message.contains(u"refused the API key"_s), qPrintable(message));
        QVERIFY2(!message.contains(secret), qPrintable(message));
        QCOMPARE(server.requestCount(), 1); // a refused key is not retried
        QCOMPARE(server.requests().first().header("x-api-key"), secret.toUtf8());
        for (const QString &text : visibleTexts(*d)) {
            QVERIFY2(!text.contains(secret), qPrintable(text));
        }
    }

    void keychainThroughModelPage()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS") &&
            qEnvironmentVariableIsEmpty("PAPERDESK_REQUIRE_KEYCHAIN")) {
            QSKIP("No session bus; the README test command runs this under dbus-run-session.");
        }
        const EnvironmentKey noKey({});
        secrets::SecretStore store(u"Paperdesk-test-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces));
        const QString secret = u"sk-keychain-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
        auto d = dialog(m_default, &store);
        auto *status = child<QLabel>(*d, u"keyStatus"_s);
        QTRY_COMPARE_WITH_TIMEOUT(status->text(), u"No key stored."_s, 20000);
        QVERIFY(child<QPushButton>(*d, u"setKey"_s)->isEnabled());

        auto *page = d->findChild<ui::settings::ModelPage *>();
        page->setKey(secret);
        QTRY_COMPARE_WITH_TIMEOUT(status->text(), u"A key is stored in the keychain."_s, 20000);

        // Like a scoring run, the test sends a server on this computer no key from the keychain (a
        // remote one would get it, but a fake server is always local).
        test::FakeLlmServer server;
        QVERIFY(server.listen());
        type(child<QLineEdit>(*d, u"baseUrl"_s), server.baseUrl().toString());
        QSignalSpy tested(page, &ui::settings::ModelPage::connectionTested);
        page->testConnection();
        QVERIFY(tested.wait(20000));
        QCOMPARE(server.requestCount(), 1);
        QVERIFY(server.requests().first().header("authorization").isEmpty());
        for (const QString &text : visibleTexts(*d)) {
            QVERIFY2(!text.contains(secret), qPrintable(text));
        }

        page->removeKey();
        QTRY_COMPARE_WITH_TIMEOUT(status->text(), u"No key stored."_s, 20000);
    }

    // ---- Screenshots (on request) -------------------------------------------------------------

    void screenshots()
    {
        const QString dir = qEnvironmentVariable("PAPERDESK_SCREENSHOT_DIR");
        if (dir.isEmpty()) {
            QSKIP("Set PAPERDESK_SCREENSHOT_DIR to write a screenshot of every page.");
        }
        const EnvironmentKey noKey({});
        const QStringList names{u"topics"_s, u"prompt"_s, u"sources"_s, u"model"_s, u"reading"_s};
        for (const QString &palette : {u"light"_s, u"dark"_s}) {
            ui::settings::Appearance::apply(palette);
            auto d = dialog();
            QVERIFY(QTest::qWaitForWindowExposed(d.get()));
            for (int i = 0; i < names.size(); ++i) {
                d->showPage(i);
                QTest::qWait(50);
                const QString path = dir + u"/settings-"_s + names.at(i) + u'-' + palette + u".png"_s;
                QVERIFY2(d->grab().save(path), qPrintable(path));
            }
            // The Model page after a refused key.
            {
                const EnvironmentKey key(u"sk-screenshot"_s);
                test::FakeLlmServer server;
                QVERIFY(server.listen());
                server.setBehaviour(test::FakeLlmServer::Behaviour::httpStatus(401));
                d->showPage(3);
                type(child<QLineEdit>(*d, u"baseUrl"_s), server.baseUrl().toString());
                auto *page = d->findChild<ui::settings::ModelPage *>();
                page->refreshKeyStatus();
                QSignalSpy tested(page, &ui::settings::ModelPage::connectionTested);
                page->testConnection();
                QVERIFY(tested.wait(20000));
                QTest::qWait(50); // let the layout take the wrapped message's height
                QVERIFY(d->grab().save(dir + u"/settings-model-refused-"_s + palette + u".png"_s));
                type(child<QLineEdit>(*d, u"baseUrl"_s), m_default.model.baseUrl.toString());
            }
            // A page with a problem shown.
            child<QListWidget>(*d, u"topicList"_s)->setCurrentRow(1);
            type(child<QLineEdit>(*d, u"topicId"_s), u"Bad Id"_s);
            click(*d, QDialogButtonBox::Apply);
            QVERIFY(d->grab().save(dir + u"/settings-problem-"_s + palette + u".png"_s));
        }
        ui::settings::Appearance::apply(u"system"_s);
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
