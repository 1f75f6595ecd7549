#include "topicspage.h"

#include "llm/promptbuilder.h"
#include "pageparts.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSet>
#include <QSplitter>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pd::ui::settings {

TopicsPage::TopicsPage(QWidget *parent)
    : SettingsPage(parent)
{
    auto *top = new QWidget;
    auto *topLayout = new QHBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(buildList(), 2);
    topLayout->addWidget(buildEditors(), 5);

    m_registry = PageParts::preview(u"registryPreview"_s);
    auto *registryBox = PageParts::group(tr("Topic registry, as the prompt carries it"), m_registry);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(top);
    splitter->addWidget(registryBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({420, 160});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
}

QWidget *TopicsPage::buildList()
{
    m_list = new QListWidget;
    m_list->setObjectName(u"topicList"_s);
    m_list->setWordWrap(true); // long labels wrap instead of scrolling sideways
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setSpacing(2);
    connect(m_list, &QListWidget::currentRowChanged, this, &TopicsPage::showTopic);

    auto button = [this](const QString &name, const QString &text, const QString &tip) {
        auto *b = new QToolButton;
        b->setObjectName(name);
        b->setText(text);
        b->setToolTip(tip);
        b->setAutoRaise(false);
        return b;
    };
    m_add = button(u"addTopic"_s, tr("Add"), tr("Add a new topic"));
    m_suggest = button(u"suggestTopic"_s, tr("Suggest from My Likes"),
                       tr("Draft a topic from the liked papers your topics do not cover yet"));
    m_suggest->hide();
    m_duplicate = button(u"duplicateTopic"_s, tr("Duplicate"), tr("Add a copy of the selected topic"));
    m_remove = button(u"removeTopic"_s, tr("Remove"), tr("Remove the selected topic"));
    m_up = button(u"moveTopicUp"_s, QString(), tr("Move the selected topic up"));
    m_down = button(u"moveTopicDown"_s, QString(), tr("Move the selected topic down"));
    m_up->setIcon(style()->standardIcon(QStyle::SP_ArrowUp));
    m_down->setIcon(style()->standardIcon(QStyle::SP_ArrowDown));
    connect(m_add, &QToolButton::clicked, this, &TopicsPage::addTopic);
    connect(m_suggest, &QToolButton::clicked, this, &TopicsPage::suggestTopic);
    connect(m_duplicate, &QToolButton::clicked, this, &TopicsPage::duplicateTopic);
    connect(m_remove, &QToolButton::clicked, this, &TopicsPage::removeTopic);
    connect(m_up, &QToolButton::clicked, this, [this] { moveTopic(-1); });
    connect(m_down, &QToolButton::clicked, this, [this] { moveTopic(1); });

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(4);
    buttons->addWidget(m_add);
    buttons->addWidget(m_suggest);
    buttons->addWidget(m_duplicate);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);

    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addLayout(buttons);
    return box;
}

QWidget *TopicsPage::buildEditors()
{
    m_id = PageParts::lineEdit(u"topicId"_s, tr("lower_case_id"));
    m_id->setToolTip(tr("The stable id the model answers with: a–z, 0–9 and _. Changing it starts new "
                        "scores; old ones are kept."));
    m_label = PageParts::lineEdit(u"topicLabel"_s, tr("Shown in the topic tree and the digest"));
    m_description = PageParts::lineEdit(u"topicDescription"_s, tr("One line for the topic registry"));
    m_keep = PageParts::textEdit(u"topicKeep"_s, tr("What papers of this topic are about"));
    m_filter = PageParts::textEdit(u"topicFilter"_s, tr("What to leave out even if it looks related"));

    connect(m_id, &QLineEdit::textEdited, this,
            [this](const QString &t) { editCurrent(&core::Topic::id, t); });
    connect(m_label, &QLineEdit::textEdited, this,
            [this](const QString &t) { editCurrent(&core::Topic::label, t); });
    connect(m_description, &QLineEdit::textEdited, this,
            [this](const QString &t) { editCurrent(&core::Topic::description, t); });
    connect(m_keep, &QPlainTextEdit::textChanged, this,
            [this] { editCurrent(&core::Topic::keep, m_keep->toPlainText()); });
    connect(m_filter, &QPlainTextEdit::textChanged, this,
            [this] { editCurrent(&core::Topic::filter, m_filter->toPlainText()); });

    m_editors = new QWidget;
    auto *form = new QFormLayout(m_editors);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Id:"), m_id);
    form->addRow(tr("&Label:"), m_label);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("&Keep:"), m_keep);
    form->addRow(tr("&Filter:"), m_filter);

    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_editors, 1);
    return box;
}

QString TopicsPage::title() const
{
    return tr("Topics");
}

QString TopicsPage::subtitle() const
{
    return tr("What you read: the model scores every paper against these topics.");
}

void TopicsPage::load(const core::Profile &profile)
{
    m_topics = profile.topics;
    rebuildList(m_topics.isEmpty() ? -1 : 0);
    refresh();
}

void TopicsPage::save(core::Profile &profile) const
{
    profile.topics = m_topics;
}

QString TopicsPage::validate() const
{
    static const QRegularExpression idPattern(u"^[a-z0-9_]+$"_s);
    m_problemRow = -1;
    if (m_topics.isEmpty()) {
        return problem(m_list, tr("Topics: add at least one topic."));
    }
    QHash<QString, int> seen;
    for (int i = 0; i < m_topics.size(); ++i) {
        const core::Topic &t = m_topics.at(i);
        m_problemRow = i;
        if (t.id.isEmpty()) {
            return problem(m_id, tr("Topic %1, Id: a topic needs an id (a–z, 0–9 and _).").arg(i + 1));
        }
        if (!idPattern.match(t.id).hasMatch()) {
            return problem(m_id,
                           tr("Topic %1, Id: “%2” may only use lower-case letters a–z, digits 0–9 and _.")
                               .arg(i + 1)
                               .arg(t.id));
        }
        if (seen.contains(t.id)) {
            return problem(m_id, tr("Topic %1, Id: “%2” is already used by topic %3.")
                                     .arg(i + 1)
                                     .arg(t.id)
                                     .arg(seen[t.id] + 1));
        }
        seen.insert(t.id, i);
        if (t.label.trimmed().isEmpty()) {
            return problem(m_label, tr("Topic %1 (%2), Label: a topic needs a label.").arg(i + 1).arg(t.id));
        }
        if (t.keep.trimmed().isEmpty()) {
            return problem(m_keep,
                           tr("Topic %1 (%2), Keep: say what to keep for this topic.").arg(i + 1).arg(t.id));
        }
    }
    m_problemRow = -1;
    return {};
}

void TopicsPage::revealProblem()
{
    if (m_problemRow >= 0) {
        setCurrentRow(m_problemRow);
    }
    SettingsPage::revealProblem();
}

int TopicsPage::currentRow() const
{
    return m_list->currentRow();
}

void TopicsPage::setCurrentRow(int row)
{
    m_list->setCurrentRow(row);
}

QString TopicsPage::uniqueId(const QString &stem) const
{
    QSet<QString> ids;
    for (const core::Topic &t : m_topics) {
        ids.insert(t.id);
    }
    QString id = stem;
    for (int n = 2; ids.contains(id); ++n) {
        id = stem + u'_' + QString::number(n);
    }
    return id;
}

void TopicsPage::addTopic()
{
    core::Topic topic;
    topic.id = uniqueId(u"new_topic"_s);
    topic.label = tr("New topic");
    m_topics.append(topic);
    rebuildList(static_cast<int>(m_topics.size()) - 1);
    refresh();
    m_label->setFocus();
    m_label->selectAll();
}

void TopicsPage::setSuggester(Suggester suggester)
{
    m_suggester = std::move(suggester);
    m_suggest->setVisible(bool(m_suggester));
}

void TopicsPage::suggestTopic()
{
    if (!m_suggester) {
        return;
    }
    QString why;
    std::optional<core::Topic> topic = m_suggester(m_topics, &why);
    if (!topic) {
        QMessageBox::information(this, tr("Suggest from My Likes"), why);
        return;
    }
    topic->id = uniqueId(topic->id.isEmpty() ? u"suggested_topic"_s : topic->id);
    m_topics.append(*topic);
    rebuildList(static_cast<int>(m_topics.size()) - 1);
    refresh();
    m_label->setFocus();
    m_label->selectAll();
}

void TopicsPage::duplicateTopic()
{
    const int row = currentRow();
    if (row < 0 || row >= m_topics.size()) {
        return;
    }
    core::Topic copy = m_topics.at(row);
    copy.id = uniqueId(copy.id + u"_copy"_s);
    copy.label = tr("%1 (copy)").arg(copy.label);
    m_topics.insert(row + 1, copy);
    rebuildList(row + 1);
    refresh();
}

void TopicsPage::removeTopic()
{
    const int row = currentRow();
    if (row < 0 || row >= m_topics.size()) {
        return;
    }
    m_topics.removeAt(row);
    rebuildList(std::min(row, static_cast<int>(m_topics.size()) - 1));
    refresh();
}

void TopicsPage::moveTopic(int delta)
{
    const int row = currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_topics.size()) {
        return;
    }
    m_topics.swapItemsAt(row, target);
    rebuildList(target);
    refresh();
}

QString TopicsPage::itemText(int row) const
{
    const core::Topic &t = m_topics.at(row);
    const QString label = t.label.simplified();
    return label.isEmpty() ? tr("(no label: %1)").arg(t.id) : label;
}

void TopicsPage::rebuildList(int select)
{
    m_filling = true;
    m_list->clear();
    for (int i = 0; i < m_topics.size(); ++i) {
        auto *item = new QListWidgetItem(itemText(i), m_list);
        item->setToolTip(m_topics.at(i).id);
    }
    m_filling = false;
    m_list->setCurrentRow(select);
    showTopic(select);
}

void TopicsPage::showTopic(int row)
{
    if (m_filling) {
        return;
    }
    const bool valid = row >= 0 && row < m_topics.size();
    m_filling = true;
    const core::Topic topic = valid ? m_topics.at(row) : core::Topic();
    m_id->setText(topic.id);
    m_label->setText(topic.label);
    m_description->setText(topic.description);
    for (QLineEdit *edit : {m_id, m_label, m_description}) {
        edit->setCursorPosition(0); // show the start of long texts
    }
    m_keep->setPlainText(topic.keep);
    m_filter->setPlainText(topic.filter);
    m_filling = false;
    m_editors->setEnabled(valid);
    m_duplicate->setEnabled(valid);
    m_remove->setEnabled(valid);
    m_up->setEnabled(valid && row > 0);
    m_down->setEnabled(valid && row + 1 < m_topics.size());
}

void TopicsPage::editCurrent(QString core::Topic::*field, const QString &text)
{
    const int row = currentRow();
    if (m_filling || row < 0 || row >= m_topics.size()) {
        return;
    }
    m_topics[row].*field = text;
    if (QListWidgetItem *item = m_list->item(row)) {
        item->setText(itemText(row));
        item->setToolTip(m_topics.at(row).id);
    }
    refresh();
}

void TopicsPage::refresh()
{
    core::Profile profile = baseline();
    profile.topics = m_topics;
    m_registry->setPlainText(llm::PromptBuilder(profile).topicRegistry());
    Q_EMIT changed();
}

} // namespace pd::ui::settings
