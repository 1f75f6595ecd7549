#include "setupwizard.h"

#include "secrets/secretstore.h"
#include "settings/settingskeys.h"
#include "setupwizardpages.h"
#include "store/dayrepository.h"

#include <QAbstractButton>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSettings>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pd::ui {

namespace {

const auto Finished = u"finished"_s;
const auto Cancelled = u"cancelled"_s;

bool lists(const QString &category, const QString &code)
{
    return category == code || category.startsWith(code + u'.');
}

} // namespace

SetupContext SetupContext::fromDatabase(const store::Database &db, const core::Profile &profile,
                                        const core::AnnouncementCalendar &calendar,
                                        const core::ModelCatalog &catalog)
{
    SetupContext context;
    context.profile = profile;
    context.catalog = catalog;
    context.calendar = calendar;
    context.fetchedCategories = profile.sources.categories;
    const store::DayRepository days(db);
    QList<core::DayInfo> stored = days.list();
    std::reverse(stored.begin(), stored.end());
    for (const core::DayInfo &day : std::as_const(stored)) {
        if (context.storedDays.size() >= MaxVolumeDays) {
            break;
        }
        if (day.state != core::DayInfo::State::Fetched) {
            continue;
        }
        QList<QStringList> papers;
        for (const store::DayPaper &p : days.papersOfDay(day.date, QString())) {
            if (!p.isFiltered()) {
                papers.append(p.paper().categories);
            }
        }
        context.storedDays.append(papers);
    }
    return context;
}

bool SetupContext::covers(const QString &code) const
{
    const QString archive = code.section(u'.', 0, 0);
    return fetchedCategories.contains(code) || fetchedCategories.contains(archive);
}

std::optional<double> SetupContext::dailyVolume(const QStringList &codes) const
{
    if (storedDays.isEmpty() || codes.isEmpty() ||
        !std::all_of(codes.cbegin(), codes.cend(), [this](const QString &c) { return covers(c); })) {
        return std::nullopt;
    }
    qint64 total = 0;
    for (const QList<QStringList> &day : storedDays) {
        for (const QStringList &categories : day) {
            const bool listed = std::any_of(codes.cbegin(), codes.cend(), [&categories](const QString &code) {
                return std::any_of(categories.cbegin(), categories.cend(),
                                   [&code](const QString &c) { return lists(c, code); });
            });
            total += listed ? 1 : 0;
        }
    }
    return static_cast<double>(total) / static_cast<double>(storedDays.size());
}

SetupWizard::SetupWizard(SetupContext context, secrets::SecretStore *keychain, QWidget *parent)
    : QWizard(parent)
    , m_context(std::move(context))
    , m_keychain(keychain)
{
    setObjectName(u"setupWizard"_s);
    setWindowTitle(tr("Set Up Paperdesk"));
    setWizardStyle(QWizard::ModernStyle);
    // Enter in the search field or the description must not leave the page.
    setOptions(QWizard::NoDefaultButton | QWizard::NoBackButtonOnStartPage | QWizard::HaveCustomButton1);
    setButtonText(QWizard::CustomButton1, tr("&Skip"));
    button(QWizard::CustomButton1)->setObjectName(u"skipButton"_s);
    button(QWizard::CustomButton1)->setToolTip(tr("Leave this step as it is and go on"));
    setButtonLayout({QWizard::CustomButton1, QWizard::Stretch, QWizard::BackButton, QWizard::NextButton,
                     QWizard::FinishButton, QWizard::CancelButton});
    // On the last step Skip finishes, without a catch-up.
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        setButtonText(QWizard::CustomButton1, id == CatchUpPageId ? tr("&Skip and Finish") : tr("&Skip"));
    });
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1) {
            skipPage();
        }
    });

    setPage(FieldsPageId, new SetupFieldsPage(this));
    setPage(ModelPageId, new SetupModelPage(this));
    setPage(InterestsPageId, new SetupInterestsPage(this));
    setPage(TopicsPageId, new SetupTopicsPage(this));
    setPage(CatchUpPageId, new SetupCatchUpPage(this));
    setStartId(FieldsPageId);
    setMinimumSize(760, 560);
    resize(900, 640);
}

SetupWizard::~SetupWizard() = default;

bool SetupWizard::offerAtStart(bool databaseExisted, const QString &settingsFile)
{
    const QSettings settings(settingsFile, QSettings::IniFormat);
    return !databaseExisted && settings::keys::SetupAssistant.read(settings).isEmpty();
}

QList<QDate> SetupWizard::lastAnnouncementDays(const core::AnnouncementCalendar &calendar,
                                               const QDateTime &now, int count)
{
    QList<QDate> out;
    for (QDate day = calendar.latestAt(now); day.isValid() && out.size() < count;
         day = calendar.previous(day)) {
        out.prepend(day);
    }
    return out;
}

QNetworkAccessManager *SetupWizard::network()
{
    if (!m_nam) {
        m_nam = new QNetworkAccessManager(this);
    }
    return m_nam;
}

core::Profile SetupWizard::editedProfile() const
{
    core::Profile profile = m_context.profile;
    for (const int id : pageIds()) {
        if (const auto *p = qobject_cast<const SetupPage *>(page(id))) {
            p->apply(profile);
        }
    }
    return profile;
}

SetupChoices SetupWizard::choices() const
{
    SetupChoices out;
    out.profile = editedProfile();
    out.catchUpDays = static_cast<const SetupCatchUpPage *>(page(CatchUpPageId))->days();
    out.libraryFile = static_cast<const SetupInterestsPage *>(page(InterestsPageId))->libraryFile();
    return out;
}

QString SetupWizard::apiKey() const
{
    return static_cast<const SetupModelPage *>(page(ModelPageId))->key();
}

void SetupWizard::skipPage()
{
    if (m_storingKey) {
        return;
    }
    if (auto *p = qobject_cast<SetupPage *>(currentPage())) {
        p->skip();
    }
    if (currentId() == CatchUpPageId) {
        accept();
    } else {
        next();
    }
}

void SetupWizard::accept()
{
    if (m_storingKey) {
        return;
    }
    const SetupChoices chosen = choices();
    const QString problem = core::ProfileJson::validate(chosen.profile);
    if (!problem.isEmpty()) {
        QMessageBox::warning(this, windowTitle(),
                             tr("These settings cannot be used yet: %1\n\nGo back to the step it names, or "
                                "skip it to keep what was there.")
                                 .arg(problem));
        return;
    }
    const auto *modelPage = static_cast<const SetupModelPage *>(page(ModelPageId));
    const QString key = modelPage->typedKey();
    if (key.isEmpty() || !m_keychain || chosen.profile.model.provider == core::Profile::Provider::Heuristic) {
        finish();
        return;
    }
    setBusy(true);
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(
        m_keychain, &secrets::SecretStore::finished, this,
        [this, connection](secrets::SecretStore::Operation operation, secrets::SecretStore::Status status,
                           const QString &, const QString &message) {
            if (operation != secrets::SecretStore::Operation::Write) {
                return;
            }
            disconnect(*connection);
            setBusy(false);
            if (status == secrets::SecretStore::Status::Ok) {
                finish();
                return;
            }
            QMessageBox::warning(this, windowTitle(),
                                 tr("The key was not stored. %1\n\nClear the key on the Model step to finish "
                                    "without it, or Cancel.")
                                     .arg(message));
        });
    m_keychain->write(modelPage->account(), key);
}

void SetupWizard::reject()
{
    if (m_storingKey) {
        return; // a key on its way to the keychain: Cancel would not take it back
    }
    remember(Cancelled);
    QWizard::reject();
}

void SetupWizard::finish()
{
    remember(Finished);
    const SetupChoices chosen = choices();
    QWizard::accept();
    Q_EMIT setupChosen(chosen);
}

void SetupWizard::setBusy(bool busy)
{
    m_storingKey = busy;
    for (const QWizard::WizardButton b :
         {QWizard::BackButton, QWizard::FinishButton, QWizard::CancelButton, QWizard::CustomButton1}) {
        button(b)->setEnabled(!busy);
    }
    if (busy) {
        setCursor(Qt::BusyCursor);
    } else {
        unsetCursor();
    }
}

void SetupWizard::remember(const QString &answer) const
{
    if (m_settingsFile.isEmpty()) {
        return;
    }
    QSettings settings(m_settingsFile, QSettings::IniFormat);
    settings.setValue(settings::keys::SetupAssistant.name(), answer);
}

} // namespace pd::ui
