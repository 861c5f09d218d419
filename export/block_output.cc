#include "export/block_output.h"

namespace claimgraph {
namespace {

constexpr size_t kBlockBytes = 1 << 20;

}  // namespace

BlockOutput::BlockOutput(std::ostream* out, size_t expected_bytes) : out_(out) {
  // An item may run past the block before the exporter flushes.
  buffer_.reserve(out_ ? kBlockBytes + kBlockBytes / 4 : expected_bytes);
}

void BlockOutput::Flush() {
  if (out_ && buffer_.size() >= kBlockBytes) Write();
}

void BlockOutput::Finish() {
  if (out_) Write();
}

void BlockOutput::Write() {
  out_->write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
  buffer_.clear();
}

}  // namespace claimgraph
