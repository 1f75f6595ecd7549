#include "setupwizardpages.h"

#include "arxiv/arxivcategories.h"
#include "core/money.h"
#include "library/libraryfile.h"
#include "llm/costestimate.h"
#include "llm/promptbuilder.h"
#include "settings/pageparts.h"
#include "settings/promptpage.h"
#include "settings/topicspage.h"
#include "setupwizard.h"

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

constexpr int SortRole = Qt::UserRole;
constexpr int CodeRole = Qt::UserRole + 1;
enum Column { CodeColumn, NameColumn, GroupColumn, VolumeColumn };

QLabel *wrapped(const QString &text = {}, const QString &objectName = {})
{
    auto *label = new QLabel(text);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QString dayList(const QList<QDate> &days)
{
    const QLocale locale;
    QStringList out;
    for (const QDate &d : days) {
        out.append(locale.toString(d, u"ddd d MMM"_s));
    }
    return out.join(u", "_s);
}

// Prompt tokens per paper, from made-up papers of typical length.
int tokensPerPaper(const core::Profile &profile)
{
    const QList<core::Paper> samples = settings::PromptPage::samplePapers();
    const llm::PromptBuilder builder(profile);
    return llm::PromptBuilder::estimateTokens(builder.papersBlock(samples)) /
           static_cast<int>(samples.size());
}

} // namespace

SetupPage::SetupPage(SetupWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{}

// ---------------------------------------------------------------------------------------------
// Fields

SetupFieldsPage::SetupFieldsPage(SetupWizard *wizard)
    : SetupPage(wizard)
{
    setObjectName(u"fieldsPage"_s);
    setTitle(tr("Fields"));
    setSubTitle(tr("Which arXiv categories Paperdesk fetches each day. One request covers them all."));

    const SetupContext &context = wizard->context();
    const QLocale locale;
    m_model = new QStandardItemModel(0, 4, this);
    m_model->setHorizontalHeaderLabels({tr("Category"), tr("Name"), tr("Field"), tr("Papers a day")});
    const QList<arxiv::ArxivCategory> &all = arxiv::ArxivCategories::builtIn().all();
    for (qsizetype i = 0; i < all.size(); ++i) {
        const arxiv::ArxivCategory &c = all.at(i);
        auto *code = new QStandardItem(c.code);
        code->setCheckable(true);
        code->setData(c.code, CodeRole);
        code->setData(static_cast<int>(i), SortRole);
        code->setEditable(false);
        auto *name = new QStandardItem(c.name);
        name->setData(c.name, SortRole);
        name->setEditable(false);
        auto *group = new QStandardItem(c.group);
        group->setData(c.group, SortRole);
        group->setEditable(false);
        auto *volume = new QStandardItem;
        volume->setEditable(false);
        volume->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (const std::optional<double> v = context.dailyVolume({c.code})) {
            volume->setText(locale.toString(std::lround(*v)));
            volume->setData(*v, SortRole);
        } else {
            volume->setText(u"–"_s);
            volume->setData(-1.0, SortRole);
            volume->setToolTip(context.storedDays.isEmpty()
                                   ? tr("Known once a day has been fetched")
                                   : tr("Not known: the stored days were fetched for other categories"));
        }
        m_model->appendRow({code, name, group, volume});
    }
    connect(m_model, &QStandardItemModel::itemChanged, this, [this](QStandardItem *item) {
        if (item->column() == CodeColumn) {
            updateSummary();
            Q_EMIT completeChanged();
        }
    });

    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortRole(SortRole);

    m_search = new QLineEdit;
    m_search->setObjectName(u"categorySearch"_s);
    m_search->setPlaceholderText(tr("A code, a subject or a field, e.g. robotics or cs.RO"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, &SetupFieldsPage::search);
    auto *searchLabel = new QLabel(tr("&Search:"));
    searchLabel->setBuddy(m_search);

    m_view = new QTreeView;
    m_view->setObjectName(u"categoryView"_s);
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(CodeColumn, Qt::AscendingOrder);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(CodeColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(GroupColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(VolumeColumn, QHeaderView::ResizeToContents);
    // A click anywhere on the row checks it, not only on the box.
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        QStandardItem *item = m_model->item(m_proxy->mapToSource(index).row(), CodeColumn);
        item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
    });

    m_summary = wrapped({}, u"categorySummary"_s);
    const QString volumes = context.storedDays.isEmpty()
                                ? tr("Papers a day shows once days have been fetched.")
                                : tr("Papers a day: the average of the %n stored day(s), for the categories "
                                     "they were fetched for.",
                                     nullptr, static_cast<int>(context.storedDays.size()));

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(searchRow);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_summary);
    layout->addWidget(PageParts::hint(volumes + u' ' +
                                      tr("An archive such as “cs” takes every category in it; "
                                         "double-click or press Space to choose a row.")));
    setChosen(context.profile.sources.categories);
}

void SetupFieldsPage::search(const QString &text)
{
    if (m_search->text() != text) {
        m_search->setText(text); // comes back here through textChanged
        return;
    }
    m_proxy->setFilterFixedString(text.trimmed());
}

QStringList SetupFieldsPage::shownCodes() const
{
    QStringList out;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        out.append(m_proxy->index(row, CodeColumn).data(CodeRole).toString());
    }
    return out;
}

QStringList SetupFieldsPage::chosen() const
{
    // The profile's order for the categories it had, then the new ones in taxonomy order.
    QStringList checked;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QStandardItem *item = m_model->item(row, CodeColumn);
        if (item->checkState() == Qt::Checked) {
            checked.append(item->data(CodeRole).toString());
        }
    }
    QStringList out;
    for (const QString &code : setup()->context().profile.sources.categories) {
        if (checked.contains(code)) {
            out.append(code);
        }
    }
    for (const QString &code : std::as_const(checked)) {
        if (!out.contains(code)) {
            out.append(code);
        }
    }
    return out;
}

void SetupFieldsPage::setChosen(const QStringList &codes)
{
    {
        const QSignalBlocker block(m_model);
        for (int row = 0; row < m_model->rowCount(); ++row) {
            QStandardItem *item = m_model->item(row, CodeColumn);
            item->setCheckState(codes.contains(item->data(CodeRole).toString()) ? Qt::Checked
                                                                                : Qt::Unchecked);
        }
    }
    m_view->viewport()->update();
    updateSummary();
    Q_EMIT completeChanged();
}

void SetupFieldsPage::updateSummary()
{
    const QStringList codes = chosen();
    if (codes.isEmpty()) {
        m_summary->setText(tr("Choose at least one category, or Skip to keep %1.")
                               .arg(setup()->context().profile.sources.categories.join(u", "_s)));
        return;
    }
    QString text = tr("Chosen: %1.").arg(codes.join(u", "_s));
    if (const std::optional<double> v = setup()->context().dailyVolume(codes)) {
        text += u' ' + tr("About %1 papers a day to score.").arg(QLocale().toString(std::lround(*v)));
    }
    m_summary->setText(text);
}

bool SetupFieldsPage::isComplete() const
{
    return !chosen().isEmpty();
}

void SetupFieldsPage::apply(core::Profile &profile) const
{
    if (!chosen().isEmpty()) {
        profile.sources.categories = chosen();
    }
}

void SetupFieldsPage::skip()
{
    m_search->clear();
    setChosen(setup()->context().profile.sources.categories);
}

// ---------------------------------------------------------------------------------------------
// Model

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

SetupInterestsPage::SetupInterestsPage(SetupWizard *wizard)
    : SetupPage(wizard)
{
    setObjectName(u"interestsPage"_s);
    setTitle(tr("Interests"));
    setSubTitle(tr("What you read: the model scores every paper against your topics."));

    m_keep = new QRadioButton(tr("&Keep the reference topics"));
    m_keep->setObjectName(u"keepTopics"_s);
    m_describe = new QRadioButton(tr("&Describe what you read, and draft topics from it"));
    m_describe->setObjectName(u"describeTopics"_s);
    auto *group = new QButtonGroup(this);
    group->addButton(m_keep);
    group->addButton(m_describe);
    m_keep->setChecked(true);

    QStringList labels;
    for (const core::Topic &t : wizard->context().profile.topics) {
        labels.append(t.label);
    }
    QString reference =
        tr("%n topic(s): %1.", nullptr, static_cast<int>(labels.size())).arg(labels.join(u"; "_s));
    if (wizard->context().profile.topics == core::ProfileJson::defaultProfile().topics) {
        reference =
            tr("The reference digests' topics, written for a machine-learning researcher. %1").arg(reference);
    }
    m_referenceTopics = PageParts::hint(reference, u"referenceTopics"_s);

    m_text = PageParts::textEdit(
        u"interestsText"_s,
        tr("A few sentences, e.g.: I work on robot learning, mostly sim-to-real transfer and dexterous "
           "manipulation. I also follow world models. I don't need pure benchmark papers."),
        4);
    m_draftNote = PageParts::hint({}, u"draftNote"_s);
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_text->toPlainText().trimmed().isEmpty()) {
            m_describe->setChecked(true);
        }
        Q_EMIT completeChanged();
    });
    connect(m_describe, &QRadioButton::toggled, this, &SetupInterestsPage::completeChanged);

    auto *topicsBox = new QGroupBox(tr("Topics"));
    auto *topicsLayout = new QVBoxLayout(topicsBox);
    topicsLayout->addWidget(m_keep);
    auto *referenceRow = new QHBoxLayout;
    referenceRow->addSpacing(24);
    referenceRow->addWidget(m_referenceTopics, 1);
    topicsLayout->addLayout(referenceRow);
    topicsLayout->addWidget(m_describe);
    auto *describeBox = new QVBoxLayout;
    describeBox->setContentsMargins(24, 0, 0, 0);
    describeBox->addWidget(m_text, 1);
    describeBox->addWidget(m_draftNote);
    topicsLayout->addLayout(describeBox, 1);

    m_library = PageParts::lineEdit(u"libraryFile"_s, tr("No library chosen"));
    m_library->setReadOnly(true);
    auto *browse = new QPushButton(tr("&Choose File…"));
    browse->setObjectName(u"chooseLibrary"_s);
    auto *clear = new QPushButton(tr("C&lear"));
    connect(browse, &QPushButton::clicked, this, &SetupInterestsPage::browseLibrary);
    connect(clear, &QPushButton::clicked, this, [this] { setLibraryFile({}); });
    m_libraryNote = PageParts::hint(tr("BibTeX, RIS, CSL JSON or zotero.sqlite. For you learns what you like "
                                       "from it, beside the topics; it is imported at Finish."),
                                    u"libraryNote"_s);
    auto *libraryRow = new QHBoxLayout;
    libraryRow->addWidget(m_library, 1);
    libraryRow->addWidget(browse);
    libraryRow->addWidget(clear);
    auto *libraryBox = new QGroupBox(tr("Your library (optional)"));
    auto *libraryLayout = new QVBoxLayout(libraryBox);
    libraryLayout->addLayout(libraryRow);
    libraryLayout->addWidget(m_libraryNote);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(topicsBox, 1);
    layout->addWidget(libraryBox);
}

void SetupInterestsPage::initializePage()
{
    updateDraftNote();
}

void SetupInterestsPage::updateDraftNote()
{
    const core::Profile profile = setup()->editedProfile();
    const pipeline::TopicDrafter probe(nullptr, profile, setup()->apiKey(), setup()->context().catalog);
    m_draftNote->setText(
        probe.usesModel() ? tr("On Next, one request to %1 drafts the topics from your text, for you to "
                               "edit.")
                                .arg(profile.model.model)
                          : tr("On Next, the topics are drafted here from your text's key phrases, for you "
                               "to edit. With a model and its key (the previous step) the model drafts "
                               "them."));
}

bool SetupInterestsPage::describes() const
{
    return m_describe->isChecked();
}

QString SetupInterestsPage::description() const
{
    return m_text->toPlainText().trimmed();
}

void SetupInterestsPage::setDescription(const QString &text)
{
    m_text->setPlainText(text);
    m_describe->setChecked(!text.trimmed().isEmpty());
}

bool SetupInterestsPage::isComplete() const
{
    return !describes() || !description().isEmpty();
}

int SetupInterestsPage::nextId() const
{
    return describes() ? SetupWizard::TopicsPageId : SetupWizard::CatchUpPageId;
}

void SetupInterestsPage::browseLibrary()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose a Library"), QStandardPaths::writableLocation(QStandardPaths::HomeLocation),
        tr("Libraries (*.bib *.ris *.json *.sqlite);;BibTeX (*.bib);;RIS (*.ris);;CSL JSON (*.json);;"
           "Zotero database (zotero.sqlite);;All files (*)"));
    if (!path.isEmpty()) {
        setLibraryFile(path);
    }
}

void SetupInterestsPage::setLibraryFile(const QString &path)
{
    m_libraryFile.clear();
    m_library->clear();
    if (path.isEmpty()) {
        m_libraryNote->setText(tr("BibTeX, RIS, CSL JSON or zotero.sqlite. For you learns what you like from "
                                  "it, beside the topics; it is imported at Finish."));
        return;
    }
    // Read once now, so a file that cannot be imported is known before Finish; nothing is stored.
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    QString error;
    const std::optional<library::LibraryFile> file = library::readLibrary(path, &error);
    QGuiApplication::restoreOverrideCursor();
    if (!file) {
        m_libraryNote->setText(
            tr("This file cannot be imported: %1 Choose another, or go on without one.").arg(error));
        return;
    }
    m_libraryFile = path;
    m_library->setText(path);
    m_libraryNote->setText(tr("%1 with %2 usable entries (of %3). Imported at Finish; For you then learns "
                              "from them.")
                               .arg(library::formatName(file->format))
                               .arg(file->entries.size())
                               .arg(file->read));
}

void SetupInterestsPage::apply(core::Profile &) const
{
    // The topics are the Topics page's; the library goes with the choices, not the profile.
}

void SetupInterestsPage::skip()
{
    m_keep->setChecked(true);
    setLibraryFile({});
}

// ---------------------------------------------------------------------------------------------
// Topics

SetupTopicsPage::SetupTopicsPage(SetupWizard *wizard)
    : SetupPage(wizard)
{
    setObjectName(u"topicsPage"_s);
    setTitle(tr("Your Topics"));
    setSubTitle(tr("Drafted from your description. Edit, add or remove them; Skip keeps the reference "
                   "topics."));
    m_status = wrapped({}, u"draftStatus"_s);
    m_editor = new settings::TopicsPage;
    m_editor->setObjectName(u"topicEditor"_s);
    connect(m_editor, &settings::TopicsPage::changed, this, &SetupTopicsPage::completeChanged);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_editor, 1);
}

void SetupTopicsPage::initializePage()
{
    m_skipped = false;
    const auto *interests =
        static_cast<const SetupInterestsPage *>(setup()->page(SetupWizard::InterestsPageId));
    const QString text = interests->description();
    if (isDrafting() || (m_hasDraft && text == m_draftedFrom)) {
        return; // the draft as the user left it
    }
    m_drafter = new pipeline::TopicDrafter(setup()->network(), setup()->editedProfile(), setup()->apiKey(),
                                           setup()->context().catalog, this);
    connect(m_drafter, &pipeline::TopicDrafter::finished, this, &SetupTopicsPage::drafted);
    m_draftedFrom = text;
    m_status->setText(
        m_drafter->usesModel()
            ? tr("Asking %1 to draft topics from your description…").arg(setup()->editedProfile().model.model)
            : tr("Drafting topics from your description…"));
    m_editor->setEnabled(false);
    Q_EMIT completeChanged();
    m_drafter->start(text);
}

void SetupTopicsPage::drafted(const pipeline::TopicDraft &draft)
{
    m_drafter->deleteLater();
    m_drafter = nullptr;
    m_hasDraft = true;
    core::Profile profile = setup()->context().profile;
    profile.topics = draft.topics;
    m_editor->load(profile);
    m_editor->setEnabled(true);
    const int count = static_cast<int>(draft.topics.size());
    QString text;
    if (draft.topics.isEmpty()) {
        text =
            tr("Your description gave no key phrases to draft from. Add topics here, go Back and say more, "
               "or Skip to keep the reference topics.");
    } else if (draft.fromModel) {
        const std::optional<double> cost = draft.usage.totalCost();
        text =
            cost ? tr("%1 drafted %n topic(s) from your description, for about %2. Edit them as you like.",
                      nullptr, count)
                       .arg(setup()->editedProfile().model.model, core::Money::text(*cost, {}, QLocale()))
                 : tr("%1 drafted %n topic(s) from your description. Edit them as you like.", nullptr, count)
                       .arg(setup()->editedProfile().model.model);
    } else {
        text = tr("%n topic(s) drafted from your description's key phrases: a start to edit, with the Keep "
                  "and Filter texts in your own words.",
                  nullptr, count);
        if (!draft.note.isEmpty()) {
            text = draft.note + u' ' + text;
        }
    }
    m_status->setText(text);
    Q_EMIT completeChanged();
}

void SetupTopicsPage::cleanupPage()
{
    // Back while drafting: the request is dropped, and the next visit drafts again.
    if (m_drafter) {
        m_drafter->cancel();
        m_drafter->deleteLater();
        m_drafter = nullptr;
        m_draftedFrom.clear();
        m_editor->setEnabled(m_hasDraft);
    }
}

bool SetupTopicsPage::isComplete() const
{
    return !isDrafting() && m_hasDraft && m_editor->validate().isEmpty();
}

void SetupTopicsPage::apply(core::Profile &profile) const
{
    const auto *interests =
        static_cast<const SetupInterestsPage *>(setup()->page(SetupWizard::InterestsPageId));
    if (m_skipped || !m_hasDraft || isDrafting() || !interests->describes()) {
        return;
    }
    m_editor->save(profile);
}

void SetupTopicsPage::skip()
{
    cleanupPage();
    m_skipped = true;
}

// ---------------------------------------------------------------------------------------------
// Catch up

SetupCatchUpPage::SetupCatchUpPage(SetupWizard *wizard)
    : SetupPage(wizard)
{
    setObjectName(u"catchUpPage"_s);
    setTitle(tr("Catch Up"));
    setSubTitle(tr("Fetch and score the last few announcement days, so the week's papers are there."));

    m_days = new QSpinBox;
    m_days->setObjectName(u"catchUpDays"_s);
    m_days->setRange(0, SetupWizard::MaxCatchUpDays);
    m_days->setSpecialValueText(tr("none"));
    m_days->setValue(SetupWizard::DefaultCatchUpDays);
    connect(m_days, &QSpinBox::valueChanged, this, &SetupCatchUpPage::updateDays);
    auto *label = new QLabel(tr("Fetch and score the last &announcement days:"));
    label->setBuddy(m_days);
    auto *row = new QHBoxLayout;
    row->addWidget(label);
    row->addWidget(m_days);
    row->addStretch(1);

    m_dates = wrapped({}, u"catchUpDates"_s);
    m_cost = wrapped({}, u"catchUpCost"_s);
    m_summary = new QLabel;
    m_summary->setObjectName(u"finishSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *summaryBox = new QGroupBox(tr("At Finish"));
    auto *summaryLayout = new QVBoxLayout(summaryBox);
    summaryLayout->addWidget(m_summary);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_dates);
    layout->addWidget(m_cost);
    layout->addWidget(
        PageParts::hint(tr("The window fetches the days one after another (arXiv asks for three "
                           "seconds between requests), then scores them, with progress at the "
                           "bottom of the window; Papers → Cancel stops it. Days already stored "
                           "are not fetched again.")));
    layout->addWidget(summaryBox);
    layout->addStretch(1);
}

void SetupCatchUpPage::initializePage()
{
    updateDays();
}

int SetupCatchUpPage::days() const
{
    return m_days->value();
}

void SetupCatchUpPage::setDays(int days)
{
    m_days->setValue(days);
}

void SetupCatchUpPage::updateDays()
{
    const SetupContext &context = setup()->context();
    const QList<QDate> dates =
        SetupWizard::lastAnnouncementDays(context.calendar, context.currentTime(), days());
    m_dates->setText(dates.isEmpty()
                         ? tr("Nothing is fetched now; Papers → Fetch and Score fetches any day later.")
                         : tr("%n day(s): %1.", nullptr, static_cast<int>(dates.size())).arg(dayList(dates)));
    const auto *model = static_cast<const SetupModelPage *>(setup()->page(SetupWizard::ModelPageId));
    m_cost->setText(dates.isEmpty() ? QString() : model->costText(static_cast<int>(dates.size())));
    m_cost->setVisible(!dates.isEmpty());
    m_summary->setText(summary());
}

QString SetupCatchUpPage::summary() const
{
    const SetupChoices c = setup()->choices();
    const core::Profile &before = setup()->context().profile;
    const auto *model = static_cast<const SetupModelPage *>(setup()->page(SetupWizard::ModelPageId));
    const auto item = [](const QString &text) -> QString {
        return u"<li>"_s + text.toHtmlEscaped() + u"</li>"_s;
    };
    QString out = u"<ul style=\"margin-left: 0px; -qt-list-indent: 1;\">"_s;
    out += item(c.profile.sources.categories == before.sources.categories
                    ? tr("Categories unchanged: %1.").arg(c.profile.sources.categories.join(u", "_s))
                    : tr("Categories: %1.").arg(c.profile.sources.categories.join(u", "_s)));
    out += item(
        c.profile.topics == before.topics
            ? tr("Topics unchanged (%n).", nullptr, static_cast<int>(c.profile.topics.size()))
            : tr("%n topic(s) from your description.", nullptr, static_cast<int>(c.profile.topics.size())));
    if (c.profile.model.provider == core::Profile::Provider::Heuristic) {
        out += item(tr("Scoring offline with the keyword heuristic."));
    } else {
        const QString preset = setup()->context().catalog.presetOf(c.profile).label;
        out +=
            item(model->typedKey().isEmpty() ? tr("Scoring with %1 (%2).").arg(c.profile.model.model, preset)
                                             : tr("Scoring with %1 (%2); the key goes to the keychain.")
                                                   .arg(c.profile.model.model, preset));
    }
    if (!c.libraryFile.isEmpty()) {
        out += item(tr("Importing the library %1.").arg(QFileInfo(c.libraryFile).fileName()));
    }
    out += item(c.catchUpDays > 0
                    ? tr("Fetching and scoring the last %n announcement day(s).", nullptr, c.catchUpDays)
                    : tr("Nothing fetched now."));
    return out + u"</ul>"_s;
}

void SetupCatchUpPage::apply(core::Profile &) const
{
    // The days go with the choices, not the profile.
}

void SetupCatchUpPage::skip()
{
    setDays(0);
}

} // namespace pd::ui
