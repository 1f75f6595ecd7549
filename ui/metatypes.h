#pragma once

namespace pd::ui {

// Registers, in one place, every value type that crosses a thread boundary in a queued signal, of
// every layer. main calls it once before any thread starts.
void registerMetaTypes();

} // namespace pd::ui
