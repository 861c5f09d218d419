#include "graph/id_index.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace claimgraph {
namespace {

// Ids numbered as a graph numbers its nodes; the index sees them only
// through id_of.
struct Ids {
  std::vector<std::string> ids;
  IdIndex index;
  std::string_view operator()(size_t n) const { return ids[n]; }
  void Add(std::string id) {
    ids.push_back(std::move(id));
    index.Insert(ids.size() - 1, IdIndex::Hash(ids.back()), *this);
  }
  std::optional<uint32_t> Find(std::string_view id) const {
    return index.Find(id, IdIndex::Hash(id), *this);
  }
};

TEST(IdIndexTest, EmptyIndexFindsNothing) {
  Ids ids;
  EXPECT_FALSE(ids.Find("company:meta").has_value());
}

TEST(IdIndexTest, FindsTheNodeOfAnId) {
  Ids ids;
  ids.Add("company:meta");
  ids.Add("person:dylan-patel");
  EXPECT_EQ(ids.Find("person:dylan-patel"), 1u);
  EXPECT_EQ(ids.Find("company:meta"), 0u);
  EXPECT_FALSE(ids.Find("company:openai").has_value());
}

TEST(IdIndexTest, EveryIdIsFoundAfterTheTableGrows) {
  Ids ids;
  for (int i = 0; i < 5000; ++i) ids.Add("claim:a:" + std::to_string(i));
  for (int i = 0; i < 5000; ++i) {
    ASSERT_EQ(ids.Find("claim:a:" + std::to_string(i)), static_cast<uint32_t>(i));
  }
  EXPECT_FALSE(ids.Find("claim:a:5000").has_value());
}

TEST(IdIndexTest, IdsWhoseHashesShareTheirTopByteAreToldApart) {
  // The index keeps a byte of each id's hash to skip most comparisons; ids
  // that share it must still be compared.
  Ids ids;
  std::vector<std::string> by_top_byte(256);
  for (int i = 0; ids.ids.size() < 200; ++i) {
    std::string id = "claim:b:" + std::to_string(i);
    std::string& first = by_top_byte[IdIndex::Hash(id) >> 56];
    if (first.empty()) {
      first = id;
      continue;
    }
    ids.Add(first);
    ids.Add(id);
    first.clear();
  }
  for (size_t n = 0; n < ids.ids.size(); ++n)
    ASSERT_EQ(ids.Find(ids.ids[n]), static_cast<uint32_t>(n)) << ids.ids[n];
}

}  // namespace
}  // namespace claimgraph
