#pragma once

#include <QSettings>
#include <QString>

#include <QLatin1StringView>

// Every QSettings key of the GUI with its default, in one place (profile data lives in
// profile.json, never here; the API key lives only in the keychain).
namespace pd::ui::settings {

struct SettingKey {
    QLatin1StringView key;
    QLatin1StringView defaultValue;

    QString name() const { return QString(key); }
    QString read(const QSettings &settings) const
    {
        return settings.value(QString(key), QString(defaultValue)).toString();
    }
};

namespace keys {

using namespace Qt::StringLiterals;

// "system" follows the desktop; otherwise a language code with a translation in i18n/.
inline constexpr SettingKey Language{"ui/language"_L1, "system"_L1};
// "system", "light" or "dark".
inline constexpr SettingKey Palette{"ui/palette"_L1, "system"_L1};
// A group: the arXiv id last selected on each day, keyed by the ISO date (no default).
inline constexpr SettingKey SelectedPapers{"reader/selectedPaper"_L1, ""_L1};
// The window's own daily run: "true" or "false"; a clock time "HH:mm" in an IANA zone.
inline constexpr SettingKey AutoRun{"schedule/enabled"_L1, "false"_L1};
inline constexpr SettingKey AutoRunTime{"schedule/time"_L1, "21:00"_L1};
inline constexpr SettingKey AutoRunZone{"schedule/zone"_L1, "America/New_York"_L1};
// Desktop notifications when a run finishes: "true" or "false".
inline constexpr SettingKey Notifications{"notify/enabled"_L1, "true"_L1};
// The first-run assistant's answer: "finished" or "cancelled"; empty while it was never answered,
// when a new data dir opens it by itself (SetupWizard::offerAtStart).
inline constexpr SettingKey SetupAssistant{"setup/assistant"_L1, ""_L1};
// The database (Settings → Storage) is core::DataDir::databaseSettingKey(), "store/database": the
// command line reads it too.

} // namespace keys

// The values the Reading page offers.
namespace values {

using namespace Qt::StringLiterals;

inline constexpr auto System = "system"_L1;
inline constexpr auto English = "en"_L1;
inline constexpr auto German = "de"_L1;
inline constexpr auto Chinese = "zh"_L1;
inline constexpr auto Light = "light"_L1;
inline constexpr auto Dark = "dark"_L1;

} // namespace values

} // namespace pd::ui::settings
