// graph/edge_type_table.h
// Part of stage 5 (graph): an edge's type and role, kept as one number.
//
// A graph of 10,000 episodes has 15 million edges but a few dozen distinct
// (type, role) pairs: "said", "about" as subject, object or mention,
// "mentions", the relation names. An edge keeps the number of its pair (4
// bytes) instead of two interned texts (16 bytes), which puts Boost's list
// node of an edge into the 48-byte malloc size class instead of the 64-byte
// one. Numbers are process-wide and never reused, like interned texts.
//
//   uint32_t kind = EdgeTypeRoleNumber("about", "subject");
//   EdgeTypeRoleOf(kind).type == "about"
//
// Thread safety: both functions may run concurrently.
#ifndef CLAIMGRAPH_GRAPH_EDGE_TYPE_TABLE_H_
#define CLAIMGRAPH_GRAPH_EDGE_TYPE_TABLE_H_

#include <cstdint>

#include "graph/interned_string.h"

namespace claimgraph {

struct EdgeTypeRole {
  InternedString type;
  InternedString role;  // empty but for about edges
};

// The number of (type, role), given one when first seen.
uint32_t EdgeTypeRoleNumber(const InternedString& type, const InternedString& role);

// The pair a number stands for. `number` must come from EdgeTypeRoleNumber.
const EdgeTypeRole& EdgeTypeRoleOf(uint32_t number);

}  // namespace claimgraph

#endif  // CLAIMGRAPH_GRAPH_EDGE_TYPE_TABLE_H_
