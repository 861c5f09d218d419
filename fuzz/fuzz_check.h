// fuzz/fuzz_check.h
// What every fuzz target shares: FUZZ_CHECK, which turns a broken guarantee
// into a crash that libFuzzer (or the replay driver) reports and saves.
//
// A fuzz target is one file in this folder defining
//   extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);
// and, when it needs set-up done once (a compiled gazetteer), optionally
//   extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv);
// Targets check the documented guarantees of the code they feed (valid UTF-8
// stays valid, errors name the file, lines lie inside the input), not only
// that nothing crashes.
#ifndef CLAIMGRAPH_FUZZ_FUZZ_CHECK_H_
#define CLAIMGRAPH_FUZZ_FUZZ_CHECK_H_

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

// Aborts with the condition and its place when `condition` is false.
#define FUZZ_CHECK(condition)                                             \
  do {                                                                    \
    if (!(condition)) {                                                   \
      std::fprintf(stderr, "%s:%d: FUZZ_CHECK failed: %s\n", __FILE__,    \
                   __LINE__, #condition);                                 \
      std::abort();                                                       \
    }                                                                     \
  } while (0)

namespace claimgraph::fuzz {

// The fuzzer's bytes as text.
inline std::string_view AsText(const uint8_t* data, size_t size) {
  return std::string_view(reinterpret_cast<const char*>(data), size);
}

}  // namespace claimgraph::fuzz

#endif  // CLAIMGRAPH_FUZZ_FUZZ_CHECK_H_
