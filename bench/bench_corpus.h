// bench/bench_corpus.h
// The transcripts the stage benchmarks run over, loaded once per process.
//
// The corpus is the folder given by --corpus DIR (made by bench/make_corpus.py),
// else $CLAIMGRAPH_BENCH_CORPUS, else samples/ of the source tree; --limit N
// keeps the first N files (in name order). Each later stage starts from the
// output of the one before, computed once, so a benchmark times one stage only.
//
// Thread safety: Get() builds the corpus on first use; call it from the
// benchmark thread.
#ifndef CLAIMGRAPH_BENCH_BENCH_CORPUS_H_
#define CLAIMGRAPH_BENCH_BENCH_CORPUS_H_

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "base/status.h"
#include "cli/resources.h"
#include "extract/analyzed_episode.h"
#include "graph/knowledge_graph.h"

namespace claimgraph::bench {

struct BenchCorpus {
  std::string folder;
  std::vector<std::string> paths;     // in name order
  std::vector<std::string> contents;  // the files' bytes
  size_t bytes = 0;                   // total of contents

  // Empty unless every file was read and loaded; `error` says why not.
  std::string error;
  Resources resources;                 // the shipped gazetteer and rules
  std::vector<Episode> episodes;       // parsed, as the reader gives them
  std::vector<AnalyzedEpisode> analyzed;
  std::unique_ptr<KnowledgeGraph> graph;  // every episode added

  size_t segments = 0;  // over all episodes
  size_t mentions = 0;
  size_t claims = 0;
};

// Where the corpus comes from; set by main() from the command line.
void SetCorpusFolder(std::string folder, size_t limit);

// The corpus, loaded on first call. Never null.
const BenchCorpus& Corpus();

}  // namespace claimgraph::bench

#endif  // CLAIMGRAPH_BENCH_BENCH_CORPUS_H_
