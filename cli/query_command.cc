// `claimgraph query FILES... [filters]`: the claims that match, or with
// --said-by alone, what a speaker talked about most. Names on the command
// line resolve through graph/name_index.h; the filters are graph/query.h's;
// the output formats are export/query_output.h's.
#include <iostream>

#include "cli/answer_output.h"
#include "cli/command.h"
#include "cli/graph_input.h"
#include "export/query_output.h"
#include "graph/name_index.h"
#include "graph/query.h"

namespace claimgraph {
namespace {

struct QueryOptions {
  GraphInputOptions input;
  std::vector<std::string> speakers, about, relations, episodes, modalities;
  std::vector<std::string> between;
  std::string said_by;
  std::vector<std::string> since, until;
  std::string format, output;
  size_t top = 0;
};

// Prefixes what went wrong with the option it came from.
Status ForOption(const std::string& flag, const Status& s) {
  if (s.ok()) return s;
  return Status::Error("", 0, flag + ": " + s.message());
}

Status TimeBounds(const std::string& flag, const std::vector<std::string>& values,
                  std::optional<long long>* seconds, std::string* date) {
  for (const std::string& value : values) {
    std::optional<long long> s;
    std::string d;
    Status parsed = ParseTimeBound(flag, value, &s, &d);
    if (!parsed.ok()) return parsed;
    if ((s && *seconds) || (!d.empty() && !date->empty()))
      return Status::Error("", 0, flag + " takes one time and one date at most");
    if (s) *seconds = s;
    if (!d.empty()) *date = d;
  }
  return Status::Ok();
}

// Turns what the user typed into a ClaimQuery of ids.
Status BuildQuery(const KnowledgeGraph& graph, const NameIndex& names,
                  const QueryOptions& o, ClaimQuery* q) {
  Status s = ResolveNames(names, NameKind::kSpeaker, "--speaker", o.speakers, &q->speakers);
  if (s.ok() && !o.said_by.empty())
    s = ResolveNames(names, NameKind::kSpeaker, "--said-by", {o.said_by}, &q->speakers);
  if (s.ok()) s = ResolveNames(names, NameKind::kEntity, "--about", o.about, &q->about);
  if (s.ok()) s = ResolveNames(names, NameKind::kEpisode, "--episode", o.episodes, &q->episodes);
  if (s.ok() && !o.between.empty()) {
    std::vector<std::string> ids;
    s = ResolveNames(names, NameKind::kEntity, "--between", o.between, &ids);
    if (s.ok()) q->between = std::make_pair(ids[0], ids[1]);
  }
  for (const std::string& r : o.relations) {
    if (!s.ok()) break;
    std::string relation;
    s = ForOption("--relation", ResolveRelation(graph, r, &relation));
    q->relations.push_back(relation);
  }
  for (const std::string& m : o.modalities) {
    if (!s.ok()) break;
    std::string modality;
    s = ForOption("--modality", ResolveModality(m, &modality));
    q->modalities.push_back(modality);
  }
  if (s.ok()) s = TimeBounds("--since", o.since, &q->since_seconds, &q->since_date);
  if (s.ok()) s = TimeBounds("--until", o.until, &q->until_seconds, &q->until_date);
  return s;
}

int Run(const QueryOptions& o) {
  StderrSink sink(o.input.quiet);
  // A summary of topics when --said-by is the only thing that narrows by who
  // or what: nothing about entities or relations was asked.
  bool topics = !o.said_by.empty() && o.about.empty() && o.between.empty() &&
                o.relations.empty() && o.speakers.empty();
  AnswerFormat format;
  Status s = ChooseAnswerFormat(o.format, o.output, {"table", "json", "csv"}, &format);
  if (!s.ok()) {
    PrintDiagnostic(s.diagnostic());
    return kExitUsage;
  }
  GraphInput input;
  s = LoadGraphInput(o.input, &input, &sink);
  if (!s.ok()) {
    PrintDiagnostic(s.diagnostic());
    return kExitBadInput;
  }
  NameIndex names(input.graph, input.gazetteer);
  ClaimQuery query;
  s = BuildQuery(input.graph, names, o, &query);
  if (!s.ok()) {
    PrintDiagnostic(s.diagnostic());
    return kExitUsage;
  }

  std::string text;
  size_t rows = 0;
  if (topics) {
    std::string speaker = query.speakers.front();
    std::vector<TopicRow> found = SummariseSpeaker(input.graph, speaker, query, o.top);
    rows = found.size();
    switch (format) {
      case AnswerFormat::kTable:
        text = FormatTextTable(TopicTable(found), {.width = TerminalWidth(),
                                                   .wrappable = {0}});
        break;
      case AnswerFormat::kCsv: text = FormatCsv(TopicFieldTable(found)); break;
      case AnswerFormat::kJson:
        text = TopicsJson(speaker, names.Label(speaker), found);
        break;
    }
  } else {
    std::vector<ClaimRow> found = FindClaims(input.graph, query);
    if (o.top > 0 && found.size() > o.top) found.resize(o.top);
    rows = found.size();
    switch (format) {
      case AnswerFormat::kTable:
        text = FormatTextTable(ClaimDisplayTable(found), {.width = TerminalWidth()});
        break;
      case AnswerFormat::kCsv: text = FormatCsv(ClaimFieldTable(found)); break;
      case AnswerFormat::kJson: text = ClaimRowsJson(found); break;
    }
  }
  if (rows == 0) {
    if (!o.input.quiet) std::cerr << "claimgraph: nothing matches\n";
    // An empty table on the terminal says nothing the line above does not.
    if (format == AnswerFormat::kTable && (o.output.empty() || o.output == "-"))
      return kExitOk;
  }
  s = WriteAnswer(text, o.output);
  if (!s.ok()) {
    PrintDiagnostic(s.diagnostic());
    return kExitUsage;
  }
  return kExitOk;
}

}  // namespace

Command AddQueryCommand(CLI::App& app) {
  auto o = std::make_shared<QueryOptions>();
  CLI::App* cmd = app.add_subcommand(
      "query", "Ask who said what about whom: the claims that match the filters");
  AddGraphInputOptions(cmd, &o->input);
  cmd->add_option("--speaker", o->speakers, "Claims said by this speaker (repeatable)");
  cmd->add_option("--said-by", o->said_by,
                  "Alone: what this speaker talked about most, with counts; with "
                  "--about, --between or --relation: like --speaker");
  cmd->add_option("--about", o->about,
                  "Claims about this entity; any name or alias (repeatable)");
  cmd->add_option("--between", o->between, "Claims that link these two entities")
      ->expected(2);
  cmd->add_option("--relation", o->relations, "Relation, e.g. acquired (repeatable)");
  cmd->add_option("--episode", o->episodes,
                  "Episode: id, file name, title or date (repeatable)");
  cmd->add_option("--modality", o->modalities,
                  "asserted, hedged, reported, predicted or question (repeatable)");
  cmd->add_option("--since", o->since,
                  "From this time in the episode (10:00) or date (2025-06-30)");
  cmd->add_option("--until", o->until,
                  "Up to this time in the episode or date, inclusive");
  cmd->add_option("--format", o->format,
                  "table, json or csv (default: table on a terminal, else json)");
  cmd->add_option("-o,--output", o->output, "Write to this file instead");
  cmd->add_option("--top", o->top, "At most this many rows (default: all)");
  return Command{cmd, [o]() { return Run(*o); }};
}

}  // namespace claimgraph
