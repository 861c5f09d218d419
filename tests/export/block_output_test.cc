#include "export/block_output.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>

namespace claimgraph {
namespace {

TEST(BlockOutputTest, WithoutAStreamKeepsEverything) {
  BlockOutput out;
  for (int i = 0; i < 100000; ++i) {
    out.buffer() += "<node/>\n";
    out.Flush();
  }
  out.Finish();
  EXPECT_EQ(out.text().size(), 800000u);
  EXPECT_EQ(out.TakeText().substr(0, 16), "<node/>\n<node/>\n");
}

TEST(BlockOutputTest, SmallTextReachesTheStreamOnlyAtFinish) {
  std::ostringstream stream;
  BlockOutput out(&stream);
  out.buffer() += "<graph/>\n";
  out.Flush();
  EXPECT_EQ(stream.str(), "");
  out.Finish();
  EXPECT_EQ(stream.str(), "<graph/>\n");
  EXPECT_EQ(out.text(), "");
}

TEST(BlockOutputTest, LargeTextReachesTheStreamABlockAtATimeInOrder) {
  std::ostringstream stream;
  BlockOutput out(&stream);
  std::string expected;
  for (int i = 0; i < 300000; ++i) {
    std::string item = "<edge id=\"e" + std::to_string(i) + "\"/>\n";
    out.buffer() += item;
    expected += item;
    out.Flush();
    // Never more than a block (and the item that passed it) held back.
    ASSERT_LT(out.text().size(), (1u << 20) + item.size());
  }
  EXPECT_GT(stream.str().size(), 0u);
  out.Finish();
  EXPECT_EQ(stream.str(), expected);
}

}  // namespace
}  // namespace claimgraph
