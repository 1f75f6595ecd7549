// The setup assistant's Interests, Your Topics and Catch Up pages.
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

QString dayList(const QList<QDate> &days)
{
    const QLocale locale;
    QStringList out;
    for (const QDate &d : days) {
        out.append(locale.toString(d, u"ddd d MMM"_s));
    }
    return out.join(u", "_s);
}

} // namespace

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
