// base/edit_distance.h
// The one edit distance of claimgraph: the resolver uses it to forgive a
// transcription's slips in names, and the query commands to suggest what a
// user may have meant.
#ifndef CLAIMGRAPH_BASE_EDIT_DISTANCE_H_
#define CLAIMGRAPH_BASE_EDIT_DISTANCE_H_

#include <string_view>

namespace claimgraph {

// The Levenshtein distance between two byte strings when it is at most
// `limit`. When it is larger, a number larger than `limit`: `limit` + 1 when
// the computation stops early, which it does as soon as no alignment can
// come back under the limit.
int BoundedEditDistance(std::string_view a, std::string_view b, int limit);

}  // namespace claimgraph

#endif  // CLAIMGRAPH_BASE_EDIT_DISTANCE_H_
