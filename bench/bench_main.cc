// claimgraph_bench: the stage benchmarks. Google Benchmark's flags, plus
//   --corpus DIR   the transcripts to run over (default: samples/)
//   --limit N      only the first N files of DIR
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <cstring>
#include <iostream>
#include <string>

#include "base/allocator_tuning.h"
#include "bench/bench_corpus.h"

int main(int argc, char** argv) {
  claimgraph::TuneAllocatorForBatchWork();  // as claimgraph itself runs
  benchmark::Initialize(&argc, argv);
  std::string folder;
  size_t limit = 0;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--corpus" && i + 1 < argc) {
      folder = argv[++i];
    } else if (arg.rfind("--corpus=", 0) == 0) {
      folder = arg.substr(9);
    } else if (arg == "--limit" && i + 1 < argc) {
      limit = std::strtoul(argv[++i], nullptr, 10);
    } else if (arg.rfind("--limit=", 0) == 0) {
      limit = std::strtoul(arg.c_str() + 8, nullptr, 10);
    } else {
      std::cerr << "claimgraph_bench: unknown argument " << arg << "\n";
      return 2;
    }
  }
  claimgraph::bench::SetCorpusFolder(folder, limit);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
