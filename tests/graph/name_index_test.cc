#include "graph/name_index.h"

#include <gtest/gtest.h>

#include "tests/graph/test_episodes.h"

namespace claimgraph {
namespace {

using fixtures::TwoEpisodeGraph;

std::string Resolve(const NameIndex& names, NameKind kind, const std::string& name) {
  std::string id = "(unchanged)";
  Status s = names.Resolve(kind, name, &id);
  return s.ok() ? id : s.ToString();
}

Entity GazetteerEntry(const std::string& id, const std::string& name,
                      const std::vector<std::string>& aliases) {
  Entity e;
  e.id = id;
  e.name = name;
  e.type = *ParseEntityType(id.substr(0, id.find(':')));
  for (const std::string& a : aliases) e.aliases.push_back(Alias{a});
  return e;
}

TEST(NameIndexTest, KeyIgnoresCaseSpacesAndPunctuation) {
  EXPECT_EQ(NameIndex::Key("Open-AI"), "openai");
  EXPECT_EQ(NameIndex::Key(" open ai "), "openai");
  EXPECT_EQ(NameIndex::Key("GPT-4.5"), "gpt45");
}

TEST(NameIndexTest, ExactIdResolves) {
  KnowledgeGraph graph = TwoEpisodeGraph();
  NameIndex names(graph);
  EXPECT_EQ(Resolve(names, NameKind::kEntity, "company:openai"), "company:openai");
}

TEST(NameIndexTest, LabelResolvesWhateverTheSpacingAndCase) {
  KnowledgeGraph graph = TwoEpisodeGraph();
  NameIndex names(graph);
  EXPECT_EQ(Resolve(names, NameKind::kEntity, "open ai"), "company:openai");
  EXPECT_EQ(Resolve(names, NameKind::kEntity, "SCALE-AI"), "company:scale-ai");
}

TEST(NameIndexTest, SurfaceFormSeenInTranscriptResolves) {
  KnowledgeGraph graph = TwoEpisodeGraph();
  NameIndex names(graph);
  EXPECT_EQ(Resolve(names, NameKind::kEntity, "zuck"), "person:mark-zuckerberg");
}

TEST(NameIndexTest, GazetteerAliasResolvesToEntityInGraph) {
  KnowledgeGraph graph = TwoEpisodeGraph();
  NameIndex names(graph, {GazetteerEntry("company:nvidia", "NVIDIA", {"Team Green"})});
  EXPECT_EQ(Resolve(names, NameKind::kEntity, "team green"), "company:nvidia");
}

TEST(NameIndexTest, GazetteerEntityMissingFromGraphIsReported) {
  KnowledgeGraph graph = TwoEpisodeGraph();
  NameIndex names(graph, {GazetteerEntry("person:sam-altman", "Sam Altman", {"Sama"}),
                          GazetteerEntry("company:anthropic", "Anthropic", {})});
  EXPECT_EQ(Resolve(names, NameKind::kEntity, "sama"),
            "error: \"sama\" is Sam Altman (person:sam-altman), who is not in the graph");
  EXPECT_EQ(Resolve(names, NameKind::kEntity, "Anthropic"),
            "error: \"Anthropic\" is Anthropic (company:anthropic), which is not in "
            "the graph");
}

TEST(NameIndexTest, OneWordOfLabelResolves) {
  KnowledgeGraph graph = TwoEpisodeGraph();
  NameIndex names(graph);
  EXPECT_EQ(Resolve(names, NameKind::kEntity, "Zuckerberg"), "person:mark-zuckerberg");
  EXPECT_EQ(Resolve(names, NameKind::kSpeaker, "ada"), "person:ada-host");
}

TEST(NameIndexTest, WordSharedBySeveralNodesListsThem) {
  KnowledgeGraph graph = TwoEpisodeGraph();
  NameIndex names(graph);
  EXPECT_EQ(Resolve(names, NameKind::kSpeaker, "Guest"),
            "error: \"Guest\" could be Ben Guest (person:ben-guest) or Cy Guest "
            "(person:cy-guest); give the id to choose");
}

TEST(NameIndexTest, WholeNameBeatsWordOfAnotherLabel) {
  KnowledgeGraph graph = TwoEpisodeGraph();
  NameIndex names(graph, {GazetteerEntry("company:meta", "Meta", {"Llama"})});
  // "Llama" is a whole alias of Meta and only a word of "Llama 4".
  EXPECT_EQ(Resolve(names, NameKind::kEntity, "llama"), "company:meta");
}

TEST(NameIndexTest, MisspelledNameSuggestsTheNearest) {
  KnowledgeGraph graph = TwoEpisodeGraph();
  NameIndex names(graph);
  EXPECT_EQ(Resolve(names, NameKind::kEntity, "opne ai"),
            "error: no entity in the graph is named \"opne ai\"; did you mean "
            "OpenAI (company:openai)?");
}

TEST(NameIndexTest, SeveralNearNamesAreSuggestedInOrder) {
  KnowledgeGraph graph = TwoEpisodeGraph();
  NameIndex names(graph);
  EXPECT_EQ(Resolve(names, NameKind::kEntity, "Grok 5"),
            "error: no entity in the graph is named \"Grok 5\"; did you mean "
            "Grok 4 (model:grok-4)?");
  EXPECT_EQ(Resolve(names, NameKind::kSpeaker, "Ben Gust"),
            "error: no speaker in the graph is named \"Ben Gust\"; did you mean "
            "Ben Guest (person:ben-guest)?");
}

TEST(NameIndexTest, UnknownNameWithNothingNearSaysSo) {
  KnowledgeGraph graph = TwoEpisodeGraph();
  NameIndex names(graph);
  std::string id = "(unchanged)";
  Status s = names.Resolve(NameKind::kEntity, "Qwerty Labs", &id);
  EXPECT_EQ(s.ToString(), "error: no entity in the graph is named \"Qwerty Labs\"");
  EXPECT_EQ(id, "(unchanged)");
}

TEST(NameIndexTest, MentionedPersonIsNotASpeaker) {
  KnowledgeGraph graph = TwoEpisodeGraph();
  NameIndex names(graph);
  EXPECT_EQ(Resolve(names, NameKind::kSpeaker, "Zuck"),
            "error: Mark Zuckerberg (person:mark-zuckerberg) is mentioned but never "
            "speaks");
}

TEST(NameIndexTest, SpeakerIsAlsoAnEntity) {
  KnowledgeGraph graph = TwoEpisodeGraph();
  NameIndex names(graph);
  EXPECT_EQ(Resolve(names, NameKind::kEntity, "Cy Guest"), "person:cy-guest");
}

TEST(NameIndexTest, EpisodeResolvesByDateFileStemAndId) {
  KnowledgeGraph graph = TwoEpisodeGraph();
  NameIndex names(graph);
  EXPECT_EQ(Resolve(names, NameKind::kEpisode, "2025-07-15"), "episode:ep-b");
  EXPECT_EQ(Resolve(names, NameKind::kEpisode, "b.vtt"), "episode:ep-b");
  EXPECT_EQ(Resolve(names, NameKind::kEpisode, "a"), "episode:ep-a");
  EXPECT_EQ(Resolve(names, NameKind::kEpisode, "episode:ep-a"), "episode:ep-a");
  EXPECT_EQ(Resolve(names, NameKind::kEpisode, "Meta"),
            "error: no episode in the graph is named \"Meta\"");
}

TEST(NameIndexTest, EntityNamesDoNotResolveToEpisodes) {
  KnowledgeGraph graph = TwoEpisodeGraph();
  NameIndex names(graph);
  EXPECT_EQ(Resolve(names, NameKind::kEntity, "2025-07-15"),
            "error: no entity in the graph is named \"2025-07-15\"");
}

TEST(NameIndexTest, EmptyNameIsAnError) {
  KnowledgeGraph graph = TwoEpisodeGraph();
  NameIndex names(graph);
  EXPECT_EQ(Resolve(names, NameKind::kSpeaker, "  "), "error: empty speaker name");
}

}  // namespace
}  // namespace claimgraph
