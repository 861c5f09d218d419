// One benchmark per pipeline stage, each over the whole benchmark corpus
// (bench_corpus.h), reporting MB/s of transcript (bytes_per_second) and
// items per second (items: segments, mentions, claims, or graph elements).
#include <benchmark/benchmark.h>
#include <unistd.h>

#include <filesystem>
#include <string>

#include "bench/bench_corpus.h"
#include "export/claims_jsonl_writer.h"
#include "export/csv_writer.h"
#include "export/gexf_writer.h"
#include "export/graphml_writer.h"
#include "export/json_reader.h"
#include "export/json_writer.h"
#include "extract/entities/alias_matcher.h"
#include "extract/transcript/transcript_reader.h"
#include "graph/graph_builder.h"

namespace claimgraph::bench {
namespace {

// Skips the benchmark when the corpus could not be loaded; true when it can run.
bool Ready(benchmark::State& state, const BenchCorpus& corpus) {
  if (!corpus.error.empty()) {
    state.SkipWithError(corpus.error.c_str());
    return false;
  }
  return true;
}

void Report(benchmark::State& state, const BenchCorpus& corpus, size_t items) {
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * corpus.bytes));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * items));
  state.counters["episodes"] = static_cast<double>(corpus.paths.size());
}

// Stage 1: bytes to Episode (layout detection, turns, segments).
void BM_ReadAndSegment(benchmark::State& state) {
  const BenchCorpus& corpus = Corpus();
  if (!Ready(state, corpus)) return;
  NullSink sink;
  for (auto _ : state) {
    for (size_t i = 0; i < corpus.contents.size(); ++i) {
      Episode episode;
      Status s = ParseTranscript(corpus.contents[i], corpus.paths[i], ReadOptions{},
                                 &episode, &sink);
      benchmark::DoNotOptimize(s);
      benchmark::DoNotOptimize(episode.segments.data());
    }
  }
  Report(state, corpus, corpus.segments);
}
BENCHMARK(BM_ReadAndSegment)->Unit(benchmark::kMillisecond);

// Stages 2-4: mentions, resolution and claims for each parsed episode.
void BM_Analyze(benchmark::State& state) {
  const BenchCorpus& corpus = Corpus();
  if (!Ready(state, corpus)) return;
  for (auto _ : state) {
    for (const Episode& episode : corpus.episodes) {
      AnalyzedEpisode a = corpus.resources.analyzer->Analyze(episode);
      benchmark::DoNotOptimize(a.claims.data());
    }
  }
  Report(state, corpus, corpus.segments);
}
BENCHMARK(BM_Analyze)->Unit(benchmark::kMillisecond);

// Stage 3 alone: mentions and their resolution to entities (the gazetteer
// scan, name rules, pattern families, first names). Items: segments.
void BM_FindMentions(benchmark::State& state) {
  const BenchCorpus& corpus = Corpus();
  if (!Ready(state, corpus)) return;
  for (auto _ : state) {
    for (const Episode& episode : corpus.episodes) {
      EpisodeEntities found = corpus.resources.mention_finder->Find(episode);
      benchmark::DoNotOptimize(found.mentions.data());
    }
  }
  Report(state, corpus, corpus.segments);
}
BENCHMARK(BM_FindMentions)->Unit(benchmark::kMillisecond);

// The gazetteer scan inside stage 3: every segment through the one compiled
// alternation of all names, nothing else. Items: segments.
void BM_MatchAliases(benchmark::State& state) {
  const BenchCorpus& corpus = Corpus();
  if (!Ready(state, corpus)) return;
  const AliasMatcher matcher(corpus.resources.entity_data->gazetteer);
  for (auto _ : state) {
    for (const Episode& episode : corpus.episodes) {
      for (const Segment& segment : episode.segments) {
        std::vector<AliasHit> hits = matcher.Find(segment.text);
        benchmark::DoNotOptimize(hits.data());
      }
    }
  }
  Report(state, corpus, corpus.segments);
}
BENCHMARK(BM_MatchAliases)->Unit(benchmark::kMillisecond);

// Stage 4 alone: claims over episodes whose mentions are already found
// (sentences, cues, pronouns, relation rules, modality). Items: claims.
void BM_FindClaims(benchmark::State& state) {
  const BenchCorpus& corpus = Corpus();
  if (!Ready(state, corpus)) return;
  std::vector<AnalyzedEpisode> work = corpus.analyzed;
  for (auto _ : state) {
    for (AnalyzedEpisode& a : work) {
      corpus.resources.analyzer->FindClaims(&a);
      benchmark::DoNotOptimize(a.claims.data());
    }
  }
  Report(state, corpus, corpus.claims);
}
BENCHMARK(BM_FindClaims)->Unit(benchmark::kMillisecond);

// Stage 5: merging analyzed episodes into one graph.
void BM_BuildGraph(benchmark::State& state) {
  const BenchCorpus& corpus = Corpus();
  if (!Ready(state, corpus)) return;
  for (auto _ : state) {
    KnowledgeGraph graph;
    for (const AnalyzedEpisode& a : corpus.analyzed) {
      Status s = graph.AddEpisode(a);
      benchmark::DoNotOptimize(s);
    }
    benchmark::DoNotOptimize(graph.edge_count());
  }
  Report(state, corpus, corpus.graph->node_count() + corpus.graph->edge_count());
}
BENCHMARK(BM_BuildGraph)->Unit(benchmark::kMillisecond);

// A file of this run in the system's temporary folder, ending in `suffix`.
std::string TempPath(const std::string& suffix) {
  return (std::filesystem::temp_directory_path() /
          ("claimgraph-bench-" + std::to_string(getpid()) + suffix))
      .string();
}

// The size of a file, or of the files in a folder (CSV writes two).
uintmax_t BytesAt(const std::string& path) {
  if (!std::filesystem::is_directory(path)) return std::filesystem::file_size(path);
  uintmax_t bytes = 0;
  for (const auto& entry : std::filesystem::directory_iterator(path))
    bytes += entry.file_size();
  return bytes;
}

// Stage 6, per format: the whole graph to a file, as `claimgraph build`
// writes it (a megabyte at a time, to a temporary file renamed into place).
// The file goes to the system's temporary folder and is removed after.
template <typename Write>
void WriteFileBenchmark(benchmark::State& state, const char* extension, Write write) {
  const BenchCorpus& corpus = Corpus();
  if (!Ready(state, corpus)) return;
  std::string path = TempPath(extension);
  uintmax_t out = 0;
  for (auto _ : state) {
    Status s = write(*corpus.graph, path);
    if (!s.ok()) {
      state.SkipWithError(s.message().c_str());
      break;
    }
    out = BytesAt(path);
  }
  std::filesystem::remove_all(path);
  Report(state, corpus, corpus.graph->node_count() + corpus.graph->edge_count());
  state.counters["output_MB/s"] = benchmark::Counter(
      static_cast<double>(out) * state.iterations() / 1e6, benchmark::Counter::kIsRate);
}

void BM_WriteJson(benchmark::State& state) {
  WriteFileBenchmark(state, ".json", [](const KnowledgeGraph& graph, const std::string& path) {
    return WriteJson(graph, path);
  });
}
BENCHMARK(BM_WriteJson)->Unit(benchmark::kMillisecond);

// The same text made on two threads, as `claimgraph build -j 2` writes it.
void BM_WriteJsonTwoJobs(benchmark::State& state) {
  WriteFileBenchmark(state, ".json", [](const KnowledgeGraph& graph, const std::string& path) {
    return WriteJson(graph, path, 2);
  });
}
BENCHMARK(BM_WriteJsonTwoJobs)->Unit(benchmark::kMillisecond);

// The claims alone, one JSON line each, for pandas and DuckDB.
void BM_WriteClaimsJsonl(benchmark::State& state) {
  WriteFileBenchmark(state, ".jsonl", [](const KnowledgeGraph& graph, const std::string& path) {
    return WriteClaimsJsonl(graph, path);
  });
}
BENCHMARK(BM_WriteClaimsJsonl)->Unit(benchmark::kMillisecond);

// Every node and edge as two CSV files, for Neo4j's import and Gephi.
void BM_WriteCsv(benchmark::State& state) {
  WriteFileBenchmark(state, "-csv", [](const KnowledgeGraph& graph, const std::string& path) {
    return WriteCsvFolder(graph, path);
  });
}
BENCHMARK(BM_WriteCsv)->Unit(benchmark::kMillisecond);

// Reading the saved graph back, as query, compare, stats and report do with
// a .json from build. The file is written once, before the timing.
void BM_ReadJson(benchmark::State& state) {
  const BenchCorpus& corpus = Corpus();
  if (!Ready(state, corpus)) return;
  std::string path = TempPath("-read.json");
  Status written = WriteJson(*corpus.graph, path);
  if (!written.ok()) {
    state.SkipWithError(written.message().c_str());
    return;
  }
  uintmax_t in = std::filesystem::file_size(path);
  for (auto _ : state) {
    KnowledgeGraph graph;
    Status s = ReadGraphJson(path, &graph);
    if (!s.ok()) {
      state.SkipWithError(s.message().c_str());
      break;
    }
    benchmark::DoNotOptimize(graph.node_count());
  }
  std::filesystem::remove(path);
  Report(state, corpus, corpus.graph->node_count() + corpus.graph->edge_count());
  state.counters["input_MB/s"] = benchmark::Counter(
      static_cast<double>(in) * state.iterations() / 1e6, benchmark::Counter::kIsRate);
}
BENCHMARK(BM_ReadJson)->Unit(benchmark::kMillisecond);

// The Gephi formats in the claims view: every node and edge of the graph, as
// bench/networkx_graphml.py hands the whole graph to NetworkX.
void BM_WriteGraphml(benchmark::State& state) {
  WriteFileBenchmark(state, ".graphml", [](const KnowledgeGraph& graph, const std::string& path) {
    return WriteGraphml(graph, GraphViewKind::kClaims, path);
  });
}
BENCHMARK(BM_WriteGraphml)->Unit(benchmark::kMillisecond);

void BM_WriteGexf(benchmark::State& state) {
  WriteFileBenchmark(state, ".gexf", [](const KnowledgeGraph& graph, const std::string& path) {
    return WriteGexf(graph, GraphViewKind::kClaims, path);
  });
}
BENCHMARK(BM_WriteGexf)->Unit(benchmark::kMillisecond);

// Stages 1-5 from the files on disk, on one thread, as `claimgraph build -j 1`
// runs them (without loading the gazetteer, which happens once per run).
void BM_Pipeline(benchmark::State& state) {
  const BenchCorpus& corpus = Corpus();
  if (!Ready(state, corpus)) return;
  BuildOptions options;
  options.jobs = 1;
  GraphBuilder builder(*corpus.resources.analyzer, options);
  NullSink sink;
  for (auto _ : state) {
    KnowledgeGraph graph;
    Status s = builder.Build(corpus.paths, &graph, &sink);
    benchmark::DoNotOptimize(s);
  }
  Report(state, corpus, corpus.segments);
}
BENCHMARK(BM_Pipeline)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace claimgraph::bench
