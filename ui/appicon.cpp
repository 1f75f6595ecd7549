#include "ui/appicon.h"

using namespace Qt::StringLiterals;

namespace pd::ui {

QIcon appIcon()
{
    QIcon icon;
    // PNGs first: Qt without the SVG icon engine (qt6-svg is not a dependency) still gets every size.
    for (const int size : {16, 32, 48, 64, 128, 256}) {
        icon.addFile(u":/paperdesk/icons/paperdesk-%1.png"_s.arg(size), QSize(size, size));
    }
    icon.addFile(u":/paperdesk/icons/paperdesk.svg"_s);
    return icon;
}

} // namespace pd::ui
