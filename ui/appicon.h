#pragma once

#include <QIcon>

#include <QLatin1StringView>

namespace pd::ui {

// The reverse-DNS id the desktop entry, the metainfo and the installed icons are named after.
inline constexpr QLatin1StringView appId("io.github.paperdesk.Paperdesk");

// Paperdesk's icon from the resources (/paperdesk/icons/paperdesk-<size>.png for 16…256, plus
// /paperdesk/icons/paperdesk.svg), so the window and tray show it even when not installed.
QIcon appIcon();

} // namespace pd::ui
