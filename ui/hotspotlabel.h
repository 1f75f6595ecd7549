#pragma once

#include <QString>
#include <QStringList>

namespace pd::ui {

// What the window shows for a hotspot tag (core/hotspots.h): "daily hot" for daily_hot, translated;
// a tag it does not know, as it is. Exports (digest, JSON) keep the raw ids.
QString hotspotLabel(const QString &tag);
// The labels of `tags`, in their order, joined by ", ".
QString hotspotLabels(const QStringList &tags);

} // namespace pd::ui
