#include "base/key_filter.h"

namespace claimgraph {

void KeyFilter::Add(std::string_view key) {
  if (bits_.empty()) bits_.assign(kBits / 64, 0);
  size_t slot = Slot(key);
  bits_[slot / 64] |= uint64_t{1} << (slot % 64);
}

}  // namespace claimgraph
