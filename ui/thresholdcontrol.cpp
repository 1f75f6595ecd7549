#include "thresholdcontrol.h"

namespace pd::ui {

ThresholdControl::ThresholdControl(QObject *parent)
    : QObject(parent)
{}

void ThresholdControl::set(const core::Profile::Thresholds &thresholds)
{
    if (thresholds == m_value) {
        return;
    }
    m_value = thresholds;
    Q_EMIT changed(thresholds);
}

} // namespace pd::ui
