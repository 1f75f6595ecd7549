// The first-run assistant offscreen: each page, Skip, Cancel (nothing written) and Finish (the
// profile the window saves, the catch-up it starts). Set PAPERDESK_SCREENSHOTS_DIR to keep a grab of
// every page at 1024×640 and 1440×900.
#include "core/datadir.h"
#include "core/profilestore.h"
#include "fixtures.h"
#include "secrets/secretstore.h"
#include "store/database.h"
#include "ui/settings/settingskeys.h"
#include "ui/settings/topicspage.h"
#include "ui/setupwizard.h"
#include "ui/setupwizardpages.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUuid>

#include <memory>

using namespace Qt::StringLiterals;
using namespace pd;
using ui::SetupChoices;
using ui::SetupContext;
using ui::SetupWizard;

namespace {

// Tuesday 21 April 2026, 22:00 in New York: the announcement dated the 22nd is out.
const QDateTime Now{QDate(2026, 4, 22), QTime(2, 0), Qt::UTC};

const QString Description =
    u"I work on robot learning, mostly sim-to-real transfer and dexterous manipulation. "
    u"I also follow world models. I don't need pure benchmark papers."_s;

// What the window does with the choices (MainWindow applies them after Finish).
struct Window {
    QString profilePath;
    int catchUpDays = -1;
    QString library;
    void apply(const SetupChoices &c)
    {
        QString error;
        QVERIFY2(core::ProfileStore(profilePath).save(c.profile, &error), qPrintable(error));
        catchUpDays = c.catchUpDays;
        library = c.libraryFile;
    }
};

SetupContext offlineContext()
{
    SetupContext context;
    context.now = Now;
    context.fetchedCategories = context.profile.sources.categories;
    return context;
}

bool keychainAvailable()
{
    return !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
}

} // namespace

class TestSetupWizard : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_shots;

    QString settingsFile() const { return m_dir.filePath(u"paperdesk.ini"_s); }

    template<typename Page>
    static Page *page(SetupWizard &w, int id)
    {
        return static_cast<Page *>(w.page(id));
    }

    void shoot(SetupWizard &wizard, const QString &name)
    {
        if (m_shots.isEmpty()) {
            return;
        }
        for (const QSize size : {QSize(1024, 640), QSize(1440, 900)}) {
            wizard.resize(size);
            QCoreApplication::processEvents();
            QVERIFY(wizard.grab().save(
                u"%1/%2-%3x%4.png"_s.arg(m_shots, name).arg(size.width()).arg(size.height())));
        }
        wizard.resize(900, 640);
    }

    static bool waitForDraft(SetupWizard &w)
    {
        auto *topics = page<ui::SetupTopicsPage>(w, SetupWizard::TopicsPageId);
        return QTest::qWaitFor([topics] { return !topics->isDrafting(); }, 10000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_shots = qEnvironmentVariable("PAPERDESK_SCREENSHOTS_DIR");
        if (!m_shots.isEmpty()) {
            QVERIFY(QDir().mkpath(m_shots));
        }
        qunsetenv(secrets::SecretStore::EnvironmentVariable);
    }

    void init()
    {
        QFile::remove(settingsFile());
        QFile::remove(m_dir.filePath(u"profile.json"_s));
    }

    void offeredOnlyOnAFreshDataDir()
    {
        QVERIFY(SetupWizard::offerAtStart(false, settingsFile()));
        QVERIFY(!SetupWizard::offerAtStart(true, settingsFile()));
        QSettings(settingsFile(), QSettings::IniFormat)
            .setValue(ui::settings::keys::SetupAssistant.name(), u"cancelled"_s);
        QVERIFY(!SetupWizard::offerAtStart(false, settingsFile()));
    }

    void lastAnnouncementDays()
    {
        const core::AnnouncementCalendar calendar;
        const QList<QDate> days = SetupWizard::lastAnnouncementDays(calendar, Now, 3);
        QCOMPARE(days, (QList<QDate>{QDate(2026, 4, 20), QDate(2026, 4, 21), QDate(2026, 4, 22)}));
        QCOMPARE(SetupWizard::lastAnnouncementDays(calendar, Now, 4).first(), QDate(2026, 4, 17)); // a Friday
        QVERIFY(SetupWizard::lastAnnouncementDays(calendar, Now, 0).isEmpty());
    }

    void volumesFromStoredDays()
    {
        QTemporaryDir dir;
        store::Database db(dir.filePath(u"paperdesk.sqlite"_s));
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        QList<core::Paper> first;
        QList<core::Paper> second;
        for (int n = 0; n < 10; ++n) {
            core::Paper p = test::samplePaper(n);
            p.categories = n < 4 ? QStringList{u"cs.RO"_s, u"cs.LG"_s} : QStringList{u"cs.LG"_s};
            (n % 2 == 0 ? first : second).append(p);
        }
        QVERIFY(test::storePapers(db, QDate(2026, 4, 20), first));
        QVERIFY(test::storePapers(db, QDate(2026, 4, 21), second));
        core::Profile profile = core::ProfileJson::defaultProfile();
        profile.sources.categories = {u"cs.LG"_s, u"cs.RO"_s};
        const SetupContext context = SetupContext::fromDatabase(db, profile, core::AnnouncementCalendar());
        QCOMPARE(context.storedDays.size(), 2);
        QCOMPARE(context.dailyVolume({u"cs.LG"_s}), std::optional<double>(5.0));
        QCOMPARE(context.dailyVolume({u"cs.RO"_s}), std::optional<double>(2.0));
        QCOMPARE(context.dailyVolume({u"cs"_s}), std::nullopt); // the archive was not fetched whole
        QCOMPARE(context.dailyVolume({u"cs.CV"_s}), std::nullopt);

        SetupWizard wizard(context, nullptr);
        wizard.show();
        auto *fields = page<ui::SetupFieldsPage>(wizard, SetupWizard::FieldsPageId);
        fields->search(u"robotics"_s);
        auto *view = fields->findChild<QTreeView *>(u"categoryView"_s);
        QCOMPARE(view->model()->rowCount(), 1);
        QCOMPARE(view->model()->index(0, 3).data().toString(), u"2"_s);
        QVERIFY(fields->findChild<QLabel *>(u"categorySummary"_s)->text().contains(u"About 5 papers"_s));
        wizard.next();
        const QString cost = wizard.findChild<QLabel *>(u"costEstimate"_s)->text();
        QVERIFY2(cost.contains(u"$"_s) && cost.contains(u"a day"_s), qPrintable(cost));
    }

    void eachPage()
    {
        SetupWizard wizard(offlineContext(), nullptr);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QCOMPARE(wizard.currentId(), int(SetupWizard::FieldsPageId));
        QVERIFY(wizard.button(QWizard::CustomButton1)->isVisible());

        // Fields: the taxonomy, searchable by name; the profile's categories chosen.
        auto *fields = page<ui::SetupFieldsPage>(wizard, SetupWizard::FieldsPageId);
        QCOMPARE(fields->chosen(), core::ProfileJson::defaultProfile().sources.categories);
        fields->search(u"robotics"_s);
        QCOMPARE(fields->shownCodes(), QStringList{u"cs.RO"_s});
        fields->search(u"quantum"_s);
        QVERIFY(fields->shownCodes().contains(u"quant-ph"_s));
        fields->search({});
        shoot(wizard, u"1-fields"_s);
        fields->setChosen({});
        QVERIFY(!fields->isComplete());
        fields->setChosen({u"cs.RO"_s, u"cs.LG"_s});
        QVERIFY(fields->isComplete());

        // Model: presets, offline; no stored days, so no cost yet.
        wizard.next();
        QCOMPARE(wizard.currentId(), int(SetupWizard::ModelPageId));
        auto *model = page<ui::SetupModelPage>(wizard, SetupWizard::ModelPageId);
        QCOMPARE(model->presetId(), u"openai"_s);
        QVERIFY(
            wizard.findChild<QLabel *>(u"costEstimate"_s)->text().contains(u"once a day has been fetched"_s));
        QVERIFY(!wizard.findChild<QLineEdit *>(u"apiKey"_s)->isEnabled()); // no keychain here
        shoot(wizard, u"2-model"_s);
        model->choosePreset(u"ollama"_s);
        QVERIFY(wizard.findChild<QLineEdit *>(u"serverUrl"_s)->isVisible());
        QVERIFY(!wizard.findChild<QLineEdit *>(u"apiKey"_s)->isVisible());
        shoot(wizard, u"2-model-local"_s);
        model->choosePreset(ui::SetupModelPage::OfflineId);
        QVERIFY(model->isComplete());

        // Interests: keep, or describe; describing leads to the topics page.
        wizard.next();
        QCOMPARE(wizard.currentId(), int(SetupWizard::InterestsPageId));
        auto *interests = page<ui::SetupInterestsPage>(wizard, SetupWizard::InterestsPageId);
        QCOMPARE(interests->nextId(), int(SetupWizard::CatchUpPageId));
        QVERIFY(wizard.findChild<QLabel *>(u"draftNote"_s)->text().contains(u"key phrases"_s));
        interests->setDescription(Description);
        QCOMPARE(interests->nextId(), int(SetupWizard::TopicsPageId));
        shoot(wizard, u"3-interests"_s);

        // Topics: drafted offline from the key phrases, editable.
        wizard.next();
        QCOMPARE(wizard.currentId(), int(SetupWizard::TopicsPageId));
        QVERIFY(waitForDraft(wizard));
        auto *topics = page<ui::SetupTopicsPage>(wizard, SetupWizard::TopicsPageId);
        QVERIFY(topics->isComplete());
        core::Profile drafted;
        topics->editor()->save(drafted);
        QVERIFY(!drafted.topics.isEmpty());
        QVERIFY(wizard.findChild<QLabel *>(u"draftStatus"_s)->text().contains(u"key phrases"_s));
        shoot(wizard, u"4-topics"_s);

        // Catch up: three days by default, named.
        wizard.next();
        QCOMPARE(wizard.currentId(), int(SetupWizard::CatchUpPageId));
        QCOMPARE(page<ui::SetupCatchUpPage>(wizard, SetupWizard::CatchUpPageId)->days(), 3);
        const QString dates = wizard.findChild<QLabel *>(u"catchUpDates"_s)->text();
        QVERIFY2(dates.startsWith(u"3 day(s): Mon 20 Apr"_s), qPrintable(dates));
        QVERIFY(wizard.button(QWizard::FinishButton)->isVisible());
        QVERIFY(wizard.findChild<QLabel *>(u"finishSummary"_s)->text().contains(u"cs.RO"_s));
        shoot(wizard, u"5-catchup"_s);

        const SetupChoices c = wizard.choices();
        QCOMPARE(c.profile.sources.categories, (QStringList{u"cs.LG"_s, u"cs.RO"_s}));
        QCOMPARE(c.profile.model.provider, core::Profile::Provider::Heuristic);
        QCOMPARE(c.profile.topics, drafted.topics);
        QCOMPARE(c.catchUpDays, 3);
        QCOMPARE(core::ProfileJson::validate(c.profile), QString());
    }

    void skipLeavesEveryStepAsItWas()
    {
        const SetupContext context = offlineContext();
        SetupWizard wizard(context, nullptr);
        wizard.setSettingsFile(settingsFile());
        QSignalSpy chosen(&wizard, &SetupWizard::setupChosen);
        wizard.show();
        page<ui::SetupFieldsPage>(wizard, SetupWizard::FieldsPageId)->setChosen({u"math.AG"_s});
        wizard.skipPage();
        QCOMPARE(wizard.currentId(), int(SetupWizard::ModelPageId));
        page<ui::SetupModelPage>(wizard, SetupWizard::ModelPageId)->choosePreset(u"anthropic"_s);
        wizard.skipPage();
        QCOMPARE(wizard.currentId(), int(SetupWizard::InterestsPageId));
        page<ui::SetupInterestsPage>(wizard, SetupWizard::InterestsPageId)->setDescription(Description);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(SetupWizard::TopicsPageId));
        QVERIFY(waitForDraft(wizard));
        wizard.skipPage(); // the draft is left out
        QCOMPARE(wizard.currentId(), int(SetupWizard::CatchUpPageId));
        wizard.skipPage(); // no catch-up, and Finish
        QCOMPARE(chosen.count(), 1);
        const auto c = chosen.at(0).at(0).value<SetupChoices>();
        QCOMPARE(c.profile, context.profile);
        QCOMPARE(c.catchUpDays, 0);
        QVERIFY(c.libraryFile.isEmpty());
        QCOMPARE(wizard.result(), int(QDialog::Accepted));
    }

    void cancelWritesNothing()
    {
        const QString service = u"Paperdesk-test-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
        secrets::SecretStore keychain(service);
        QSignalSpy keychainAnswers(&keychain, &secrets::SecretStore::finished);
        SetupContext context = offlineContext();
        SetupWizard wizard(context, &keychain);
        wizard.setSettingsFile(settingsFile());
        Window window;
        window.profilePath = m_dir.filePath(u"profile.json"_s);
        connect(&wizard, &SetupWizard::setupChosen, this,
                [&window](const SetupChoices &c) { window.apply(c); });
        wizard.show();
        page<ui::SetupFieldsPage>(wizard, SetupWizard::FieldsPageId)->setChosen({u"cs.RO"_s});
        wizard.next();
        wizard.findChild<QLineEdit *>(u"apiKey"_s)->setText(u"sk-test-never-stored"_s);
        wizard.next();
        page<ui::SetupInterestsPage>(wizard, SetupWizard::InterestsPageId)
            ->setLibraryFile(test::dataFile(u"library/zotero.bib"_s));
        wizard.button(QWizard::CancelButton)->click();

        QCOMPARE(wizard.result(), int(QDialog::Rejected));
        QCOMPARE(window.catchUpDays, -1);
        QVERIFY(!QFile::exists(window.profilePath));
        QTest::qWait(100);
        for (const QList<QVariant> &answer : std::as_const(keychainAnswers)) {
            QVERIFY(answer.at(0).value<secrets::SecretStore::Operation>() ==
                    secrets::SecretStore::Operation::Read);
        }
        // Remembered, so the assistant does not open by itself again.
        QCOMPARE(ui::settings::keys::SetupAssistant.read(QSettings(settingsFile(), QSettings::IniFormat)),
                 u"cancelled"_s);
        QVERIFY(!SetupWizard::offerAtStart(false, settingsFile()));
    }

    void finishWritesTheProfileAndStartsTheCatchUp()
    {
        SetupWizard wizard(offlineContext(), nullptr);
        wizard.setSettingsFile(settingsFile());
        Window window;
        window.profilePath = m_dir.filePath(u"profile.json"_s);
        connect(&wizard, &SetupWizard::setupChosen, this,
                [&window](const SetupChoices &c) { window.apply(c); });
        wizard.show();
        auto *fields = page<ui::SetupFieldsPage>(wizard, SetupWizard::FieldsPageId);
        fields->search(u"robotics"_s);
        auto *view = fields->findChild<QTreeView *>(u"categoryView"_s);
        view->model()->setData(view->model()->index(0, 0), Qt::Checked, Qt::CheckStateRole);
        fields->search({});
        wizard.next();
        page<ui::SetupModelPage>(wizard, SetupWizard::ModelPageId)
            ->choosePreset(ui::SetupModelPage::OfflineId);
        wizard.next();
        page<ui::SetupInterestsPage>(wizard, SetupWizard::InterestsPageId)->setDescription(Description);
        const QString library = test::dataFile(u"library/zotero.bib"_s);
        page<ui::SetupInterestsPage>(wizard, SetupWizard::InterestsPageId)->setLibraryFile(library);
        wizard.next();
        QVERIFY(waitForDraft(wizard));
        wizard.next();
        wizard.findChild<QSpinBox *>(u"catchUpDays"_s)->setValue(5);
        QVERIFY(!QFile::exists(window.profilePath)); // nothing before Finish
        wizard.button(QWizard::FinishButton)->click();

        QCOMPARE(wizard.result(), int(QDialog::Accepted));
        QCOMPARE(window.catchUpDays, 5);
        QCOMPARE(window.library, library);
        const core::ProfileResult stored = core::ProfileStore(window.profilePath).load();
        QVERIFY2(stored, qPrintable(stored.error));
        QVERIFY(stored.profile->sources.categories.contains(u"cs.RO"_s));
        QCOMPARE(stored.profile->model.provider, core::Profile::Provider::Heuristic);
        QVERIFY(stored.profile->topics != core::ProfileJson::defaultProfile().topics);
        QCOMPARE(ui::settings::keys::SetupAssistant.read(QSettings(settingsFile(), QSettings::IniFormat)),
                 u"finished"_s);
    }

    void theKeyIsStoredOnlyAtFinish()
    {
        if (!keychainAvailable()) {
            QSKIP("No session bus; the README test command runs the keychain tests under dbus-run-session.");
        }
        const QString service = u"Paperdesk-test-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
        secrets::SecretStore keychain(service);
        const auto read = [&keychain] {
            QSignalSpy spy(&keychain, &secrets::SecretStore::finished);
            keychain.read(u"openai"_s);
            return spy.wait(20000) ? spy.at(0).at(2).toString() : u"timeout"_s;
        };
        SetupWizard wizard(offlineContext(), &keychain);
        QSignalSpy chosen(&wizard, &SetupWizard::setupChosen);
        wizard.show();
        wizard.next();
        QTest::qWait(200); // the page's own keychain read
        wizard.findChild<QLineEdit *>(u"apiKey"_s)->setText(u"sk-test-wizard-1234"_s);
        wizard.next();
        wizard.next();
        QCOMPARE(read(), QString());
        wizard.button(QWizard::FinishButton)->click();
        QVERIFY(chosen.wait(20000) || chosen.count() == 1);
        QCOMPARE(read(), u"sk-test-wizard-1234"_s);
        keychain.remove(u"openai"_s);
        QSignalSpy removed(&keychain, &secrets::SecretStore::finished);
        QVERIFY(removed.wait(20000));
    }
};

QTEST_MAIN(TestSetupWizard)
#include "tst_setupwizard.moc"
