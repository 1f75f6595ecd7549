#include "modelpage.h"

#include "core/money.h"
#include "pageparts.h"
#include "pipeline/connectiontest.h"
#include "pipeline/dailyrun.h"
#include "pricetable.h"
#include "runoptions.h"
#include "sourcespage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStringListModel>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>
#include <vector>

using namespace Qt::StringLiterals;

namespace pd::ui::settings {

namespace {

using Provider = core::Profile::Provider;

// Shown while the model's own default is used; the value an unchecked box starts from.
constexpr double UsualDefaultTemperature = 1.0;

QString apiName(Provider api)
{
    return api == Provider::Anthropic ? ModelPage::tr("the Anthropic Messages API")
                                      : ModelPage::tr("the OpenAI-compatible Chat Completions API");
}

QString effortName(const QString &effort)
{
    if (effort == u"none") {
        return ModelPage::tr("none");
    }
    if (effort == u"minimal") {
        return ModelPage::tr("minimal");
    }
    if (effort == u"low") {
        return ModelPage::tr("low");
    }
    if (effort == u"medium") {
        return ModelPage::tr("medium");
    }
    if (effort == u"high") {
        return ModelPage::tr("high");
    }
    if (effort == u"xhigh") {
        return ModelPage::tr("extra high");
    }
    return effort;
}

// A price per million tokens as the price table shows it ("$2.50", "$0.250"), with two significant
// digits below a cent ("$0.0004"). Costs are core::Money's.
QString dollars(double amount)
{
    return core::Money::price(amount);
}

// The host and path of a link, for its visible text.
QString shortUrl(const QUrl &url)
{
    return url.host() + url.path();
}

// A wrapped rich-text label that hints one line as wide as plain text would, not the narrow,
// many-line block QLabel guesses for rich text (which a form layout then reserves).
class RichNote final : public QLabel
{
public:
    using QLabel::QLabel;

    QSize sizeHint() const override
    {
        const int width = fontMetrics().averageCharWidth() * 80;
        return {width, heightForWidth(width)};
    }
};

} // namespace

ModelPage::ModelPage(secrets::SecretStore *store, QWidget *parent)
    : SettingsPage(parent)
    , m_store(store)
    , m_nam(new QNetworkAccessManager(this))
{
    if (m_store) {
        connect(m_store, &secrets::SecretStore::finished, this, &ModelPage::onSecret);
    }
    auto *content = new QWidget;
    auto *column = new QVBoxLayout(content);
    column->setContentsMargins(0, 0, 0, 0);
    m_runOptions = new RunOptions;
    connect(m_runOptions, &RunOptions::changed, this, &ModelPage::edited);
    auto *top = new QHBoxLayout;
    top->addWidget(buildEndpoint(), 3);
    top->addWidget(buildRequests(), 2);
    column->addLayout(top);
    column->addWidget(m_runOptions);
    column->addWidget(buildKey());
    column->addWidget(buildPrices());
    column->addStretch(1);

    // The page may be taller than a small screen allows; it scrolls instead of growing the dialog.
    auto *scroll = new QScrollArea;
    scroll->setObjectName(u"modelScroll"_s);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    fillPresets();
}

ModelPage::~ModelPage() = default;

void ModelPage::setCatalog(const core::ModelCatalog &catalog)
{
    core::Profile shown = m_edited;
    save(shown);
    const core::Profile baseline = m_edited;
    m_catalog = catalog;
    fillPresets();
    load(shown);
    m_edited = baseline;
}

QWidget *ModelPage::buildEndpoint()
{
    m_preset = new QComboBox;
    m_preset->setObjectName(u"preset"_s);
    m_keyNote = new RichNote;
    m_keyNote->setObjectName(u"keyNote"_s);
    m_keyNote->setWordWrap(true);
    m_keyNote->setTextFormat(Qt::RichText);
    m_keyNote->setOpenExternalLinks(true);
    m_keyNote->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_baseUrl = PageParts::lineEdit(u"baseUrl"_s);

    connect(m_preset, &QComboBox::currentIndexChanged, this, &ModelPage::presetChosen);
    connect(m_baseUrl, &QLineEdit::textChanged, this, &ModelPage::edited);

    auto *box = new QGroupBox(tr("Model"));
    m_form = new QFormLayout(box);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->addRow(tr("&Preset:"), m_preset);
    m_form->addRow(QString(), m_keyNote);
    m_form->addRow(tr("&Base URL:"), m_baseUrl);
    auto addRow = [this](const QString &label, QWidget *buddy, QWidget *field) {
        auto *text = new QLabel(label);
        text->setBuddy(buddy);
        m_form->addRow(text, field);
    };
    QWidget *modelRow = buildModelRow();
    addRow(tr("&Model:"), m_model, modelRow);
    QWidget *temperatureRow = buildTemperatureRow();
    addRow(tr("&Temperature:"), m_temperatureDefault, temperatureRow);
    m_effortRow = buildEffortRow();
    addRow(tr("&Reasoning effort:"), m_effort, m_effortRow);
    return box;
}

QWidget *ModelPage::buildModelRow()
{
    m_model = PageParts::lineEdit(u"model"_s);
    m_suggestions = new QStringListModel(this);
    m_suggestions->setObjectName(u"modelSuggestions"_s);
    m_completer = new QCompleter(m_suggestions, this);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_model->setCompleter(m_completer);
    connect(m_model, &QLineEdit::textChanged, this, &ModelPage::edited);

    m_suggested = new QToolButton;
    m_suggested->setObjectName(u"suggestedModels"_s);
    m_suggested->setText(tr("Suggested"));
    m_suggested->setToolTip(tr("Models this provider serves that suit scoring; you may type any other."));
    m_suggested->setPopupMode(QToolButton::InstantPopup);
    m_suggested->setMenu(new QMenu(m_suggested));

    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_model, 1);
    layout->addWidget(m_suggested);
    return row;
}

QWidget *ModelPage::buildTemperatureRow()
{
    m_temperatureDefault = new QCheckBox(tr("Model default"));
    m_temperatureDefault->setObjectName(u"temperatureDefault"_s);
    m_temperatureDefault->setToolTip(tr("Send no temperature: the model uses its own default."));
    m_temperature = new QDoubleSpinBox;
    m_temperature->setObjectName(u"temperature"_s);
    m_temperature->setRange(0.0, 2.0);
    m_temperature->setSingleStep(0.1);
    m_temperature->setDecimals(2);
    m_temperatureNote = PageParts::hint({}, u"temperatureNote"_s);
    connect(m_temperatureDefault, &QCheckBox::toggled, this, &ModelPage::edited);
    connect(m_temperature, &QDoubleSpinBox::valueChanged, this, &ModelPage::edited);

    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_temperatureDefault);
    layout->addWidget(m_temperature);
    layout->addWidget(m_temperatureNote, 1);
    return row;
}

QWidget *ModelPage::buildEffortRow()
{
    m_effort = new QComboBox;
    m_effort->setObjectName(u"reasoningEffort"_s);
    m_effort->setToolTip(tr("How long the model may think before it answers."));
    connect(m_effort, &QComboBox::currentIndexChanged, this, [this] {
        m_wantedEffort = m_effort->currentData().toString();
        edited();
    });
    auto *note = PageParts::hint(tr("Reasoning tokens are billed as completion tokens."), u"effortNote"_s);

    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_effort);
    layout->addWidget(note, 1);
    return row;
}

QWidget *ModelPage::buildRequests()
{
    auto spin = [](const QString &name, int min, int max, const QString &suffix = {}) {
        auto *s = new QSpinBox;
        s->setObjectName(name);
        s->setRange(min, max);
        s->setSuffix(suffix);
        return s;
    };
    m_batchSize = spin(u"batchSize"_s, 1, 200, tr(" papers"));
    m_concurrency = spin(u"concurrency"_s, 1, 32);
    m_timeout = spin(u"timeout"_s, 5, 3600, tr(" s"));
    m_retries = spin(u"retries"_s, 0, 10);
    m_deadline = spin(u"deadline"_s, 1, 1440, tr(" min"));
    m_deadline->setToolTip(tr("A day's scoring ends after this long, whatever the server does: requests "
                              "still waiting are stopped and their papers marked failed with the reason, "
                              "to be scored by the next run."));
    m_batchSize->setToolTip(tr("Papers per request. Smaller batches cost more prompt tokens; larger ones "
                               "risk answers cut off at the model's output limit."));
    m_concurrency->setToolTip(tr("Requests sent at the same time."));
    for (QSpinBox *s : {m_batchSize, m_concurrency, m_timeout, m_retries, m_deadline}) {
        connect(s, &QSpinBox::valueChanged, this, &ModelPage::edited);
    }

    auto *box = new QGroupBox(tr("Requests"));
    auto *form = new QFormLayout(box);
    form->addRow(tr("Batch si&ze:"), m_batchSize);
    form->addRow(tr("Requests in &flight:"), m_concurrency);
    form->addRow(tr("Time&out:"), m_timeout);
    form->addRow(tr("Re&tries:"), m_retries);
    form->addRow(tr("Dead&line per day:"), m_deadline);
    return box;
}

QWidget *ModelPage::buildKey()
{
    m_keyStatus = new QLabel;
    m_keyStatus->setObjectName(u"keyStatus"_s);
    m_keyStatus->setWordWrap(true);
    m_keyStatus->setTextFormat(Qt::PlainText);
    m_setKey = new QPushButton(tr("Set Key…"));
    m_setKey->setObjectName(u"setKey"_s);
    m_removeKey = new QPushButton(tr("Remove Key"));
    m_removeKey->setObjectName(u"removeKey"_s);
    m_test = new QPushButton(tr("Test Connection"));
    m_test->setObjectName(u"testConnection"_s);
    m_testResult = new QLabel;
    m_testResult->setObjectName(u"testResult"_s);
    m_testResult->setWordWrap(true);
    m_testResult->setTextFormat(Qt::PlainText);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_setKey, &QPushButton::clicked, this, &ModelPage::askForKey);
    connect(m_removeKey, &QPushButton::clicked, this, &ModelPage::removeKey);
    connect(m_test, &QPushButton::clicked, this, &ModelPage::testConnection);

    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_keyStatus, 1);
    keyRow->addWidget(m_setKey, 0, Qt::AlignTop);
    keyRow->addWidget(m_removeKey, 0, Qt::AlignTop);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testResult, 1);
    testRow->addWidget(m_test, 0, Qt::AlignTop);

    auto *box = new QGroupBox(tr("API key and connection"));
    auto *layout = new QVBoxLayout(box);
    layout->addLayout(keyRow);
    layout->addWidget(PageParts::hint(
        tr("The key is kept in the system keychain (one for the OpenAI-compatible providers, one for "
           "Anthropic) and is never shown, logged or written to a file. The environment variable "
           "PAPERDESK_API_KEY, when set, is used instead.")));
    layout->addLayout(testRow);
    return box;
}

QWidget *ModelPage::buildPrices()
{
    m_prices = new PriceTable;
    connect(m_prices, &QTableWidget::itemChanged, this, &ModelPage::edited);

    m_addPrice = new QPushButton(tr("Add Row"));
    m_addPrice->setObjectName(u"addPrice"_s);
    m_removePrice = new QPushButton(tr("Remove Row"));
    m_removePrice->setObjectName(u"removePrice"_s);
    connect(m_addPrice, &QPushButton::clicked, this, [this] {
        m_prices->addRow({m_model->text().trimmed(), 0.0, 0.0, 0.0});
        m_prices->setCurrentCell(m_prices->rowCount() - 1, PriceTable::ModelColumn);
        edited();
    });
    connect(m_removePrice, &QPushButton::clicked, this, [this] {
        if (m_prices->currentRow() >= 0) {
            m_prices->removeRow(m_prices->currentRow());
            edited();
        }
    });

    m_priceHint = PageParts::hint({}, u"priceHint"_s);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_priceHint, 1);
    buttons->addWidget(m_addPrice, 0, Qt::AlignTop);
    buttons->addWidget(m_removePrice, 0, Qt::AlignTop);

    auto *box = new QGroupBox(tr("Prices in dollars per million tokens"));
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_prices, 1);
    layout->addLayout(buttons);
    return box;
}

void ModelPage::fillPresets()
{
    const QSignalBlocker block(m_preset);
    m_preset->clear();
    for (const core::ProviderPreset &preset : m_catalog.presets()) {
        m_preset->addItem(preset.label, preset.id);
        const QString where = preset.baseUrl.isEmpty() ? tr("a server you name") : preset.baseUrl.toString();
        m_preset->setItemData(m_preset->count() - 1, tr("%1 at %2").arg(apiName(preset.api), where),
                              Qt::ToolTipRole);
    }
    m_preset->insertSeparator(m_preset->count());
    m_preset->addItem(tr("Offline heuristic"), HeuristicPreset);
    m_preset->setItemData(m_preset->count() - 1,
                          tr("Keyword overlap with your topics: no network, no key, no language model."),
                          Qt::ToolTipRole);
}

QString ModelPage::title() const
{
    return tr("Model");
}

QString ModelPage::subtitle() const
{
    return tr("Which language model scores the papers, how it is called, and what it costs.");
}

QString ModelPage::presetId() const
{
    return m_preset->currentData().toString();
}

core::Profile::Provider ModelPage::provider() const
{
    return presetId() == HeuristicPreset ? Provider::Heuristic : shownPreset().api;
}

core::ProviderPreset ModelPage::shownPreset() const
{
    const QString id = presetId();
    if (id == HeuristicPreset) {
        return m_remotePreset;
    }
    return m_catalog.preset(id).value_or(m_remotePreset);
}

core::ProviderPreset ModelPage::remotePresetOf(const core::Profile &profile) const
{
    core::Profile remote = profile;
    if (remote.model.provider == Provider::Heuristic) {
        // The heuristic keeps the preset it was chosen over.
        remote.model.provider = m_catalog.preset(profile.model.preset).value_or(core::ProviderPreset{}).api;
    }
    return m_catalog.presetOf(remote);
}

core::Profile ModelPage::shownProfile() const
{
    core::Profile p = m_edited;
    save(p);
    return p;
}

QString ModelPage::account() const
{
    return core::providerName(provider());
}

void ModelPage::load(const core::Profile &profile)
{
    m_edited = profile;
    m_loadedPreset = profile.model.preset;
    m_wantedEffort = profile.model.reasoningEffort;
    m_effortsShown = {u"-"_s}; // matches no spec: the choices are rebuilt
    m_remotePreset = remotePresetOf(profile);
    {
        const QList<QWidget *> editors{m_preset,      m_baseUrl, m_model,     m_temperatureDefault,
                                       m_temperature, m_effort,  m_batchSize, m_concurrency,
                                       m_timeout,     m_retries, m_deadline,  m_prices};
        std::vector<QSignalBlocker> blockers;
        blockers.reserve(editors.size());
        for (QWidget *w : editors) {
            blockers.emplace_back(w);
        }
        const bool heuristic = profile.model.provider == Provider::Heuristic;
        int index = m_preset->findData(heuristic ? HeuristicPreset : m_remotePreset.id);
        m_preset->setCurrentIndex(index >= 0 ? index : m_preset->findData(u"custom"_s));
        m_baseUrl->setText(profile.model.baseUrl.toString());
        m_model->setText(profile.model.model);
        m_temperatureDefault->setChecked(!profile.model.temperature);
        m_temperature->setMaximum(2.0);
        m_temperature->setValue(profile.model.temperature.value_or(UsualDefaultTemperature));
        m_batchSize->setValue(profile.model.batchSize);
        m_concurrency->setValue(profile.model.concurrency);
        m_timeout->setValue(profile.model.timeoutSeconds);
        m_retries->setValue(profile.model.retries);
        m_deadline->setValue(profile.model.deadlineMinutes);
        m_prices->setRows(profile.prices);
    }
    m_runOptions->load(profile.model);
    showPreset();
    refreshKeyStatus();
    edited();
}

void ModelPage::save(core::Profile &profile) const
{
    const core::ProviderPreset preset = shownPreset();
    profile.model.provider = provider();
    profile.model.preset = preset.id;
    profile.model.baseUrl = QUrl(m_baseUrl->text().trimmed());
    profile.model.model = m_model->text().trimmed();
    if (m_loadedPreset.isEmpty()) {
        // A profile older than presets keeps none while the guess still names the one shown, so
        // merely opening the settings changes nothing.
        core::Profile guess = profile;
        guess.model.preset.clear();
        if (m_catalog.presetOf(guess).id == preset.id) {
            profile.model.preset.clear();
        }
    }

    // The remote preset's rules, also under the heuristic: its fields wait there for the way back.
    const core::ModelSpec spec = m_catalog.spec(preset.id, profile.model.model);
    QString effort;
    if (!spec.reasoningEfforts.isEmpty()) {
        effort = m_effort->currentData().toString();
        if (!spec.acceptsEffort(effort)) {
            effort.clear();
        }
    } else if (!spec.known) {
        effort = m_wantedEffort; // a model the catalog does not know gets what the profile says
    }
    profile.model.reasoningEffort = effort;
    const bool allowed = spec.temperatureAllowedWith(effort.isEmpty() ? spec.cheapestEffort() : effort);
    profile.model.temperature.reset();
    if (allowed && !m_temperatureDefault->isChecked()) {
        profile.model.temperature = std::min(m_temperature->value(), spec.temperatureMax);
    }

    profile.model.batchSize = m_batchSize->value();
    profile.model.concurrency = m_concurrency->value();
    profile.model.timeoutSeconds = m_timeout->value();
    profile.model.retries = m_retries->value();
    profile.model.deadlineMinutes = m_deadline->value();
    m_runOptions->save(profile.model);
    profile.prices = m_prices->rows();
}

QString ModelPage::validate() const
{
    if (!SourcesPage::isHttpUrl(m_baseUrl->text())) {
        return problem(m_baseUrl, tr("Base URL: “%1” is not an http(s) URL.").arg(m_baseUrl->text()));
    }
    if (provider() != Provider::Heuristic && m_model->text().trimmed().isEmpty()) {
        return problem(m_model, tr("Model: name the model to use, such as gpt-5.4."));
    }
    if (const QString message = m_prices->problem(); !message.isEmpty()) {
        return problem(m_prices, message);
    }
    return {};
}

void ModelPage::profileEdited(const core::Profile &profile)
{
    m_edited = profile;
}

// ---- the preset and what follows from it -------------------------------------------------------

void ModelPage::presetChosen()
{
    const QString id = presetId();
    // Back from the heuristic to the preset it was chosen over: everything is still as it was.
    if (id != HeuristicPreset && id != m_remotePreset.id) {
        const core::ProviderPreset next = m_catalog.preset(id).value_or(core::ProviderPreset{});
        const core::ProviderPreset previous = m_remotePreset;
        const QSignalBlocker urlBlock(m_baseUrl);
        const QSignalBlocker modelBlock(m_model);
        // Base URL and model follow the preset unless the user chose their own.
        const QString url = m_baseUrl->text().trimmed();
        if (url.isEmpty() || QUrl(url) == previous.baseUrl) {
            m_baseUrl->setText(next.baseUrl.toString());
        }
        const QString model = m_model->text().trimmed();
        if (model.isEmpty() || previous.models.contains(model)) {
            m_model->setText(next.models.value(0));
        }
        fillListedPrices(next);
        m_remotePreset = next;
    }
    showPreset();
    refreshKeyStatus();
    edited();
}

void ModelPage::showPreset()
{
    const bool remote = presetId() != HeuristicPreset;
    const core::ProviderPreset preset = shownPreset();
    m_suggestions->setStringList(preset.models);
    QMenu *menu = m_suggested->menu();
    menu->clear();
    for (const QString &model : preset.models) {
        menu->addAction(model, this, [this, model] { m_model->setText(model); });
    }
    m_suggested->setEnabled(remote && !preset.models.isEmpty());
    m_baseUrl->setPlaceholderText(preset.baseUrl.isEmpty() ? tr("e.g. http://localhost:8000/v1")
                                                           : preset.baseUrl.toString());
    m_model->setPlaceholderText(preset.models.isEmpty() ? tr("the model id your server serves")
                                                        : tr("e.g. %1").arg(preset.models.first()));
    for (QWidget *w : std::initializer_list<QWidget *>{m_baseUrl, m_model, m_test}) {
        w->setEnabled(remote);
    }
    m_runOptions->setPreset(preset, !remote);
    m_testResult->setText(remote ? tr("Test Connection sends the request a scoring run sends, for one "
                                      "made-up paper, with the settings above.")
                                 : QString());
}

void ModelPage::fillListedPrices(const core::ProviderPreset &preset)
{
    QList<core::PriceRow> listed;
    if (!preset.free) {
        core::Profile bare = m_edited;
        bare.prices.clear();
        bare.model.preset = preset.id;
        bare.model.provider = preset.api;
        bare.model.baseUrl = preset.baseUrl;
        for (const QString &model : preset.models) {
            if (const std::optional<core::PriceRow> row = m_catalog.priceFor(bare, model)) {
                listed.append(*row);
            }
        }
    }
    m_prices->fillListed(listed);
}

void ModelPage::updateKeyNote()
{
    QString note;
    if (provider() == Provider::Heuristic) {
        note = tr("No key needed: the offline heuristic scores by keyword overlap with your topics, not "
                  "with a language model.")
                   .toHtmlEscaped();
    } else if (!pipeline::DailyRun::needsKey(shownProfile(), m_catalog)) {
        note = tr("No key needed: a server on this computer.").toHtmlEscaped();
    } else if (const QUrl keyUrl(shownPreset().keyUrl); keyUrl.isValid() && !keyUrl.isEmpty()) {
        const QString link = u"<a href=\"%1\">%2</a>"_s.arg(
            keyUrl.toString(QUrl::FullyEncoded).toHtmlEscaped(), shortUrl(keyUrl).toHtmlEscaped());
        note = tr("Needs an API key: get one at %1.").toHtmlEscaped().arg(link);
    } else {
        note = tr("Needs the API key your server expects.").toHtmlEscaped();
    }
    m_keyNote->setText(note);
}

void ModelPage::updateSampling()
{
    const bool remote = provider() != Provider::Heuristic;
    const core::ModelSpec spec = m_catalog.spec(shownPreset().id, m_model->text().trimmed());
    updateEffortChoices(spec);
    const core::Profile shown = shownProfile(); // with the effort the choices now hold
    m_form->setRowVisible(m_effortRow, remote && !spec.reasoningEfforts.isEmpty());

    const QString effort = shown.model.reasoningEffort;
    const bool allowed = spec.temperatureAllowedWith(effort.isEmpty() ? spec.cheapestEffort() : effort);
    m_temperatureDefault->setEnabled(remote && allowed);
    m_temperature->setEnabled(remote && allowed && !m_temperatureDefault->isChecked());
    {
        const QSignalBlocker block(m_temperature);
        m_temperature->setMaximum(spec.temperatureMax);
    }
    const QString model = shown.model.model.isEmpty() ? tr("This model") : shown.model.model;
    QString note;
    if (!spec.acceptsTemperature) {
        note = tr("%1 uses its fixed temperature.").arg(model);
    } else if (!allowed) {
        note = tr("%1 takes a temperature only with reasoning “%2”.").arg(model, effortName(u"none"_s));
    } else if (spec.temperatureMax < 2.0) {
        note = tr("%1 takes 0 to %2.").arg(model, QLocale().toString(spec.temperatureMax, 'f', 1));
    }
    m_temperatureNote->setText(remote ? note : QString());
}

void ModelPage::updateEffortChoices(const core::ModelSpec &spec)
{
    const QStringList shown = spec.reasoningEfforts + QStringList{spec.defaultEffort};
    if (shown == m_effortsShown) {
        return;
    }
    m_effortsShown = shown;
    const QSignalBlocker block(m_effort);
    m_effort->clear();
    if (spec.reasoningEfforts.isEmpty()) {
        return;
    }
    m_effort->addItem(tr("Cheapest (%1)").arg(effortName(spec.cheapestEffort())), QString());
    for (const QString &effort : spec.reasoningEfforts) {
        const QString name = effortName(effort);
        m_effort->addItem(effort == spec.defaultEffort ? tr("%1 (the provider's default)").arg(name) : name,
                          effort);
    }
    m_effort->setCurrentIndex(std::max(0, m_effort->findData(m_wantedEffort)));
}

// ---- the API key --------------------------------------------------------------------------------

void ModelPage::setKeyStatus(const QString &text)
{
    m_keyStatus->setText(text);
    Q_EMIT keyStatusChanged(text);
}

void ModelPage::setKeyBusy(bool busy)
{
    const bool usable = provider() != Provider::Heuristic && m_store && !m_keychainUnavailable;
    m_setKey->setEnabled(!busy && usable);
    m_removeKey->setEnabled(!busy && usable);
}

void ModelPage::refreshKeyStatus()
{
    if (provider() == Provider::Heuristic) {
        setKeyStatus(tr("The offline heuristic needs no key."));
        setKeyBusy(false);
        return;
    }
    if (!secrets::SecretStore::environmentKey().isEmpty()) {
        setKeyStatus(tr("PAPERDESK_API_KEY is set and overrides the keychain."));
        setKeyBusy(false);
        return;
    }
    if (!m_store) {
        m_keychainUnavailable = true;
        setKeyStatus(secrets::SecretStore::describe(secrets::SecretStore::Status::Unavailable,
                                                    tr("no keychain service was found")));
        setKeyBusy(false);
        return;
    }
    if (m_pending != Pending::None) {
        return; // the answer in flight refreshes the status
    }
    m_pending = Pending::Status;
    m_pendingAccount = account();
    setKeyStatus(tr("Checking the keychain…"));
    setKeyBusy(true);
    m_store->read(m_pendingAccount);
}

void ModelPage::askForKey()
{
    // Not exec(): the page keeps running while the question is open.
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Set API Key"));
    dialog->setLabelText(tr("API key for %1. It goes to the system keychain and is never shown again:")
                             .arg(m_preset->currentText()));
    dialog->setTextEchoMode(QLineEdit::Password);
    connect(dialog, &QInputDialog::textValueSelected, this,
            [this](const QString &key) { setKey(key.trimmed()); });
    dialog->open();
}

void ModelPage::setKey(const QString &key)
{
    if (key.isEmpty() || !m_store || m_pending != Pending::None || provider() == Provider::Heuristic) {
        return;
    }
    m_pending = Pending::Write;
    m_pendingAccount = account();
    setKeyStatus(tr("Storing the key in the keychain…"));
    setKeyBusy(true);
    m_store->write(m_pendingAccount, key);
}

void ModelPage::removeKey()
{
    if (!m_store || m_pending != Pending::None || provider() == Provider::Heuristic) {
        return;
    }
    m_pending = Pending::Delete;
    m_pendingAccount = account();
    setKeyStatus(tr("Removing the key from the keychain…"));
    setKeyBusy(true);
    m_store->remove(m_pendingAccount);
}

void ModelPage::onSecret(secrets::SecretStore::Operation, secrets::SecretStore::Status status,
                         const QString &key, const QString &message)
{
    using Status = secrets::SecretStore::Status;
    const Pending pending = std::exchange(m_pending, Pending::None);
    if (pending == Pending::None) {
        return; // someone else's request on the shared store
    }
    m_keychainUnavailable = status == Status::Unavailable;
    setKeyBusy(false);
    if (!secrets::SecretStore::environmentKey().isEmpty()) {
        setKeyStatus(tr("PAPERDESK_API_KEY is set and overrides the keychain."));
    } else if (status == Status::Ok && pending != Pending::Delete) {
        setKeyStatus(tr("A key is stored in the keychain."));
    } else if (status == Status::NotSet || status == Status::Ok) {
        setKeyStatus(tr("No key stored."));
    } else {
        setKeyStatus(message);
    }
    if (pending != Pending::TestKey) {
        if (m_pendingAccount != account()) {
            refreshKeyStatus(); // the provider changed while the keychain answered
        }
        return;
    }
    if (status == Status::Ok || status == Status::NotSet) {
        sendTest(key); // without a key ConnectionTest says what to do
    } else {
        finishTest(false, message);
    }
}

// ---- Test connection ----------------------------------------------------------------------------

void ModelPage::testConnection()
{
    save(m_edited);
    if (m_edited.model.provider == Provider::Heuristic) {
        finishTest(true, tr("The offline heuristic runs on this computer; there is nothing to connect to."));
        return;
    }
    if (!SourcesPage::isHttpUrl(m_baseUrl->text())) {
        finishTest(false, tr("Base URL: “%1” is not an http(s) URL.").arg(m_baseUrl->text()));
        return;
    }
    m_test->setEnabled(false);
    m_testResult->setText(tr("Testing %1…").arg(m_edited.model.model));
    // Like a scoring run: a server that needs no key gets none from the keychain.
    const QString fromEnvironment = secrets::SecretStore::environmentKey();
    if (!fromEnvironment.isEmpty() || !pipeline::DailyRun::needsKey(m_edited, m_catalog) || !m_store ||
        m_pending != Pending::None) {
        sendTest(fromEnvironment);
        return;
    }
    m_pending = Pending::TestKey;
    m_pendingAccount = account();
    m_store->read(m_pendingAccount);
}

void ModelPage::sendTest(const QString &key)
{
    auto *test = new pipeline::ConnectionTest(m_nam, m_edited, key, m_catalog, this);
    m_connectionTest = test;
    connect(test, &pipeline::ConnectionTest::finished, this,
            [this, test](const pipeline::ConnectionReport &r) {
                test->deleteLater();
                finishTest(r.ok, describe(r));
            });
    test->start();
}

QString ModelPage::describe(const pipeline::ConnectionReport &report)
{
    if (!report.ok) {
        return report.error;
    }
    if (report.model == core::HeuristicModelId) {
        return report.answer; // nothing was sent
    }
    const QLocale locale;
    const core::Usage &usage = report.usage;
    QString tokens = tr("%1 prompt + %2 completion tokens")
                         .arg(locale.toString(usage.promptTokens), locale.toString(usage.completionTokens));
    if (usage.reasoningTokens > 0) {
        tokens = tr("%1 (%2 reasoning)").arg(tokens, locale.toString(usage.reasoningTokens));
    }
    const std::optional<double> cost = usage.totalCost();
    return tr("Connected to %1 in %2 ms: %3; %4, %5.")
        .arg(report.model, locale.toString(report.latencyMs), report.answer, tokens,
             core::Money::text(cost, report.model, locale));
}

void ModelPage::finishTest(bool ok, const QString &message)
{
    m_test->setEnabled(provider() != Provider::Heuristic);
    m_testResult->setText(message);
    Q_EMIT connectionTested(ok, message);
}

// ---- change tracking ----------------------------------------------------------------------------

void ModelPage::updatePriceHint()
{
    const core::Profile p = shownProfile();
    const QString model = p.model.model;
    const std::optional<core::PriceRow> listed = m_catalog.priceFor(p, model);
    if (provider() == Provider::Heuristic || model.isEmpty() || p.priceFor(model)) {
        m_priceHint->setText(
            tr("Costs of a run are tokens × these prices; cached prompt tokens are those the "
               "provider served from its cache."));
    } else if (listed && listed->prompt == 0.0 && listed->completion == 0.0) {
        m_priceHint->setText(tr("%1 runs on a server of yours: it costs nothing.").arg(model));
    } else if (listed) {
        m_priceHint->setText(
            tr("%1 is billed at its list price (%2 prompt, %3 completion per million tokens, "
               "as of %4) unless you add a row.")
                .arg(model, dollars(listed->prompt), dollars(listed->completion),
                     QLocale().toString(m_catalog.pricesTaken(), QLocale::ShortFormat)));
    } else {
        m_priceHint->setText(
            tr("No prices for %1: costs will show as unknown until you add a row.").arg(model));
    }
}

void ModelPage::edited()
{
    updateSampling();
    updateKeyNote();
    updatePriceHint();
    Q_EMIT changed();
}

} // namespace pd::ui::settings
