// Fuzzes ParseTranscript with the layout left to the detector: the path every
// transcript takes when the user does not pass --layout. Checks that an error
// names the file and adds nothing to the episode, that every position lies
// inside the input, and that parsing is deterministic.
#include <algorithm>
#include <string>

#include "extract/transcript/transcript_reader.h"
#include "fuzz/fuzz_check.h"
#include "fuzz/transcript_checks.h"

using namespace claimgraph;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  fuzz::CheckParse(fuzz::AsText(data, size), ReadOptions{});
  return 0;
}
