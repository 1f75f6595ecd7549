#pragma once

#include "settingspage.h"

#include <QMap>
#include <QStringList>

class QCheckBox;
class QSpinBox;
class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QToolButton;

namespace pd::ui::settings {

// What to fetch: arXiv categories (checked against arXiv's category list), announce types,
// followed authors, exclude keywords and the arXiv endpoints.
class SourcesPage final : public SettingsPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourcesPage)

public:
    explicit SourcesPage(QWidget *parent = nullptr);

    QString title() const override;
    QString subtitle() const override;
    void load(const core::Profile &profile) override;
    void save(core::Profile &profile) const override;
    QString validate() const override;

    // Adds a category code (or "code — name" as the picker shows it); unknown codes are added
    // too and flagged, so validate() can name them.
    void addCategory(const QString &text);
    void removeSelectedCategories();
    QStringList categories() const;

    // An http(s) URL with a host.
    static bool isHttpUrl(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *buildCategories();
    QWidget *buildFilters();
    QWidget *buildEndpoints();
    QWidget *buildBudget();
    void appendCategoryItem(const QString &code);
    void edited();

    QListWidget *m_categories = nullptr;
    QComboBox *m_picker = nullptr;
    QToolButton *m_add = nullptr;
    QToolButton *m_remove = nullptr;
    QMap<QString, QCheckBox *> m_types;
    QPlainTextEdit *m_authors = nullptr;
    QPlainTextEdit *m_keywords = nullptr;
    QCheckBox *m_budget = nullptr;
    QSpinBox *m_budgetPercent = nullptr;
    QLineEdit *m_rss = nullptr;
    QLineEdit *m_api = nullptr;
};

} // namespace pd::ui::settings
