#pragma once

#include <QPalette>
#include <QString>

namespace pd::ui::settings {

// The palettes of the "ui/palette" setting. Light, Dark and High contrast use the Fusion style,
// whose colours follow the palette everywhere; System leaves style and palette to the desktop.
class Appearance final
{
public:
    // The "ui/palette" value of the high-contrast palette (beside values::Light and values::Dark).
    static constexpr QLatin1StringView HighContrast{"high-contrast"};

    static QPalette palette(const QString &name);
    // Applies `name` ("system", "light", "dark", "high-contrast") to the running application.
    static void apply(const QString &name);

private:
    static QPalette light();
    static QPalette dark();
    // White and yellow on black, every text at 7:1 contrast or more (WCAG AAA).
    static QPalette highContrast();
};

} // namespace pd::ui::settings
