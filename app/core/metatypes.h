#pragma once

namespace pd::core {

// Registers core's value types with Qt's meta-type system. The types of the layers above are
// registered by the top layer (ui/metatypes.h), which calls this; core knows nothing above it.
void registerMetaTypes();

} // namespace pd::core
