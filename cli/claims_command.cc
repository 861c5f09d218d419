// `claimgraph claims FILES...`: prints every claim, one per line, for reading
// and for grep/cut. Columns, separated by tabs:
//
//   FILE:LINE  TIME  SPEAKER  RELATION  SUBJECT  OBJECT  MODALITY  NEGATED  TEXT
//
// TIME is HH:MM:SS ("-" when the layout has no timestamps); RELATION,
// SUBJECT and OBJECT are "-" for a claim without a relation; NEGATED is
// "negated" or "-". With --explain each claim is followed by indented lines:
// the rule that matched (relation claims only) and the clause as the rules
// read it.
#include <algorithm>
#include <iostream>

#include "base/text.h"
#include "cli/command.h"
#include "cli/resources.h"
#include "extract/claims/relations.h"
#include "extract/transcript/speaker_id.h"
#include "extract/transcript/transcript_reader.h"

namespace claimgraph {
namespace {

struct ClaimsOptions {
  std::vector<std::string> files;
  std::string layout;
  std::string speakers;
  std::vector<std::string> relations;  // --relation, repeatable or "a,b"
  std::vector<std::string> speaker_filter;
  bool explain = false;
  ResourceOptions resources;
};

std::string Label(const AnalyzedEpisode& analyzed, const std::string& id) {
  for (const Entity& entity : analyzed.entities)
    if (entity.id == id) return entity.name;
  for (const std::string& name : analyzed.episode.speakers)
    if (SpeakerId(name) == id) return name;
  for (const Segment& segment : analyzed.episode.segments)
    if (SpeakerId(segment.speaker) == id) return segment.speaker;
  return id;
}

bool SpeakerMatches(const std::vector<std::string>& wanted, const std::string& name) {
  if (wanted.empty()) return true;
  std::string lower = AsciiLower(name);
  std::string id = SpeakerId(name);
  for (const std::string& w : wanted) {
    std::string lw = AsciiLower(w);
    if (lower.find(lw) != std::string::npos || id == w) return true;
  }
  return false;
}

void Print(const AnalyzedEpisode& analyzed, const ClaimsOptions& options) {
  const Episode& episode = analyzed.episode;
  for (const Claim& claim : analyzed.claims) {
    const Segment& segment = episode.segments[claim.segment];
    if (!options.relations.empty() &&
        std::find(options.relations.begin(), options.relations.end(),
                  claim.relation.empty() ? "none" : claim.relation) ==
            options.relations.end())
      continue;
    if (!SpeakerMatches(options.speaker_filter, segment.speaker)) continue;
    bool related = !claim.relation.empty();
    std::cout << episode.source << ':' << segment.line << '\t'
              << (segment.seconds ? FormatClock(*segment.seconds) : "-") << '\t'
              << segment.speaker << '\t' << (related ? claim.relation : "-") << '\t'
              << (related ? Label(analyzed, claim.subject) : "-") << '\t'
              << (related ? Label(analyzed, claim.object) : "-") << '\t'
              << ModalityName(claim.modality) << '\t'
              << (claim.negated ? "negated" : "-") << '\t' << CollapseSpaces(claim.text)
              << '\n';
    if (options.explain) {
      if (related) std::cout << "\trule: " << claim.rule << '\n';
      std::cout << "\tread: " << claim.masked << '\n';
    }
  }
}

}  // namespace

Command AddClaimsCommand(CLI::App& app) {
  auto options = std::make_shared<ClaimsOptions>();
  CLI::App* cmd = app.add_subcommand(
      "claims", "Print the claims found in transcripts: time, speaker, relation, "
                "modality and sentence, one per line");
  cmd->add_option("files", options->files, "Transcript files")->required();
  cmd->add_option("--relation", options->relations,
                  "Only claims with this relation (repeatable, or a,b; "
                  "\"none\" for claims without one)")
      ->delimiter(',');
  cmd->add_option("--speaker", options->speaker_filter,
                  "Only claims by this speaker (part of the name, or the id; repeatable)");
  cmd->add_flag("--explain", options->explain,
                "Show the rule behind each relation and the text it read");
  cmd->add_option("--layout", options->layout,
                  "Transcript layout, instead of detecting it");
  cmd->add_option("--speakers", options->speakers,
                  "Names for unnamed speakers, in order: \"A,B\"");
  AddResourceOptions(cmd, &options->resources);

  return Command{cmd, [options]() -> int {
    for (const std::string& relation : options->relations) {
      if (relation != "none" && !FindRelation(relation)) {
        std::cerr << "claimgraph: unknown relation \"" << relation
                  << "\" (see docs/relations.md)\n";
        return kExitUsage;
      }
    }
    Resources resources;
    Status loaded = LoadResources(options->resources, &resources);
    if (!loaded.ok()) {
      PrintDiagnostic(loaded.diagnostic());
      return kExitBadInput;
    }
    ReadOptions read;
    read.layout = options->layout;
    read.speakers = SplitList(options->speakers);
    StderrSink sink;
    // Read everything first, so that a bad file stops the run before any
    // output is written.
    std::vector<AnalyzedEpisode> analyzed;
    for (const std::string& file : options->files) {
      Episode episode;
      Status s = ReadTranscript(file, read, &episode, &sink);
      if (!s.ok()) {
        PrintDiagnostic(s.diagnostic());
        std::cerr << "claimgraph: no output written\n";
        return kExitBadInput;
      }
      analyzed.push_back(resources.analyzer->Analyze(std::move(episode), &sink));
    }
    for (const AnalyzedEpisode& episode : analyzed) Print(episode, *options);
    return kExitOk;
  }};
}

}  // namespace claimgraph
