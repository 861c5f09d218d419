// Fuzzes one transcript reader: ParseTranscript with ReadOptions::layout set
// to CLAIMGRAPH_FUZZ_LAYOUT, so that the reader sees every input, not only
// those the detector would give it. One binary per layout is built from this
// file (fuzz/CMakeLists.txt). The speakers option is set on odd-sized inputs,
// so the renaming of generic labels is fuzzed too.
#include <string>

#include "extract/transcript/layout_detector.h"
#include "extract/transcript/transcript_reader.h"
#include "fuzz/fuzz_check.h"
#include "fuzz/transcript_checks.h"

#ifndef CLAIMGRAPH_FUZZ_LAYOUT
#error "define CLAIMGRAPH_FUZZ_LAYOUT to a layout name"
#endif

using namespace claimgraph;

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  // A renamed layout must not leave a target fuzzing only the error path.
  FUZZ_CHECK(FindLayout(CLAIMGRAPH_FUZZ_LAYOUT) != nullptr);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  ReadOptions options;
  options.layout = CLAIMGRAPH_FUZZ_LAYOUT;
  if (size % 2 == 1) options.speakers = {"Ann Lee", "Bo Chen"};
  fuzz::CheckParse(fuzz::AsText(data, size), options);
  return 0;
}
