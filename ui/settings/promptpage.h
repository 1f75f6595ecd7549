#pragma once

#include "core/paper.h"
#include "settingspage.h"

#include <QHash>
#include <QList>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace pd::ui::settings {

// The parts of the scoring prompt, each with Reset to default, and a live preview of the prompt
// for a sample batch with its size and what scoring a typical day would cost.
class PromptPage final : public SettingsPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PromptPage)

public:
    // Papers scored on a day when the caller knows no better (roughly a cs.LG + cs.AI day).
    static constexpr int DefaultScannedCount = 500;

    explicit PromptPage(QWidget *parent = nullptr);

    QString title() const override;
    QString subtitle() const override;
    void load(const core::Profile &profile) override;
    void save(core::Profile &profile) const override;
    QString validate() const override;
    void profileEdited(const core::Profile &profile) override;

    // The scanned count of the last fetched day, for the cost estimate; <= 0 means unknown.
    void setScannedCount(int papers);
    // Characters per prompt token that earlier runs measured, per model; others get 4.
    void setMeasuredCharsPerToken(const QHash<QString, double> &byModel);
    // Restores one part ("system", "introduction", "hotspotGuidance", "scoringCriteria",
    // "outputRules") to the built-in default.
    void resetToDefault(const QString &part);

    // The batch the preview renders.
    static QList<core::Paper> samplePapers();

private:
    struct Part {
        QString key;
        QString core::Profile::Prompt::*field;
        QPlainTextEdit *editor = nullptr;
        QPushButton *reset = nullptr;
    };

    QWidget *buildPart(Part &part, const QString &explanation);
    QWidget *buildPreview();
    void updatePreview();
    void updateResetButtons();

    QList<Part> m_parts;
    core::Profile::Prompt m_defaults;
    core::Profile m_edited;
    int m_scanned = DefaultScannedCount;
    QHash<QString, double> m_charsPerToken;
    bool m_scannedKnown = false;
    bool m_filling = false;

    QTabWidget *m_tabs = nullptr;
    QPlainTextEdit *m_preview = nullptr;
    QLabel *m_tokens = nullptr;
    QLabel *m_cost = nullptr;
};

} // namespace pd::ui::settings
