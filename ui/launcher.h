#pragma once

#include "pipeline/workeroptions.h"

#include <functional>

class QWidget;

namespace pd::ui {

// What the executable that starts Paperdesk decides. The shipped `paperdesk` (ui/main.cpp) passes
// the defaults; the test executable (tests/support/testbin) passes its seams.
struct LaunchOptions {
    // Pacing and clock of fetch, score and run on the command line.
    pipeline::WorkerOptions worker;
    // Called with the main window after it is set up and before it is first shown.
    std::function<void(QWidget *window)> windowCreated;
    // Offer the first-run assistant when the data dir has no database yet (Help → Set Up
    // Paperdesk… offers it always).
    bool offerSetup = true;
};

// Runs the headless command the arguments name, or else the window; returns the exit status.
int launch(int argc, char **argv, const LaunchOptions &options = {});

} // namespace pd::ui
