#include "sourcespage.h"

#include "arxiv/arxivcategories.h"
#include "pageparts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QStyle>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pd::ui::settings {

namespace {

const QString Dash = QStringLiteral(" — ");

QStringList lines(const QPlainTextEdit *edit)
{
    QStringList out;
    const QStringList raw = edit->toPlainText().split(u'\n');
    for (const QString &line : raw) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty()) {
            out.append(trimmed);
        }
    }
    return out;
}

} // namespace

SourcesPage::SourcesPage(QWidget *parent)
    : SettingsPage(parent)
{
    auto *columns = new QHBoxLayout;
    columns->addWidget(buildCategories(), 1);
    columns->addWidget(buildFilters(), 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(columns, 1);
    layout->addWidget(buildEndpoints());
}

QWidget *SourcesPage::buildCategories()
{
    m_categories = new QListWidget;
    m_categories->setObjectName(u"categoryList"_s);
    m_categories->setSelectionMode(QAbstractItemView::ExtendedSelection);

    m_picker = new QComboBox;
    m_picker->setObjectName(u"categoryPicker"_s);
    m_picker->setEditable(true);
    m_picker->setInsertPolicy(QComboBox::NoInsert);
    m_picker->setMaxVisibleItems(16);
    m_picker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_picker->setMinimumContentsLength(16);
    for (const arxiv::ArxivCategory &c : arxiv::ArxivCategories::builtIn().all()) {
        m_picker->addItem(c.code + Dash + c.name, c.code);
    }
    m_picker->setCurrentIndex(-1);
    m_picker->lineEdit()->setPlaceholderText(tr("Type a code or a name, e.g. cs.LG"));
    m_picker->completer()->setFilterMode(Qt::MatchContains);
    m_picker->completer()->setCompletionMode(QCompleter::PopupCompletion);

    m_add = new QToolButton;
    m_add->setObjectName(u"addCategory"_s);
    m_add->setText(tr("Add"));
    m_remove = new QToolButton;
    m_remove->setObjectName(u"removeCategory"_s);
    m_remove->setText(tr("Remove"));
    connect(m_add, &QToolButton::clicked, this, [this] {
        addCategory(m_picker->currentText());
        m_picker->setCurrentIndex(-1);
        m_picker->clearEditText();
    });
    // Enter in the picker adds the category; it must not reach the dialog's OK button.
    m_picker->lineEdit()->installEventFilter(this);
    connect(m_remove, &QToolButton::clicked, this, &SourcesPage::removeSelectedCategories);

    auto *row = new QHBoxLayout;
    row->addWidget(m_picker, 1);
    row->addWidget(m_add);
    row->addWidget(m_remove);

    auto *box = new QGroupBox(tr("Categories"));
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_categories, 1);
    layout->addLayout(row);
    layout->addWidget(PageParts::hint(tr("One RSS request covers them all. An archive such as “cs” takes "
                                         "every category in it.")));
    return box;
}

QWidget *SourcesPage::buildFilters()
{
    const QList<std::pair<QString, QString>> types{
        {u"new"_s, tr("New submissions")},
        {u"cross"_s, tr("Cross-lists from other categories")},
        {u"replace"_s, tr("Replaced (new versions)")},
        {u"replace-cross"_s, tr("Replaced cross-lists")},
    };
    auto *typesBox = new QGroupBox(tr("Announce types to score"));
    auto *grid = new QGridLayout(typesBox);
    for (qsizetype i = 0; i < types.size(); ++i) {
        auto *check = new QCheckBox(types.at(i).second);
        check->setObjectName(u"announce_"_s + types.at(i).first);
        connect(check, &QCheckBox::toggled, this, &SourcesPage::edited);
        m_types.insert(types.at(i).first, check);
        grid->addWidget(check, static_cast<int>(i / 2), static_cast<int>(i % 2));
    }

    m_authors = PageParts::textEdit(u"followedAuthors"_s, tr("One name per line, e.g. Yoshua Bengio"));
    m_keywords = PageParts::textEdit(u"excludeKeywords"_s, tr("One keyword or phrase per line"));
    connect(m_authors, &QPlainTextEdit::textChanged, this, &SourcesPage::edited);
    connect(m_keywords, &QPlainTextEdit::textChanged, this, &SourcesPage::edited);

    auto *authorsBox = new QGroupBox(tr("Followed authors"));
    auto *authorsLayout = new QVBoxLayout(authorsBox);
    authorsLayout->addWidget(m_authors, 1);
    authorsLayout->addWidget(
        PageParts::hint(tr("Their papers are always scored, whatever the filters say.")));

    auto *keywordsBox = new QGroupBox(tr("Exclude keywords"));
    auto *keywordsLayout = new QVBoxLayout(keywordsBox);
    keywordsLayout->addWidget(m_keywords, 1);
    keywordsLayout->addWidget(PageParts::hint(
        tr("Papers whose title or abstract has one of these as a whole word are not scored.")));

    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(typesBox);
    layout->addWidget(authorsBox, 1);
    layout->addWidget(keywordsBox, 1);
    layout->addWidget(buildBudget());
    return box;
}

QWidget *SourcesPage::buildBudget()
{
    m_budget = new QCheckBox(tr("&Budget mode: the model scores only the papers For you ranks in the top"));
    m_budget->setObjectName(u"budgetMode"_s);
    m_budgetPercent = new QSpinBox;
    m_budgetPercent->setObjectName(u"budgetTopPercent"_s);
    m_budgetPercent->setRange(1, 100);
    m_budgetPercent->setSuffix(tr(" %"));
    connect(m_budget, &QCheckBox::toggled, this, &SourcesPage::edited);
    connect(m_budget, &QCheckBox::toggled, m_budgetPercent, &QWidget::setEnabled);
    connect(m_budgetPercent, &QSpinBox::valueChanged, this, &SourcesPage::edited);
    auto *box = new QGroupBox(tr("Budget"));
    auto *layout = new QGridLayout(box);
    layout->addWidget(m_budget, 0, 0);
    layout->addWidget(m_budgetPercent, 0, 1);
    layout->setColumnStretch(0, 1);
    auto *hint = PageParts::hint(
        tr("The others are filtered when a day is fetched, with the rule named; followed authors are "
           "always scored. It needs five liked papers; until then every kept paper is scored."));
    layout->addWidget(hint, 1, 0, 1, 2);
    return box;
}

QWidget *SourcesPage::buildEndpoints()
{
    m_rss = PageParts::lineEdit(u"rssBaseUrl"_s, u"https://rss.arxiv.org/rss/"_s);
    m_api = PageParts::lineEdit(u"apiBaseUrl"_s, u"https://export.arxiv.org/api/query"_s);
    connect(m_rss, &QLineEdit::textChanged, this, &SourcesPage::edited);
    connect(m_api, &QLineEdit::textChanged, this, &SourcesPage::edited);

    auto *box = new QGroupBox(tr("arXiv endpoints"));
    auto *form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&RSS base URL:"), m_rss);
    form->addRow(tr("&API base URL:"), m_api);
    form->addRow(PageParts::hint(tr("Change these only for a mirror or a test server.")));
    return box;
}

bool SourcesPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_picker->lineEdit() && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            m_add->click();
            return true;
        }
    }
    return SettingsPage::eventFilter(watched, event);
}

QString SourcesPage::title() const
{
    return tr("Sources");
}

QString SourcesPage::subtitle() const
{
    return tr("What to fetch from arXiv each day, and what to leave out before scoring.");
}

void SourcesPage::load(const core::Profile &profile)
{
    const QSignalBlocker blockAuthors(m_authors);
    const QSignalBlocker blockKeywords(m_keywords);
    const QSignalBlocker blockRss(m_rss);
    const QSignalBlocker blockApi(m_api);
    m_categories->clear();
    for (const QString &code : profile.sources.categories) {
        appendCategoryItem(code);
    }
    for (auto it = m_types.cbegin(); it != m_types.cend(); ++it) {
        const QSignalBlocker block(it.value());
        it.value()->setChecked(profile.sources.announceTypes.contains(it.key()));
    }
    m_authors->setPlainText(profile.sources.followedAuthors.join(u'\n'));
    m_keywords->setPlainText(profile.sources.excludeKeywords.join(u'\n'));
    {
        const QSignalBlocker blockBudget(m_budget);
        const QSignalBlocker blockPercent(m_budgetPercent);
        m_budget->setChecked(profile.sources.budgetMode);
        m_budgetPercent->setValue(profile.sources.budgetTopPercent);
        m_budgetPercent->setEnabled(profile.sources.budgetMode);
    }
    m_rss->setText(profile.sources.rssBaseUrl.toString());
    m_api->setText(profile.sources.apiBaseUrl.toString());
    edited();
}

void SourcesPage::save(core::Profile &profile) const
{
    profile.sources.categories = categories();
    // In arXiv's order, so the same choice always saves the same list.
    QStringList types;
    for (const QString &type : {u"new"_s, u"cross"_s, u"replace"_s, u"replace-cross"_s}) {
        if (m_types.value(type)->isChecked()) {
            types.append(type);
        }
    }
    profile.sources.announceTypes = types;
    profile.sources.followedAuthors = lines(m_authors);
    profile.sources.excludeKeywords = lines(m_keywords);
    profile.sources.budgetMode = m_budget->isChecked();
    profile.sources.budgetTopPercent = m_budgetPercent->value();
    profile.sources.rssBaseUrl = QUrl(m_rss->text().trimmed());
    profile.sources.apiBaseUrl = QUrl(m_api->text().trimmed());
}

QStringList SourcesPage::categories() const
{
    QStringList out;
    for (int i = 0; i < m_categories->count(); ++i) {
        out.append(m_categories->item(i)->data(Qt::UserRole).toString());
    }
    return out;
}

bool SourcesPage::isHttpUrl(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    return url.isValid() && (url.scheme() == u"http" || url.scheme() == u"https") && !url.host().isEmpty();
}

QString SourcesPage::validate() const
{
    const QStringList codes = categories();
    if (codes.isEmpty()) {
        return problem(m_picker, tr("Categories: add at least one arXiv category, such as cs.LG."));
    }
    for (const QString &code : codes) {
        if (!arxiv::ArxivCategories::builtIn().find(code)) {
            return problem(
                m_categories,
                tr("Categories: “%1” is not an arXiv category. Pick one from the list, such as cs.LG.")
                    .arg(code));
        }
    }
    bool anyType = false;
    for (const QCheckBox *check : m_types) {
        anyType = anyType || check->isChecked();
    }
    if (!anyType) {
        return problem(m_types.value(u"new"_s), tr("Announce types: keep at least one announce type."));
    }
    if (!isHttpUrl(m_rss->text())) {
        return problem(m_rss, tr("RSS base URL: “%1” is not an http(s) URL.").arg(m_rss->text()));
    }
    if (!isHttpUrl(m_api->text())) {
        return problem(m_api, tr("API base URL: “%1” is not an http(s) URL.").arg(m_api->text()));
    }
    return {};
}

void SourcesPage::addCategory(const QString &text)
{
    // The picker shows "cs.LG — Machine Learning"; a typed code may be in any case.
    QString code = text.section(Dash, 0, 0).trimmed();
    if (code.isEmpty()) {
        return;
    }
    const QString canonical = arxiv::ArxivCategories::builtIn().canonical(code);
    if (!canonical.isEmpty()) {
        code = canonical;
    }
    if (categories().contains(code)) {
        return;
    }
    appendCategoryItem(code);
    edited();
}

void SourcesPage::removeSelectedCategories()
{
    const QList<QListWidgetItem *> selected = m_categories->selectedItems();
    if (selected.isEmpty()) {
        return;
    }
    qDeleteAll(selected);
    edited();
}

void SourcesPage::appendCategoryItem(const QString &code)
{
    auto *item = new QListWidgetItem(m_categories);
    item->setData(Qt::UserRole, code);
    if (const arxiv::ArxivCategory *c = arxiv::ArxivCategories::builtIn().find(code)) {
        item->setText(code + Dash + c->name);
    } else {
        item->setText(tr("%1 — not an arXiv category").arg(code));
        item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
    }
}

void SourcesPage::edited()
{
    m_remove->setEnabled(m_categories->count() > 0);
    Q_EMIT changed();
}

} // namespace pd::ui::settings
