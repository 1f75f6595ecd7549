#include "hotspotlabel.h"

#include "core/hotspots.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace pd::ui {

QString hotspotLabel(const QString &tag)
{
    // The paper view's context, where these texts were translated first.
    if (tag == core::DailyHotTag) {
        return QCoreApplication::translate("pd::ui::PaperView", "daily hot");
    }
    if (tag == core::NewFrontierTag) {
        return QCoreApplication::translate("pd::ui::PaperView", "new frontier");
    }
    return tag;
}

QString hotspotLabels(const QStringList &tags)
{
    QStringList labels;
    labels.reserve(tags.size());
    for (const QString &tag : tags) {
        labels << hotspotLabel(tag);
    }
    return labels.join(u", "_s);
}

} // namespace pd::ui
