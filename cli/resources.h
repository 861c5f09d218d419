// cli/resources.h
// What every extracting command loads before it reads a transcript: the
// shipped gazetteer and rules (from the data folder), the user's own files,
// and the analyzer compiled from them. Shared so that build, entities,
// claims, query and report all accept the same options.
#ifndef CLAIMGRAPH_CLI_RESOURCES_H_
#define CLAIMGRAPH_CLI_RESOURCES_H_

#include <CLI/CLI.hpp>
#include <memory>
#include <string>
#include <vector>

#include "base/status.h"
#include "extract/entities/entity_data.h"
#include "extract/entities/mention_finder.h"
#include "extract/claims/rule_set.h"
#include "extract/episode_analyzer.h"

namespace claimgraph {

struct ResourceOptions {
  std::vector<std::string> gazetteers;  // --gazetteer FILE, repeatable
  std::vector<std::string> rules;       // --rules FILE, repeatable
  std::string data_dir;                 // --data-dir; default: the shipped data
};

struct Resources {
  // Declared before the analyzer, which borrows them.
  std::unique_ptr<EntityData> entity_data;
  std::unique_ptr<RuleSet> rules;
  std::unique_ptr<MentionFinder> mention_finder;
  std::unique_ptr<EpisodeAnalyzer> analyzer;
};

void AddResourceOptions(CLI::App* command, ResourceOptions* options);

// The data folder: --data-dir, else $CLAIMGRAPH_DATA_DIR, else the one the
// build was configured with.
std::string DataDir(const ResourceOptions& options);

// Loads and compiles everything: DataDir's gazetteer/ and entities/, then
// each --gazetteer file. Errors name the file and line.
Status LoadResources(const ResourceOptions& options, Resources* resources);

// "A, B,C" -> {"A", "B", "C"}; empty items are dropped.
std::vector<std::string> SplitList(const std::string& text);

}  // namespace claimgraph

#endif  // CLAIMGRAPH_CLI_RESOURCES_H_
