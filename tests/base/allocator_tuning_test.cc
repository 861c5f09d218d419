#include "base/allocator_tuning.h"

#include <gtest/gtest.h>
#include <malloc.h>

#include <cstdlib>
#include <cstring>

namespace claimgraph {
namespace {

TEST(AllocatorTuningTest, ServesLargeBlocksFromTheHeapInsteadOfMappingThem) {
  if (!TuneAllocatorForBatchWork())
    GTEST_SKIP() << "the allocator is not glibc's (a sanitizer's, say)";
  size_t mapped_before = mallinfo2().hblkhd;
  // 16 MiB: above glibc's default threshold for mapping a block.
  constexpr size_t kBytes = size_t{16} << 20;
  void* block = std::malloc(kBytes);
  ASSERT_NE(block, nullptr);
  std::memset(block, 1, kBytes);
  EXPECT_EQ(mallinfo2().hblkhd, mapped_before);
  std::free(block);
}

}  // namespace
}  // namespace claimgraph
