#pragma once

#include "core/topic.h"
#include "settingspage.h"

#include <functional>
#include <optional>

class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

namespace pd::ui::settings {

// The reading topics: a list to add, remove, duplicate and reorder, editors for the selected
// topic, and the topic registry exactly as the prompt will carry it.
class TopicsPage final : public SettingsPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TopicsPage)

public:
    explicit TopicsPage(QWidget *parent = nullptr);

    QString title() const override;
    QString subtitle() const override;
    void load(const core::Profile &profile) override;
    void save(core::Profile &profile) const override;
    QString validate() const override;
    void revealProblem() override;

    void addTopic();
    // Asks for a draft topic covering what the user liked outside the current topics (For you's
    // "Suggest from My Likes"); nullopt with *why when there is none. Without one set, the
    // button stays hidden.
    using Suggester = std::function<std::optional<core::Topic>(const core::TopicList &, QString *)>;
    void setSuggester(Suggester suggester);
    void suggestTopic();
    void duplicateTopic();
    void removeTopic();
    void moveTopic(int delta);
    int currentRow() const;
    void setCurrentRow(int row);

private:
    QWidget *buildList();
    QWidget *buildEditors();
    void rebuildList(int select);
    void showTopic(int row);
    void editCurrent(QString core::Topic::*field, const QString &text);
    void refresh();
    QString uniqueId(const QString &stem) const;
    QString itemText(int row) const;

    core::TopicList m_topics;
    bool m_filling = false;
    mutable int m_problemRow = -1;

    QListWidget *m_list = nullptr;
    QToolButton *m_add = nullptr;
    QToolButton *m_suggest = nullptr;
    Suggester m_suggester;
    QToolButton *m_duplicate = nullptr;
    QToolButton *m_remove = nullptr;
    QToolButton *m_up = nullptr;
    QToolButton *m_down = nullptr;
    QWidget *m_editors = nullptr;
    QLineEdit *m_id = nullptr;
    QLineEdit *m_label = nullptr;
    QLineEdit *m_description = nullptr;
    QPlainTextEdit *m_keep = nullptr;
    QPlainTextEdit *m_filter = nullptr;
    QPlainTextEdit *m_registry = nullptr;
};

} // namespace pd::ui::settings
