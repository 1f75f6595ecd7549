#pragma once

#include "core/profile.h"

#include <QObject>

#include <optional>

namespace pd::ui {

// The relevance thresholds the reader applies. They change here and nowhere else: the table, its
// filter, the topic tree, the paper view, the day's summary, the calendar badges and the month
// overview all follow changed(), so no view can show a count of another threshold.
class ThresholdControl final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThresholdControl)

public:
    explicit ThresholdControl(QObject *parent = nullptr);

    core::Profile::Thresholds value() const { return m_value.value_or(core::Profile::Thresholds{}); }
    // Emits changed() when `thresholds` differ from the current ones, and on the first call.
    void set(const core::Profile::Thresholds &thresholds);

Q_SIGNALS:
    void changed(const pd::core::Profile::Thresholds &thresholds);

private:
    std::optional<core::Profile::Thresholds> m_value; // none until the first set()
};

} // namespace pd::ui
