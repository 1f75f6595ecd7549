#include "modelpage.h"

#include "llm/llmclient.h"
#include "llm/provider.h"
#include "pageparts.h"
#include "pipeline/dailyrun.h"
#include "sourcespage.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSpinBox>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

#include <vector>

using namespace Qt::StringLiterals;

namespace pd::ui::settings {

namespace {

using Provider = core::Profile::Provider;

enum PriceColumn { ModelColumn, PromptColumn, CompletionColumn, CachedColumn, PriceColumnCount };

constexpr double MaxPrice = 10000.0; // what the profile format accepts
constexpr int MaxTestSeconds = 30;

// Dollar amounts per million tokens: never negative, four decimals for cheap models.
class PriceDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override
    {
        if (index.column() == ModelColumn) {
            return QStyledItemDelegate::createEditor(parent, option, index);
        }
        auto *spin = new QDoubleSpinBox(parent);
        spin->setRange(0.0, MaxPrice);
        spin->setDecimals(4);
        spin->setSingleStep(0.05);
        spin->setPrefix(u"$"_s);
        spin->setFrame(false);
        return spin;
    }

    QString displayText(const QVariant &value, const QLocale &locale) const override
    {
        if (value.typeId() == QMetaType::Double) {
            return u"$"_s + locale.toString(value.toDouble(), 'f', value.toDouble() < 1.0 ? 3 : 2);
        }
        return QStyledItemDelegate::displayText(value, locale);
    }
};

QTableWidgetItem *priceItem(double value)
{
    auto *item = new QTableWidgetItem;
    item->setData(Qt::EditRole, value);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

ModelPage::ModelPage(secrets::SecretStore *store, QWidget *parent)
    : SettingsPage(parent)
    , m_store(store)
    , m_nam(new QNetworkAccessManager(this))
{
    if (m_store) {
        connect(m_store, &secrets::SecretStore::finished, this, &ModelPage::onSecret);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(buildEndpoint());
    layout->addWidget(buildKey());
    layout->addWidget(buildPrices());
    layout->addStretch(1);
}

ModelPage::~ModelPage() = default;

QWidget *ModelPage::buildEndpoint()
{
    m_provider = new QComboBox;
    m_provider->setObjectName(u"provider"_s);
    m_provider->addItem(tr("OpenAI-compatible"), static_cast<int>(Provider::OpenAi));
    m_provider->addItem(tr("Anthropic"), static_cast<int>(Provider::Anthropic));
    m_provider->addItem(tr("Offline heuristic"), static_cast<int>(Provider::Heuristic));
    m_provider->setToolTip(tr("OpenAI-compatible covers OpenAI, OpenRouter, vLLM, llama.cpp and Ollama "
                              "(its /v1 endpoint). The offline heuristic needs no network and no key."));
    m_baseUrl = PageParts::lineEdit(u"baseUrl"_s);
    m_model = PageParts::lineEdit(u"model"_s, tr("e.g. gpt-5.4"));

    m_temperature = new QDoubleSpinBox;
    m_temperature->setObjectName(u"temperature"_s);
    m_temperature->setRange(0.0, 2.0);
    m_temperature->setSingleStep(0.1);
    m_temperature->setDecimals(2);

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
    m_batchSize->setToolTip(tr("Papers per request. Smaller batches cost more prompt tokens; larger ones "
                               "risk answers cut off at the model's output limit."));
    m_concurrency->setToolTip(tr("Requests sent at the same time."));

    connect(m_provider, &QComboBox::currentIndexChanged, this, &ModelPage::providerChanged);
    for (QLineEdit *edit : {m_baseUrl, m_model}) {
        connect(edit, &QLineEdit::textChanged, this, &ModelPage::edited);
    }
    connect(m_temperature, &QDoubleSpinBox::valueChanged, this, &ModelPage::edited);
    for (QSpinBox *s : {m_batchSize, m_concurrency, m_timeout, m_retries}) {
        connect(s, &QSpinBox::valueChanged, this, &ModelPage::edited);
    }

    auto *endpoint = new QGroupBox(tr("Model"));
    auto *form = new QFormLayout(endpoint);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Provider:"), m_provider);
    form->addRow(tr("&Base URL:"), m_baseUrl);
    form->addRow(tr("&Model:"), m_model);
    form->addRow(tr("&Temperature:"), m_temperature);

    auto *batching = new QGroupBox(tr("Requests"));
    auto *batchForm = new QFormLayout(batching);
    batchForm->addRow(tr("Batch si&ze:"), m_batchSize);
    batchForm->addRow(tr("Requests in &flight:"), m_concurrency);
    batchForm->addRow(tr("Time&out:"), m_timeout);
    batchForm->addRow(tr("Re&tries:"), m_retries);

    auto *box = new QWidget;
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(endpoint, 3);
    row->addWidget(batching, 2);
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
    keyRow->addWidget(m_setKey);
    keyRow->addWidget(m_removeKey);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testResult, 1);
    testRow->addWidget(m_test, 0, Qt::AlignTop);

    auto *box = new QGroupBox(tr("API key and connection"));
    auto *layout = new QVBoxLayout(box);
    layout->addLayout(keyRow);
    layout->addWidget(PageParts::hint(
        tr("The key is kept in the system keychain, one per provider, and is never shown, logged or written "
           "to a file. The environment variable PAPERDESK_API_KEY, when set, is used instead.")));
    layout->addLayout(testRow);
    return box;
}

QWidget *ModelPage::buildPrices()
{
    m_prices = new QTableWidget(0, PriceColumnCount);
    m_prices->setObjectName(u"priceTable"_s);
    m_prices->setHorizontalHeaderLabels({tr("Model"), tr("Prompt"), tr("Completion"), tr("Cached prompt")});
    m_prices->setItemDelegate(new PriceDelegate(m_prices));
    m_prices->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_prices->verticalHeader()->hide();
    m_prices->horizontalHeader()->setSectionResizeMode(ModelColumn, QHeaderView::Stretch);
    for (int c = PromptColumn; c < PriceColumnCount; ++c) {
        m_prices->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    }
    // Room for a handful of rows; more scroll.
    const int header = m_prices->horizontalHeader()->sizeHint().height();
    const int row = m_prices->verticalHeader()->defaultSectionSize();
    m_prices->setMinimumHeight(header + 3 * row + 4);
    m_prices->setMaximumHeight(header + 6 * row + 4);
    connect(m_prices, &QTableWidget::itemChanged, this, &ModelPage::edited);

    m_addPrice = new QPushButton(tr("Add Row"));
    m_addPrice->setObjectName(u"addPrice"_s);
    m_removePrice = new QPushButton(tr("Remove Row"));
    m_removePrice->setObjectName(u"removePrice"_s);
    connect(m_addPrice, &QPushButton::clicked, this, [this] {
        addPriceRow({m_model->text().trimmed(), 0.0, 0.0, 0.0});
        m_prices->setCurrentCell(m_prices->rowCount() - 1, ModelColumn);
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

QString ModelPage::title() const
{
    return tr("Model");
}

QString ModelPage::subtitle() const
{
    return tr("Which language model scores the papers, how it is called, and what it costs.");
}

core::Profile::Provider ModelPage::provider() const
{
    return static_cast<Provider>(m_provider->currentData().toInt());
}

QString ModelPage::account() const
{
    return core::providerName(provider());
}

void ModelPage::load(const core::Profile &profile)
{
    m_edited = profile;
    {
        const QList<QWidget *> editors{m_provider,    m_baseUrl, m_model,   m_temperature, m_batchSize,
                                       m_concurrency, m_timeout, m_retries, m_prices};
        std::vector<QSignalBlocker> blockers;
        blockers.reserve(editors.size());
        for (QWidget *w : editors) {
            blockers.emplace_back(w);
        }
        m_provider->setCurrentIndex(m_provider->findData(static_cast<int>(profile.model.provider)));
        m_shownProvider = profile.model.provider;
        m_baseUrl->setText(profile.model.baseUrl.toString());
        m_model->setText(profile.model.model);
        m_temperature->setValue(profile.model.temperature);
        m_batchSize->setValue(profile.model.batchSize);
        m_concurrency->setValue(profile.model.concurrency);
        m_timeout->setValue(profile.model.timeoutSeconds);
        m_retries->setValue(profile.model.retries);
        m_prices->setRowCount(0);
        for (const core::PriceRow &row : profile.prices) {
            addPriceRow(row);
        }
    }
    providerChanged();
}

void ModelPage::save(core::Profile &profile) const
{
    profile.model.provider = provider();
    profile.model.baseUrl = QUrl(m_baseUrl->text().trimmed());
    profile.model.model = m_model->text().trimmed();
    profile.model.temperature = m_temperature->value();
    profile.model.batchSize = m_batchSize->value();
    profile.model.concurrency = m_concurrency->value();
    profile.model.timeoutSeconds = m_timeout->value();
    profile.model.retries = m_retries->value();
    profile.prices.clear();
    for (int r = 0; r < m_prices->rowCount(); ++r) {
        auto number = [this, r](int column) {
            const QTableWidgetItem *item = m_prices->item(r, column);
            return item ? item->data(Qt::EditRole).toDouble() : 0.0;
        };
        const QTableWidgetItem *model = m_prices->item(r, ModelColumn);
        profile.prices.append({model ? model->text().trimmed() : QString(), number(PromptColumn),
                               number(CompletionColumn), number(CachedColumn)});
    }
}

QString ModelPage::validate() const
{
    if (!SourcesPage::isHttpUrl(m_baseUrl->text())) {
        return problem(m_baseUrl, tr("Base URL: “%1” is not an http(s) URL.").arg(m_baseUrl->text()));
    }
    if (provider() != Provider::Heuristic && m_model->text().trimmed().isEmpty()) {
        return problem(m_model, tr("Model: name the model to use, such as gpt-5.4."));
    }
    core::Profile p;
    save(p);
    for (qsizetype i = 0; i < p.prices.size(); ++i) {
        const core::PriceRow &row = p.prices.at(i);
        if (row.model.isEmpty()) {
            return problem(m_prices, tr("Prices, row %1: name the model the prices are for.").arg(i + 1));
        }
        for (double price : {row.prompt, row.completion, row.cached}) {
            if (!(price >= 0.0 && price <= MaxPrice)) {
                return problem(m_prices, tr("Prices, row %1 (%2): a price must be between 0 and %3 dollars.")
                                             .arg(i + 1)
                                             .arg(row.model)
                                             .arg(MaxPrice));
            }
        }
        for (qsizetype j = 0; j < i; ++j) {
            if (p.prices.at(j).model.compare(row.model, Qt::CaseInsensitive) == 0) {
                return problem(m_prices, tr("Prices, row %1: %2 already has prices in row %3.")
                                             .arg(i + 1)
                                             .arg(row.model)
                                             .arg(j + 1));
            }
        }
    }
    return {};
}

void ModelPage::profileEdited(const core::Profile &profile)
{
    m_edited = profile;
}

void ModelPage::addPriceRow(const core::PriceRow &row)
{
    const QSignalBlocker block(m_prices);
    const int r = m_prices->rowCount();
    m_prices->insertRow(r);
    m_prices->setItem(r, ModelColumn, new QTableWidgetItem(row.model));
    m_prices->setItem(r, PromptColumn, priceItem(row.prompt));
    m_prices->setItem(r, CompletionColumn, priceItem(row.completion));
    m_prices->setItem(r, CachedColumn, priceItem(row.cached));
}

void ModelPage::providerChanged()
{
    const Provider now = provider();
    // Follow the provider with the base URL unless the user pointed it somewhere of their own.
    const QString url = m_baseUrl->text().trimmed();
    if (now != Provider::Heuristic && now != m_shownProvider &&
        (url.isEmpty() || QUrl(url) == llm::Provider::defaultBaseUrl(m_shownProvider))) {
        m_baseUrl->setText(llm::Provider::defaultBaseUrl(now).toString());
    }
    if (now != Provider::Heuristic) {
        m_shownProvider = now;
    }
    const bool remote = now != Provider::Heuristic;
    for (QWidget *w : std::initializer_list<QWidget *>{m_baseUrl, m_model, m_temperature, m_test}) {
        w->setEnabled(remote);
    }
    m_baseUrl->setPlaceholderText(llm::Provider::defaultBaseUrl(now).toString());
    m_testResult->setText(remote ? tr("Test Connection sends one tiny request (“Reply with OK”) with the "
                                      "settings above.")
                                 : QString());
    refreshKeyStatus();
    edited();
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
    bool ok = false;
    const QString key =
        QInputDialog::getText(this, tr("Set API Key"),
                              tr("API key for %1. It goes to the system keychain and is never shown again:")
                                  .arg(m_provider->currentText()),
                              QLineEdit::Password, QString(), &ok);
    if (ok) {
        setKey(key.trimmed());
    }
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
    // Without a key the test still runs when the server needs none (a local model).
    if (status == Status::Ok || status == Status::NotSet || !pipeline::DailyRun::needsKey(m_edited)) {
        sendTest(key);
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
    const QString fromEnvironment = secrets::SecretStore::environmentKey();
    if (!fromEnvironment.isEmpty() || !m_store || m_pending != Pending::None) {
        sendTest(fromEnvironment);
        return;
    }
    m_pending = Pending::TestKey;
    m_pendingAccount = account();
    m_store->read(m_pendingAccount);
}

void ModelPage::sendTest(const QString &key)
{
    core::Profile profile = m_edited;
    if (key.isEmpty() && pipeline::DailyRun::needsKey(profile)) {
        finishTest(false, tr("No API key: set one with Set Key… or in the environment variable "
                             "PAPERDESK_API_KEY."));
        return;
    }
    // One attempt, answered quickly: a test should report the failure, not hide it behind retries.
    profile.model.retries = 0;
    profile.model.concurrency = 1;
    profile.model.timeoutSeconds = std::min(profile.model.timeoutSeconds, MaxTestSeconds);
    m_client = std::make_unique<llm::LlmClient>(m_nam, profile, key);
    const QString model = profile.model.model;
    m_client->send(
        {u"Reply with OK"_s, u"OK"_s, -1}, [this, key, model](const llm::LlmClient::Result &result) {
            if (!result.ok) {
                finishTest(false, tr("Connection failed: %1").arg(llm::Provider::scrub(result.error, key)));
                return;
            }
            const QLocale locale;
            const core::Usage &usage = result.completion.usage;
            const QString reply = llm::Provider::scrub(result.completion.text.simplified().left(40), key);
            finishTest(true, tr("Connected: %1 answered “%2” using %3 prompt and %4 completion tokens.")
                                 .arg(model, reply, locale.toString(usage.promptTokens),
                                      locale.toString(usage.completionTokens)));
        });
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
    const QString model = m_model->text().trimmed();
    core::Profile p;
    save(p);
    if (provider() == Provider::Heuristic || model.isEmpty() || p.priceFor(model)) {
        m_priceHint->setText(
            tr("Costs of a run are tokens × these prices; cached prompt tokens are those the "
               "provider served from its cache."));
    } else {
        m_priceHint->setText(
            tr("No prices for %1: costs will show as unknown until you add a row.").arg(model));
    }
}

void ModelPage::edited()
{
    updatePriceHint();
    Q_EMIT changed();
}

} // namespace pd::ui::settings
