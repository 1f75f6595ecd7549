#include "readingpage.h"

#include "appearance.h"
#include "pageparts.h"
#include "settingskeys.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pd::ui::settings {

namespace {

// Selects the item whose data is `value`, or the first ("System") for a value we do not know.
void select(QComboBox *combo, const QString &value)
{
    const int index = combo->findData(value);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

} // namespace

ReadingPage::ReadingPage(QWidget *parent)
    : SettingsPage(parent)
{
    auto spin = [this](const QString &name) {
        auto *s = new QSpinBox;
        s->setObjectName(name);
        s->setRange(1, 10);
        connect(s, &QSpinBox::valueChanged, this, &ReadingPage::changed);
        return s;
    };
    m_relevance = spin(u"minRelevance"_s);
    m_novelty = spin(u"minNovelty"_s);

    m_language = new QComboBox;
    m_language->setObjectName(u"language"_s);
    m_language->addItem(tr("System"), QString(values::System));
    // Each language is named in itself, so it can be found whatever the current one is.
    m_language->addItem(u"English"_s, QString(values::English));
    m_language->addItem(u"Deutsch"_s, QString(values::German));
    m_language->addItem(u"中文"_s, QString(values::Chinese));

    m_palette = new QComboBox;
    m_palette->setObjectName(u"palette"_s);
    m_palette->addItem(tr("System"), QString(values::System));
    m_palette->addItem(tr("Light"), QString(values::Light));
    m_palette->addItem(tr("Dark"), QString(values::Dark));
    m_palette->addItem(tr("High contrast"), QString(Appearance::HighContrast));
    for (QComboBox *combo : {m_language, m_palette}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(12);
        connect(combo, &QComboBox::currentIndexChanged, this, &ReadingPage::changed);
    }

    auto *relevant = new QGroupBox(tr("Relevant papers"));
    auto *relevantForm = new QFormLayout(relevant);
    relevantForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    relevantForm->addRow(tr("Minimum &relevance:"), m_relevance);
    relevantForm->addRow(tr("Minimum &novelty:"), m_novelty);
    relevantForm->addRow(
        PageParts::hint(tr("A paper is relevant when both scores reach these values. Changing "
                           "them re-sorts the day at once; nothing is scored again.")));

    auto *look = new QGroupBox(tr("Appearance"));
    auto *lookForm = new QFormLayout(look);
    lookForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    lookForm->addRow(tr("&Language:"), m_language);
    lookForm->addRow(tr("&Colours:"), m_palette);
    lookForm->addRow(PageParts::hint(tr("The language changes at the next start.")));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(relevant);
    layout->addWidget(look);
    layout->addStretch(1);
}

QString ReadingPage::title() const
{
    return tr("Reading");
}

QString ReadingPage::subtitle() const
{
    return tr("Which papers count as relevant, and how Paperdesk looks.");
}

void ReadingPage::load(const core::Profile &profile)
{
    m_relevance->setValue(profile.thresholds.relevance);
    m_novelty->setValue(profile.thresholds.novelty);
}

void ReadingPage::save(core::Profile &profile) const
{
    profile.thresholds.relevance = m_relevance->value();
    profile.thresholds.novelty = m_novelty->value();
}

QString ReadingPage::validate() const
{
    return {}; // the spin boxes only offer valid values
}

void ReadingPage::loadSettings(const QSettings &settings)
{
    m_storedLanguage = keys::Language.read(settings);
    m_storedPalette = keys::Palette.read(settings);
    select(m_language, m_storedLanguage);
    select(m_palette, m_storedPalette);
}

void ReadingPage::saveSettings(QSettings &settings) const
{
    settings.setValue(keys::Language.name(), language());
    settings.setValue(keys::Palette.name(), palette());
    // Colours, unlike the language, change at once: every widget repaints with the new palette.
    if (palette() != m_storedPalette) {
        Appearance::apply(palette());
    }
}

bool ReadingPage::settingsDirty() const
{
    return language() != m_storedLanguage || palette() != m_storedPalette;
}

QString ReadingPage::language() const
{
    return m_language->currentData().toString();
}

QString ReadingPage::palette() const
{
    return m_palette->currentData().toString();
}

} // namespace pd::ui::settings
