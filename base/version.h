// base/version.h
// The version every output names as its generator.
#ifndef CLAIMGRAPH_BASE_VERSION_H_
#define CLAIMGRAPH_BASE_VERSION_H_

namespace claimgraph {
inline constexpr char kVersion[] = "0.1.0";
}  // namespace claimgraph

#endif  // CLAIMGRAPH_BASE_VERSION_H_
