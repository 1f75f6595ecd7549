#include "runoptions.h"

#include "pageparts.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace pd::ui::settings {

namespace {

using Comments = core::Profile::Model::Comments;
using RunMode = core::Profile::Model::RunMode;

QComboBox *combo(const QString &objectName)
{
    auto *box = new QComboBox;
    box->setObjectName(objectName);
    return box;
}

} // namespace

RunOptions::RunOptions(QWidget *parent)
    : QGroupBox(tr("Comments and run mode"), parent)
{
    m_comments = combo(u"commentsFor"_s);
    m_comments->addItem(tr("relevant papers (two passes, cheaper)"), int(Comments::Relevant));
    m_comments->addItem(tr("every paper (single pass, today's format)"), int(Comments::Every));

    m_runMode = combo(u"runMode"_s);
    m_runMode->addItem(tr("immediate"), int(RunMode::Immediate));
    m_runMode->addItem(tr("overnight batch (half price; usually minutes, at most 24 h)"),
                       int(RunMode::Batch));

    m_overnightBatchSize = new QSpinBox;
    m_overnightBatchSize->setObjectName(u"overnightBatchSize"_s);
    m_overnightBatchSize->setRange(1, 200);
    m_overnightBatchSize->setSuffix(tr(" papers"));
    m_overnightBatchSize->setToolTip(
        tr("Papers per request in batch mode. Nobody waits for a batch, so larger requests cost less."));

    m_hint = PageParts::hint({}, u"runModeHint"_s);

    connect(m_comments, &QComboBox::currentIndexChanged, this, &RunOptions::changed);
    connect(m_runMode, &QComboBox::currentIndexChanged, this, [this] {
        if (m_runMode->isEnabled()) {
            m_wantedMode = shownMode();
        }
        update();
        Q_EMIT changed();
    });
    connect(m_overnightBatchSize, &QSpinBox::valueChanged, this, &RunOptions::changed);

    // A row of the page's full width: the choices are read whole, not cut off.
    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("Co&mments for:"), m_comments);
    form->addRow(tr("R&un mode:"), m_runMode);
    form->addRow(tr("O&vernight batch size:"), m_overnightBatchSize);
    form->addRow(m_hint);
    update();
}

void RunOptions::load(const core::Profile::Model &model)
{
    const QSignalBlocker comments(m_comments);
    const QSignalBlocker mode(m_runMode);
    const QSignalBlocker size(m_overnightBatchSize);
    m_comments->setCurrentIndex(m_comments->findData(int(model.commentsFor)));
    m_wantedMode = model.runMode;
    m_overnightBatchSize->setValue(model.overnightBatchSize);
    update();
}

void RunOptions::save(core::Profile::Model &model) const
{
    model.commentsFor = static_cast<Comments>(m_comments->currentData().toInt());
    // The heuristic keeps the mode for the preset it returns to; a preset without a Batch API runs
    // immediately whatever was chosen before.
    model.runMode = m_heuristic ? m_wantedMode : shownMode();
    model.overnightBatchSize = m_overnightBatchSize->value();
}

void RunOptions::setPreset(const core::ProviderPreset &preset, bool heuristic)
{
    m_heuristic = heuristic;
    m_batchAvailable = !preset.batchApi.isEmpty();
    m_noBatchReason = preset.label.isEmpty()
                          ? tr("This provider has no Batch API: runs are immediate.")
                          : tr("%1 has no Batch API: runs are immediate.").arg(preset.label);
    update();
}

RunMode RunOptions::shownMode() const
{
    return static_cast<RunMode>(m_runMode->currentData().toInt());
}

void RunOptions::update()
{
    const bool batch = m_batchAvailable && !m_heuristic;
    {
        const QSignalBlocker block(m_runMode);
        const RunMode shown = batch || m_heuristic ? m_wantedMode : RunMode::Immediate;
        m_runMode->setCurrentIndex(m_runMode->findData(int(shown)));
    }
    m_comments->setEnabled(!m_heuristic);
    m_runMode->setEnabled(batch);
    m_overnightBatchSize->setEnabled(batch && shownMode() == RunMode::Batch);

    const QString offline = tr("The offline heuristic asks no model: it scores on this computer.");
    m_runMode->setToolTip(m_heuristic         ? offline
                          : !m_batchAvailable ? m_noBatchReason
                                              : tr("Batch mode sends the day through the provider's "
                                                   "Batch API at half price; the scores arrive when "
                                                   "the batch is done."));
    m_comments->setToolTip(m_heuristic ? offline
                                       : tr("Two passes: every paper gets its scores in a short reply, "
                                            "and only papers that pass your thresholds or carry a "
                                            "hotspot tag are asked for the comment. A single pass asks "
                                            "every paper for the full record."));
    m_hint->setText(m_heuristic ? offline : !m_batchAvailable ? m_noBatchReason : QString());
    m_hint->setVisible(!m_hint->text().isEmpty());
}

} // namespace pd::ui::settings
