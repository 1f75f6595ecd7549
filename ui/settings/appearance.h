#pragma once

#include <QPalette>
#include <QString>

namespace pd::ui::settings {

// The palettes of the "ui/palette" setting. Light and Dark use the Fusion style, whose colours
// follow the palette everywhere; System leaves style and palette to the desktop.
class Appearance final
{
public:
    static QPalette palette(const QString &name);
    // Applies `name` ("system", "light", "dark") to the running application.
    static void apply(const QString &name);

private:
    static QPalette light();
    static QPalette dark();
};

} // namespace pd::ui::settings
