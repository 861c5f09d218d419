#include "export/json_writer.h"

#include <algorithm>
#include <functional>
#include <vector>

#include "base/atomic_file.h"
#include "base/ordered_parallel.h"
#include "base/text.h"
#include "base/version.h"
#include "export/json_stream.h"

namespace claimgraph {
namespace {

void Seconds(JsonStream& out, const std::optional<long long>& seconds) {
  out.IntOrNull(seconds);
}

void EpisodeJson(JsonStream& out, const EpisodeRecord& episode) {
  out.BeginObject();
  out.Key("id"); out.String(episode.id);
  out.Key("title"); out.String(episode.title);
  out.Key("date"); out.StringOrNull(episode.date);
  out.Key("source"); out.String(episode.source);
  out.Key("layout"); out.String(episode.layout);
  out.Key("speakers"); out.Strings(episode.speakers);
  out.Key("chapters");
  out.BeginArray();
  for (const Chapter& chapter : episode.chapters) {
    out.BeginObject();
    out.Key("title"); out.String(chapter.title);
    out.Key("seconds"); Seconds(out, chapter.seconds);
    out.Key("time"); ClockOrNull(out, chapter.seconds);
    out.Key("line"); out.Int(chapter.line);
    out.Key("summary"); out.String(chapter.summary);
    out.EndObject();
  }
  out.EndArray();
  out.Key("turns");
  out.BeginArray();
  for (const EpisodeRecord::Turn& turn : episode.turns) {
    out.BeginObject();
    out.Key("speaker"); out.String(turn.speaker);
    out.Key("seconds"); Seconds(out, turn.seconds);
    out.Key("time"); ClockOrNull(out, turn.seconds);
    out.Key("line"); out.Int(turn.line);
    out.Key("words"); out.Int(turn.words);
    out.EndObject();
  }
  out.EndArray();
  out.EndObject();
}

void NodeJson(JsonStream& out, const NodeData& node) {
  out.BeginObject();
  out.Key("id"); out.String(node.id);
  out.Key("type"); out.String(NodeTypeName(node.type));
  std::string scratch;
  out.Key("label"); out.String(NodeLabel(node, scratch));
  switch (node.type) {
    case NodeType::kEpisode:
      out.Key("title"); out.String(node.profile().title);
      out.Key("date"); out.StringOrNull(node.profile().date);
      out.Key("source"); out.String(node.profile().source);
      break;
    case NodeType::kClaim:
      out.Key("text"); out.String(node.text);
      out.Key("speaker"); out.String(node.claim_speaker);
      out.Key("episode"); out.String(node.episode);
      out.Key("seconds"); Seconds(out, node.seconds);
      out.Key("time"); ClockOrNull(out, node.seconds);
      out.Key("line"); out.Int(node.line);
      out.Key("relation"); out.StringOrNull(node.relation);
      out.Key("subject"); out.StringOrNull(node.subject);
      out.Key("object"); out.StringOrNull(node.object);
      out.Key("about"); out.Strings(node.about);
      out.Key("modality"); out.String(node.modality);
      out.Key("negated"); out.Bool(node.negated);
      break;
    default:
      out.Key("aliases"); out.Strings(node.profile().aliases);
      out.Key("mentions"); out.Int(node.profile().mentions);
      out.Key("episodes"); out.Strings(node.profile().episodes);
      if (node.speaker) { out.Key("speaker"); out.Bool(true); }
      if (!node.profile().kind.empty()) { out.Key("kind"); out.String(node.profile().kind); }
      if (!node.profile().homepage.empty()) { out.Key("homepage"); out.String(node.profile().homepage); }
      if (!node.profile().wikidata.empty()) { out.Key("wikidata"); out.String(node.profile().wikidata); }
      break;
  }
  out.EndObject();
}

// `key` is scratch space for keys made from the edge's ends, reused from
// edge to edge.
void EdgeJson(JsonStream& out, const KnowledgeGraph::Graph& g,
              KnowledgeGraph::Edge e, std::string& key) {
  const EdgeData edge = EdgeAt(g, e);
  out.BeginObject();
  out.Key("source"); out.String(g[boost::source(e, g)].id);
  out.Key("target"); out.String(g[boost::target(e, g)].id);
  out.Key("type"); out.String(edge.type);
  out.Key("key"); out.String(EdgeKey(g, e, key));
  if (edge.type == "about") {
    out.Key("role"); out.String(edge.role);
  } else if (edge.type != "appears_in") {
    out.Key("episode"); out.String(edge.episode);
    out.Key("seconds"); Seconds(out, edge.seconds);
    out.Key("time"); ClockOrNull(out, edge.seconds);
    out.Key("line"); out.Int(edge.line);
    if (!edge.claim.empty()) {
      out.Key("claim"); out.String(edge.claim);
      out.Key("speaker"); out.String(edge.speaker);
      out.Key("modality"); out.String(edge.modality);
      out.Key("negated"); out.Bool(edge.negated);
    }
  }
  out.EndObject();
}

// Nodes and edges are written in runs of this many, a run per task, so that
// with several jobs the text is made on every core and written in order.
constexpr size_t kItemsPerRun = 1024;

// Writes the items of the open array `out` is in (`depth` containers deep)
// with `write_run(run, stream)` for runs 0 .. runs - 1, on `jobs` threads.
void WriteRuns(JsonStream& out, size_t depth, size_t runs, int jobs,
               const std::function<void(size_t, JsonStream&)>& write_run) {
  // Appending cannot fail, so neither can the run.
  (void)ParallelInOrder<std::string>(
      runs, {.jobs = jobs},
      [&](size_t run) {
        JsonStream items;
        items.ResumeInArray(depth, run > 0);
        write_run(run, items);
        return items.text();
      },
      [&](size_t, std::string&& text) {
        out.AppendItems(text);
        return Status::Ok();
      });
}

// Token by token, so that nothing the size of the document is built first.
void WriteDocument(const KnowledgeGraph& graph, JsonStream& out, int jobs) {
  const KnowledgeGraph::Graph& g = graph.graph();
  out.BeginObject();
  out.Key("format"); out.String("claimgraph-json");
  out.Key("version"); out.Int(1);
  out.Key("directed"); out.Bool(true);
  out.Key("multigraph"); out.Bool(true);
  out.Key("graph");
  out.BeginObject();
  out.Key("generator"); out.String(std::string("claimgraph ") + kVersion);
  out.EndObject();
  out.Key("episodes");
  out.BeginArray();
  for (const EpisodeRecord& episode : graph.episodes()) EpisodeJson(out, episode);
  out.EndArray();
  constexpr size_t kDepth = 2;  // the document, then the array
  out.Key("nodes");
  out.BeginArray();
  const size_t nodes = boost::num_vertices(g);
  WriteRuns(out, kDepth, (nodes + kItemsPerRun - 1) / kItemsPerRun, jobs,
            [&](size_t run, JsonStream& items) {
              size_t end = std::min(nodes, (run + 1) * kItemsPerRun);
              for (size_t v = run * kItemsPerRun; v < end; ++v) NodeJson(items, g[v]);
            });
  out.EndArray();
  out.Key("edges");
  out.BeginArray();
  // Edges in the order they were added: out_edges per vertex would group them
  // by source instead, so walk the global edge list, a linked list: each
  // run starts where the walk marked it.
  std::vector<KnowledgeGraph::Graph::edge_iterator> starts;
  auto [edge, edges_end] = boost::edges(g);
  for (size_t i = 0; edge != edges_end; ++edge, ++i)
    if (i % kItemsPerRun == 0) starts.push_back(edge);
  starts.push_back(edges_end);
  WriteRuns(out, kDepth, starts.size() - 1, jobs, [&](size_t run, JsonStream& items) {
    std::string key;
    for (auto e = starts[run]; e != starts[run + 1]; ++e) EdgeJson(items, g, *e, key);
  });
  out.EndArray();
  out.EndObject();
  out.Finish();
}

}  // namespace

std::string ToJson(const KnowledgeGraph& graph, int jobs) {
  JsonStream out;
  WriteDocument(graph, out, jobs);
  return out.TakeText();
}

Status WriteJson(const KnowledgeGraph& graph, const std::string& path, int jobs) {
  AtomicFileWriter file(path);
  if (!file.status().ok()) return file.status();
  JsonStream out(&file.stream());
  WriteDocument(graph, out, jobs);
  return file.Commit();
}

}  // namespace claimgraph
