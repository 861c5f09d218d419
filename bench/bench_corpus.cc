#include "bench/bench_corpus.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>

#include "base/atomic_file.h"
#include "extract/transcript/transcript_reader.h"

namespace claimgraph::bench {
namespace {

std::string g_folder;
size_t g_limit = 0;

BenchCorpus* Load() {
  auto* corpus = new BenchCorpus;
  corpus->folder = g_folder;
  if (corpus->folder.empty()) {
    const char* env = std::getenv("CLAIMGRAPH_BENCH_CORPUS");
    corpus->folder = env && *env ? env : CLAIMGRAPH_SOURCE_DIR "/samples";
  }
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(corpus->folder, ec)) {
    if (!entry.is_regular_file()) continue;
    std::string name = entry.path().filename().string();
    if (name.empty() || name[0] == '.' || name == "README.md") continue;
    corpus->paths.push_back(entry.path().string());
  }
  if (ec) {
    corpus->error = corpus->folder + ": " + ec.message();
    return corpus;
  }
  std::sort(corpus->paths.begin(), corpus->paths.end());
  if (g_limit > 0 && corpus->paths.size() > g_limit) corpus->paths.resize(g_limit);
  for (const std::string& path : corpus->paths) {
    std::string content;
    Status s = ReadFile(path, &content);
    if (!s.ok()) {
      corpus->error = s.ToString();
      return corpus;
    }
    corpus->bytes += content.size();
    corpus->contents.push_back(std::move(content));
  }

  Status loaded = LoadResources(ResourceOptions{}, &corpus->resources);
  if (!loaded.ok()) {
    corpus->error = loaded.ToString();
    return corpus;
  }
  NullSink sink;
  for (size_t i = 0; i < corpus->paths.size(); ++i) {
    Episode episode;
    Status s = ParseTranscript(corpus->contents[i], corpus->paths[i], ReadOptions{},
                               &episode, &sink);
    if (!s.ok()) {
      corpus->error = s.ToString();
      return corpus;
    }
    corpus->segments += episode.segments.size();
    corpus->episodes.push_back(episode);
    corpus->analyzed.push_back(corpus->resources.analyzer->Analyze(std::move(episode)));
    corpus->mentions += corpus->analyzed.back().mentions.size();
    corpus->claims += corpus->analyzed.back().claims.size();
  }
  corpus->graph = std::make_unique<KnowledgeGraph>();
  for (const AnalyzedEpisode& a : corpus->analyzed) {
    Status s = corpus->graph->AddEpisode(a);
    if (!s.ok()) {
      corpus->error = s.ToString();
      return corpus;
    }
  }
  return corpus;
}

}  // namespace

void SetCorpusFolder(std::string folder, size_t limit) {
  g_folder = std::move(folder);
  g_limit = limit;
}

const BenchCorpus& Corpus() {
  // Kept for the life of the process: the benchmarks share it.
  static const BenchCorpus* corpus = Load();
  return *corpus;
}

}  // namespace claimgraph::bench
