// extract/transcript/speaker_id.h
// The stable id of a speaker, shared by the claim extractor (which makes
// speakers the subject of "I use Claude") and the graph (which makes them
// nodes), so that both name the same person the same way.
//
//   SpeakerId("Dylan Patel") == "person:dylan-patel"
//
// Thread safety: a pure function.
#ifndef CLAIMGRAPH_EXTRACT_TRANSCRIPT_SPEAKER_ID_H_
#define CLAIMGRAPH_EXTRACT_TRANSCRIPT_SPEAKER_ID_H_

#include <string>
#include <string_view>

#include "base/text.h"

namespace claimgraph {

// "person:" + slug of the display name.
inline std::string SpeakerId(std::string_view speaker_name) {
  return MakeId("person", speaker_name);
}

}  // namespace claimgraph

#endif  // CLAIMGRAPH_EXTRACT_TRANSCRIPT_SPEAKER_ID_H_
