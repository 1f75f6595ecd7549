#pragma once

namespace pd::core {

// Registers, in one place, every value type that crosses a thread boundary in a queued signal.
void registerMetaTypes();

} // namespace pd::core
