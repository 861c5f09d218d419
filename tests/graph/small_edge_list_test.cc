#include "graph/small_edge_list.h"

#include <gtest/gtest.h>

#include <boost/graph/adjacency_list.hpp>
#include <vector>

namespace claimgraph {
namespace {

using Graph = boost::adjacency_list<SmallEdgeListS, boost::vecS, boost::bidirectionalS,
                                    boost::no_property, int>;

std::vector<int> OutLabels(const Graph& g, Graph::vertex_descriptor v) {
  std::vector<int> labels;
  for (auto e : boost::make_iterator_range(boost::out_edges(v, g))) labels.push_back(g[e]);
  return labels;
}

TEST(SmallEdgeListTest, ParallelEdgesAreAllKept) {
  Graph g(2);
  boost::add_edge(0, 1, 7, g);
  boost::add_edge(0, 1, 8, g);
  EXPECT_EQ(boost::out_degree(0, g), 2u);
  EXPECT_EQ(boost::in_degree(1, g), 2u);
  EXPECT_EQ(OutLabels(g, 0), (std::vector<int>{7, 8}));
}

TEST(SmallEdgeListTest, EdgesKeepTheirOrderWhenTheListOutgrowsTheNode) {
  Graph g(4);
  for (int i = 0; i < 100; ++i) boost::add_edge(0, 1 + i % 3, i, g);
  std::vector<int> expected;
  for (int i = 0; i < 100; ++i) expected.push_back(i);
  EXPECT_EQ(OutLabels(g, 0), expected);
  EXPECT_EQ(boost::num_edges(g), 100u);
}

TEST(SmallEdgeListTest, InEdgesNameTheirSources) {
  Graph g(3);
  boost::add_edge(0, 2, 1, g);
  boost::add_edge(1, 2, 2, g);
  std::vector<Graph::vertex_descriptor> sources;
  for (auto e : boost::make_iterator_range(boost::in_edges(2, g)))
    sources.push_back(boost::source(e, g));
  EXPECT_EQ(sources, (std::vector<Graph::vertex_descriptor>{0, 1}));
}

}  // namespace
}  // namespace claimgraph
