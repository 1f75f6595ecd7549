#pragma once

#include <QWidget>

class QFrame;
class QLabel;
class QLineEdit;
class QToolButton;

namespace pd::ui {

// The toolbar's search: a field, and a match count while it filters. Below FoldWidth of window
// width it folds into a button that opens the field in a popup, so it never falls into the
// toolbar's overflow; activate() (Ctrl+F) focuses the field wherever it is. Esc in the field
// clears it (and closes the popup); an empty field lets Esc through (it cancels a running job).
class SearchField final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchField)

public:
    static constexpr int FoldWidth = 1100;

    explicit SearchField(QWidget *parent = nullptr);

    QLineEdit *lineEdit() const { return m_edit; }
    bool isFolded() const { return m_folded; }
    // Focuses the field, opening the popup when folded.
    void activate();
    // "12 of 531" beside the field while it filters; nothing when it is empty.
    void setMatches(int shown, int total);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setFolded(bool folded);
    void updateButton();

    QLineEdit *m_edit = nullptr;
    QLabel *m_count = nullptr;
    QToolButton *m_button = nullptr;
    QFrame *m_popup = nullptr;
    bool m_folded = false;
};

} // namespace pd::ui
