// The setup assistant's Model page: a provider preset, its key for the keychain, the daily cost.
#include "arxiv/arxivcategories.h"
#include "core/money.h"
#include "library/libraryfile.h"
#include "llm/costestimate.h"
#include "llm/promptbuilder.h"
#include "settings/pageparts.h"
#include "settings/promptpage.h"
#include "settings/topicspage.h"
#include "setupwizard.h"
#include "setupwizardpages.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTreeView>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace pd::ui {

namespace {

using settings::PageParts;

// Prompt tokens per paper, from made-up papers of typical length.
int tokensPerPaper(const core::Profile &profile)
{
    const QList<core::Paper> samples = settings::PromptPage::samplePapers();
    const llm::PromptBuilder builder(profile);
    return llm::PromptBuilder::estimateTokens(builder.papersBlock(samples)) /
           static_cast<int>(samples.size());
}

} // namespace

SetupModelPage::SetupModelPage(SetupWizard *wizard)
    : SetupPage(wizard)
{
    setObjectName(u"modelPage"_s);
    setTitle(tr("Model"));
    setSubTitle(tr("Which language model scores the papers, or score offline by keyword overlap."));

    m_preset = new QComboBox;
    m_preset->setObjectName(u"providerPreset"_s);
    for (const core::ProviderPreset &p : wizard->context().catalog.presets()) {
        m_preset->addItem(p.free ? tr("%1 (on this computer, free)").arg(p.label) : p.label, p.id);
    }
    m_preset->addItem(tr("Offline: keyword heuristic, no key and no cost"), OfflineId);

    m_model = new QComboBox;
    m_model->setObjectName(u"modelName"_s);
    m_model->setEditable(true);
    m_model->setInsertPolicy(QComboBox::NoInsert);
    m_url = PageParts::lineEdit(u"serverUrl"_s, tr("e.g. http://localhost:8000/v1"));
    m_key = PageParts::lineEdit(u"apiKey"_s);
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setClearButtonEnabled(true);
    m_keyLink = new QLabel;
    m_keyLink->setOpenExternalLinks(true);
    m_keyStatus = PageParts::hint({}, u"keyStatus"_s);
    m_cost = wrapped({}, u"costEstimate"_s);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Provider:"), m_preset);
    form->addRow(tr("&Model:"), m_model);
    m_urlLabel = new QLabel(tr("Server &URL:"));
    m_urlLabel->setBuddy(m_url);
    form->addRow(m_urlLabel, m_url);
    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_key, 1);
    keyRow->addWidget(m_keyLink);
    m_keyLabel = new QLabel(tr("API &key:"));
    m_keyLabel->setBuddy(m_key);
    form->addRow(m_keyLabel, keyRow);
    form->addRow(QString(), m_keyStatus);
    form->setVerticalSpacing(std::max(form->verticalSpacing(), 6));

    auto *costBox = new QGroupBox(tr("Estimated cost"));
    auto *costLayout = new QVBoxLayout(costBox);
    costLayout->addWidget(m_cost);

    // Long fields are no easier to read on a wide screen.
    auto *fields = new QWidget;
    fields->setLayout(form);
    fields->setMaximumWidth(760);
    costBox->setMaximumWidth(760);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(fields);
    layout->addWidget(costBox);
    layout->addStretch(1);
    layout->addWidget(
        PageParts::hint(tr("Batching, prompts, prices and the connection test are in Settings → "
                           "Model later.")));

    const core::Profile &profile = wizard->context().profile;
    const QString start = profile.model.provider == core::Profile::Provider::Heuristic
                              ? OfflineId
                              : wizard->context().catalog.presetOf(profile).id;
    m_preset->setCurrentIndex(std::max(0, m_preset->findData(start)));
    presetChosen();
    connect(m_preset, &QComboBox::currentIndexChanged, this, [this] {
        m_skipped = false;
        presetChosen();
    });
    connect(m_model, &QComboBox::currentTextChanged, this, [this] {
        m_skipped = false;
        updateCost();
        Q_EMIT completeChanged();
    });
    connect(m_url, &QLineEdit::textChanged, this, [this] {
        m_skipped = false;
        Q_EMIT completeChanged();
    });
    connect(m_key, &QLineEdit::textChanged, this, &SetupModelPage::updateKeyStatus);
    if (secrets::SecretStore *keychain = wizard->keychain()) {
        connect(keychain, &secrets::SecretStore::finished, this, &SetupModelPage::onSecret);
    }
}

core::ProviderPreset SetupModelPage::preset() const
{
    return setup()->context().catalog.preset(presetId()).value_or(core::ProviderPreset{});
}

QString SetupModelPage::presetId() const
{
    return m_preset->currentData().toString();
}

void SetupModelPage::choosePreset(const QString &id)
{
    m_preset->setCurrentIndex(m_preset->findData(id));
}

void SetupModelPage::presetChosen()
{
    const bool offline = presetId() == OfflineId;
    const core::Profile &profile = setup()->context().profile;
    const core::ProviderPreset p = preset();
    // The profile's own model and URL while its preset is shown; the preset's suggestions otherwise.
    const bool own = !offline && setup()->context().catalog.presetOf(profile).id == p.id;
    {
        const QSignalBlocker blockModel(m_model);
        const QSignalBlocker blockUrl(m_url);
        m_model->clear();
        m_model->addItems(p.models);
        m_model->setCurrentText(own ? profile.model.model : p.models.value(0));
        m_url->setText(own ? profile.model.baseUrl.toString() : p.baseUrl.toString());
    }
    m_model->setEnabled(!offline);
    const bool showUrl = !offline && (p.baseUrl.isEmpty() || p.free);
    m_urlLabel->setVisible(showUrl);
    m_url->setVisible(showUrl);
    const bool showKey = !offline && p.needsKey;
    m_keyLabel->setVisible(showKey);
    m_key->setVisible(showKey);
    m_keyLink->setVisible(showKey && !p.keyUrl.isEmpty());
    m_keyLink->setText(u"<a href=\"%1\">%2</a>"_s.arg(p.keyUrl.toHtmlEscaped(), tr("Get a key")));
    m_key->setPlaceholderText(tr("Your %1 key; stored in the keychain at Finish").arg(p.label));
    readStoredKey();
    updateKeyStatus();
    updateCost();
    Q_EMIT completeChanged();
}

void SetupModelPage::initializePage()
{
    updateCost();
}

void SetupModelPage::readStoredKey()
{
    secrets::SecretStore *keychain = setup()->keychain();
    const QString which = account();
    if (!keychain || presetId() == OfflineId || !preset().needsKey || m_storedKeys.contains(which) ||
        m_keychainMessages.contains(which) || !m_reading.isEmpty()) {
        return;
    }
    m_reading = which;
    keychain->read(which);
}

void SetupModelPage::onSecret(secrets::SecretStore::Operation operation, secrets::SecretStore::Status status,
                              const QString &key, const QString &message)
{
    if (operation != secrets::SecretStore::Operation::Read || m_reading.isEmpty()) {
        return;
    }
    const QString which = std::exchange(m_reading, QString());
    if (status == secrets::SecretStore::Status::Ok && !key.isEmpty()) {
        m_storedKeys.insert(which, key);
    } else if (status != secrets::SecretStore::Status::NotSet) {
        m_keychainMessages.insert(which, message);
    } else {
        m_storedKeys.insert(which, QString());
    }
    readStoredKey(); // the provider may have changed meanwhile
    updateKeyStatus();
}

QString SetupModelPage::account() const
{
    return core::providerName(preset().api);
}

QString SetupModelPage::typedKey() const
{
    return m_key->isHidden() ? QString() : m_key->text().trimmed();
}

QString SetupModelPage::key() const
{
    if (presetId() == OfflineId) {
        return {};
    }
    if (const QString typed = typedKey(); !typed.isEmpty()) {
        return typed;
    }
    if (const QString environment = secrets::SecretStore::environmentKey(); !environment.isEmpty()) {
        return environment;
    }
    return m_storedKeys.value(account());
}

void SetupModelPage::updateKeyStatus()
{
    const core::ProviderPreset p = preset();
    const QString which = account();
    QString text;
    if (presetId() == OfflineId) {
        text = tr("Offline scores come from the keyword overlap of each paper with your topics: no key, no "
                  "network, no cost, and much less judgement than a language model.");
    } else if (!p.needsKey) {
        text = tr("A server on this computer needs no key.");
    } else if (!secrets::SecretStore::environmentKey().isEmpty()) {
        text = tr("PAPERDESK_API_KEY is set: Paperdesk uses it, whatever the keychain holds.");
    } else if (!setup()->keychain()) {
        text = tr("No keychain is available, so no key can be stored: set PAPERDESK_API_KEY instead.");
    } else if (!m_key->text().trimmed().isEmpty()) {
        text = tr("The key goes to the system keychain when you click Finish, never to a file.");
    } else if (m_reading == which) {
        text = tr("Checking the keychain…");
    } else if (m_keychainMessages.contains(which)) {
        text = m_keychainMessages.value(which);
    } else if (!m_storedKeys.value(which).isEmpty()) {
        text = tr("A key for %1 is already in the keychain; type one only to replace it.").arg(p.label);
    } else {
        text = tr("Optional now: without a key Paperdesk asks for one when it first scores. The key goes to "
                  "the system keychain at Finish, never to a file.");
    }
    m_key->setEnabled(setup()->keychain() != nullptr);
    m_keyStatus->setText(text);
}

QString SetupModelPage::costText(int days) const
{
    const core::Profile profile = setup()->editedProfile();
    if (profile.model.provider == core::Profile::Provider::Heuristic) {
        return tr("The offline heuristic costs nothing.");
    }
    if (setup()->context().catalog.presetOf(profile).free) {
        return tr("A model on this computer costs nothing but its time.");
    }
    const SetupContext &context = setup()->context();
    const std::optional<double> volume = context.dailyVolume(profile.sources.categories);
    if (!volume) {
        return context.storedDays.isEmpty()
                   ? tr("An estimated daily cost shows here once a day has been fetched.")
                   : tr("An estimated daily cost shows here once a day of the chosen categories has been "
                        "fetched.");
    }
    const QLocale locale;
    const int papers = static_cast<int>(std::lround(*volume));
    const core::Usage day = llm::CostEstimate::forDay(profile, papers, tokensPerPaper(profile));
    const std::optional<double> cost = day.totalCost();
    if (!cost) {
        return tr("About %1 papers a day. The price of %2 is not known, so neither is the cost: add its "
                  "price "
                  "in Settings → Model.")
            .arg(locale.toString(papers), profile.model.model);
    }
    if (days <= 1) {
        return tr("About %1 a day with %2, for the %3 papers a day your categories had on the stored days "
                  "(%4 requests, without prompt caching).")
            .arg(core::Money::text(*cost, {}, locale), profile.model.model, locale.toString(papers),
                 locale.toString(day.requests));
    }
    return tr("About %1 for %n day(s) with %2, at %3 a day for about %4 papers.", nullptr, days)
        .arg(core::Money::text(*cost * days, {}, locale), profile.model.model,
             core::Money::text(*cost, {}, locale), locale.toString(papers));
}

void SetupModelPage::updateCost()
{
    m_cost->setText(costText(1));
}

bool SetupModelPage::isComplete() const
{
    if (presetId() == OfflineId) {
        return true;
    }
    return !m_model->currentText().trimmed().isEmpty() &&
           (m_url->isHidden() || !m_url->text().trimmed().isEmpty());
}

void SetupModelPage::apply(core::Profile &profile) const
{
    if (m_skipped) {
        return;
    }
    if (presetId() == OfflineId) {
        // The remote settings wait in the profile for the way back, as the settings dialog keeps them.
        profile.model.provider = core::Profile::Provider::Heuristic;
        return;
    }
    const core::ProviderPreset p = preset();
    const QString model = m_model->currentText().trimmed();
    const QUrl url(m_url->text().trimmed());
    if (profile.model.preset != p.id || profile.model.model != model || profile.model.provider != p.api) {
        // Another model: its own default temperature and the cheapest effort it takes.
        profile.model.temperature.reset();
        profile.model.reasoningEffort.clear();
    }
    profile.model.preset = p.id;
    profile.model.provider = p.api;
    profile.model.model = model;
    profile.model.baseUrl = url;
}

void SetupModelPage::skip()
{
    const core::Profile &profile = setup()->context().profile;
    const QString start = profile.model.provider == core::Profile::Provider::Heuristic
                              ? OfflineId
                              : setup()->context().catalog.presetOf(profile).id;
    choosePreset(start);
    m_key->clear();
    m_skipped = true;
}

// ---------------------------------------------------------------------------------------------
// Interests

} // namespace pd::ui
