// graph/small_edge_list.h
// Part of stage 5 (graph): the container that holds a node's edges.
//
// Most nodes are claims, with one edge in (said) and one or two out (about).
// With boost::vecS each of those lists was a std::vector with a heap block of
// its own (32 bytes or more for one 16-byte edge, and a block freed and made
// again at each growth). SmallEdgeListS keeps one edge inside the node and
// goes to the heap only from the second: a claim with one about edge needs
// no heap block at all. Nodes with many edges (entities) behave as before.
//
//   boost::adjacency_list<SmallEdgeListS, boost::vecS, boost::bidirectionalS, ...>
//
// Thread safety: as the graph that uses it.
#ifndef CLAIMGRAPH_GRAPH_SMALL_EDGE_LIST_H_
#define CLAIMGRAPH_GRAPH_SMALL_EDGE_LIST_H_

#include <boost/container/small_vector.hpp>
#include <boost/graph/adjacency_list.hpp>
#include <boost/pending/container_traits.hpp>

namespace claimgraph {

// Selects boost::container::small_vector with room for one edge inside.
struct SmallEdgeListS {};

}  // namespace claimgraph

namespace boost {

template <class ValueType>
struct container_gen<claimgraph::SmallEdgeListS, ValueType> {
  using type = boost::container::small_vector<ValueType, 1>;
};

// A multigraph: the same two nodes may be joined by many edges.
template <>
struct parallel_edge_traits<claimgraph::SmallEdgeListS> {
  using type = allow_parallel_edge_tag;
};

namespace graph_detail {

template <class T, std::size_t N, class A, class O>
struct container_traits<boost::container::small_vector<T, N, A, O>> {
  using category = vector_tag;
  using iterator_stability = unstable_tag;
};

}  // namespace graph_detail

// What Boost.Graph asks of a container: a small_vector is a vector to it
// (random access, appends at the back, iterators invalidated by growth).
// Boost.Graph's templates are defined before these overloads, so they must
// be found by argument-dependent lookup: in the container's own namespace.
namespace container {

template <class T, std::size_t N, class A, class O>
graph_detail::vector_tag container_category(const small_vector<T, N, A, O>&) {
  return graph_detail::vector_tag();
}

template <class T, std::size_t N, class A, class O>
graph_detail::unstable_tag iterator_stability(const small_vector<T, N, A, O>&) {
  return graph_detail::unstable_tag();
}

}  // namespace container
}  // namespace boost

#endif  // CLAIMGRAPH_GRAPH_SMALL_EDGE_LIST_H_
