#pragma once

#include "core/modelcatalog.h"
#include "core/profile.h"

#include <QGroupBox>

class QComboBox;
class QLabel;
class QSpinBox;

namespace pd::ui::settings {

// How a run asks the model: which papers get the prose comments (two passes or one), and whether
// requests go out now or as an overnight batch at the batch price. Part of the model page.
class RunOptions final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunOptions)

public:
    explicit RunOptions(QWidget *parent = nullptr);

    void load(const core::Profile::Model &model);
    void save(core::Profile::Model &model) const;
    // The preset the model page shows decides whether batch mode is on offer; the heuristic asks
    // no model, so none of these apply to it (they keep their values for the way back).
    void setPreset(const core::ProviderPreset &preset, bool heuristic);

Q_SIGNALS:
    void changed();

private:
    core::Profile::Model::RunMode shownMode() const;
    void update();

    // The mode the profile or the user chose; shown as immediate while the preset has no Batch API.
    core::Profile::Model::RunMode m_wantedMode = core::Profile::Model::RunMode::Immediate;
    bool m_batchAvailable = true;
    bool m_heuristic = false;
    QString m_noBatchReason;

    QComboBox *m_comments = nullptr;
    QComboBox *m_runMode = nullptr;
    QSpinBox *m_overnightBatchSize = nullptr;
    QLabel *m_hint = nullptr;
};

} // namespace pd::ui::settings
