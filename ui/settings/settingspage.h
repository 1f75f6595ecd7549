#pragma once

#include "core/profile.h"

#include <QPointer>
#include <QString>
#include <QWidget>

class QSettings;

namespace pd::ui::settings {

// One page of the settings dialog. A page shows a slice of the profile (and perhaps some GUI
// settings): load() fills the editors, save() writes them back, validate() names the first bad
// field. The dialog keeps the profile; a page only knows what it was last given.
class SettingsPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsPage)

public:
    explicit SettingsPage(QWidget *parent = nullptr);

    virtual QString title() const = 0;
    // One line under the title saying what the page is for.
    virtual QString subtitle() const = 0;

    virtual void load(const core::Profile &profile) = 0;
    // Writes this page's fields into `profile`, whatever their state; validate() says if they are usable.
    virtual void save(core::Profile &profile) const = 0;
    // Empty when the page's fields are usable, else the first problem, naming the field.
    virtual QString validate() const = 0;

    // Settings outside the profile (QSettings). Most pages have none.
    virtual void loadSettings(const QSettings &settings);
    virtual void saveSettings(QSettings &settings) const;
    virtual bool settingsDirty() const;

    // The whole profile as currently edited on every page, for previews that depend on other pages.
    virtual void profileEdited(const core::Profile &profile);

    // The profile the page's edits are compared with (the one last applied).
    void setBaseline(const core::Profile &profile) { m_baseline = profile; }
    const core::Profile &baseline() const { return m_baseline; }
    // The page's fields differ from the baseline, or its settings from the stored ones.
    bool isDirty() const;

    // Selects and focuses the field the last validate() complained about.
    virtual void revealProblem();

Q_SIGNALS:
    // Any edit; the dialog refreshes previews and the Apply button.
    void changed();

protected:
    // Remembers `field` for revealProblem() and returns `message`, so validate() can `return problem(…)`.
    QString problem(QWidget *field, const QString &message) const;

private:
    core::Profile m_baseline;
    mutable QPointer<QWidget> m_problemField;
};

} // namespace pd::ui::settings
