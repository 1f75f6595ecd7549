#include "settingsdialog.h"

#include "dailypage.h"
#include "llm/promptbuilder.h"
#include "modelpage.h"
#include "promptpage.h"
#include "readingpage.h"
#include "sourcespage.h"
#include "storagepage.h"
#include "topicspage.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pd::ui::settings {

namespace {

// Translucent colours that read on light and dark palettes alike.
const QString ProblemStyle =
    u"QLabel { background: rgba(218, 68, 83, 40); border: 1px solid rgba(218, 68, 83, 150);"
    " border-radius: 4px; padding: 6px 8px; }"_s;
const QString InfoStyle =
    u"QLabel { background: rgba(61, 174, 233, 40); border: 1px solid rgba(61, 174, 233, 150);"
    " border-radius: 4px; padding: 6px 8px; }"_s;

QString fingerprint(const core::Profile &profile)
{
    return llm::PromptBuilder(profile).fingerprint();
}

} // namespace

SettingsDialog::SettingsDialog(core::Profile profile, secrets::SecretStore *store, QWidget *parent)
    : QDialog(parent)
    , m_profile(std::move(profile))
    , m_base(m_profile)
{
    setWindowTitle(tr("Settings"));
    setObjectName(u"settingsDialog"_s);

    m_promptPage = new PromptPage;
    m_modelPage = new ModelPage(store);
    m_pages = {new TopicsPage,  m_promptPage,  new SourcesPage,       m_modelPage,
               new ReadingPage, new DailyPage, new StoragePage(store)};

    m_pageList = new QListWidget;
    m_pageList->setObjectName(u"pageList"_s);
    m_stack = new QStackedWidget;
    m_stack->setObjectName(u"pageStack"_s);
    const int rowHeight = fontMetrics().height() * 2;
    int widest = 0;
    for (SettingsPage *page : std::as_const(m_pages)) {
        auto *item = new QListWidgetItem(page->title(), m_pageList);
        item->setSizeHint(QSize(0, rowHeight));
        widest = std::max(widest, fontMetrics().horizontalAdvance(page->title()));
        m_stack->addWidget(wrap(page));
    }
    m_pageList->setFixedWidth(widest + 4 * fontMetrics().averageCharWidth() + 24);
    connect(m_pageList, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);

    m_message = new QLabel;
    m_message->setObjectName(u"messageLabel"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    auto *right = new QVBoxLayout;
    right->addWidget(m_stack, 1);
    right->addWidget(m_message);

    auto *body = new QHBoxLayout;
    body->addWidget(m_pageList);
    body->addLayout(right, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addWidget(buildButtons());

    setBaselines();
    const std::unique_ptr<QSettings> stored = settings();
    for (SettingsPage *page : std::as_const(m_pages)) {
        page->load(m_profile);
        page->loadSettings(*stored);
    }
    for (SettingsPage *page : std::as_const(m_pages)) {
        connect(page, &SettingsPage::changed, this, &SettingsDialog::onPageChanged);
    }
    onPageChanged();
    showPage(0);
    // Roomy where the screen allows, never larger than it (a 1024×640 laptop keeps OK in view).
    const QScreen *screen = parentWidget() ? parentWidget()->screen() : QGuiApplication::primaryScreen();
    const QSize room = screen ? screen->availableGeometry().size() - QSize(24, 48) : QSize(1040, 720);
    resize(QSize(1040, 720).boundedTo(room));
}

SettingsDialog::~SettingsDialog() = default;

QWidget *SettingsDialog::wrap(SettingsPage *page)
{
    auto *title = new QLabel(page->title());
    QFont font = title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.35);
    title->setFont(font);
    auto *subtitle = new QLabel(page->subtitle());
    subtitle->setWordWrap(true);
    subtitle->setForegroundRole(QPalette::PlaceholderText);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->addWidget(title);
    layout->addWidget(subtitle);
    layout->addSpacing(6);
    layout->addWidget(page, 1);

    return content;
}

QWidget *SettingsDialog::buildButtons()
{
    auto *importButton = new QPushButton(tr("&Import…"));
    importButton->setObjectName(u"importButton"_s);
    importButton->setToolTip(tr("Load a profile JSON file (the format of “paperdesk profile export”)"));
    auto *exportButton = new QPushButton(tr("&Export…"));
    exportButton->setObjectName(u"exportButton"_s);
    exportButton->setToolTip(tr("Save the profile as shown here to a JSON file"));
    connect(importButton, &QPushButton::clicked, this, &SettingsDialog::chooseImportFile);
    connect(exportButton, &QPushButton::clicked, this, &SettingsDialog::chooseExportFile);

    m_buttons =
        new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply);
    m_buttons->setObjectName(u"buttonBox"_s);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &SettingsDialog::apply);

    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(importButton);
    layout->addWidget(exportButton);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    return row;
}

core::Profile SettingsDialog::editedProfile() const
{
    core::Profile edited = m_base;
    for (const SettingsPage *page : m_pages) {
        page->save(edited);
    }
    return edited;
}

QString SettingsDialog::validate() const
{
    for (const SettingsPage *page : m_pages) {
        const QString problem = page->validate();
        if (!problem.isEmpty()) {
            return problem;
        }
    }
    return core::ProfileJson::validate(editedProfile());
}

void SettingsDialog::setSettingsFile(const QString &path)
{
    m_settingsFile = path;
    const std::unique_ptr<QSettings> stored = settings();
    for (SettingsPage *page : std::as_const(m_pages)) {
        page->loadSettings(*stored);
    }
    onPageChanged();
}

void SettingsDialog::setScannedCount(int papers)
{
    m_promptPage->setScannedCount(papers);
}

void SettingsDialog::setMeasuredCharsPerToken(const QHash<QString, double> &byModel)
{
    m_promptPage->setMeasuredCharsPerToken(byModel);
}

std::unique_ptr<QSettings> SettingsDialog::settings() const
{
    if (m_settingsFile.isEmpty()) {
        return std::make_unique<QSettings>();
    }
    return std::make_unique<QSettings>(m_settingsFile, QSettings::IniFormat);
}

void SettingsDialog::showPage(int index)
{
    m_pageList->setCurrentRow(index);
}

void SettingsDialog::setBaselines()
{
    for (SettingsPage *page : std::as_const(m_pages)) {
        page->setBaseline(m_profile);
    }
}

void SettingsDialog::onPageChanged()
{
    const core::Profile edited = editedProfile();
    bool dirty = edited != m_profile;
    for (SettingsPage *page : std::as_const(m_pages)) {
        page->profileEdited(edited);
        dirty = dirty || page->isDirty();
    }
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(dirty);
    // Problems show while typing, and go once fixed; other messages stay until replaced.
    const QString problem = validate();
    if (!problem.isEmpty()) {
        showMessage(problem, true);
    } else if (m_showingProblem) {
        clearMessage();
    }
}

void SettingsDialog::showMessage(const QString &text, bool problem)
{
    m_showingProblem = problem;
    m_message->setStyleSheet(problem ? ProblemStyle : InfoStyle);
    m_message->setText(text);
    m_message->show();
}

void SettingsDialog::clearMessage()
{
    m_showingProblem = false;
    m_message->clear();
    m_message->hide();
}

QString SettingsDialog::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

bool SettingsDialog::showProblem()
{
    for (int i = 0; i < m_pages.size(); ++i) {
        const QString problem = m_pages.at(i)->validate();
        if (!problem.isEmpty()) {
            showPage(i);
            m_pages.at(i)->revealProblem();
            showMessage(problem, true);
            return true;
        }
    }
    // The pages check what they show; the profile format has the last word.
    const QString problem = core::ProfileJson::validate(editedProfile());
    if (!problem.isEmpty()) {
        showMessage(problem, true);
        return true;
    }
    return false;
}

bool SettingsDialog::apply()
{
    if (showProblem()) {
        return false;
    }
    const core::Profile edited = editedProfile();
    const bool fingerprintChanged = fingerprint(edited) != fingerprint(m_profile);
    const bool profileChanged = edited != m_profile;

    bool settingsChanged = false;
    for (const SettingsPage *page : std::as_const(m_pages)) {
        settingsChanged = settingsChanged || page->settingsDirty();
    }
    if (settingsChanged) {
        const std::unique_ptr<QSettings> stored = settings();
        for (const SettingsPage *page : std::as_const(m_pages)) {
            page->saveSettings(*stored);
        }
        stored->sync();
        if (stored->status() != QSettings::NoError) {
            showMessage(tr("Could not save the settings to %1. Check that the folder is writable.")
                            .arg(stored->fileName()),
                        true);
            return false;
        }
        for (SettingsPage *page : std::as_const(m_pages)) {
            page->loadSettings(*stored);
        }
    }

    m_profile = edited;
    m_base = edited;
    setBaselines();
    clearMessage();
    onPageChanged();
    if (profileChanged) {
        Q_EMIT this->profileChanged(m_profile);
    }
    if (fingerprintChanged) {
        askToRescore();
    }
    return true;
}

void SettingsDialog::askToRescore()
{
    QMessageBox box(QMessageBox::Question, tr("Re-score?"),
                    tr("Scores made with the old settings are kept; re-score this day?"),
                    QMessageBox::NoButton, this);
    box.setObjectName(u"rescoreQuestion"_s);
    box.setInformativeText(tr("The topics, the prompt or the model changed, so new scores are needed to see "
                              "which papers enter or leave your relevant set."));
    QPushButton *rescore = box.addButton(tr("Re-score"), QMessageBox::AcceptRole);
    rescore->setObjectName(u"rescoreButton"_s);
    QPushButton *later = box.addButton(tr("Later"), QMessageBox::RejectRole);
    later->setObjectName(u"laterButton"_s);
    box.setDefaultButton(rescore);
    box.exec();
    if (box.clickedButton() == rescore) {
        Q_EMIT rescoreRequested();
    }
}

void SettingsDialog::accept()
{
    if (apply()) {
        QDialog::accept();
    }
}

bool SettingsDialog::importProfile(const QString &path)
{
    const core::ProfileResult result = core::ProfileJson::load(path);
    if (!result) {
        showMessage(tr("Nothing was imported. %1").arg(result.error), true);
        return false;
    }
    m_base = *result.profile;
    for (SettingsPage *page : std::as_const(m_pages)) {
        page->load(m_base);
    }
    onPageChanged();
    if (!showProblem()) {
        showMessage(tr("Imported %1. Press OK or Apply to use it.").arg(QFileInfo(path).fileName()), false);
    }
    return true;
}

bool SettingsDialog::exportProfile(const QString &path)
{
    if (showProblem()) {
        return false;
    }
    QString error;
    if (!core::ProfileJson::save(editedProfile(), path, &error)) {
        showMessage(error, true);
        return false;
    }
    showMessage(tr("Exported the profile to %1.").arg(QDir::toNativeSeparators(path)), false);
    return true;
}

void SettingsDialog::chooseImportFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Profile"), QString(),
                                                      tr("Paperdesk profile (*.json);;All files (*)"));
    if (!path.isEmpty()) {
        importProfile(path);
    }
}

void SettingsDialog::chooseExportFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Profile"), u"profile.json"_s,
                                                      tr("Paperdesk profile (*.json)"));
    if (!path.isEmpty()) {
        exportProfile(path);
    }
}

} // namespace pd::ui::settings
