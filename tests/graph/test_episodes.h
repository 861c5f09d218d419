// tests/graph/test_episodes.h
// Hand-built episodes for the query, compare and stats tests, so that they do
// not depend on how well extraction does. EpisodeMaker writes an
// AnalyzedEpisode turn by turn; TwoEpisodeGraph() is the fixture most tests
// share:
//
// episode:ep-a (2025-06-30, a.txt) Ada Host and Ben Guest
//   0 Ada  00:00 l10  mentions Meta, Scale AI; question: Meta acquired Scale AI
//   1 Ben  00:15 l12  mentions Meta, "Scale", "Zuck"; Meta acquired Scale AI;
//                     a claim without relation about Mark Zuckerberg
//   2 Ben  10:20 l20  Apple, NVIDIA; Apple uses NVIDIA, negated
//   3 Ada  11:40 l24  Grok 4, Llama 4; hedged: Grok 4 outperforms Llama 4
//   4 Ben  13:20 l26  "Open AI", Meta; OpenAI competes_with Meta
//   5 Ben  13:30 l28  continuation of Ben's turn: Meta again, no claim
// episode:ep-b (2025-07-15, b.vtt) Ada Host and Cy Guest
//   0 Ada  00:00 l5   Meta, Scale AI; Meta acquired Scale AI
//   1 Cy   00:30 l8   Apple, NVIDIA; Apple uses NVIDIA
//   2 Cy   01:30 l11  Llama 4, Grok 4; Llama 4 outperforms Grok 4
//   3 Ada  02:00 l14  Meta, OpenAI; Meta competes_with OpenAI
//   4 Cy   03:20 l17  Microsoft, OpenAI; reported: Microsoft invested_in OpenAI
#ifndef CLAIMGRAPH_TESTS_GRAPH_TEST_EPISODES_H_
#define CLAIMGRAPH_TESTS_GRAPH_TEST_EPISODES_H_

#include <map>
#include <string>
#include <vector>

#include "base/text.h"
#include "extract/analyzed_episode.h"
#include "graph/knowledge_graph.h"

namespace claimgraph::fixtures {

inline const std::map<std::string, std::string>& EntityNames() {
  static const std::map<std::string, std::string> kNames = {
      {"company:meta", "Meta"},          {"company:scale-ai", "Scale AI"},
      {"company:apple", "Apple"},        {"company:nvidia", "NVIDIA"},
      {"company:openai", "OpenAI"},      {"company:microsoft", "Microsoft"},
      {"model:grok-4", "Grok 4"},        {"model:llama-4", "Llama 4"},
      {"person:mark-zuckerberg", "Mark Zuckerberg"},
  };
  return kNames;
}

class EpisodeMaker {
 public:
  EpisodeMaker(const std::string& slug, const std::string& date,
               const std::string& source) {
    a_.episode.id = "episode:" + slug;
    a_.episode.title = "Episode " + slug;
    a_.episode.date = date;
    a_.episode.source = source;
    a_.episode.layout = "test";
  }

  // Adds a segment and returns its index.
  int Say(const std::string& speaker, long long seconds, int line,
          const std::string& text, bool continuation = false) {
    a_.episode.segments.push_back(Segment{speaker, seconds, line, text, continuation});
    bool known = false;
    for (const std::string& s : a_.episode.speakers) known = known || s == speaker;
    if (!known) a_.episode.speakers.push_back(speaker);
    return static_cast<int>(a_.episode.segments.size()) - 1;
  }

  // A mention of a known entity (see EntityNames) in `segment`.
  void Mention(int segment, const std::string& id, const std::string& surface = "") {
    Entity(id);
    a_.mentions.push_back(
        claimgraph::Mention{id, surface.empty() ? EntityNames().at(id) : surface,
                            segment, 0, 0});
  }

  void Claim(int segment, const std::string& text, const std::string& relation,
             const std::string& subject, const std::string& object,
             Modality modality = Modality::kAsserted, bool negated = false,
             const std::vector<std::string>& mentioned = {}) {
    claimgraph::Claim c;
    c.segment = segment;
    c.text = text;
    c.relation = relation;
    c.subject = subject;
    c.object = object;
    c.modality = modality;
    c.negated = negated;
    if (!subject.empty()) c.about.push_back({subject, Role::kSubject});
    if (!object.empty()) c.about.push_back({object, Role::kObject});
    for (const std::string& id : mentioned) c.about.push_back({id, Role::kMention});
    for (const ClaimEntity& e : c.about) Entity(e.entity);
    a_.claims.push_back(std::move(c));
  }

  const AnalyzedEpisode& episode() const { return a_; }

 private:
  void Entity(const std::string& id) {
    for (const claimgraph::Entity& e : a_.entities)
      if (e.id == id) return;
    claimgraph::Entity e;
    e.id = id;
    e.name = EntityNames().at(id);
    e.type = *ParseEntityType(id.substr(0, id.find(':')));
    a_.entities.push_back(std::move(e));
  }

  AnalyzedEpisode a_;
};

inline AnalyzedEpisode EpisodeA() {
  EpisodeMaker m("ep-a", "2025-06-30", "a.txt");
  int s = m.Say("Ada Host", 0, 10, "What about Meta and Scale AI? Did Meta buy Scale AI?");
  m.Mention(s, "company:meta");
  m.Mention(s, "company:scale-ai");
  m.Claim(s, "Did Meta buy Scale AI?", "acquired", "company:meta",
          "company:scale-ai", Modality::kQuestion);
  s = m.Say("Ben Guest", 15, 12, "Meta bought Scale. Zuck wants superintelligence.");
  m.Mention(s, "company:meta");
  m.Mention(s, "company:scale-ai", "Scale");
  m.Mention(s, "person:mark-zuckerberg", "Zuck");
  m.Claim(s, "Meta bought Scale.", "acquired", "company:meta", "company:scale-ai");
  m.Claim(s, "Zuck wants superintelligence.", "", "", "", Modality::kAsserted,
          false, {"person:mark-zuckerberg"});
  s = m.Say("Ben Guest", 620, 20, "Apple doesn't really buy NVIDIA hardware.");
  m.Mention(s, "company:apple");
  m.Mention(s, "company:nvidia");
  m.Claim(s, "Apple doesn't really buy NVIDIA hardware.", "uses", "company:apple",
          "company:nvidia", Modality::kAsserted, true);
  s = m.Say("Ada Host", 700, 24, "I think Grok 4 beats Llama 4.");
  m.Mention(s, "model:grok-4");
  m.Mention(s, "model:llama-4");
  m.Claim(s, "I think Grok 4 beats Llama 4.", "outperforms", "model:grok-4",
          "model:llama-4", Modality::kHedged);
  s = m.Say("Ben Guest", 800, 26, "Open AI competes with Meta.");
  m.Mention(s, "company:openai", "Open AI");
  m.Mention(s, "company:meta");
  m.Claim(s, "Open AI competes with Meta.", "competes_with", "company:openai",
          "company:meta");
  s = m.Say("Ben Guest", 810, 28, "And Meta keeps spending.", true);
  m.Mention(s, "company:meta");
  return m.episode();
}

inline AnalyzedEpisode EpisodeB() {
  EpisodeMaker m("ep-b", "2025-07-15", "b.vtt");
  int s = m.Say("Ada Host", 0, 5, "Meta acquired Scale AI last month.");
  m.Mention(s, "company:meta");
  m.Mention(s, "company:scale-ai");
  m.Claim(s, "Meta acquired Scale AI last month.", "acquired", "company:meta",
          "company:scale-ai");
  s = m.Say("Cy Guest", 30, 8, "Apple uses NVIDIA chips in the cloud.");
  m.Mention(s, "company:apple");
  m.Mention(s, "company:nvidia");
  m.Claim(s, "Apple uses NVIDIA chips in the cloud.", "uses", "company:apple",
          "company:nvidia");
  s = m.Say("Cy Guest", 90, 11, "Llama 4 is better than Grok 4.");
  m.Mention(s, "model:llama-4");
  m.Mention(s, "model:grok-4");
  m.Claim(s, "Llama 4 is better than Grok 4.", "outperforms", "model:llama-4",
          "model:grok-4");
  s = m.Say("Ada Host", 120, 14, "Meta competes with OpenAI.");
  m.Mention(s, "company:meta");
  m.Mention(s, "company:openai");
  m.Claim(s, "Meta competes with OpenAI.", "competes_with", "company:meta",
          "company:openai");
  s = m.Say("Cy Guest", 200, 17, "Reportedly Microsoft invested in OpenAI again.");
  m.Mention(s, "company:microsoft");
  m.Mention(s, "company:openai");
  m.Claim(s, "Reportedly Microsoft invested in OpenAI again.", "invested_in",
          "company:microsoft", "company:openai", Modality::kReported);
  return m.episode();
}

inline KnowledgeGraph TwoEpisodeGraph() {
  KnowledgeGraph graph;
  Status a = graph.AddEpisode(EpisodeA());
  Status b = graph.AddEpisode(EpisodeB());
  if (!a.ok() || !b.ok()) std::abort();
  return graph;
}

}  // namespace claimgraph::fixtures

#endif  // CLAIMGRAPH_TESTS_GRAPH_TEST_EPISODES_H_
